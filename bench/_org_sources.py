"""Which candidate source of `find_organisations` names each body the record keeps that the
gold does not list (and each kept body the gold does list), on development batches:

    python bench/_org_sources.py BATCH ...     # never an unseen batch (refused)

Prints, per source, the kept bodies it named that are right and those that are extra, then
every extra with its sources.
"""

import collections
import sys

from _setup import setup_django

setup_django("org-sources")

from citypeers.archive.extraction import (  # noqa: E402
    agents,
    extract_report,
    initialisms,
    organisations,
    read_report,
    visits,
)
from citypeers.archive.extraction.text import fold  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402

SOURCES = {
    "phrase": (organisations, "organisation_phrases"),
    "known": (organisations, "known_names_in"),
    "defined_acronym": (organisations, "acronym_bodies"),
    "named_body": (agents, "named_bodies"),
    "after_people": (agents, "bodies_after_people"),
    "listed": (agents, "bodies_listed"),
    "initialism": (initialisms, "acronym_bodies"),
    "visited": (visits, "visited_bodies"),
    "beside": (agents, "bodies_beside"),
}


def _names(result) -> list[str]:
    out = []
    for item in result:
        if isinstance(item, tuple):
            out.extend(x for x in item if isinstance(x, str))
    return out


def main(wanted: list[str]) -> None:
    if not wanted:
        raise SystemExit("name development batches (never an unseen one)")
    wanted = study_batches(wanted)
    sc = scorer()
    seen: dict[str, list[str]] = collections.defaultdict(list)

    def wrap(label, module, attr):
        original = getattr(module, attr)

        def traced(*args, **kwargs):
            result = original(*args, **kwargs)
            if not isinstance(result, (list, tuple)):
                result = list(result)
            seen[label].extend(_names(result))
            return result

        setattr(module, attr, traced)

    for label, (module, attr) in SOURCES.items():
        wrap(label, module, attr)
    original_find = organisations.find_organisations

    def find(text, **kwargs):
        seen["extra_from_record"].extend(kwargs.get("extra") or [])
        return original_find(text, **kwargs)

    organisations.find_organisations = find
    import citypeers.archive.extraction.record as record  # noqa: PLC0415

    record.organisations = organisations
    tally = collections.Counter()
    for report, path, gold in study_reports(wanted):
        seen.clear()
        pred = extract_report(read_report(path), source=path.name).get("organizations") or []
        for org in pred:
            right = any(sc.same_org(g, org) for g in gold["organizations"])
            core = fold(org["name"].split(" (")[0])
            short = org["name"].split(" (")[-1].rstrip(")")
            labels = sorted(
                label
                for label, names in seen.items()
                if any(fold(n) in (core, fold(short)) or (core and core in fold(n)) for n in names)
            ) or ["?"]
            for label in labels:
                tally[(label, right)] += 1
            if not right:
                print(f"EXTRA {report['batch']} {path.name} {org['name']!r} <- {labels}")
    for label in [*SOURCES, "extra_from_record", "?"]:
        print(f"{label:18} right {tally[(label, True)]:3}  extra {tally[(label, False)]:3}")


if __name__ == "__main__":
    main(sys.argv[1:])
