"""People when they are named otherwise: a metamorphic check of how far finding people
leans on the given names the extractor knows (figures, not tests).

    python bench/_people_swap.py [--names europe|beyond] [--show] [BATCH ...]

In every report whose gold people are all written out in the text as two plain words, each
person is renamed (in the text and in the gold): a given name drawn from gender-guesser's
dictionary (`europe`: one common in a European country, which the extractor knows; `beyond`:
one common only beyond Europe, which it does not) and an invented surname, with a fixed seed
per report; the surname said alone is renamed too. The figures are the scorer's people and
people_roles as written and renamed. Never pass an unseen batch (refused).
"""

import argparse
import random
import re
import zlib
from importlib import resources

from _setup import setup_django

setup_django("people-swap")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from citypeers.archive.extraction.given_names import given_names  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402

PLAIN_PERSON = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")
SYLLABLES = "ka ro mi ta len vu so de na ri bo zel fa ti mu gor an el".split()
# gender-guesser's columns beyond Europe are its last ones (Armenia ... Japan), before "$"
_BEYOND = slice(-9, -1)


def _given_names(where: str) -> list[str]:
    known = given_names()
    if where == "europe":
        return sorted(n.capitalize() for n in known if re.fullmatch(r"[a-z]{3,9}", n))
    names = []
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] in "#=":
                continue
            name = line[3:29].strip()
            columns = line[30:].split("$")[0]
            beyond = columns[_BEYOND]
            if not re.fullmatch(r"[A-Z][a-z]{2,9}", name) or name.lower() in known:
                continue
            if beyond.strip() and not columns[: len(columns) + _BEYOND.start].strip():
                names.append(name)
    return sorted(set(names))


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("batches", nargs="*")
    parser.add_argument("--names", choices=("europe", "beyond"), default="beyond")
    parser.add_argument("--show", action="store_true", help="print the reports that fall")
    args = parser.parse_args()
    wanted = study_batches(args.batches)
    module = scorer()
    pool = _given_names(args.names)
    figures: dict[str, list[float]] = {
        "people": [],
        "renamed": [],
        "roles": [],
        "roles_renamed": [],
    }
    for report, path, gold in study_reports(wanted):
        text = read_report(path)
        people = gold.get("people") or []
        if not people or not all(
            PLAIN_PERSON.fullmatch(p["name"]) and p["name"] in text for p in people
        ):
            continue
        rng = random.Random(zlib.crc32(report["file"].encode()))
        renamed_text, renamed = text, []
        for person in people:
            surname = person["name"].split()[1]
            name = f"{rng.choice(pool)} {_surname(rng)}"
            renamed_text = renamed_text.replace(person["name"], name)
            renamed_text = re.sub(rf"(?<!\w){surname}(?!\w)", name.split()[1], renamed_text)
            renamed.append({**person, "name": name})
        renamed_gold = {**gold, "people": renamed}
        before = extract_report(text, source=path.name)
        after = extract_report(renamed_text, source=path.name)
        figures["people"].append(module.FIELDS["people"](gold, before))
        figures["renamed"].append(module.FIELDS["people"](renamed_gold, after))
        roles = (
            module.FIELDS["people_roles"](gold, before),
            module.FIELDS["people_roles"](renamed_gold, after),
        )
        if None not in roles:
            figures["roles"].append(roles[0])
            figures["roles_renamed"].append(roles[1])
        if args.show and figures["renamed"][-1] < figures["people"][-1] - 0.01:
            found = [p.get("name") for p in after.get("people") or []]
            print(f"  {report['file']}: gold {[p['name'] for p in renamed]} found {found}")
    mean = {k: sum(v) / len(v) for k, v in figures.items() if v}
    print(
        f"reports {len(figures['people'])} ({args.names}): people {mean['people']:.3f} -> renamed "
        f"{mean['renamed']:.3f}; people_roles {mean['roles']:.3f} -> {mean['roles_renamed']:.3f}"
    )


if __name__ == "__main__":
    main()
