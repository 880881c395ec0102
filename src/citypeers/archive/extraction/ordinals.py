"""Series ordinals in the programme's languages: "seventh", "8th", "9°", "nono", "VIII
Jornada", "5a Jornada", "3η συνάντηση", "primer encuentro", "erste Treffen", "a 3-a ediție".

Read on the folded text (`cues.plain`), so the words are written in lower case, without
accents. "last" (and its translations) names a meeting without giving its number.
"""

from . import patterns as rx
from .cues import names_another_meeting, plain
from .dates import month_names

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


# Inflected ordinals of the other languages, 1..12: stems and their endings.
_STEMS = {
    # Spanish, Portuguese-like endings
    "es": (
        ["primer", "segund", "tercer", "cuart", "quint", "sext", "septim", "octav", "noven",
         "decim", "undecim", "duodecim", "decimotercer", "decimocuart", "decimoquint",
         "decimosext", "decimoseptim", "decimoctav", "decimonoven", "vigesim"],
        ("o", "a", "os", "as", ""),
    ),
    # German: erste, ersten, erster, erstes, ersten
    "de": (
        ["erst", "zweit", "dritt", "viert", "funft", "sechst", "siebt", "acht", "neunt",
         "zehnt", "elft", "zwolft", "dreizehnt", "vierzehnt", "funfzehnt", "sechzehnt",
         "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst"],
        ("e", "en", "er", "es", "em"),
    ),
    "pl": (
        ["pierwsz", "drug", "trzec", "czwart", "piat", "szost", "siodm", "osm", "dziewiat",
         "dziesiat", "jedenast", "dwunast", "trzynast", "czternast", "pietnast", "szesnast",
         "siedemnast", "osiemnast", "dziewietnast", "dwudziest"],
        ("y", "a", "e", "ej", "ego", "ym", "i", "ia", "ie", "iej", "iego", "im"),
    ),
    "el": (
        ["πρωτ", "δευτερ", "τριτ", "τεταρτ", "πεμπτ", "εκτ", "εβδομ", "ογδο", "ενατ", "δεκατ",
         "ενδεκατ", "δωδεκατ"],
        ("η", "ης", "ος", "ο", "ου"),
    ),
}  # fmt: skip
_ROMANIAN = [
    ("primul", "prima"), ("al doilea", "a doua"), ("al treilea", "a treia"),
    ("al patrulea", "a patra"), ("al cincilea", "a cincea"), ("al saselea", "a sasea"),
    ("al saptelea", "a saptea"), ("al optulea", "a opta"), ("al noualea", "a noua"),
    ("al zecelea", "a zecea"),
]  # fmt: skip
_MALTESE = ["ewwel", "tieni", "tielet", "raba'", "hames", "sitt", "seba'", "tmien", "disa'",
            "ghaxar"]  # fmt: skip
# The meeting is the last (or final) of its series: no number to give.
_LAST = (
    "last", "final", "ultimo", "ultima", "ultim", "ultimul", "ultima", "letzte", "letzten",
    "letzter", "letztes", "ostatni", "ostatnia", "ostatnie", "ostatniej", "ostatniego",
    "τελευταια", "τελευταιας", "τελευταιο", "τελευταιος", "l-ahhar", "ahhar",
)  # fmt: skip


def _more_words() -> dict[str, int]:
    out: dict[str, int] = {}
    for stems, endings in _STEMS.values():
        for value, stem in enumerate(stems, 1):
            for end in endings:
                out.setdefault(stem + end, value)
    for value, stem in ((11, "decimoprimer"), (12, "decimosegund")):
        for end in _STEMS["es"][1]:
            out.setdefault(stem + end, value)
    for value, forms in enumerate(_ROMANIAN, 1):
        for form in forms:
            out.setdefault(form, value)
    for value, word in enumerate(_MALTESE, 1):
        out.setdefault(word, value)
    for word in _LAST:
        out[word] = 0
    # short forms that are common words elsewhere ("acht" eight, "sext") need a noun after
    # them anyway; these would still read as ordinals in any sentence, so drop them
    for word in ("sitt", "acht", "ultim", "εκτος", "εκτο", "εκτου"):
        out.pop(word, None)
    return out


