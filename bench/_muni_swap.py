"""Municipalities when the towns are others: a metamorphic check of how far the extractor
leans on the names it was developed with (figures, not tests).

    python bench/_muni_swap.py [--seeds 5] [--show] [BATCH ...]   # default: the development batches

In every report whose gold towns are all written out in the text, each gold town is replaced
(in the text and in the gold) by another town of its country, of a like size and with a plain
Latin name, chosen at random with a fixed seed per report. A report where a gold town is also
said in another form ("Freiburger", an exonym) is skipped, so that no trace of the old town
stays behind. The figure is the scorer's municipalities F1 on the reports as written and,
per seed, with the towns swapped: the gap is what the extractor knows of the names, not of
the sentences around them, which reports it was never developed against do not share.
Never pass an unseen batch (refused).
"""

import argparse
import random
import re
import zlib

from _setup import setup_django

setup_django("muni-swap")

from citypeers.archive.extraction import extract_report, load_gazetteer, read_report  # noqa: E402
from citypeers.archive.extraction.text import fold  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402

PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")


def _word(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def _towns_by_country(gaz) -> dict[str, list]:
    towns: dict[str, list] = {}
    for place in gaz.places.values():
        if PLAIN_NAME.fullmatch(place.name) and place.population >= 5000:
            towns.setdefault(place.country, []).append(place)
    return towns


def _swapped(text: str, gold: list, towns: dict, gaz, rng: random.Random):
    """The text and gold with each gold town replaced, or None where one cannot be."""
    new_gold: list[dict] = []
    for item in gold:
        known = gaz.lookup(item["name"], country=item.get("country"))
        size = known.population if known else 50_000
        taken = {g["name"] for g in new_gold}
        pool = [
            p
            for p in towns.get(item.get("country"), [])
            if size / 4 <= p.population <= size * 4
            and p.name not in taken
            and fold(p.name) not in fold(text)
        ]
        if not pool:
            return None
        town = rng.choice(pool)
        text = _word(item["name"]).sub(town.name, text)
        new_gold.append({**item, "name": town.name})
    if any(fold(item["name"])[:5] in fold(text) for item in gold):
        return None  # the old town is still said in another form
    return text, new_gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("batches", nargs="*")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="print the reports that fall")
    args = parser.parse_args()
    wanted = study_batches(args.batches)
    module = scorer()
    gaz = load_gazetteer()
    towns = _towns_by_country(gaz)
    as_written: list[float] = []
    swapped: dict[int, list[float]] = {seed: [] for seed in range(1, args.seeds + 1)}
    for report, path, record in study_reports(wanted):
        text = read_report(path)
        gold = record["municipalities"]
        if not gold or not all(_word(g["name"]).search(text) for g in gold):
            continue
        variants = {}
        for seed in swapped:
            rng = random.Random(zlib.crc32(f"{seed}:{report['file']}".encode()))
            variants[seed] = _swapped(text, gold, towns, gaz, rng)
        if any(v is None for v in variants.values()):
            continue
        found = extract_report(text, source=path.name).get("municipalities") or []
        as_written.append(module.f1(gold, found, module.same_city))
        for seed, (new_text, new_gold) in variants.items():
            found = extract_report(new_text, source=path.name).get("municipalities") or []
            swapped[seed].append(module.f1(new_gold, found, module.same_city))
            if args.show and swapped[seed][-1] < as_written[-1] - 0.01:
                names = [f.get("name") for f in found]
                print(
                    f"  {report['file']} seed {seed}: gold {[g['name'] for g in new_gold]} found {names}"
                )
    count = len(as_written)
    means = [sum(v) / count for v in swapped.values()]
    print(f"reports {count}: as written {sum(as_written) / count:.3f}")
    print("towns swapped, per seed: " + " ".join(f"{m:.3f}" for m in means))
    print(f"towns swapped, mean: {sum(means) / len(means):.3f}")


if __name__ == "__main__":
    main()
