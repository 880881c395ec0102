"""Municipalities named in a report: gazetteer look-up gated by context cues."""

from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz, process

from .gazetteer import Gazetteer, Place
from .text import fold

_TOKEN = regex.compile(r"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*")
_JOIN = regex.compile(r"^[ \-]$|^['’]$")
_CONNECTORS = {
    "de",
    "del",
    "della",
    "di",
    "da",
    "la",
    "le",
    "am",
    "an",
    "der",
    "sur",
    "sul",
    "nell",
    "el",
    "y",
    "i",
    "en",
    "upon",
    "on",
    "san",
    "sankt",
}

_MUNI_NOUN = (
    r"(?:municipalit(?:y|ies)|city|cities|town|towns|comune|comuni|città|citta|municipio|municipi|"
    r"municipalité|ville|stadt|gemeente|ayuntamiento|câmara municipal|mayor|mayors|deputy mayor|"
    r"sindac[oa]|vice-?sindac[oa]|borough|metropolitan city|città metropolitana)"
)
_LEFT_NOUN = regex.compile(
    rf"(?:(?P<adj>[\p{{L}}]+)\s+)?{_MUNI_NOUN}\s+(?:of|di|de|du|del|della|von|van)\s+(?:the\s+)?$|"
    r"\b(?:municipalities|cities|towns|comuni|città|partner cities|le "
    r"città)\s*(?:[:(–—]|\s-\s|,)\s*(?:the\s+|namely\s+|i\.e\.\s+)?$",
    regex.I,
)
_LABELS = {
    "date",
    "time",
    "format",
    "status",
    "venue",
    "location",
    "place",
    "speakers",
    "summary",
    "organiser",
    "organizer",
    "data",
    "ora",
    "orario",
    "luogo",
    "stato",
    "sede",
    "relatori",
    "programme",
    "agenda",
    "title",
}
_LEFT_PARTY = regex.compile(
    r"(?:representatives?|rappresentant[ei]|delegations?|delegazion[ei]|"
    r"officials?|colleagues?|staff|team|partners?)"
    r"\s+(?:of|from|di|da|del|della)\s+(?:the\s+)?$|(?:^|\n)\s*(?:from|"
    r"for|da|per|di)\s+(?:the\s+)?$",
    regex.I,
)
_RIGHT_COUNTRY = regex.compile(r"^\s*\((?P<country>[^()]{2,40})\)")
_RIGHT_NOUN = regex.compile(
    r"^\s+(?:City Council|City Hall|Municipality|municipality|Council|Municipal Council|"
    r"representatives|delegation|team|officials|city administration|municipal administration)\b"
)
_RIGHT_LIST_HEAD = regex.compile(r"^\s*(?:delegation\s*)?:")
_LIST_GLUE = regex.compile(
    r"^\s*(?:\([^()]{2,40}\))?\s*(?:,|\band\b|\be\b|\by\b|&|\bet\b)\s*(?:the\s+|"
    r"il\s+|la\s+)?(?:(?:city|municipality|comune|town) of\s+|(?:comune|"
    r"città) di\s+)?$",
    regex.I,
)
_EVENT_VERB = regex.compile(
    r"\b(?:took place|takes place|will take place|was held|is held|will "
    r"be held|held|hosted|gathered|met|convened|"
    r"si è svolt[oa]|si svolgerà|si terrà|si è tenut[oa]|ha avuto luogo|"
    r"ospitat[oa]|tenutosi|tenutasi|riunit[ie])\b",
    regex.I,
)
_LOC_PREP = regex.compile(
    r"(?:\bin|\bat|\ba|\bad|\bpresso)\s+(?:the city of\s+|la città di\s+)?$", regex.I
)
_VISIT_TO = regex.compile(
    r"(?:\bvisit(?:ed)?\s+(?:to\s+)?|\bvisita (?:di studio )?a\s+|\bhosted "
    r"by the (?:city|municipality) of\s+|\bospitat[oa] dal comune di\s+|"
    r"^\s*(?:study visit|visita di studio|visita)\s*[-–—:|]\s*)$",
    regex.I,
)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    place: Place | None = None
    cued: bool = False
    country: str | None = None
    location: bool = False
    candidates: tuple = field(default_factory=tuple)


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Every span of capitalised words that names a place in the gazetteer."""
    tokens = list(_TOKEN.finditer(text))
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.group()[0].isupper():
            i += 1
            continue
        found = None
        for n in range(min(gaz.max_words, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            if not _contiguous(text, span) or not span[-1].group()[0].isupper():
                continue
            if any(not t.group()[0].isupper() and fold(t.group()) not in _CONNECTORS for t in span):
                continue
            surface = text[span[0].start() : span[-1].end()]
            if gaz.country_code(surface):
                break
            cands = gaz.candidates(surface)
            if cands:
                found = Mention(span[0].start(), span[-1].end(), surface, candidates=cands)
                i += n
                break
        if found:
            mentions.append(found)
        else:
            i += 1
    return mentions


def _contiguous(text, span) -> bool:
    return all(_JOIN.match(text[a.end() : b.start()]) for a, b in zip(span, span[1:], strict=False))


def _cue(
    text: str, mention: Mention, gaz: Gazetteer, previous: Mention | None
) -> tuple[bool, str | None]:
    left = text[max(0, mention.start - 70) : mention.start]
    right = text[mention.end : mention.end + 50]
    country = None
    cued = False
    m = _RIGHT_COUNTRY.match(right)
    if m and gaz.country_code(m.group("country")):
        country, cued = gaz.country_code(m.group("country")), True
    m = _LEFT_NOUN.search(left)
    if m:
        cued = True
        if m.group("adj") and gaz.country_code(m.group("adj")):
            country = country or gaz.country_code(m.group("adj"))
    if _LEFT_PARTY.search(left) and (
        _RIGHT_LIST_HEAD.match(right) or not left.rstrip().endswith(("from", "da"))
    ):
        cued = True
    if _RIGHT_NOUN.match(right):
        cued = True
    elif (
        _RIGHT_LIST_HEAD.match(right)
        and regex.search(r"(?:^|\n)\s*$", left)
        and fold(mention.surface) not in _LABELS
    ):
        after = text[mention.end : mention.end + 200]
        if regex.search(
            r"^\s*:\s*(?:\n\s*[-*•·]|[^\n]*(?:\b(?:Mr|Ms|Mrs|Dr|Prof|dott|sig)\.?\s+\p{Lu}|"
            r"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*,))",
            after,
        ):
            cued = True
    if (
        previous is not None
        and previous.cued
        and _LIST_GLUE.match(text[previous.end : mention.start])
    ):
        cued = True
    return cued, country


def resolve_municipalities(text: str, gaz: Gazetteer) -> tuple[list[Mention], Mention | None]:
    """Mentions of municipalities taking part (cued), plus the event's location mention if any."""
    mentions = find_mentions(text, gaz)
    previous = None
    location = None
    for mention in mentions:
        mention.cued, mention.country = _cue(text, mention, gaz, previous)
        mention.place = gaz.lookup(mention.surface, country=mention.country) or gaz.lookup(
            mention.surface
        )
        if location is None and _is_location(text, mention):
            mention.location = True
            location = mention
        previous = mention
    confirmed = {m.place.geonameid for m in mentions if (m.cued or m.location) and m.place}
    for mention in mentions:
        if mention.place and mention.place.geonameid in confirmed:
            mention.cued = True
    _add_fuzzy(text, gaz, mentions)
    return mentions, location


