"""Extraction on real meeting reports written by other city networks, agencies and municipalities.

The gold answers were written by hand before the extractor ever ran on these texts; the
floors are the scores the extractor has now (measured per batch, rounded down to two
decimals: all 0.7377, first 0.8309, held_out 0.6952, fresh 0.6688; after the venue and format
work: all 90 0.7374, first 0.8360, held_out 0.7332, fresh 0.6750, newest 0.6852; after the
participation exclusions: all 90 0.7390, first 0.8370, held_out 0.7414), so any regression
fails.
The newest batch (20 reports) was scored once its gold was committed, before any extractor work
for it: 0.6809, and over all 90 reports 0.7260.
After the status cues (future participation, "Concluso ..." titles) and publication stamps
left out of dates, with the venue work: all 0.7440, first 0.8364, held_out 0.7551, fresh 0.6777,
newest 0.6881.
After people named with a role or title before or after the name in every programme language:
all 0.783, first 0.883, held_out 0.815, fresh 0.704, newest 0.725.
With the participation exclusions (places named but not taking part): all 0.784, first 0.883,
held_out 0.820, fresh 0.704, newest 0.725.
The latest batch (20 reports, unseen like newest) was scored once its gold was committed, on the
extractor as it stood when the batch was added (commit 2121454), before any extractor work for it:
0.7514, and over all 110 reports 0.7782.
With organisations in case forms, compounds and "Long Name (ACR)": all 0.789, first 0.890,
held_out 0.838, fresh 0.725, newest 0.735, latest 0.754 (first 0.8897: floor 0.88).
With small towns on a close cue, names written otherwise, the host of a study visit, and no
body's seat or event name taken for a participant: all 0.796, first 0.892, held_out 0.843,
fresh 0.747, newest 0.739, latest 0.756.
With kind, online, status, dates and sequence read more generally (formats of many and of
`other`, hybrid meetings, hosts and rooms, invitations, parts and rounds, other meetings'
dates): all 0.814, first 0.895, held_out 0.864, fresh 0.808, newest 0.735, latest 0.7599.
With people in pairs and after plural roles, roles keeping their place: all 0.822, first
0.895, held_out 0.865, fresh 0.830, newest 0.735, latest 0.768.
With the dates run on over a trip and its workshop and the narrower status and date cues:
all 0.829, first 0.897, held_out 0.872, fresh 0.836, newest 0.744, latest 0.783.
With acronyms written as words, quoted names after a kind of body and case forms of one
body merged: all 0.831, first 0.898, held_out 0.872, fresh 0.842, newest 0.744, latest 0.785.
With Greek municipalities named by their people, cities named as their country, short and
longer names, and venues in an authority's building: all 0.835, first 0.898, held_out 0.884,
fresh 0.848, newest 0.744, latest 0.786 (after merging: all 0.837, first 0.902, held_out 0.895).
With roles in the record's form (plural-role lists, case forms in the nominative) and main's
work of the day: first 0.9100, held_out 0.9002, fresh 0.8662 (floors held_out 0.90, fresh 0.86).
With the kind as a scored vote, online only from evidence about the meeting and venues in a
sentence naming the format or opening a news title: first 0.907, held_out 0.905, fresh 0.879
(floor fresh 0.87).
With bodies named by acronym, international bodies in the local language and close-cooperation
cues, before merging main's kind work: first 0.907, held_out 0.906, fresh 0.879 (floor fresh 0.87).
The final batch (20 reports, unseen) was scored once its gold was committed, on the extractor
as it stood at the start of that session (commit 5ed997f): 0.7599.
At the end of that session (all of the above, place names with particles and a participation
model backing the cues): all 130 0.8415, first 0.9075, held_out 0.9062, fresh 0.8792, newest
0.7738, latest 0.7912, final 0.7700 (floors newest 0.77, final 0.76; latest stays 0.78 and all
0.83, a step below a measure within a hair of the next).
The blind batch (20 reports, unseen) was scored once its gold was committed, on the extractor
as it stood at the start of the session of 3 December 2026 (commit 2f5c4c9, extraction code as
a20fd01): 0.802 (municipalities 0.572), and over all 150 reports 0.836.
With English exonyms, names several countries share read in the report's countries, Polish
case forms, mayors before their city's name and the venue said by the host named most: all
150 0.845, first 0.910, held_out 0.903, fresh 0.897, newest 0.795, latest 0.800, final 0.787,
blind 0.802.
With themes weighed by title and topic sentences, context cues, bodies' and projects' names
left out of the topics, and quotations and EU funds no practices: first 0.916, held_out 0.912,
fresh 0.902, newest 0.816, latest 0.820, final 0.804 (floors 0.91, 0.91, 0.90, 0.81, 0.81,
0.80; all and blind left to the lead, as they read the blind batch).
Evening of 3 December 2026, the participation model refitted on the six development batches,
smaller places beyond Europe named with their country, Polish genitives, towns after plural
authority nouns, lists past an unknown item, and the learned filters of themes and bodies and
the venue fixes: all 150 0.867, first 0.919, held_out 0.912, fresh 0.902, newest 0.827, latest
0.841, final 0.836, blind 0.816 (municipalities 0.632; floors all 0.86, blind 0.81).
The sealed batch (20 reports, unseen) was scored once its gold was committed (commit 7f57783),
on the extractor as it stood at the start of the session of 4 December 2026 (commit ec29686):
0.810 (municipalities 0.653).
At the end of that session (venue mentions and the participation model's venue threshold, a
town's own name over a foreign alias, bodies' names in the nominative, status, date and theme
classes in every programme language): all 170 0.877, first 0.923, held_out 0.918, fresh 0.905,
newest 0.873, latest 0.872, final 0.869, blind 0.822 (municipalities 0.666), sealed 0.814
(municipalities 0.728); floors first 0.92, newest 0.87, latest 0.87, final 0.86, sealed 0.81
and blind 0.81 (0.822 is a hair above 0.82).
The untouched batch (20 reports, unseen) was scored once its gold was committed (commit
8ece224), on the extractor as it stood at the start of the session of 5 December 2026 (commit
c13caf4): 0.735 (municipalities 0.658). At the end of that session: 0.739 (municipalities
0.666), all 190 0.884, first 0.924, held_out 0.923, fresh 0.909, newest 0.885, latest 0.894,
final 0.899, blind 0.882, sealed 0.885; floor untouched 0.73.
The unread batch (20 reports, unseen) was scored once its gold was committed (commits 1d5ef97,
dd94d66), on the extraction code of 156f741 (the evening session of 5 December 2026 had changed
none yet): 0.782 (municipalities 0.732). At the end of that session (untouched studied: islands,
example towns and misspelt list items, themes from a model over every candidate, practices'
frames, roles in comma lists, prefects' offices, kind, status, venue, dates and sequence cues):
unread 0.787 (municipalities 0.732), all 210 0.889, first 0.921, held_out 0.927, fresh 0.912,
newest 0.885, latest 0.901, final 0.903, blind 0.886, sealed 0.908, untouched 0.842; floors
all 0.88, held_out 0.92, latest 0.90, final 0.90, blind 0.88, sealed 0.90, untouched 0.84, unread 0.78.
The unopened batch (20 reports, unseen) was scored once its gold was committed (commits e7dd66d,
85b1918), on the extraction code of 12dc208 (the session of 6 December 2026 had changed none
yet): 0.775 (municipalities 0.551). At the end of that session (unread studied: status, times,
dates, practices named with a town, kind and venue cues, bodies listed beside a found body,
roles without a comma, mayors speaking for a body, partner lists, misspelt towns with their
country; patterns prefiltered by their required words): unopened 0.775 (municipalities 0.551),
all 230 0.887, first 0.923, held_out 0.927, fresh 0.912, newest 0.888, latest 0.902, final
0.903, blind 0.890, sealed 0.909, untouched 0.848, unread 0.867; floors fresh 0.91, newest
0.88, unread 0.86, unopened 0.77 (blind stays 0.88: 0.890 is a hair above 0.89).
The untrodden batch (20 reports, unseen) was scored once its gold was committed (commits
0c2b4f2, 5b5caef), on the extraction code of 0994656 (the morning session of 6 December 2026
had changed none yet): 0.792 (municipalities 0.617). At the end of that session (background
bodies, roles in new shapes, unlisted municipalities, one automaton for every pattern's
literals): 0.791 (municipalities 0.595); floor untrodden 0.79.
The unexplored batch (20 reports, unseen) was scored once its gold was committed (7bf3d83),
on the extraction code of af658de (the start of the session of 7 December 2026): 0.792
(municipalities 0.767); floor unexplored 0.79. With it, all 290 score 0.876: floor all 0.87.
On 7 December 2026, with unopened and untrodden studied (kind: peer learning, workshops and
transnational workshops among many, a parliament's evidence session, a town meeting a body's
representatives; themes: a bare dialogue and the media as weaker cues): unopened 0.803,
untrodden 0.795, blind 0.915, held_out 0.928, newest 0.901; floor unopened 0.79 (0.803 is a
hair above 0.80).
Later that day, with municipalities, people and organisations studied on unopened and
untrodden too: unopened 0.830, untrodden 0.819, newest 0.903, blind 0.915, and on the
validation batches untouched 0.859, unvisited 0.815; floors newest 0.90, blind 0.91,
untouched 0.85, unopened 0.82, unvisited 0.81, untrodden 0.81.
At the end of that session (6d0e193) unexplored, which nobody had read, scored 0.796
(from 0.792; municipalities still 0.767): floor unexplored stays 0.79. All 290 score 0.882
(0.8825, a hair above 0.88): floor all 0.88.
The uncharted batch (20 reports, unseen) was scored once its gold was committed (f7768c7,
c0e3a4b), on the extraction code of bcb9745 (the start of the second session of 7 December
2026): 0.798 (municipalities 0.672); floor uncharted 0.79. With it, all 310 are held to 0.87.
At the end of that session (unexplored studied: places said not to have come, refugee sites,
project aims, regions' make-up, a name's letters for its country; roles after quotations and
articles; project partners' bodies; named practices after their noun or in quotes), uncharted,
which nobody had read, scored 0.798 (0.7977; municipalities 0.662): floor stays 0.79. Study:
first 0.939, fresh 0.921, newest 0.906, latest 0.915, final 0.919, unopened 0.835, untrodden
0.835, unexplored 0.827 (from 0.796); validation unvisited 0.816. All 310 score 0.881 (a hair
above 0.88): floor all 0.87. Floors fresh 0.92, latest 0.91, unopened 0.83, untrodden 0.83,
unexplored 0.82.
The unturned batch (20 reports, never read) was scored at the start of the session of 7 December
2026 (0.8255) and at its end (0.8148, then 0.8255 after a revert); unmapped (20 reports, never
read) was scored at the start of the next session (extraction code of 13e41b2): 0.7715
(municipalities 0.608), and at its end (venue clauses, networks of cities known by name, members
and venues beside cued parties, speakers' places, partners' meetings): 0.7703 (municipalities
0.608), floor 0.76, a step below a measure within a hair of 0.77. Study: latest 0.919, final
0.921, untrodden 0.848, unexplored 0.832, uncharted 0.826, unturned 0.881 (from 0.826); all 350
0.879: floor all 0.87. Floors untrodden 0.84, unexplored 0.83, uncharted 0.82, unturned 0.87.
The unsurveyed batch (20 reports, never read) was scored at the start of the session that followed
(extraction code of ecb2fd3): 0.7790 (municipalities 0.590), and at its end (Polish small towns and
feminine names in their case forms, example lists going on with "or", a body's short name after a
dash, the refugee agency's long names, German surname particles, German compound meeting nouns, a
national body's delegate named after their name): 0.7790 (municipalities 0.590), every field
unchanged; floor 0.77. Study: unmapped 0.790 (from 0.770); validation unvisited 0.819 (from 0.816);
all 370 0.875: floor all 0.87. Floor unmapped 0.78.
"""

