"""The ministry a minister's role names, in the programme's languages.

A report names a minister who took part by the role ("the Minister for Social Affairs",
"ministrul Muncii", "η υφυπουργός Εσωτερικών") and seldom names the ministry itself; the
ministry is the body taking part. Its name is the role's with the ministry's noun in place
of the minister's: the domain the role gives stays as said ("Ministry for Social Affairs",
"Ministerul Muncii", "Υπουργείο Εσωτερικών").
"""

from . import patterns as rx

# The words joining a domain's capitalised words ("Labour and Social Policy", "Lavoro e
# delle Politiche Sociali", "Στέγασης και Νεολαίας", "Familie, Senioren und Jugend").
_JOIN = (
    r"(?:and|of|the|for|e|ed|y|de|del|della|delle|dei|degli|dell['’]|la|las|los|und|für|"
    r"des|der|du|et|și|şi|i|και|της|του|των|pentru)"
)
_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]+"
_DOMAIN = rf"{_WORD}(?:[^\S\n]+(?:{_JOIN}[^\S\n]+)*{_WORD})*"
# Each language: the minister's title (a deputy's too), the link to the domain as said, the
# domain. The title is no part of a longer word ("Ministerpräsident", "Primului-Ministru").
_MINISTER = rx.compile(
    r"(?<![\p{L}\-])(?:"
    rf"(?i:(?:deputy[- ]|vice[- ])?minister)\s+(?P<en_link>(?i:of|for)(?:\s+the)?)\s+(?P<en>{_DOMAIN})|"
    r"(?i:(?:vice)?ministr[oa])\s+(?P<it_link>(?i:dell['’]|della|delle|degli|dei|del|per(?:\s+(?:il|la|le|gli|i|l['’]))?))"
    rf"\s*(?P<it>{_DOMAIN})|"
    rf"(?i:ministr[oa])\s+(?P<es_link>(?i:de(?:\s+(?:la|los|las))?))\s+(?P<es>{_DOMAIN})|"
    r"(?i:ministre)\s+(?P<fr_link>(?i:de\s+la|de\s+l['’]|des|du|de))"
    rf"\s*(?P<fr>{_DOMAIN})|"
    rf"(?P<de_level>Bundes|Landes)?(?i:minister(?:in)?)\s+(?P<de_link>für)\s+(?P<de>{_DOMAIN})|"
    rf"(?i:(?:vice)?ministr(?:ul|ului|u))\s+(?P<ro>(?:de\s+)?{_DOMAIN})|"
    rf"(?:[Υυ]φ)?[Υυ]πουργ(?:ός|ού|ό|έ)\s+(?P<el>{_DOMAIN})"
    r")(?![\p{L}])"
)
_GERMAN_MINISTRY = {
    None: "Ministerium",
    "Bundes": "Bundesministerium",
    "Landes": "Ministerium",
}
# A former minister speaks for no ministry ("former Minister of X", "l'ex ministro", "fostul
# ministru", "były minister", "ο πρώην υπουργός").
_FORMER = rx.compile(
    r"(?<![\p{L}])(?i:former|ex|già|antiguo|ehemalige[nr]?|frühere[nr]?|fostul|fosta|były|była|"
    r"πρώην)(?![\p{L}])"
)


def ministry_of_role(role: str | None) -> str | None:
    """The ministry a minister's role names ("Minister for Social Affairs" -> "Ministry for
    Social Affairs", "ministrul Muncii" -> "Ministerul Muncii"), or None: a role without a
    domain ("the minister") names no ministry."""
    m = _MINISTER.search(role or "")
    if m is None or _FORMER.search(role, 0, m.start()):
        return None
    if m.group("en"):
        return f"Ministry {m.group('en_link').lower()} {m.group('en')}"
    if m.group("it"):
        return f"Ministero {_joined(m.group('it_link'))}{m.group('it')}"
    if m.group("es"):
        return f"Ministerio {m.group('es_link').lower()} {m.group('es')}"
    if m.group("fr"):
        return f"Ministère {_joined(m.group('fr_link'))}{m.group('fr')}"
    if m.group("de"):
        return f"{_GERMAN_MINISTRY[m.group('de_level')]} für {m.group('de')}"
    if m.group("ro"):
        return f"Ministerul {m.group('ro')}"
    return f"Υπουργείο {m.group('el')}"


def _joined(link: str) -> str:
    """A link as it joins the domain: an elided article without a space ("dell'")."""
    link = link.lower()
    return link if link.endswith(("'", "’")) else f"{link} "
