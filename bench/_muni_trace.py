"""Every candidate place of one development report: its place, cues, exclusion and verdict.

    python bench/_muni_trace.py NAME.txt

Never pass a report of an unseen batch (refused).
"""

import sys

from _setup import setup_django

setup_django("muni-trace")

from citypeers.archive.extraction import participation_model, places, read_report  # noqa: E402
from citypeers.archive.extraction.gazetteer import load_gazetteer  # noqa: E402
from tests.archive.archive_scoring import study_report  # noqa: E402


def main(name: str) -> None:
    text = read_report(study_report(name)[1])
    gaz = load_gazetteer()
    mentions, location, excluded = places.candidates(text, gaz)
    found = participation_model.place_features(
        text, mentions, excluded, location, gaz.months, undecided_only=False
    )
    confirmed = participation_model.participants(text, mentions, excluded, location, gaz.months)
    for m in mentions:
        p = m.place
        gid = p.geonameid if p else None
        values = found.get(gid, {})
        print(
            f"{m.start:6d} {m.surface!r:30s} -> {p.name if p else None} {p.country if p else ''}"
            f" cues={sorted(m.cues)} excl={id(m) in excluded} loc={m.location}"
            f" conf={gid in confirmed} score={participation_model.score(values) if values else 0:.2f}"
            f" ncands={len(m.candidates)}"
        )


if __name__ == "__main__":
    main(sys.argv[1])
