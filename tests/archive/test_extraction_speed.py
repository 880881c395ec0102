"""The extractor's shortcuts find exactly what the plain patterns they replace found.

`bench/archive.py` measures the speed (200 reports a second or more); these tests keep the
faster forms honest: a prefix tree of words matches as the longest-first alternation, and
the municipality names in a phrase are those the per-report alternation found.
"""

import gc
import pathlib
import random

import pytest
import regex

from citypeers.archive.extraction import extract_details, load_gazetteer, read_report
from citypeers.archive.extraction import patterns as rx
from citypeers.archive.extraction.cues import CueTable
from citypeers.archive.extraction.dates import _month_words, _months, _weekdays
from citypeers.archive.extraction.ordinals import ORDINAL_WORDS
from citypeers.archive.extraction.organisations import (
    _known_names,
    _known_pattern,
    _known_pattern_opening,
    known_names_in,
)
from citypeers.archive.extraction.people import (
    _PERSON_CUE,
    _ROLE_HEAD,
    _ROLE_THEN_NAME,
    _SAID_AFTER_QUOTE,
    _SLOT_NAME,
    _cue_then_name,
    _first_match,
    _head_starts,
    _lowercase_elsewhere,
    is_role_head_word,
)
from citypeers.archive.extraction.practices import _SENTENCE, sentences
from citypeers.archive.extraction.record import (
    _ACRONYM_AFTER_TITLE,
    _ACRONYM_AT_THE_END,
    _surface_index,
    _surfaces_in,
)
from citypeers.archive.extraction.text import sentence_ends
from citypeers.archive.extraction.themes import _compiled, _cues_to_try

REPORTS = pathlib.Path(__file__).parent / "reports"


def _plain_alternation(words) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _matches(pattern: str, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in regex.finditer(pattern, text)]


@pytest.mark.parametrize(
    "words",
    [
        ["mar", "marzo", "marz", "maggio", "may", "ma"],
        ["al doilea", "al", "a doua", "raba'", "ewwel", "τριτη", "τριτης", "τριτ"],
        sorted(ORDINAL_WORDS),
        sorted(_months()),
        list(_weekdays()),
    ],
    ids=["prefixes", "spaces and quotes", "ordinals", "months", "weekdays"],
)
def test_word_tree_matches_as_the_longest_first_alternation(words):
    rng = random.Random(3)
    pieces = [*words, *(w[:-1] for w in words), *(w + "s" for w in words), " ", "-", "x"]
    text = " ".join(rng.choice(pieces) for _ in range(3000))
    tree = rx.alternation(words)
    for around in ("{}", r"(?<!\w){}(?=[\s-])", r"(?P<w>{})\s+(?:meeting|x)\b", r"{}\.?"):
        plain = around.format(_plain_alternation(words))
        assert _matches(around.format(tree), text) == _matches(plain, text)


@pytest.mark.parametrize(
    "phrase",
    [
        "Head of Social Services, City of Lisbon",
        "Lisbonese office in Lisbon and Porto",
        "Porto Alegre and Porto",
        "Comune di Reggio Emilia (Reggio)",
        "'s-Hertogenbosch, Graz-Umgebung, Graz",
        "Lisbon",
        "",
    ],
)
def test_surfaces_in_phrase_as_the_alternation_found_them(phrase):
    surfaces = sorted(
        {"Lisbon", "Porto", "Porto Alegre", "Reggio Emilia", "Reggio", "'s-Hertogenbosch", "Graz"},
        key=len,
        reverse=True,
    )
    alternatives = "|".join(regex.escape(s) for s in surfaces)
    pattern = regex.compile(rf"(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])")

    found = list(_surfaces_in(phrase, _surface_index(surfaces)))

    assert found == [m.group() for m in pattern.finditer(phrase)]
    assert list(_surfaces_in(phrase, _surface_index([]))) == []


