"""Municipalities per batch, as counts of error types only (no names, no texts): safe to run
on a validation batch, which may be read only in aggregate.

    python bench/_muni_error_types.py BATCH ...

For each batch: gold municipalities, extracted, hits; each miss sorted by why (the gazetteer
found no mention of it, a mention was found but it resolved to another place, or the place
was a candidate and was left out: excluded, or no cue and the model said no); each extra by
how it came in (a cue, or the model).
"""

import json
import sys
from collections import Counter

from _setup import setup_django

setup_django("muni-error-types")

from citypeers.archive.extraction import (  # noqa: E402
    extract_report,
    participation_model,
    places,
    read_report,
)
from citypeers.archive.extraction.gazetteer import load_gazetteer  # noqa: E402
from tests.archive.archive_scoring import THIRD_PARTY, scorer  # noqa: E402


def _paths(batch: str):
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    for entry in manifest["reports"]:
        if entry["batch"] == batch:
            yield THIRD_PARTY / "texts" / entry["file"]


def count(batch: str, gaz, module) -> Counter:
    tally: Counter = Counter()
    for path in _paths(batch):
        gold = json.loads((THIRD_PARTY / "gold" / f"{path.stem}.json").read_text("utf-8"))
        text = read_report(path)
        record = extract_report(text, source=path.name)
        got = list(record["municipalities"] or [])
        mentions, location, excluded = places.candidates(text, gaz)
        found = participation_model.place_features(
            text, mentions, excluded, location, gaz.months, undecided_only=False
        )
        tally["reports"] += 1
        f1 = module.f1(gold["municipalities"], got, module.same_city)
        shape = (
            "empty gold" if not gold["municipalities"] else "empty extracted" if not got else "both"
        )
        tally[f"report f1={'0' if f1 == 0 else '1' if f1 == 1 else 'part'} ({shape})"] += 1
        tally["gold"] += len(gold["municipalities"])
        tally["extracted"] += len(got)
        unused = list(got)
        for g in gold["municipalities"]:
            hit = next((p for p in unused if module.same_city(g, p)), None)
            if hit is not None:
                unused.remove(hit)
                tally["hit"] += 1
                continue
            as_place = [
                m
                for m in mentions
                if m.place
                and module.same_city(g, {"name": m.place.name, "country": m.place.country})
            ]
            key = module.city_key(g["name"])
            by_surface = [m for m in mentions if module.city_key(m.surface) == key]
            if as_place:
                values = found.get(as_place[0].place.geonameid, {})
                if values.get("excluded"):
                    tally["miss: candidate excluded"] += 1
                elif values.get("cued"):
                    tally["miss: cued but dropped later"] += 1
                elif not participation_model.may_join(values):
                    tally["miss: uncued, may not join"] += 1
                else:
                    tally["miss: uncued, model no"] += 1
            elif by_surface:
                tally["miss: mention resolved elsewhere"] += 1
            elif module.fold(g["name"]).split()[0][:4] in module.fold(text):
                tally["miss: said, no mention (form/gazetteer)"] += 1
            else:
                tally["miss: not said as written"] += 1
        for p in unused:
            cued = any(
                m.place
                and m.cues
                and module.same_city(p, {"name": m.place.name, "country": m.place.country})
                for m in mentions
            )
            tally["extra: cued" if cued else "extra: model/other"] += 1
    return tally


def main(batches: list[str]) -> None:
    gaz = load_gazetteer()
    module = scorer()
    total: Counter = Counter()
    for batch in batches:
        tally = count(batch, gaz, module)
        total.update(tally)
        print(batch, dict(sorted(tally.items())))
    if len(batches) > 1:
        print("all", dict(sorted(total.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
