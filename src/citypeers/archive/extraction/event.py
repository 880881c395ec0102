"""Event-level facts: organiser and project (whether it was online: `attendance`)."""

from collections import Counter

import regex

from . import agents, organisations
from . import patterns as rx

_ORGANIZER = rx.compile(
    r"\b(?i:organi[sz]ed|co-organi[sz]ed|moderated|convened|hosted|facilitated|"
    r"promoted|chaired|coordinated|"
    r"organizzat[oa]|promoss[oa]|moderat[oa]|coordinat[oa]|a cura|con la moderazione|"
    r"sotto la moderazione|under the auspices|sotto l['’]egida)"
    r"(?:\s+and\s+\w+)?\s+(?:by\s+|of\s+|da\s+|dal\s+|dalla\s+|dall['’]\s*|dai\s+|di\s+|del\s+|"
    r"della\s+|dell['’]\s*)(?:the\s+|il\s+|la\s+|l')?"
    r"(?P<name>[\p{Lu}][\p{L}\p{N}&'’\-]*(?:\s+(?:for|of|on|per|di|del|"
    r"della|dei|de|the|and|&|e)?\s*[\p{Lu}][\p{L}\p{N}&'’\-]*){0,8})"
    r"(?:\s*\((?P<acr>[\p{Lu}\p{N}&\-]{2,12})\))?",
)
_ORGANIZER_SUBJECT = rx.compile(
    r"(?:^|[.,;]\s+|\n)(?:the\s+|l['’]|il\s+|la\s+)?(?P<name>[\p{Lu}][\p{L}\p{N}&'’\-]*(?:\s+(?:for|"
    r"of|on|the|and|&|per le|per i|per la|per|di|del|della|e)?\s*[\p{Lu}][\p{L}\p{N}&'’\-]*){0,6})"
    r"(?:\s*\((?P<acr>[\p{Lu}\p{N}&\-]{2,12})\))?\s+(?:organi[sz]ed|convened|"
    r"hosted|brought together|ha organizzato|organizza|ha riunito|ha promosso)\b",
)
# "Organiser: Eurocities, with the support of the OECD"
_ORGANIZER_LABEL = rx.compile(
    r"^[ \t]*(?:organi[sz]ers?|organi[sz]ed by|organizzatore|organizzato da|organizzazione|"
    r"moderat(?:or|ed by|ore|o da)|a cura di)[ \t]*:?[ \t]+(?:the\s+|l['’]|il\s+|la\s+)?"
    r"(?P<name>[\p{Lu}][\p{L}\p{N}&'’\-]*(?:\s+(?:for|of|on|per|di|del|della|dei|de|the|and|&|e)?"
    r"\s*[\p{Lu}][\p{L}\p{N}&'’\-]*){0,8})(?:\s*\((?P<acr>[\p{Lu}\p{N}&\-]{2,12})\))?",
    regex.I | regex.M,
)
# "hosted by the City of Vienna and organised by ICMPD": the host is a place, the organiser a body
_HOST_VERB = rx.compile(r"^(?:hosted|ospitat[oa])\b", regex.I)

_PROJECT = rx.compile(
    r"\b(?:project|programme|program|initiative|progetto|programma|iniziativa|projet|proyecto)\s+"
    r"(?:called\s+|named\s+|entitled\s+|denominato\s+)?[\"“«']?(?P<after>[\p{Lu}\p{N}][\p{L}\p{N}&+\-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}&+\-]*){0,3})"
    # a name with a capital or digit after its first letter ("MiMi", "EU4Cities"), checked
    # once by a lookahead from the start of the word: two free stars here backtrack on long words
    r"|[\"“«']?(?<![\p{L}\p{N}&+\-])(?P<before>[\p{Lu}\p{N}](?=(?:(?![\p{Lu}\p{N}])[\p{L}\p{N}&+\-])*+[\p{Lu}\p{N}])[\p{L}\p{N}&+\-]*+)[\"”»']?\s+(?:project|"
    r"programme|progetto|programma)\b",
)
_PROJECT_FRAME = rx.compile(
    r"\b(?:part of|framework of|frame of|scope of|within|under|funded "
    r"by|ambito del(?:la)?|quadro del(?:la)?|parte del(?:la)?)\s+"
    r"(?:the\s+|il\s+|la\s+|l'|its\s+)?(?:EU-funded\s+|European\s+|finanziato\s+)?"
    r"(?:(?:project|programme|program|initiative|progetto|programma|iniziativa)\s+)?[\"“«']?(?P<name>[\p{Lu}\p{N}][\p{L}\p{N}&+\-]*(?:\s(?:in|"
    r"of|for|per|di|and|e|\p{Lu}[\p{L}\p{N}&+\-]*)){0,5})[\"”»']?"
    r"(?:\s+(?:project|programme|program|initiative|progetto|programma|iniziativa))?",
)
_PROJECT_SERIES = rx.compile(
    r"\b(?:of|in) (?:the|its) [\"“«](?P<name>[\p{Lu}\p{N}][^\"”»\n]{1,60})[\"”»]\s+"
    r"(?:series|programme|program|project|initiative|network|cycle)\b"
    r"|(?:\b(?:of|in) (?:the|its)|['’]s) (?P<name3>\p{Lu}[\p{L}\p{N}&+\-]*(?:\s\p{Lu}[\p{L}\p{N}&+\-]*){1,3})"
    r"\s+(?:series|programme|project|initiative|cycle)\b"
    r"|\b(?:del|della) (?:ciclo|serie|programma|progetto|rete) "
    r"[\"“«](?P<name2>[^\"”»\n]{1,60})[\"”»]"
)
_PROJECT_STOP = {
    "the",
    "eu",
    "european",
    "this",
    "these",
    "its",
    "their",
    "local",
    "il",
    "la",
    "questo",
    "of",
    "in",
}


