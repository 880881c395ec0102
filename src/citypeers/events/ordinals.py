"""Ordinals written with digits, as each site language writes them before a noun (pure).

"7th" (en), "7°"/"7ª" (it), "7.º"/"7.ª" (es), "7." (de, pl), "7ος"/"7η"/"7ο" (el),
"al 7-lea"/"a 7-a" (ro), "is-7" (mt). num2words' ``ordinal_num`` gets only English and
German right (Spanish without the point, no gender anywhere, nothing for Italian, Polish,
Greek or Maltese) and Babel has no rule-based number format, so the rules live here.
"""

from citypeers.core.formatting import base_language
from citypeers.events.enums import GrammaticalGender

MASCULINE, FEMININE, NEUTER = (g.value for g in GrammaticalGender)

# Maltese writes the article the numeral takes when read aloud: "is-7" (is-seba'),
# "it-8" (it-tmien), "l-1" (l-ewwel), "il-5" (il-ħames). Only the first word read counts.
_MT_FIRST_WORD_1_TO_19 = (
    "ewwel tieni tielet raba' ħames sitt seba' tmien disa' għaxar "
    "ħdax tnax tlettax erbatax ħmistax sittax sbatax tmintax dsatax"
).split()
_MT_UNITS = "wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa".split()
_MT_TENS = "għaxra għoxrin tletin erbgħin ħamsin sittin sebgħin tmenin disgħin".split()
_MT_HUNDREDS = "mija mitejn tliet erba' ħames sitt seba' tmien disa'".split()
_MT_THOUSANDS = "elf elfejn tlitt erbat ħamest sitt sebat tmint disat għaxart".split()
_MT_SUN_LETTERS = "ċdnrstxżz"


def _maltese_first_word(number: int) -> str:
    if number < 20:
        return _MT_FIRST_WORD_1_TO_19[number - 1]
    if number < 100:
        return _MT_TENS[number // 10 - 1] if number % 10 == 0 else _MT_UNITS[number % 10 - 1]
    if number < 1000:
        return _MT_HUNDREDS[number // 100 - 1]
    return _MT_THOUSANDS[min(number // 1000, 10) - 1]


def _maltese_article(number: int) -> str:
    first = _maltese_first_word(number)
    if first[0] in "aeiou" or first.startswith("għ"):
        return "l-"
    if first[0] in _MT_SUN_LETTERS:
        return f"i{first[0]}-"
    return "il-"


def _english(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _romanian(number: int, feminine: bool) -> str:
    if number == 1:
        return "prima" if feminine else "primul"
    return f"a {number}-a" if feminine else f"al {number}-lea"


def ordinal(number: int, language: str = "en", *, gender: str = MASCULINE) -> str:
    """``number`` as an ordinal in ``language``, agreeing with a noun of ``gender``.

    ``gender`` is a ``GrammaticalGender`` value; languages without neuter ordinals
    (it, es, ro: a Romanian neuter noun takes the masculine in the singular) treat it as
    masculine. An unknown language gets the English form.
    """
    language = base_language(language)
    feminine = gender == FEMININE
    match language:
        case "it":
            return f"{number}{'ª' if feminine else '°'}"
        case "es":
            return f"{number}.{'ª' if feminine else 'º'}"
        case "de" | "pl":
            return f"{number}."
        case "el":
            return f"{number}{ {FEMININE: 'η', NEUTER: 'ο'}.get(gender, 'ος') }"
        case "ro":
            return _romanian(number, feminine)
        case "mt":
            return f"{_maltese_article(number)}{number}"
    return _english(number)
