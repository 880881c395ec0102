"""Bodies named by what they do at the meeting, not by a head noun of their name.

`organisations` finds bodies whose names carry a head noun ("Migration Policy Institute").
Many names carry none ("Migration Work", "Brulocalis", "ANATOLIKI S.A."): the report says
instead that they organised, coordinated or took part ("organised by Eurocities and
Migration Work", "in collaborazione con il Goethe-Institut", "la cooperativa sociale
DiaLogos", "partner organisations (A, B and C)"), in any of the programme's languages.
"""

import regex

from . import patterns as rx
from .text import AND_ALTERNATIVES, says_word

_NAME = (
    r"\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*(?:\s+(?:(?:of|for|the|and|de|di|del|della|la|für|"
    r"dei|des|du)\s+)?\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*){0,5}"
)
_GLUE = r"\s*(?:,|\band\b|\be\b|\by\b|\bund\b|\bi\b|\bsi\b|\bși\b|\bκαι\b|&)\s*(?:the\s+|il\s+|la\s+|l['’]\s*|dem\s+|der\s+)?"
_ARTICLE = (
    r"(?:the\s+|il\s+|la\s+|lo\s+|l['’]\s*|el\s+|der\s+|die\s+|das\s+|dem\s+|της\s+|του\s+|την\s+)?"
)
_AGENT = rx.compile(
    # (the verbs of organising in any case, as a sentence may open on them: "Organizado por")
    r"(?<![\p{L}])(?:(?i:organi[sz]ed|organizzat[oa]|organizad[oa]|organisiert|"
    r"zorganizowan\p{L}*|organizat\p{L}*|coordinated|coordinat[oa]|coordinad[oa])|"
    r"co-organi[sz]ed|facilitated|led|convened|hosted|co-hosted|"
    r"under the guidance|sotto la guida|bajo la dirección|promoss[oa]|"
    r"veranstaltet|koordiniert|koordynowan\p{L}*|"
    r"coordonat\p{L}*|διοργαν\p{L}*|συντονι\p{L}*)\s+"
    r"(?:by|of|da|dal|dalla|dall['’]\s*|dai|dagli|dalle|di|por|de|von|vom|przez|de către|από)\s+"
    r"(?:the\s+|el\s+|la\s+|der\s+|die\s+|το\s+|την\s+|τον\s+)?"
    rf"(?P<names>{_NAME}(?:\s*\([^()\n]{{1,40}}\))?(?:{_GLUE}{_NAME}(?:\s*\([^()\n]{{1,40}}\))?){{0,4}})",
)
_TOGETHER = rx.compile(
    r"(?<![\p{L}])(?i:in collaboration with|in cooperation with|in partnership with|together with|"
    r"with the collaboration of|con la colaboración de|con la collaborazione di|"
    r"in collaborazione con|in partenariato con|insieme a|en colaboración con|junto con|"
    r"in Zusammenarbeit mit|gemeinsam mit|we współpracy z|în colaborare cu|σε συνεργασία με|"
    # the same, said close ("in enger Zusammenarbeit mit", "in stretta collaborazione con")
    r"in close (?:collaboration|cooperation) with|in stretta collaborazione con|"
    r"en estrecha colaboración con|in enger Zusammenarbeit mit|w ścisłej współpracy z|"
    r"în strânsă colaborare cu|σε στενή συνεργασία με)\s+"
    + _ARTICLE
    + rf"(?P<names>{_NAME}(?:{_GLUE}{_NAME}){{0,4}})",
)
# "representatives of the AFCCRE", "εκπρόσωποι της ΚΕΔΕ", "reprezentanți ai LOGS, FITT
# Timișoara și UNHCR România": a body whose representatives attended took part.
_REPRESENTED = rx.compile(
    r"(?<![\p{L}])(?i:representatives?|representing|on behalf|rappresentant[ei]|in rappresentanza|"
    r"representantes?|en representación|Vertreter(?:innen)?|Vertreterinnen und Vertreter|"
    r"przedstawiciel\p{L}*|reprezentan[țţ]\p{L}*|reprezentant\p{L}*|εκπρόσωπ\p{L}*|"
    r"εκπροσωπ\p{L}*|rappreżentant\p{L}*)\s+"
    r"(?:(?i:of|from|di|del|della|dello|dell['’]|dei|degli|delle|de|del|de la|de los|der|des|"
    r"von|vom|ai|al|ale|a|din|της|του|των|tal-|ta['’])\s*)?"
    + _ARTICLE
    + rf"(?P<names>{_NAME}(?:{_GLUE}{_NAME}){{0,5}})",
)
# "la cooperativa sociale DiaLogos", "the consultant Migration Work", "l'associazione no
# profit Refugio", "partner organisations (Migration Policy Group, ... and Migration Work)".
_KIND_NOUN = rx.compile(
    r"(?<![\p{L}])(?:association|associazione|asociación|asociația|verein|stowarzyszenie|"
    r"fundacja|cooperativa|cooperative|consultant|consultancy|NGO|ONG|organi[sz]ations?|"
    r"organizzazion[ei]|organizaci[oó]n(?:es)?|company|società|empresa|firma|σύλλογο\p{L}*|"
    r"οργανισμ\p{L}*|εταιρεία\p{L}*)"
    r"(?:\s+(?:no[- ]profit|non[- ]profit|sociale|social|local|locale|expert|partner|"
    r"international|internazionale|internacional|internationale|internațional\p{L}*|"
    r"internaţional\p{L}*|européenne|europea|europeo|european))*\s+"
    rf"(?:(?P<name>{_NAME})|\((?P<names>{_NAME}(?:{_GLUE}{_NAME}){{0,6}})\))",
)
# "la rete dei “Piccoli Comuni del Welcome”", "the charity “Bridges for All”": a body's kind,
# then its name in quotation marks (an apostrophe inside a word is no closing quote:
# "l’associazione “Sant’Anna Insieme”").
_QUOTED_AFTER_KIND = rx.compile(
    r"(?<![\p{L}])(?i:rete|network|red|sieć|rețeaua|reţeaua|δίκτυο|netzwerk|charity|foundation|"
    r"fundation|fondazione|fundación|fundacja|fundația|fundaţia|stiftung|association|"
    r"associazione|asociación|stowarzyszenie|asociația|asociaţia|verein|cooperativa|ngo|ong)"
    r"(?:\s+\p{Ll}+){0,2}\s+[\"“„«‘](?P<name>\p{Lu}(?:[^\"“”„«»‘’\n]|[’'](?=\p{L})){2,60})[\"”»’“]"
)
_COMPANY = rx.compile(
    r"(?<![\p{L}\p{N}&\-])(?P<name>\p{Lu}[\p{Lu}\p{N}&\-]{2,20}+"
    r"(?:\s+\p{Lu}[\p{Lu}\p{N}&\-]{2,20}+){0,2})"
    r"\s+(?:S\.A\.|SA|Ltd|GmbH|S\.r\.l\.|S\.p\.A\.|Sp\. z o\.o\.|AE|Α\.Ε\.)(?![\p{L}])"
)
# "la RECI", "της ΚΕΔΕ": an acronym that takes an article, said again and again, is a body
# (a programme or a fund seldom takes one in these languages).
_ACRONYM_AFTER_ARTICLE = rx.compile(
    r"(?<![\p{L}])(?:la|el|della|dalla|alla|der|die|des|της|την|του|τη|στην|στη|στον|στο)\s+"
    r"(?P<acr>\p{Lu}{3,8})(?![\p{L}\p{N}\-])"
)
_ACRONYM_REPEATS = 2
_ROMAN = rx.compile(r"^[IVXLCDM]+$")
_CONJUNCTION = rx.compile(rf"\s(?:{AND_ALTERNATIVES}|&)\s")
_SPLIT = rx.compile(_GLUE)
_POSSESSIVE = rx.compile(r"['’]s\b")
_BRACKETS = rx.compile(r"\s*\([^()]*\)")
_PERSON_TITLE = rx.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sig|Dott|Mme|Herr|Frau|Sr|Sra|Pan|Pani)\b")