ORDINAL_WORDS = {**_ordinal_words(), **_more_words()}
_ROMAN_VALUES = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
}  # fmt: skip
ROMAN_NUMERALS = {
    tens * "x" + unit: value + 10 * tens
    for tens in range(4)
    for unit, value in [("", 0), *_ROMAN_VALUES.items()]
    if value + 10 * tens >= 2 or unit == "v"
}
# words that only say "ordinal" together with the one before ("al doilea", "a treia")
_PREFILTER = (
    set(ORDINAL_WORDS)
    | {form.split()[-1] for forms in _ROMANIAN for form in forms}
    | set(ROMAN_NUMERALS)
)
_WORDS = rx.alternation(ORDINAL_WORDS)
_ROMANIAN_AFTER = rx.alternation([form for forms in _ROMANIAN[1:] for form in forms])
# "8th", "9°", "5a", "5ª", "3η", "3ης", "3.", "3-a", "3-lea"
_NUM_SUFFIX = r"(?:st|nd|rd|th|°|º|ª|\.|a|o|η|ης|ος|ο|-a|-lea|-ea)"
_ROMAN = r"(?P<roman>[ivx]{1,7})"
_EVENT_NOUN = (
    r"(?:exchange|meeting|edition|session|consultation|webinar|workshop|seminar|training|"
    r"study visit|visit|conference|forum|summit|peer|lab|"
    # conventions, summits and symposia in every language of the programme (not an assembly
    # or a congress: "a margine della XXXIX Assemblea", a body's yearly one hosts the meeting)
    r"convening|convention|gathering|symposium|roundtable|"
    r"vertice|simposio|convencion|gipfel\w*|szczyt\w*|sympozj\w*|"
    r"συμποσι\w*|summitul|simpozion\w*|"
    r"scambio|incontro|edizione|sessione|consultazione|seminario|visita|appuntamento|tavolo|"
    r"riunione|formazione|laboratorio|ciclo|conferenza|convegno|"
    r"jornadas?|encuentro|reunion|sesion|edicion|conferencia|foro|taller|cumbre|congreso|"
    r"treffen\w*|sitzung\w*|konferenz\w*|tagung\w*|austausch\w*|besuch\w*|ausgabe|"
    r"spotkani\w*|posiedzeni\w*|konferencj\w*|edycj\w*|wizyt\w*|seminari\w*|warsztat\w*|"
    r"sesj\w*|zjazd\w*|kongres\w*|"
    r"συναντησ\w*|συνεδριασ\w*|συνεδρι\w*|φορουμ|επισκεψ\w*|ημεριδ\w*|εργαστηρι\w*|"
    r"συνοδ\w*|"
    r"intalnir\w*|reuniun\w*|editi\w*|conferint\w*|vizit\w*|sesiun\w*|atelier\w*|"
    r"forumul|seminarul|"
    r"laqgh\w*|konferenz\w*|zjar\w*|sessjoni\w*|edizzjoni\w*)"
)
# German writes its meetings as compounds: "Netzwerktreffen", "Fachtagung" (not a part of
# one: "Plenarsitzung", "Teilkonferenz"). Read only in a text that holds such a word: at
# every word start the pattern reads the word to its end.
_GERMAN_HEADS = r"(?:treffen|tagung|konferenz|sitzung)"
_COMPOUND_NOUN = rf"(?:{_EVENT_NOUN}|(?!plenar|teil|panel)\w{{2,}}{_GERMAN_HEADS}(?:s|es|en|n)?)"
_HAS_COMPOUND = rx.compile(rf"\w{_GERMAN_HEADS}")
_NOT_BETWEEN = (
    r"of|in|on|at|day|days|the|a|di|del|della|giorno|year|anno|de|dia|ano|tag|tages|jahr|"
    r"jahres|dzien|dnia|rok|roku|ημερα|ημερας|ετος|ziua|an|anul|jum|sena|time|volta|vez|mal|raz|"
    # "the second part of the exchange", "the third round of visits": a part or a round of
    # the series is numbered, not the meeting
    r"part|parts|parte|parti|partes|teil|teils|czesc|czesci|μερος|partea|round|rounds|runde|"
    r"ronda|tornata|turno|tura|γυρος|runda|phase|fase|etap|etapa|stage|φαση|faza|"
    # "the first plenary session", "the second panel": a part of the meeting
    r"plenary|plenaria|plenario|plenar\w*|plenarn\w*|ολομελει\w*|panel|panels|"
    # "the 10th anniversary conference": the years of the series, not its meetings
    r"anniversary|anniversario|aniversario|jubilaum\w*|rocznic\w*|επετει\w*|aniversar\w*"
)


def _ordinal_pattern(noun: str) -> rx.Pattern:
    return rx.compile(
        # "a primi vizita" is Romanian "to receive the visit", not Italian "primi" (first)
        # `\b` before a word, a number or a numeral (all open with a word character) is
        # `(?<!\w)`, and scans faster
        # a number closing a street number or a date ("7/5.") counts nothing
        rf"\b(?!(?<=(?<!\w)a\s)primi\b)(?:(?P<word>{_WORDS})|(?<![/.,])(?P<num>\d{{1,3}}){_NUM_SUFFIX}|{_ROMAN}(?:\.|-a|-lea)?)(?=[\s-])"
        # the words between may close with a typographic apostrophe ("Mayors‘ Conference")
        rf"(?P<between>(?:[\s-]+(?!(?:{_NOT_BETWEEN})\b|\d)[\w'’‘/-]+){{0,4}}?)"
        rf"[\s-]+{noun}(?!\w)"
        rf"|(?<![\w'-])(?P<word3>{_WORDS})\s+(?:of its kind|of the kind|del genere|di questo tipo)\b"
        rf"|(?<![\w'-])(?:(?P<word2>{_WORDS})|(?P<num3>\d{{1,3}})(?:st|nd|rd|th|°|º|ª))\s+"
        r"(?:of|in|del|della|dello)\s+(?:the|its|our|il|la|lo)\s+"
        r"(?:[\"“«][^\"”»\n]{1,60}[\"”»]\s+|[\w-]+\s+){0,3}?(?:series|cycle|ciclo|serie)\b"
        rf"|\b{noun}\s+(?:#\s?|n\.\s?|no\.\s?|nr\.\s?|number\s|numero\s)(?P<num2>\d{{1,3}})\b"
        # Romanian puts the ordinal after its noun: "ediția a șasea", "întâlnirea a 3-a"
        # ... and its Roman numeral too: "ediția a V-a", "forumul al II-lea"
        rf"|\b{noun}\s+(?:(?P<word4>{_ROMANIAN_AFTER})|a\s(?P<num4>\d{{1,2}})-a|"
        r"al?\s(?P<roman2>[ivx]{1,7})-(?:a|lea))(?!\w)",
    )


