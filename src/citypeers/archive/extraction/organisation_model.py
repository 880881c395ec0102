"""Which candidate bodies took part: a small logistic model over what any report shows.

`organisations.find_organisations` names the candidate bodies of a report (phrases headed
by a body noun, well-known bodies, defined acronyms, the bodies people speak for). Some
are background: a body cited, a funder, a unit of a city. The model weighs, for each
candidate, features that any report has (said more than once, a head noun, a well-known
body, an acronym with its expansion, a person of it, participation words around it, only
in the opening or only beside funding ...) and keeps the candidate when the weighted sum
reaches `THRESHOLD`. The weights are fitted on the development reports by
`bench/_fit_organisations.py` (leave-one-batch-out validated, see its docstring), which
prints this module's `THRESHOLD` and `WEIGHTS`. Inference is a dot product per candidate.
"""

import functools

import regex

from . import body_names, organisations
from . import patterns as rx
from .cues import plain
from .participation import PARTY_CUE
from .text import fold

FEATURES = (
    "bias",
    "repeated",
    "unsaid",
    "known",
    "international",
    "head",
    "acronym",
    "expanded",
    "one_word",
    "long_name",
    "person_of",
    "party_near",
    "role_near",
    "funding_near",
    "context_near",
    "opening",
    "in_list",
    "town_in_name",
    "place_name",
    "person_near",
    "lonely",
    "oblique",
    "common_words",
    "lonely_oblique",
)

# Fitted by `bench/_fit_organisations.py --l2 1 --only lonely_oblique`: of the features above,
# only a body named once, in the genitive, with nothing around it that says it took part
# (a head noun in an oblique case is the complement of something else) raised the
# leave-one-batch-out F1 in every batch it moved, and lowered none. The other features are
# kept for the next fits.
THRESHOLD = 0.5
WEIGHTS: dict[str, float] = {
    "bias": 1.80,
    "lonely_oblique": -2.11,
}

_NEAR = 80
# A head noun in the genitive (Polish, Romanian, Greek): the body is the complement of
# something else ("a study of the University of X", "the Committee's aim").
_OBLIQUE = rx.compile(r"(?:\p{Ll}(?:ului|iei|ției|ţiei|ji|ego|ych|ów|(?<!ea)u)|ου|ής|ών|ας)$")
_SPANS_READ = 5  # mentions read for the people around a body
_OPENING = 300
_ROLE_WORDS = rx.compile(
    r"(?<![\p{L}])(?:mayor|deputy|councillor|director|head of|president|presidente|"
    r"officer|coordinator|representative|expert|minister|secretary|chair|ceo|"
    r"sindac|assessor|responsabile|dirigente|direttore|direttrice|alcald|concejal|"
    r"director[a]?|burgermeister|leiter|geschaftsfuhr|referent|burmistrz|prezydent|dyrektor|"
    r"prezes|δημαρχ|προεδρ|διευθυντ|υπουργ|primar|director|presedinte|ministr|sindku|"
    # a member of the body ("membru al Parlamentului X", "Mitglied des Y")
    r"member|membru|membro|miembro|mitglied|czlon|μελος)"
)
_FUNDING = rx.compile(
    r"(?<![\p{L}])(?:fund|financ|sponsor|grant|finanzi|financiad|subvencion|gefordert|"
    r"forder|finanz|finant|finansow|χρηματοδοτ|ffinanzj)"
)
_CONTEXT = rx.compile(
    r"(?<![\p{L}])(?:such as|for example|for instance|e\.g\.|according to|report of|study by|"
    r"ad esempio|per esempio|secondo|por ejemplo|segun|zum beispiel|laut|np\.|na przyklad|"
    r"π\.χ\.|συμφωνα με|de exemplu|potrivit)(?![\p{L}])"
)
_LIST_GAP = rx.compile(
    r"^\s*(?:\([^()\n]{1,60}\)\s*)?(?:,|;|\band\b|\be\b|\by\b|\bi\b|\bund\b|"
    r"\boraz\b|\bși\b|\bκαι\b|&)\s*(?:the\s+)?$"
)


def keep(values: dict[str, float]) -> bool:
    return score(values) >= THRESHOLD


def score(values: dict[str, float]) -> float:
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in values.items())


def _forms(org: dict, acronyms: dict[str, str]) -> set[str]:
    """How the text may name the body: its name, both halves of "Long (ACR)", the long name
    of its acronym, the well-known body's other names."""
    name = org["name"]
    forms = {name}
    if name.endswith(")") and " (" in name:
        long, _, short = name[:-1].partition(" (")
        forms |= {long, short}
    forms |= {long for long, acr in acronyms.items() if acr in forms}
    short = organisations.known_short_name(name)
    if short:
        forms |= organisations.known_forms(short)
    return {f for f in forms if len(f) >= 2}


