"""Series ordinals in English and Italian: "seventh", "8th", "9°", "nono"."""

import regex

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
                out[tens + ("i" if tens == "vent" else "a") + unit + end] = value + u
    return out


ORDINAL_WORDS = _ordinal_words()
_WORDS = "|".join(sorted((regex.escape(w) for w in ORDINAL_WORDS), key=len, reverse=True))
_EVENT_NOUN = (
    r"(?:exchange|meeting|round|edition|session|consultation|webinar|workshop|seminar|training|"
    r"study visit|visit|conference|forum|peer|scambio|incontro|edizione|"
    r"sessione|consultazione|seminario|"
    r"visita|appuntamento|tavolo|riunione|formazione|laboratorio|ciclo)"
)
_ORDINAL = regex.compile(
    rf"\b(?:(?P<word>{_WORDS})|(?P<num>\d{{1,3}})(?:st|nd|rd|th|°|º|ª|\.))(?=[\s-])"
    rf"(?P<between>(?:[\s-]+(?!(?:of|in|on|at|day|days|the|a|di|del|della|"
    rf"giorno|year|anno)\b)[\p{{L}}-]+){{0,4}}?)"
    rf"[\s-]+{_EVENT_NOUN}",
    regex.I,
)


def event_sequence(text: str) -> int | None:
    """The series number stated for the event itself ("the 8th online peer-to-peer exchange")."""
    m = _ORDINAL.search(text)
    if not m:
        return None
    if m.group("word"):
        return ORDINAL_WORDS[m.group("word").lower()]
    return int(m.group("num"))
