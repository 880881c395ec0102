"""Series ordinals in English and Italian: "seventh", "8th", "9°", "nono"."""

import regex

from . import patterns as rx

_EN_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_TEENS = [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_EN_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_IT_STEMS = ["prim", "second", "terz", "quart", "quint", "sest", "settim", "ottav", "non", "decim"]
_IT_UNITS = {
    "un": 1,
    "du": 2,
    "tre": 3,
    "quattr": 4,
    "cinqu": 5,
    "se": 6,
    "sett": 7,
    "ott": 8,
    "nov": 9,
}
_IT_TENS = {"dic": 10, "vent": 20, "trent": 30, "quarant": 40, "cinquant": 50}


def _ordinal_words() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, word in enumerate(_EN_UNITS, 1):
        out[word] = i
    for i, word in enumerate(_EN_TEENS, 10):
        out[word] = i
    for word, value in _EN_TENTHS.items():
        out[word] = value
    for tens, value in _EN_TENS.items():
        for i, unit in enumerate(_EN_UNITS, 1):
            out[f"{tens}-{unit}"] = out[f"{tens} {unit}"] = value + i
    for i, stem in enumerate(_IT_STEMS, 1):
        for end in "oaie":
            out[stem + end] = i
    for unit, value in _IT_UNITS.items():
        for end in ("esimo", "esima", "esimi", "esime"):
            out[
                {
                    "un": "undic",
                    "du": "dodic",
                    "tre": "tredic",
                    "quattr": "quattordic",
                    "cinqu": "quindic",
                    "se": "sedic",
                    "sett": "diciassett",
                    "ott": "diciott",
                    "nov": "diciannov",
                }[unit]
                + end
            ] = 10 + value
    for tens, value in _IT_TENS.items():
        for end in ("esimo", "esima"):
            out[tens + end] = value
            for unit, u in _IT_UNITS.items():
                link = "i" if tens == "vent" else "a"
                # "ventunesimo", "trentottesimo": the linking vowel drops before a vowel;
                # "ventiseiesimo" keeps the whole "sei"
                stem = unit if unit != "se" else "sei"
                out[tens + ("" if stem[0] in "uo" else link) + stem + end] = value + u
                out.setdefault(tens + link + unit + end, value + u)
    return out


ORDINAL_WORDS = _ordinal_words()
_WORDS = "|".join(sorted((regex.escape(w) for w in ORDINAL_WORDS), key=len, reverse=True))
_EVENT_NOUN = (
    r"(?:exchange|meeting|round|edition|session|consultation|webinar|workshop|seminar|training|"
    r"study visit|visit|conference|forum|peer|scambio|incontro|edizione|"
    r"sessione|consultazione|seminario|"
    r"visita|appuntamento|tavolo|riunione|formazione|laboratorio|ciclo)"
)
_ORDINAL = rx.compile(
    rf"\b(?:(?P<word>{_WORDS})|(?P<num>\d{{1,3}})(?:st|nd|rd|th|°|º|ª|\.))(?=[\s-])"
    rf"(?P<between>(?:[\s-]+(?!(?:of|in|on|at|day|days|the|a|di|del|della|"
    rf"giorno|year|anno)\b)[\p{{L}}-]+){{0,4}}?)"
    rf"[\s-]+{_EVENT_NOUN}"
    rf"|\b(?P<word3>{_WORDS})\s+(?:of its kind|of the kind|del genere|di questo tipo)\b"
    rf"|\b(?:(?P<word2>{_WORDS})|(?P<num3>\d{{1,3}})(?:st|nd|rd|th|°|º|ª))\s+(?:of|in|del|della|dello)\s+(?:the|its|our|il|la|lo)\s+"
    r"(?:[\"“«][^\"”»\n]{1,60}[\"”»]\s+|[\p{L}-]+\s+){0,3}?(?:series|cycle|ciclo|serie)\b"
    rf"|\b{_EVENT_NOUN}\s+(?:#\s?|n\.\s?|no\.\s?|nr\.\s?|number\s|numero\s)(?P<num2>\d{{1,3}})\b",
    regex.I,
)


_TRIGGER = rx.compile(rf"{_EVENT_NOUN}|\b(?:series|cycle|ciclo|serie|kind|genere|tipo)\b", regex.I)


_TOKEN = rx.compile(
    r"(?:#|\bn\.|\bno\.|\bnr\.|\bnumber|\bnumero)\s?\d|\p{L}+(?:-\p{L}+)?|"
    r"\d{1,3}(?:st|nd|rd|th|°|º|ª|\.)"
)


def _has_ordinal(window: str) -> bool:
    for token in _TOKEN.findall(window.lower()):
        if token in ORDINAL_WORDS or not token[0].isalpha() or token[-1].isdigit():
            return True
    return False


def event_sequence(text: str) -> int | None:
    """The series number stated for the event itself ("the 8th online peer-to-peer exchange").

    The full pattern runs only in windows around event nouns (a cheap first pass), which
    keeps extraction fast; the earliest number found wins.
    """
    best = None
    searched_to = 0
    for trigger in _TRIGGER.finditer(text):
        start = max(searched_to, trigger.start() - 130)
        end = trigger.end() + 30
        if not _has_ordinal(text[start:end]):
            searched_to = max(searched_to, trigger.start())
            continue
        m = _ORDINAL.search(text, start, end)
        searched_to = max(searched_to, trigger.start())
        if m and (best is None or m.start() < best.start()):
            best = m
            break
    if best is None:
        return None
    word = best.group("word") or best.group("word2") or best.group("word3")
    if word:
        return ORDINAL_WORDS[word.lower()]
    return int(best.group("num") or best.group("num2") or best.group("num3"))