def _positions(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """Where the text says any of the forms; a long name also in lower case ("the
    ministry of ..."), an acronym only as written."""
    spans = []
    for form in forms:
        spans.extend(m.span() for m in _form_pattern(form).finditer(text))
    return sorted(set(spans))


@functools.lru_cache(maxsize=4096)
def _form_pattern(form: str) -> rx.Deferred:
    # kept by form: escaping a name costs more than finding it in a report; compiled only
    # for a text that may say it
    flags = regex.I if " " in form else 0
    return rx.Deferred(rf"(?<![\p{{L}}]){regex.escape(form)}(?![\p{{L}}])", flags)


def features(
    text: str,
    orgs: list[dict],
    *,
    acronyms: dict[str, str],
    person_orgs: set[str],
    municipality_names: set[str],
    is_place=lambda name: False,
    person_names: frozenset[str] = frozenset(),
) -> list[dict[str, float]]:
    """The feature values of every candidate body, in order."""
    folded = plain(text)
    spans_of = [_positions(text, _forms(org, acronyms)) for org in orgs]
    starts = sorted(s for spans in spans_of for s, _e in spans)
    ends = sorted(e for spans in spans_of for _s, e in spans)
    out = []
    for org, spans in zip(orgs, spans_of, strict=True):
        name = org["name"]
        core = name.split(" (")[0]
        values = dict.fromkeys(FEATURES, 0.0)
        values["bias"] = 1.0
        values["repeated"] = float(len(spans) >= 2)
        values["unsaid"] = float(not spans)
        values["known"] = float(organisations.known_short_name(name) is not None)
        values["international"] = float(org["kind"] in organisations.INTERNATIONAL_KINDS)
        values["head"] = float(organisations.names_a_body(core))
        values["acronym"] = float(core.isupper() and " " not in core)
        values["expanded"] = float(
            name.endswith(")") or any(fold(name) in (fold(a), fold(b)) for a, b in acronyms.items())
        )
        values["one_word"] = float(" " not in core and not core.isupper())
        values["long_name"] = float(len(core.split()) >= 6)
        values["person_of"] = float(fold(name) in person_orgs or fold(core) in person_orgs)
        values["town_in_name"] = float(
            " " in core and any(fold(w) in municipality_names for w in core.split()[1:])
        )
        for start, end in spans:
            window = folded[max(0, start - _NEAR) : end + _NEAR]
            before = folded[max(0, start - _NEAR) : start]
            values["party_near"] = max(values["party_near"], float(bool(PARTY_CUE.search(window))))
            values["role_near"] = max(values["role_near"], float(bool(_ROLE_WORDS.search(window))))
            values["context_near"] = max(
                values["context_near"], float(bool(_CONTEXT.search(before)))
            )
            values["in_list"] = max(
                values["in_list"], float(_beside_another(text, start, end, starts, ends))
            )
        values["funding_near"] = float(
            bool(spans) and all(_FUNDING.search(folded[max(0, s - _NEAR) : s]) for s, _e in spans)
        )
        values["opening"] = float(bool(spans) and all(s < _OPENING for s, _e in spans))
        values["place_name"] = float(bool(core) and (is_place(core) or is_place(core.split()[0])))
        values["person_near"] = float(
            any(
                p in text[max(0, s - _NEAR) : e + _NEAR]
                for s, e in spans[:_SPANS_READ]
                for p in person_names
            )
        )
        values["lonely"] = float(
            not any(
                values[n]
                for n in ("repeated", "known", "party_near", "role_near", "person_of", "in_list")
            )
        )
        values["oblique"] = float(bool(_OBLIQUE.search(core.split()[0])) if core else 0.0)
        values["common_words"] = float(_common_words(text, core))
        values["lonely_oblique"] = values["lonely"] * values["oblique"]
        out.append(values)
    return out


def _common_words(text: str, name: str) -> bool:
    """Whether every capitalised word of the name is also said in lower case in the text:
    plain words ("Integration", "Employment"), not a proper name."""
    words = [w for w in name.split() if w[:1].isupper() and not w.isupper()]
    return bool(words) and all(_form_pattern(w.lower()).search(text) for w in words)


def _beside_another(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    """Whether another candidate is said right before or after, joined as in a list."""
    after = any(end < o <= end + _LIST_SPAN and _LIST_GAP.match(text[end:o]) for o in starts)
    return after or any(
        start - _LIST_SPAN <= o < start and _LIST_GAP.match(text[o:start]) for o in ends
    )


_LIST_SPAN = 70


def choose(text: str, orgs: list[dict], **context) -> list[dict]:
    """The candidate bodies the model keeps (`context` as `features` reads it)."""
    values = features(text, orgs, **context)
    kept: dict[str, dict] = {}
    for org, v in zip(orgs, values, strict=True):
        if keep(v):
            # weighed as the text says it (a genitive head is a feature), named in the
            # nominative ("Unii Metropolii X" -> "Unia Metropolii X")
            named = org | {"name": body_names.nominative_body(org["name"])}
            kept.setdefault(fold(named["name"]), named)
    return list(kept.values())