def named_bodies(text: str, *, people: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, name) of bodies the text names by their part in the meeting."""
    found = []
    for pattern in (_AGENT, _TOGETHER, _KIND_NOUN, _REPRESENTED, _QUOTED_AFTER_KIND):
        for m in pattern.finditer(text):
            group = "name" if "name" in m.groupdict() and m.group("name") else "names"
            names = m.group(group)
            offset = m.start(group)
            parts = _SPLIT.split(_BRACKETS.sub("", names))
            if pattern is _REPRESENTED and not _CONJUNCTION.search(names):
                # "representatives of the Municipality of X, Anna Rossi": without an "and"
                # closing it, what follows a comma is no list of bodies
                parts = parts[:1]
            for i, part in enumerate(parts):
                name = _EU_FUNDED.sub("", _POSSESSIVE.split(part)[0]).strip(" .,;:")
                if (
                    name
                    and not (i and _run_on_tail(parts[i - 1], name))
                    and _body_like(name, people)
                    and (
                        pattern is not _REPRESENTED
                        or _BODY_SHAPED.match(name)
                        or _named_with_article(text, offset, names, name)
                    )
                ):
                    at = offset + max(0, names.find(name))
                    if not eu_funded(text, at + len(name), name):
                        found.append((at, name))
    seen: dict[str, list[int]] = {}
    for m in _ACRONYM_AFTER_ARTICLE.finditer(text):
        seen.setdefault(m.group("acr"), []).append(m.start("acr"))
    found.extend(
        (at[0], acr)
        for acr, at in seen.items()
        if len(at) >= _ACRONYM_REPEATS and not _ROMAN.match(acr)
    )
    companies: set[str] = set()
    for m in _COMPANY.finditer(text):
        if m.group("name") not in companies:  # "ANATOLIKI S.A." and later "ANATOLIKI SA"
            companies.add(m.group("name"))
            found.append((m.start(), m.group().strip()))
    return found


# A programme's or a speakers' list gives each speaker's body after the name, closing the
# line or the item: "Overview of the plans – Ann Lee, Harbour Aid", "Ann Lee, Harbour Aid;".
_LINE_NAME = (
    r"\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*(?:[^\S\n]+(?:(?:of|for|the|and|de|di|del|della|la|für|"
    r"dei|des|du)[^\S\n]+)?\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*){0,5}"
)
_BODY_CLOSING_ITEM = rx.compile(
    rf"[^\S\n]*,[^\S\n]*(?P<name>{_LINE_NAME})[^\S\n]*(?=[;(\n]|\.?[^\S\n]*(?:\n|$))"
)


# "the expert Ann Lee of Velmora", "Jan Kowal, director de Velmora", "Ann Lee, docente di
# Velmora": the body a person named in the text comes from, after "of" (and a role).
_OF_BODY_AFTER_PERSON = rx.compile(
    r"(?:[^\S\n]*,[^\S\n]*(?P<office>(?:\p{Ll}[\p{Ll}\-]+[^\S\n]+){1,3}?))?[^\S\n]*"
    r"(?:of|from|de|di|da|von|vom|din|z|ze|από)[^\S\n]+(?:the[^\S\n]+|la[^\S\n]+|l['’])?"
    rf"(?P<name>{_LINE_NAME})"
)


# The state after a secretary's title ("secretaria de Estado de X", "Secretary of State for
# Y", "segretario di Stato"): the office's rank, no body.
STATE_RANK = rx.compile(r"^(?:Estado|State|Stato)(?![\p{L}])")


def bodies_of_people(text: str, people: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, name) of a body said right after a person's name as the one they are of
    (a name of several words, an acronym, or a proper noun of its own), not a place."""
    from .organisations import a_portfolio, own_proper_noun  # noqa: PLC0415

    found = []
    for person in people:
        at = text.find(person)
        while at >= 0:
            m = _OF_BODY_AFTER_PERSON.match(text, at + len(person))
            # "of the Harbour Trust and Velmora": each body of the pair
            names = _CONJUNCTION.split(m.group("name")) if m else []
            for name in names:
                words = name.split()
                if name in people or not words or STATE_RANK.match(name):
                    continue
                if m.group("office") and a_portfolio(m.group("office"), name):
                    continue  # "concejala de Bienestar Social": the office's field
                # a name that opens on an acronym is the unit or the event of a body
                # ("the ABC Local Forum"), said by its acronym alone elsewhere
                if (
                    (len(words) == 1 and _ACRONYM_LIKE.match(name))
                    or (len(words) > 1 and not _ACRONYM_LIKE.match(words[0]) and _of_words(name))
                    or own_proper_noun(name)
                ) and not _a_place(name):
                    found.append((m.start("name") + m.group("name").find(name), name))
            at = text.find(person, at + len(person))
    return found