def test_sentence_ends_in_a_window_as_scanning_the_window_found_them():
    rng = random.Random(5)
    pieces = ["word", " ", ".", "!", "?", "\n", ". ", ".\n", "?\n\n", "\t", "x"]
    text = "".join(rng.choice(pieces) for _ in range(2000))
    scan = regex.compile(r"[.!?]\s|\n")

    for start in range(0, len(text), 7):
        for stop in (start, start + 1, start + 40, start + 333, len(text) + 5):
            window = text[start:stop]
            expected = [start + m.end() for m in scan.finditer(window)]

            assert sentence_ends(text, start, min(stop, len(text))) == expected


@pytest.mark.parametrize("word", ["Rossi", "Bianchi", "Ionut", "O'Neill", "Anne-Marie", "İlker"])
def test_lowercase_elsewhere_as_the_word_pattern_found_it(word):
    texts = [
        f"{word} and {word.lower()}s met",
        f"{word} met the {word.lower()} team",
        f"{word}:{word.lower()}-led",
        f"{word.lower()}{word}",
        f"{word} alone",
    ]

    for text in texts:
        pattern = rf"(?<![\p{{L}}]){regex.escape(word.lower())}(?![\p{{L}}])"
        assert _lowercase_elsewhere(word, text) == bool(regex.search(pattern, text))


def test_theme_cues_tried_are_those_whose_anchor_the_text_holds():
    text = "the welcome desk offered language courses and job counselling to asylum seekers"

    to_try = _cues_to_try(text)

    for slug, tiers in _compiled().items():
        for tier, cues in enumerate(tiers):
            expected = [pattern for anchor, pattern in cues if anchor in text]
            assert sorted(to_try.get(slug, ([], []))[tier], key=id) == sorted(expected, key=id)


def test_role_then_name_tried_at_role_heads_finds_what_the_search_found():
    text = (
        "The Mayor Anna Smith opened. il sindaco di Fusignano Nicola Pasi ha parlato; "
        "Head of Unit Marco Rossi, said; a chief: Ms Jo Bloggs. headless Chiefs Ann Lee ran"
    )
    starts = _head_starts(text)

    for position in range(len(text)):
        found = _first_match(_ROLE_THEN_NAME, text, starts, position)
        expected = _ROLE_THEN_NAME.search(text, position)

        assert (found and found.span()) == (expected and expected.span())


def test_known_bodies_found_by_the_automaton_as_by_the_alternation():
    rng = random.Random(11)
    names = sorted(_known_names())
    pieces = [*rng.sample(names, 60), " ", " ", "-", "x", ", ", "(", ")", "s", "\n"]
    text = "".join(rng.choice(pieces) for _ in range(4000))

    found = list(known_names_in(text))

    assert found == [(m.start(), m.group()) for m in _known_pattern().finditer(text)]
    assert len(found) > 20


def test_month_words_as_the_whole_word_pattern_found_them():
    rng = random.Random(13)
    months = sorted(_months())
    pieces = [*months, *(m[:-1] for m in months), *(m + "a" for m in months), "é"]
    text = "".join(rng.choice(pieces) + rng.choice([" ", "", "-", "1", ", "]) for _ in range(3000))
    pattern = regex.compile(r"(?<!\p{L})" + rx.alternation(_months()) + r"(?!\p{L})")

    found = _month_words(text)

    assert found == [m.span() for m in pattern.finditer(text)]
    assert len(found) > 100


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("ab|(?:c|d)e|f?g", {"a", "c", "d", "f", "g"}),
        ("(?:project |partners? )?meeting", {"p", "m"}),
        ("(?<=^|\\n|\\bthe )training", {"t"}),
        ("x{0,3}y|z{2}", {"x", "y", "z"}),
        ("a|\\w+", None),
        ("a|[bc]", None),
        ("a|(?i:b)", None),
        ("(?:a|b?)c", None),
    ],
)
def test_first_chars_of_a_pattern_or_none_when_unclear(pattern, expected):
    found = rx.first_chars(pattern)

    assert found == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("ab|(?:cd|ef)g|h(?:ij|k)", {"ab", "cd", "ef", "hi", "hk"}),
        ("(?<=^|\\n|\\bthe )training", {"tr"}),
        ("(?:x|yz)w", {"xw", "yz"}),
        ("ab?c", None),  # an optional second letter
        ("a+b", None),
        ("a", None),  # shorter than two
        ("(?:project )?meeting", None),
        ("a[bc]", None),
    ],
)
def test_first_pairs_of_a_pattern_or_none_when_unclear(pattern, expected):
    found = rx.first_pairs(pattern)

    assert found == (None if expected is None else frozenset(expected))