# "Seville presented its programme «Sevilla Integra»": a practice, not the event's project.
_PRESENTED_BEFORE = rx.compile(
    r"\b(?:presented|illustrated|showed|showcased|described|introduced|outlined|"
    r"presentato|illustrato|descritto|mostrato)\s+(?:(?:its|their|the|il|lo|la|l['’]|"
    r"suo|sua|proprio|propria|own)\s*)*$",
    regex.I,
)


def acronyms(text: str) -> dict[str, str]:
    """Long name -> acronym for every "Long Name (ACR)" whose initials fit."""
    out: dict[str, str] = {}
    for m in rx.finditer(
        r"(?P<long>(?:[\p{Lu}][\p{L}'’\-]*\s+(?:(?:for|of|on|the|and|per|di|"
        r"del|della|dei|degli|delle|e|de|la|le|les|los|las|des|du|der|die|"
        r"für|y|et|i|gli|al)\s+)*){1,10})\((?P<acr>[\p{Lu}][\p{Lu}\p{N}&\-]{1,11})\)",
        text,
    ):
        words = m.group("long").split()
        acr = m.group("acr")
        initials = [w[0].upper() for w in words if w[0].isupper()]
        letters = [c for c in acr if c.isalpha()]
        for k in range(len(initials), 0, -1):
            if initials[-k:][: len(letters)] == letters[:k] and k >= len(letters) - 1 and k >= 2:
                long_words, count = [], 0
                for w in reversed(words):
                    long_words.insert(0, w)
                    if w[0].isupper():
                        count += 1
                        if count == k:
                            break
                out[" ".join(long_words)] = acr
                break
    return out


def event_organizer(text: str, known_acronyms: dict[str, str]) -> str | None:
    candidates = []
    for pattern in (_ORGANIZER_LABEL, _ORGANIZER, _ORGANIZER_SUBJECT):
        if candidates:
            break  # "moderated by X" outranks "Y hosted", whose subject is often the host city
        for m in pattern.finditer(text):
            if agents.eu_funded(text, m.end("name"), m.group("name")) or _EU_FUNDED_NAME.match(
                m.group("name")
            ):
                continue  # "organised by the EU-funded project X": who pays, not who organised
            name = m.group("acr") or _shorten(m.group("name").strip(" .,"), known_acronyms)
            if _PERSON_TITLE.match(name):
                # "moderated by Ms Anna Rossi of IOM": the body she speaks for
                body = _BODY_AFTER_PERSON.search(name)
                if body is None:
                    continue
                name = body.group("body")
            name = (
                organisations.known_body_at(text, m.start("name"))
                or organisations.international_short(name)
                or name
            )
            if name and fold_ok(name):
                candidates.append((bool(_HOST_VERB.match(m.group())), m.start(), name))
    if not candidates:
        return None
    return min(candidates)[2]


_EU_FUNDED_NAME = rx.compile(r"^(?:EU|UE)-(?:co-?)?(?:funded|financed)\b", regex.I)
_PERSON_TITLE = rx.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sig|Dott|Mme|Herr|Frau)\b\.?\s")
_BODY_AFTER_PERSON = rx.compile(r"\s(?:of|from|at|di|del|della)\s+(?:the\s+)?(?P<body>\p{Lu}.*)$")


def fold_ok(name: str) -> bool:
    return len(name) >= 2 and name.lower() not in {"the", "il", "la", "mr", "ms", "mayor"}


def _shorten(name: str, known_acronyms: dict[str, str]) -> str:
    for long, acr in known_acronyms.items():
        if name.startswith(long) or long.startswith(name):
            return acr
    first = name.split()[0]
    if first.isupper() and len(first) >= 2 and first in known_acronyms.values():
        return first
    return name


def event_project(text: str) -> str | None:
    """The programme the event belongs to, in the spelling the text uses most."""
    found: Counter[str] = Counter()
    for m in _PROJECT_SERIES.finditer(text):
        found[(m.group("name") or m.group("name2") or m.group("name3")).strip()] += 3
    for m in _PROJECT_FRAME.finditer(text):
        name = m.group("name").strip()
        words = name.split()
        while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit():
            words.pop()
        if words and fold_ok(words[0]) and words[0].lower() not in _PROJECT_STOP:
            found[" ".join(words)] += 2
    for m in _PROJECT.finditer(text):
        name = (m.group("after") or m.group("before") or "").strip()
        first = name.split()[0] if name else ""
        if (
            not name
            or _PRESENTED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            or first.lower() in _PROJECT_STOP
            or rx.search(r"-(?:funded|financed|led|based|wide)$", name, regex.I)
        ):
            continue
        if m.group("after"):
            name = (
                name.split()[0]
                if any(c.isdigit() or c.isupper() for c in name.split()[0][1:])
                else name
            )
        found[name] += 1
    if not found:
        return None
    spelling: Counter[str] = Counter()
    groups: dict[str, Counter[str]] = {}
    for name, count in found.items():
        groups.setdefault(name.lower(), Counter())[name] += count
        spelling[name.lower()] += count
    best = spelling.most_common(1)[0][0]
    forms = groups[best]
    # the spelling that also appears most in the whole text
    return max(forms, key=lambda f: (text.count(f), forms[f]))