def _of_words(name: str) -> bool:
    """A name of several words whose first is no place ("Reggio Emilia")."""
    return not _a_place(name.split()[0])


def _a_place(name: str) -> bool:
    from .gazetteer import load_gazetteer  # noqa: PLC0415
    from .organisations import region_name  # noqa: PLC0415

    return bool(load_gazetteer().candidates(name)) or region_name(name)


def bodies_after_people(text: str, people: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, name) of the capitalised names that close a line or an item right after a
    person's name and a comma: the body the speaker comes from (a role title or a place
    there is for the caller to set aside)."""
    found = []
    for person in people:
        at = text.find(person)
        while at >= 0:
            m = _BODY_CLOSING_ITEM.match(text, at + len(person))
            if m and m.group("name") not in people:
                found.append((m.start("name"), m.group("name")))
            at = text.find(person, at + len(person))
    return found


# A list of the bodies that took part, each item a body's name and then what it does:
# "made up of participants from the following organisations:\n • Harbour Aid - runs ...".
_BODIES_LIST_INTRO = rx.compile(
    r"(?i:organi[sz]ations|authorities|partners|bodies|institutions|agencies|organizzazioni|"
    r"enti|istituzioni|organizaciones|entidades|instituciones|Organisationen|Institutionen|"
    r"Einrichtungen|organizacje|organizacji|instytucje|instytucji|organizații|organizaţii|"
    r"instituții|instituţii|φορείς|φορέων|οργανισμοί|οργανισμών)[^\n]{0,40}:[^\S\n]*\n"
)
_BODY_ITEM = rx.compile(
    rf"(?m)^[^\S\n]*[•*·\-–][^\S\n]*['‘\"“]?(?P<name>{_LINE_NAME})['’\"”]?[^\S\n]+[-–—:][^\S\n]"
)
# an item's line, or a blank one, from a line's start
_ITEM_LINE = rx.compile(r"(?m)^[^\S\n]*(?:[•*·\-–][^\n]*)?\n|^[^\S\n]*[•*·\-–][^\n]*$")


def bodies_listed(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the items of a list of taking-part bodies, each named before a
    dash and what it does."""
    found = []
    for intro in _BODIES_LIST_INTRO.finditer(text):
        at = intro.end()
        while line := _ITEM_LINE.match(text, at):
            item = _BODY_ITEM.match(text, at)
            if item:  # a closing quotation mark is no part of the name
                found.append((item.start("name"), item.group("name").rstrip("'’")))
            at = line.end()
    return found