def test_cue_table_finds_what_its_whole_pattern_finds():
    rng = random.Random(17)
    cues_by_name = {
        "visit": r"study[- ](?:visit|tour)s?|(?:peer|field) visits?|visita",
        "exchange": r"(?:staff )?exchange|scambi?[oa]?|(?<=^|\n|\bthe )twinning",
        "meeting": r"meetings?|riunion[ei]|συναντηση",
    }
    words = ["study visit", "study-tours", "peer visits", "visita", "staff exchange", "scambio",
             "the twinning", "a twinning", "meeting", "riunione", "συναντηση", "studyvisit",
             "visitare", "exchanges", "xmeeting", "2meetings"]  # fmt: skip
    text = "".join(rng.choice(words) + rng.choice([" ", "\n", ", ", "-", ""]) for _ in range(3000))
    table = CueTable(cues_by_name, after=r"(?!\w)")

    for pos, endpos in [(0, None), (5, 400), (101, len(text) - 7)]:
        found = [(m.span(), m.lastgroup) for m in table.finditer(text, pos, endpos)]
        whole = [(m.span(), m.lastgroup) for m in table.pattern.finditer(text, pos, endpos)]

        assert found == whole
        assert len(whole) > 10
    assert table._by_letter is not None


@pytest.mark.parametrize(
    ("pattern", "flags", "needs"),
    [
        (r"(?:hosted by|host city)\s+\p{Lu}", 0, ("host city", "hosted by")),
        (r"(?<![\p{L}])(?i:Mayor|Deputy Mayor)s?\b", 0, ("mayor",)),
        (r"\bmunicipalit(?:y|ies) of\b", 0, ("municipalit",)),
        (r"(?:visit|tour)(?:ed)?\s+(?:to\s+)?the", regex.I, ("tour", "visit")),
        (r"(?P<who>delegat\w+)\s+(?:from|of)", 0, ("delegat",)),
        (r"\p{L}{3}(?:ab\{2\}|x)", 0, None),  # "x" is too short to filter on
        (r"(?:workshop)?\s*meeting", 0, ("meeting",)),
        (r"(?:workshop|)meeting", 0, ("meeting",)),
        (r"(?:workshop|)\s", 0, None),
        (r"sem+inar", 0, ("inar",)),  # "sem" too, but "inar" is as long
        (r"(?(1)abc|def)ghij", 0, ("ghij",)),
        (r"(?x) meeting", 0, None),  # verbose: the spaces are no text
        (r"meeting{e<=1}", 0, None),  # fuzzy matching
        (r"\x41bcd|\u00e9tude", 0, ("bcd", "tude")),  # an escaped letter ends a literal
        (r"(?i)city hall", 0, ("city hall",)),
    ],
)
def test_required_literals_are_those_every_match_contains(pattern, flags, needs):
    found = rx.required_literals(pattern, flags)

    assert (tuple(sorted(found)) if found else None) == needs