import json

import pytest

from tests.archive.archive_scoring import OWN_REPORTS, field_scores

THIRD_PARTY = OWN_REPORTS / "third_party"
MIN_OVERALL = {
    "all": 0.87,
    "first": 0.93,
    "held_out": 0.92,
    "fresh": 0.92,
    "newest": 0.90,
    "latest": 0.91,
    "final": 0.91,
    "blind": 0.91,
    "sealed": 0.91,
    "untouched": 0.85,
    "unread": 0.87,
    "unopened": 0.83,
    "unvisited": 0.81,
    "untrodden": 0.84,
    "unexplored": 0.83,
    "uncharted": 0.82,
    "unturned": 0.87,
    "unmapped": 0.78,
    "unsurveyed": 0.77,
}
BATCH_SIZES = {
    "first": 26,
    "held_out": 20,
    "fresh": 24,
    "newest": 20,
    "latest": 20,
    "final": 20,
    "blind": 20,
    "sealed": 20,
    "untouched": 20,
    "unread": 20,
    "unopened": 20,
    "unvisited": 20,
    "untrodden": 20,
    "unexplored": 20,
    "uncharted": 20,
    "unturned": 20,
    "unmapped": 20,
    "unsurveyed": 20,
}
# Batches whose gold is committed but which have not been scored yet: they stay out of `all` so that
# no test run shows their score before it is measured once, on the extractor of that day.
UNSCORED: set[str] = set()