# "a representative of the Velmora", "rappresentanti della Velmora": a one-word name after
# an article names a body, when it is no word, no person's and no place's name.
_ARTICLE_BEFORE = rx.compile(
    r"(?<![\p{L}])(?:the|della|dello|dell['’]|degli|delle|dei|del|de la|de los|de las|der|des)"
    r"[^\S\n]*$"
)


_LONG_NAME = 3


def _run_on_tail(before: str, name: str) -> bool:
    """Whether a one-word item after a long name is an everyday word ("Inmigración" of
    "Dirección General de Servicios Sociales e Inmigración"): the name's tail, run on over
    "and", no body of its own."""
    from wordfreq import zipf_frequency  # noqa: PLC0415

    if " " in name or _ACRONYM_LIKE.match(name) or len(before.split()) < _LONG_NAME:
        return False
    word = name.lower()
    return any(zipf_frequency(word, language) >= _EVERYDAY for language in _LANGUAGES)


_EVERYDAY = 4.0
_LANGUAGES = ("en", "it", "es", "de", "pl", "ro", "el", "fr", "pt")


def _named_with_article(text: str, offset: int, names: str, name: str) -> bool:
    from .organisations import own_proper_noun  # noqa: PLC0415 (it reads this module)

    if not names.startswith(name) or " " in name:
        return False
    return bool(_ARTICLE_BEFORE.search(text[max(0, offset - 8) : offset])) and own_proper_noun(name)