def test_a_literal_under_ignorecase_is_kept_only_where_every_case_folds_alike():
    # "i" also matches "İ", whose fold is "i̇", and "I" matches "ı": `fold` reads all as "i"
    for pattern, text in [(r"(?i:viking)", "VİKİNG " * 40), (r"(?i:VIKING)", "vıkıng " * 40)]:
        assert regex.search(pattern, text)
        assert rx.compile(pattern).search(text)
    # the sharp s matches characters that fold otherwise: no literal through it
    assert rx.required_literals(r"(?i:straße)", 0) == ("stra",)


def test_a_prefiltered_pattern_finds_what_the_engine_finds():
    texts = [read_report(p) for p in sorted(REPORTS.glob("*.txt"))]
    words = " ".join(texts).split()
    rng = random.Random(5)
    texts += [" ".join(rng.choice(words) for _ in range(400)) for _ in range(5)]
    for text in texts:
        extract_details(text, source="report.txt")
    missed = []
    prefiltered = [p for p in rx.COMPILED.values() if isinstance(p, rx.Prefiltered)]
    for pattern in prefiltered:
        for text in texts:
            folded = rx.fold(text)
            if pattern.compiled.search(text) and not any(n in folded for n in pattern.needs):
                missed.append(pattern.pattern[:80])
    assert len(prefiltered) > 100  # the check ran on the patterns it is about
    assert missed == []


def test_a_short_piece_of_the_report_is_prefiltered_by_the_whole_report():
    pattern = rx.compile(r"(?<![\p{L}])(?i:guided tour|open day)s?\b")
    report = "The delegation met the mayor. " * 20 + "They also joined an Open Day."

    with rx.reading(report):
        assert pattern.search(report[:40]) is None  # a piece of it: the report is read once
        assert pattern.search("an open day") is not None  # not a piece of it: the engine reads it
        assert pattern.search(report[-20:]).group() == "Open Day"
    with rx.reading("No such words here."):
        assert pattern.search("the open days") is not None


def test_a_pattern_compiled_during_a_report_is_prefiltered_by_its_own_literals_until_rebuilt():
    before = "The delegation crossed at a Zebra Crossing near the town hall. " * 3
    after = "Nothing of the kind was said at the meeting with the mayor. " * 3

    with rx.reading(before + after):
        # compiled after the automaton of the report was built
        pattern = rx.compile(r"(?i:zebra crossing|pelican crossing)s?\b")
        found_during = [pattern.search(before), pattern.search(after)]
    with rx.reading(after + before):  # the next report: its own literals, or the automaton's
        found_next = [pattern.search(before + "."), pattern.search(after + ".")]
    rx._AUTOMATON = rx._Automaton(rx._AUTOMATON.automaton, 1)  # as if many were compiled since
    with rx.reading(before + after + "!"):  # built again: the automaton has its literals
        found_rebuilt = [pattern.search(before + "!"), pattern.search(after + "!")]

    assert [m and m.group() for m in found_during] == ["Zebra Crossing", None]
    assert [m and m.group() for m in found_next] == ["Zebra Crossing", None]
    assert [m and m.group() for m in found_rebuilt] == ["Zebra Crossing", None]
    assert rx._AUTOMATON.patterns == len(rx._LITERALS)


@pytest.mark.parametrize(
    ("built", "compiled", "due"),
    [(0, 0, False), (0, 5, True), (500, 500, False), (500, 563, False), (500, 999, False),
     (500, 1000, True), (10, 73, False), (10, 74, True)],
)  # fmt: skip
def test_literal_automaton_is_built_again_once_the_late_patterns_are_many(built, compiled, due):
    assert rx._rebuild_due(built, compiled) is due