def _reports(subset: str) -> list:
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    names = [
        r["file"]
        for r in manifest["reports"]
        if subset == r["batch"] or (subset == "all" and r["batch"] not in UNSCORED)
    ]
    return sorted(THIRD_PARTY / "texts" / name for name in names)


def test_third_party_corpus_has_every_report_with_its_gold_and_source():
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    files = sorted(r["file"] for r in manifest["reports"])

    texts = sorted(p.name for p in (THIRD_PARTY / "texts").glob("*.txt"))
    golds = sorted(p.stem + ".txt" for p in (THIRD_PARTY / "gold").glob("*.json"))

    batches = {batch: len(_reports(batch)) for batch in BATCH_SIZES}
    assert (len(files), files, golds) == (sum(BATCH_SIZES.values()), texts, texts)
    assert batches == BATCH_SIZES
    assert all(r["url"].startswith("http") and r["title"] for r in manifest["reports"])


@pytest.mark.parametrize(
    "subset",
    [
        "all",
        "first",
        "held_out",
        "fresh",
        "newest",
        "latest",
        "final",
        "blind",
        "sealed",
        "untouched",
        "unread",
        "unopened",
        "unvisited",
        "untrodden",
        "unexplored",
        "uncharted",
        "unturned",
        "unmapped",
        "unsurveyed",
    ],
)
def test_extraction_third_party_reports_keeps_its_score(subset):
    reports = _reports(subset)

    scores = field_scores(THIRD_PARTY / "gold", reports)

    overall = sum(scores.values()) / len(scores)
    assert overall >= MIN_OVERALL[subset], f"overall {overall:.3f}: {scores}"