# Representatives "of Spain" or "of Turin" come from a place: only an acronym ("AFCCRE",
# "UCLG-MEWA") or a name of several words ("Salvați Copiii Timișoara") names a body there.
_BODY_SHAPED = rx.compile(r"^(?:\p{Lu}[\p{Lu}\p{N}&\-]+(?:-\p{L}+)?(?:\s.*)?|\S+\s+\S.*)$")


# "the EU-funded project X", "EU funded": who pays, not a body taking part ("EU-funded"
# alone names none; the name that follows it may).
_EU_FUNDED = rx.compile(
    r"^(?:EU|UE|E\.U\.)[- ]+(?:co-?)?(?:funded|financed|backed|supported|sponsored)\b\s*",
    regex.I,
)
# The same qualifier right after a name read alone: "EU" in "the EU funded project X".
_FUNDED_AFTER = rx.compile(r"[- ]+(?:co-?)?(?:funded|financed|backed|sponsored)\b", regex.I)


def eu_funded(text: str, end: int, name: str) -> bool:
    """Whether `name`, ending at `end` in `text`, is only the EU of "EU(-)funded"."""
    return name in ("EU", "UE", "E.U.") and _FUNDED_AFTER.match(text, end) is not None


def _body_like(name: str, people: frozenset[str]) -> bool:
    """Not a person: no title, not a name the people finder found, not a lone short word."""
    if _PERSON_TITLE.match(name) or name in people or any(name in p for p in people):
        return False
    return len(name) >= 3


# A list of bodies names each item alike: when one item is a body the finders know, the
# others of the same list are bodies too, though their names carry no head noun ("Harbour
# Collective, Civic Bridges Trust Fund and the Northern Migration Institute", "conducidas por
# Acción Vecinal por la Paz, Fundación X y Red Solidaria Sur"). An item is a run of capitalised
# words joined by short lower-case words ("Fraternita di Pescia"), then perhaps a bracket
# ("(Portugal)") or a dash and its acronym ("– KOLVA"); items are joined by a comma, a
# semicolon or "and" in any of the programme's languages, with an article after it.
_AND_WORD = rf"(?:{AND_ALTERNATIVES}|sowie|&)"
_LIST_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*+"  # possessive: a word is never given back
# the short words inside a body's name ("Acción Vecinal por la Paz", "Urząd do Spraw X")
_NAME_JOINER = (
    r"(?:of|for|the|de|di|da|del|della|dei|degli|delle|do|dos|du|des|la|le|los|las|el|für|zur|"
    r"zum|pour|por|para|per|pentru|din|al|ai|ale|a|dla|na|του|της|των)"
)
_LIST_ITEM = (
    rf"{_LIST_WORD}(?:[^\S\n]+(?:{_NAME_JOINER}[^\S\n]+){{0,2}}{_LIST_WORD}){{0,7}}"
    r"(?:[^\S\n]*\([^()\n]{1,60}\))?(?:[^\S\n]+[–—-][^\S\n]+\p{Lu}[\p{L}\-]{1,12}(?![\p{L}]))?"
)
_LIST_GLUE = (
    rf"(?:[^\S\n]*[,;][^\S\n]*(?:{_AND_WORD}[^\S\n]+)?|[^\S\n]+{_AND_WORD}[^\S\n]+)"
    r"(?:(?:the|il|la|lo|i|gli|le|el|los|las|der|die|das|dem|den|des|της|του|των|την|το)"
    r"[^\S\n]+|l['’][^\S\n]*)?"
)
_LIST_RUN = rx.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’&\-])(?:{_LIST_ITEM})(?:{_LIST_GLUE}(?:{_LIST_ITEM}))+"
)
_ITEM_AT = rx.compile(_LIST_ITEM)
_GLUE_AT = rx.compile(_LIST_GLUE)
_ITEM_TAIL = rx.compile(r"[^\S\n]*\([^()\n]*\)$")
_LIST_ITEMS = 3
# "and" alone, without a comma or an article after it
_BARE_AND = rx.compile(rf"^[^\S\n]+{_AND_WORD}[^\S\n]+$")