def test_a_deferred_pattern_finds_what_the_engine_finds_and_compiles_only_when_it_may():
    source = r"(?<![\p{L}])Zebra Crossing(?![\p{L}])"
    deferred = rx.Deferred(source, regex.I)
    texts = [
        "No crossing here at all.",
        "A zebra  crossing.",
        "The ZEBRA CROSSING, twice: zebra crossing",
    ]

    spans = [[m.span() for m in deferred.finditer(t)] for t in texts[:2]]
    compiled_after_misses = deferred._compiled
    spans += [[m.span() for m in deferred.finditer(t)] for t in texts[2:]]

    engine = regex.compile(source, regex.I)
    assert spans == [[m.span() for m in engine.finditer(t)] for t in texts]
    assert spans[2] == [(4, 18), (27, 41)]
    assert compiled_after_misses is None
    assert deferred._compiled is not None
    assert deferred.search("a Zebra Crossing").span() == (2, 16)


def test_known_body_at_a_place_matches_as_the_whole_known_pattern():
    texts = [read_report(p) for p in sorted(REPORTS.glob("*.txt"))]
    texts.append("UNHCR, the Council of Europe, OECD and the European Commission (IOM)")
    tried = found = 0

    for text in texts:
        for start in range(0, len(text), 7):
            whole = _known_pattern().match(text, start)
            opening = _known_pattern_opening(text[start : start + 1]).match(text, start)
            assert (whole and whole.span()) == (opening and opening.span())
            tried += 1
            found += whole is not None
        for start, _name in known_names_in(text):
            whole = _known_pattern().match(text, start)
            assert whole.span() == _known_pattern_opening(text[start]).match(text, start).span()
            found += 1

    assert tried > 1000 and found > 20  # the check ran on places that open a body's name


@pytest.mark.parametrize(
    "role",
    ["Director IOM", "Head of Unit\nOECD", "Mayor", "Coordinator ANCI-2", "Chief of Staff",
     "Director of EU-UN", "president UNHCR\n", "Head  ABC", "Deputy Mayor Åland"],
)  # fmt: skip
def test_acronym_after_title_only_where_a_role_ends_in_an_acronym(role):
    whole = _ACRONYM_AFTER_TITLE.search(role)

    assert whole is None or _ACRONYM_AT_THE_END.search(role) is not None


@pytest.mark.parametrize(
    "word",
    ["Mayor", "mayor", "Sindaco", "Bürgermeisterin", "Integrationsbeauftragte", "Anna", "Rossi",
     "Director", "Directors", "Headquarters", "Δήμαρχος", "Mayor-elect", ""],
)  # fmt: skip
def test_role_head_word_as_the_role_head_pattern_matches_it_whole(word):
    expected = _ROLE_HEAD.fullmatch(word) is not None

    assert is_role_head_word(word) is expected
    assert is_role_head_word(word) is expected  # kept


def test_cue_then_name_finds_what_the_alternation_of_its_two_patterns_finds():
    whole = regex.compile(
        rf"(?:(?<![\p{{L}}]){_PERSON_CUE}|{_SAID_AFTER_QUOTE})[^\S\n]+{_SLOT_NAME}"
    )
    pieces = ["chaired by", "moderated by", "represented by", "”, said", "«, ha detto", ",",
              "Oshrik Tembaru", "Anna Berg", "the panel", "\n", " ", "“Yes", "said"]  # fmt: skip
    rng = random.Random(19)
    texts = [read_report(p) for p in sorted(REPORTS.glob("*.txt"))]
    texts += [" ".join(rng.choice(pieces) for _ in range(600)) for _ in range(5)]
    total = 0
    for text in texts:
        found = [(m.span(), m.group()) for m in _cue_then_name(text)]
        assert found == [(m.span(), m.group()) for m in whole.finditer(text)]
        total += len(found)
    assert total > 20  # the check ran on texts that hold such cues


