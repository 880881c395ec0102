"""What the participation model adds: places without a cue that it takes, right or wrong,
counted per batch (counts only: safe on a validation batch).

    python bench/_muni_model_yield.py BATCH ...
"""

import json
import sys
from collections import Counter

from _setup import setup_django

setup_django("muni-model-yield")

from citypeers.archive.extraction import participation_model, places, read_report  # noqa: E402
from citypeers.archive.extraction.gazetteer import load_gazetteer  # noqa: E402
from tests.archive.archive_scoring import NEVER_READ, THIRD_PARTY, scorer  # noqa: E402


def main(batches: list[str]) -> None:
    if set(batches) & NEVER_READ:
        raise SystemExit("a never-read batch: refused")
    gaz, module = load_gazetteer(), scorer()
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    for batch in batches:
        tally: Counter = Counter()
        for entry in (r for r in manifest["reports"] if r["batch"] == batch):
            path = THIRD_PARTY / "texts" / entry["file"]
            gold = json.loads((THIRD_PARTY / "gold" / f"{path.stem}.json").read_text("utf-8"))
            text = read_report(path)
            mentions, location, excluded = places.candidates(text, gaz)
            found = participation_model.place_features(
                text, mentions, excluded, location, gaz.months, undecided_only=True
            )
            others_cued = any(values["cued"] for values in found.values())
            for values_id, values in found.items():
                if values["cued"] or not participation_model.may_join(values):
                    continue
                place = gaz.places.get(values_id) or next(
                    m.place for m in mentions if m.place and m.place.geonameid == values_id
                )
                right = any(
                    module.same_city(g, {"name": place.name, "country": place.country})
                    for g in gold["municipalities"]
                )
                score = participation_model.score(values)
                taken = score >= participation_model.threshold(values, others_cued=others_cued)
                venue = "venue" if participation_model.likely_venue(values) else "other"
                tally[
                    f"{'taken' if taken else 'left'} {venue} {'right' if right else 'wrong'}"
                ] += 1
        print(batch, dict(sorted(tally.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