def bodies_beside(
    text: str, spans: list[tuple[int, int]], people: frozenset[str]
) -> list[tuple[int, str]]:
    """(offset, name) of the other items of every list one of whose items is a body already
    found (`spans`, where the text names them); an item that overlaps a body found is left
    to its finder; a person, a lone word that is no acronym or a lone short word is no body."""
    found = []
    for run in _LIST_RUN.finditer(text):
        items, joined, at = [], [], run.start()
        while (item := _ITEM_AT.match(text, at, run.end())) is not None:
            items.append(item.span())
            glue = _GLUE_AT.match(text, item.end(), run.end())
            if glue is None:
                break
            # a bare "and" closes a list ("A, B and C") or joins the words of one name
            bare = _BARE_AND.match(glue.group()) is not None
            joined.append(not bare or any(joined) or text[item.end() - 1] == ")")
            at = glue.end()
        if not any(_is_found(text, span, spans) for span in items):
            continue
        overlaps = [any(a < stop and start < b for a, b in spans) for start, stop in items]
        for i, ((start, stop), known) in enumerate(zip(items, overlaps, strict=True)):
            name = _ITEM_TAIL.sub("", text[start:stop])
            if i and not joined[i - 1]:
                continue  # "Prevention and Response to Floods": one name, run on over "and"
            # a pair may be one name that runs on over "and" ("Working Group for Prevention
            # and Response to Floods"): only an acronym joins a body as its pair
            paired = len(items) >= _LIST_ITEMS or _ACRONYM_LIKE.match(name.split()[0])
            if (
                not known
                and paired
                and _listed_body_like(name, people)
                and not _plain_words(text, name)
            ):
                found.append((start, name))
    return found


def _is_found(text: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether the list item at `span` opens a body found (not a word inside a name that
    runs on over "and": "Directorate for Housing and Urban Renewal")."""
    start, stop = span
    stop = start + len(_ITEM_TAIL.sub("", text[start:stop]))
    return any(abs(a - start) <= 1 and b >= stop - 1 for a, b in spans)


_ACRONYM_LIKE = rx.compile(r"^\p{Lu}[\p{L}\-]*\p{Lu}[\p{L}\-]*$")


def _listed_body_like(name: str, people: frozenset[str]) -> bool:
    """A list item that may be a body: of several words or an acronym ("KOLVA", "AIDex"),
    naming no person."""
    if " " not in name and not _ACRONYM_LIKE.match(name):
        return False
    return (
        _body_like(name, people)
        and not _PERSON_TITLE.match(name)
        and not any(p in name for p in people)
    )


def _plain_words(text: str, name: str) -> bool:
    """Whether every capitalised word of `name` (no acronym) is also said in lower case in
    the text: the words of a topic ("Coastal Renewal", "Response to Floods"), not a name."""
    words = [w for w in name.split() if w[:1].isupper() and not w.isupper()]
    return bool(words) and all(says_word(text, w.lower()) for w in words)