def test_one_off_patterns_are_kept_in_a_bounded_cache_apart_from_the_module_patterns():
    compiled_before, literals_before = len(rx.COMPILED), len(rx._LITERALS)

    patterns = [
        rx.one_off(rf"(\p{{L}}+)\s+{regex.escape(f'Zorvath{n}')}(?![\p{{L}}])")
        for n in range(rx._ONE_OFF_KEPT + 300)
    ]

    assert len(rx.ONE_OFF) <= rx._ONE_OFF_KEPT
    assert len(rx.COMPILED) == compiled_before  # none kept for good
    assert len(rx._LITERALS) == literals_before  # nor in the shared automaton
    assert patterns[-1].search("the Zorvath2347 bridge").group(1) == "the"
    assert patterns[-1].search("the Zorvath2346 bridge") is None  # its own literals prefilter


def test_a_one_off_pattern_used_again_stays_and_is_the_same():
    first = rx.one_off(r"(?<![\p{L}])Prefectura\s+Velmora")
    for n in range(rx._ONE_OFF_KEPT - 1):
        rx.one_off(rf"Quillbrook{n}\s+road")
        rx.one_off(r"(?<![\p{L}])Prefectura\s+Velmora")  # used again: the most recent

    assert rx.one_off(r"(?<![\p{L}])Prefectura\s+Velmora") is first


@pytest.mark.parametrize(
    "word",
    ["Ana-Maria Pell", "St. Orrin", "O'Dell", "e.V.", "aa", "Ölund Berg", "-", "Mira Ko"],
)
def test_word_spans_are_those_of_the_pattern_of_the_word_between_non_letters(word):
    texts = [
        "Ana-Maria Pell and Ana-Maria Pellworth met St. Orrin's mayor, O'Dell and O'Della.",
        "aaa aa aab -aa- aa. The e.V. (e.V.x) chaired; xÖlund Berg, Ölund Berg, Ölund Bergé.",
        "Mira Ko-op, Mira Kos, (Mira Ko) and Mira Ko",
        "",
        "- -- a-b - ",
    ]
    pattern = regex.compile(rf"(?<![\p{{L}}]){regex.escape(word)}(?![\p{{L}}])")
    for text in texts:
        assert list(rx.word_spans(text, word)) == [m.span() for m in pattern.finditer(text)]
        assert rx.says_word_at_all(text, word) == bool(pattern.search(text))


@pytest.mark.parametrize("literal", ["aa", "Kessel (Nord)", "ana", ".", "x"])
def test_literal_spans_are_those_of_the_escaped_literal(literal):
    texts = ["aaaaa Kessel (Nord) banana ana.", "nothing", "", "anana..x"]
    for text in texts:
        expected = [m.span() for m in regex.finditer(regex.escape(literal), text)]
        assert rx.literal_spans(text, literal) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Days in Velmora\nThe city presented the A.B. Europe plan\nand more. Then"
        " it ended!\nA title without a stop\nLast line without a stop",
        "Title\n\nThe mayor spoke. e.g. this\nclosing line\n",
        "One line without a stop, then a break at the very end\n",
        "Q.E.D. works\nagain? Yes.\nno stop here\nU.N. talks\nxyz",
        "",
        "\n\nA.\n\nB\n",
    ],
)
def test_sentences_are_those_of_the_sentence_pattern(text):
    def read(matches):
        return [(m.start(), m.group()) for m in matches]

    assert read(sentences(text)) == read(_SENTENCE.finditer(text))


def test_a_long_piece_of_a_report_without_the_literals_is_answered_without_the_engine():
    pattern = rx.compile(r"(?<![\p{L}])(?i:harbour festival|tide market)s?\b")
    report = "The delegation of Velmora met the mayor of Quillbrook at noon. " * 10

    with rx.reading(report):
        assert pattern.search(report[5:400]) is None  # a piece of it, read in the report
        assert pattern.search("x" * 200 + " the Tide Market").group() == "Tide Market"


def test_the_gazetteer_is_kept_out_of_the_collectors_full_passes():
    """A full pass of the garbage collector over the gazetteer's million objects costs more
    than half a second; loaded, they are frozen, so a full pass walks only what reports left."""
    gazetteer = load_gazetteer()
    assert gc.get_freeze_count() > len(gazetteer.places)
