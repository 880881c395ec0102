"""Candidate bodies of one development report before the organisation model, with the
model's score: `python bench/_org_debug.py NAME.txt` (never an unseen batch's report)."""

import sys

from _setup import setup_django

setup_django("org-debug")

from citypeers.archive.extraction import extract_report, organisation_model, read_report  # noqa: E402
from tests.archive.archive_scoring import study_report  # noqa: E402


def main(name: str) -> None:
    _entry, path, gold = study_report(name)
    text = read_report(path)
    original = organisation_model.choose

    def traced(text, orgs, **context):
        values = organisation_model.features(text, orgs, **context)
        for org, v in zip(orgs, values, strict=True):
            on = {k: x for k, x in v.items() if x}
            print(f"{organisation_model.score(v):+.2f} {org['name']!r} {sorted(on)}")
        print("person_orgs", sorted(context["person_orgs"]))
        return original(text, orgs, **context)

    organisation_model.choose = traced
    record = extract_report(text, source=name)
    print("kept", [o["name"] for o in record["organizations"]])
    print("gold", [o["name"] for o in gold["organizations"]])
    print("people", [(p["name"], p["role"], p["organization"]) for p in record["people"]])


if __name__ == "__main__":
    main(sys.argv[1])