_ORDINAL = _ordinal_pattern(_EVENT_NOUN)
_ORDINAL_COMPOUND = _ordinal_pattern(_COMPOUND_NOUN)


# "it was the first visit", "für manche war es der erste Besuch": someone's first visit.
_FIRST_VISIT_OF_SOMEONE = rx.compile(
    r"(?<!\w)(?:is|was|ist|war|e|era|es|fue|jest|byl|byla|ηταν|ειναι|este|a fost|kienet|hija)\s+"
    r"(?:(?:it|es|this|their|his|her|ihr|sein|seine|ihre)\s+)?(?:(?:the|der|die|das|il|la|el|o|η)\s+)?"
    r"(?:first|erste[rn]?|prim[oa]|primer[oa]?|pierwsz\w+|πρωτ\w+|prima|ewwel)\s+"
    r"(?:visits?|besuch\w*|visit[ae]|wizyt\w*|επισκεψ\w*|vizit\w*|zjar\w*)$"
)
_TRIGGER = rx.compile(rf"\b{_EVENT_NOUN}(?!\w)|\b(?:series|cycle|ciclo|serie|kind|genere|tipo)\b")
_TRIGGER_COMPOUND = rx.compile(
    rf"\b{_COMPOUND_NOUN}(?!\w)|\b(?:series|cycle|ciclo|serie|kind|genere|tipo)\b"
)


_TOKEN = rx.compile(
    r"(?:#|\bn\.|\bno\.|\bnr\.|\bnumber|\bnumero)\s?\d|\d{1,3}(?:st|nd|rd|th|°|º|ª|\.|-?[a-zηοςυ]+)|"
    r"\w+'?"
)
_ROMAN_TOKEN = rx.compile(r"[IVX]+")
# A number closed by a full stop, then a month: "3. Mai", "3. maja" (a date, not an ordinal)
_DAY_OF_MONTH = rx.compile(r"\.\s*(?:" + rx.alternation(month_names()) + r")(?!\w)")


def _has_ordinal(window: str) -> bool:
    for token in _TOKEN.findall(window):
        if token in _PREFILTER or token[0].isdigit() or token[-1].isdigit():
            return True
    return False


def event_sequence(text: str) -> int | None:
    """The series number stated for the event itself ("the 8th online peer-to-peer exchange").

    The full pattern runs only in windows around event nouns (a cheap first pass), which
    keeps extraction fast; the earliest number found wins, and "the last meeting" has none.
    """
    folded = plain(text)
    best = None
    searched_to = 0
    compound = _HAS_COMPOUND.search(folded) is not None
    triggers, ordinal = (_TRIGGER_COMPOUND, _ORDINAL_COMPOUND) if compound else (_TRIGGER, _ORDINAL)
    for trigger in triggers.finditer(folded):
        start = max(searched_to, trigger.start() - 130)
        end = trigger.end() + 30
        if not _has_ordinal(folded[start:end]):
            searched_to = max(searched_to, trigger.start())
            continue
        searched_to = max(searched_to, trigger.start())
        for m in ordinal.finditer(folded, start, end):
            roman = "roman" if m.group("roman") else "roman2" if m.group("roman2") else None
            if roman and (
                m.group(roman) not in ROMAN_NUMERALS
                or not _ROMAN_TOKEN.fullmatch(text, *m.span(roman))
            ):
                continue  # "vi" and "I" are words; only capitals from II (or V, X) are numerals
            if m.group("num") and _DAY_OF_MONTH.match(folded, m.end("num")):
                continue  # "am 3. Mai fand das Treffen statt": a day of a month
            if names_another_meeting(folded, m.start()):
                continue  # "it follows the first training": another meeting's number
            if _FIRST_VISIT_OF_SOMEONE.search(folded, max(0, m.start() - 30), m.end()):
                continue  # "for many it was the first visit": a person's first, not a series
            best = m
            break
        if best is not None:
            break
    if best is None:
        return None
    word = best.group("word") or best.group("word2") or best.group("word3") or best.group("word4")
    if word:
        return ORDINAL_WORDS[word] or None
    if best.group("roman") or best.group("roman2"):
        return ROMAN_NUMERALS[best.group("roman") or best.group("roman2")]
    return int(best.group("num") or best.group("num2") or best.group("num3") or best.group("num4"))
