"""Bodies a delegation visits, named right after the visit's verb or noun.

On a study visit the hosts' services and associations receive the delegation ("visited the
Harbour Welcome Centre", "visita al Centro Sociale X", "odwiedzili Punkt Y"): they take
part though their names often carry no head noun the other finders know, or one that needs
a qualifier ("Centro", "Centre"). The name is read as its capitalised words right after
the verb or noun and an article; a place or a town's office there is for the caller to set
aside.
"""

from . import patterns as rx
from .text import AND_ALTERNATIVES

_VISIT = (
    # English
    r"visited|toured|visits?[^\S\n]+(?:to|at)|"
    # Italian
    r"visitato|visitata|visit[ae][^\S\n]+(?:al|alla|allo|ai|agli|alle|all['’]|presso)|"
    # Spanish
    r"visitaron|visitó|visita[^\S\n]+(?:al|a[^\S\n]+la|a[^\S\n]+los|a[^\S\n]+las)|"
    # German
    r"besuchten|besichtigten|Besuch[^\S\n]+(?:des|der|im|beim)|"
    # Polish
    r"odwiedzili|odwiedziła|odwiedził|wizyt[aęyą][^\S\n]+w|"
    # Romanian
    r"au[^\S\n]+vizitat|a[^\S\n]+vizitat|vizit[aăe][^\S\n]+la|"
    # Greek
    r"επισκέφθηκαν|επισκέφτηκαν|επισκέφθηκε|επισκέφτηκε|επίσκεψη[^\S\n]+(?:στο|στη|στην|στον)"
)
_ARTICLE = (
    r"(?:(?:the|il|lo|la|i|gli|le|el|los|las|den|die|das|dem|der|το|τη|την|τον)[^\S\n]+|"
    r"l['’])?"
)
_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*"
# the short words inside a visited body's name ("Casa del Quartiere", "Punkt w X")
_JOIN = r"(?:of|for|the|de|di|del|della|dei|degli|delle|des|du|la|für|w|z|din|al|του|της|των)"
# "and" inside a name ("Refugee and Migrant Centre"); the caller splits two bodies so joined
_AND = rf"(?:{AND_ALTERNATIVES}|&)"
_NAME = rf"{_WORD}(?:[^\S\n]+(?:(?:{_JOIN}|{_AND})[^\S\n]+)?{_WORD}){{0,6}}"
_VISITED = rx.compile(
    rf"(?<![\p{{L}}])(?i:{_VISIT})[^\S\n]+{_ARTICLE}[\"“„«]?(?P<name>{_NAME})",
)
_ACRONYM = rx.compile(r"^\p{Lu}[\p{Lu}\p{N}&\-]{2,9}$")


def visited_bodies(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the names said right after a visit's verb or noun: of two words
    or more, or an acronym (a lone word there is most often a town)."""
    found = []
    for m in _VISITED.finditer(text):
        name = m.group("name")
        if " " in name or _ACRONYM.match(name):
            found.append((m.start("name"), name))
    return found
