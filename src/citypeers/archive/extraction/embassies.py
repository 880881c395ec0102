"""A country's embassy, named by its noun and its country, in the programme's languages.

An embassy that hosts or joins a meeting is a body taking part, but the report seldom
writes its name in title case: the noun is in lower case ("la embajada de X en Y"), or
its country is an adjective before it ("der deutschen Botschaft in Y", "l'Ambasciata
americana"). The name is read as said, with the city it sits in: two embassies of one
country are told apart by it.
"""

from . import patterns as rx

_CAP = r"\p{Lu}[\p{L}\p{M}'’\-]+"
# the country after the noun: capitalised words, or an adjective in lower case ("americana")
_COUNTRY = (
    rf"(?:{_CAP}(?:[^\S\n]+{_CAP})?|\p{{Ll}}{{4,}}(?:an[oa]|es[ea]|ic[oa]|sk[ai]|isch\p{{L}}*))"
)
_LINK = r"(?:of the|of|de la|del|de|della|dell['’]|di|d['’]|a|al|din|des|du|de l['’])"
_NOUN = r"(?i:embassy|embajada|ambasciata|ambassade|ambasada|ambasady|ambasadzie|ambasad[ąę])"
# German declines the country's adjective before the noun ("der deutschen Botschaft"); any
# other adjective there makes a message ("eine klare Botschaft")
_GERMAN = r"(?:[Dd]eutsch|\p{L}{3,}isch)e[nrs]?[^\S\n]+Botschaft"
_ENGLISH = rf"{_CAP}[^\S\n]+Embassy"
_PLACE = rf"(?:[^\S\n]+(?:in|en|a|à|w|în|to)[^\S\n]+{_CAP})?"
_EMBASSY = rx.compile(
    rf"(?<![\p{{L}}])(?:{_GERMAN}|{_ENGLISH}|{_NOUN}[^\S\n]+(?:{_LINK}[^\S\n]*)?{_COUNTRY})"
    rf"{_PLACE}(?![\p{{L}}])"
)


def embassies(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every embassy the text names with its country."""
    return [(m.start(), m.group()) for m in _EMBASSY.finditer(text)]