def _is_location(text: str, mention: Mention) -> bool:
    left = text[max(0, mention.start - 160) : mention.start]
    sentence_start = max(left.rfind(". "), left.rfind("\n"))
    left = left[sentence_start + 1 :]
    if _VISIT_TO.search(left):
        return True
    if not _LOC_PREP.search(left):
        return False
    right = text[mention.end : mention.end + 160].split(". ")[0]
    return bool(_EVENT_VERB.search(left) or _EVENT_VERB.search(right[:80]))


def _add_fuzzy(text: str, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """A cued name that the gazetteer lacks verbatim: try a close spelling."""
    for m in regex.finditer(
        rf"{_MUNI_NOUN}\s+(?:of|di|de)\s+(?:the\s+)?(?P<name>\p{{Lu}}[\p{{L}}'’-]+(?:\s\p{{Lu}}[\p{{L}}'’-]+)?)",
        text,
        regex.I,
    ):
        start = m.start("name")
        if any(x.start <= start < x.end for x in mentions):
            continue
        best = process.extractOne(
            fold(m.group("name")), gaz.names.keys(), scorer=fuzz.ratio, score_cutoff=88
        )
        if best:
            place = gaz.names[best[0]][0][0]
            mentions.append(Mention(start, m.end("name"), m.group("name"), place=place, cued=True))
    mentions.sort(key=lambda x: x.start)


def municipalities(mentions: list[Mention]) -> list[dict]:
    seen: dict[int, dict] = {}
    for m in mentions:
        if m.cued and m.place and m.place.geonameid not in seen:
            seen[m.place.geonameid] = {"name": m.place.name, "country": m.place.country}
    return list(seen.values())
