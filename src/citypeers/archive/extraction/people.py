"""Named people with their role and organisation, and roles named without a person."""

from dataclasses import dataclass

import regex

from . import patterns as rx
from .text import fold

_TITLE = (
    r"(?:(?i:sig\.ra|sig\.na|sig|dott\.ssa|dott|dr\.ssa|prof\.ssa|prof|"
    r"avv|ing|arch)|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sig\.ra|Sig\.na|"
    r"Sig|Dott\.ssa|Dott|Dr\.ssa|Prof\.ssa|Avv|Ing|Arch|Hon|Mme|Sra|Sr|"
    r"Herr|Frau|M(?=\.\s)|Mlle)\.?"
)
_PARTICLE = r"(?:van|von|de|di|da|del|della|der|den|du|dos|das|la|le|ten|ter|y|bin|el|al)"
_NAME_WORD = (
    r"(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{Lu}?[\p{Ll}\p{M}]+){0,4}|\p{Lu}\.|"
    r"\p{Lu}['’]\p{Lu}[\p{Ll}]+)"
)
_NAME = rf"(?:{_PARTICLE}\s+)*{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,3}}"
_TITLED = rx.compile(rf"(?<![\p{{L}}])(?P<title>{_TITLE})\s+(?P<name>{_NAME})")
_UNTITLED_BEFORE_ROLE = rx.compile(
    rf"(?:^|(?<=[\s(:;,*]))(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,2}})(?=\s*(?:,|;|\.(?:\s|$)|"
    rf"\s[–—-]\s|\s\(|\sis\s(?:the|a|an)\s|\sè\s(?:il|la|l')))"
)

ROLE_HEADS = (
    r"Director|Directors|Deputy|Mayor|Head|Chief|Manager|Coordinator|Co-ordinator|"
    r"Officer|Specialist|Expert|Advis[eo]r|Counsellor|"
    r"Councill?or|Councilwoman|Councilman|Alderman|Minister|Secretary|"
    r"President|Vice-President|Chair|Chairman|Chairwoman|Chairperson|"
    r"Commissioner|Ambassador|Consultant|Researcher|Professor|Lecturer|"
    r"Representative|Member|Official|Assessor|Executive|"
    r"Governor|Prefect|Psychologist|Worker|Mediator|Analyst|Architect|"
    r"Lawyer|Teacher|Founder|Spokesperson|Rapporteur|Delegate|"
    r"Sindac[oa]|Vicesindac[oa]|Vice-?sindac[oa]|Assessor[ea]|Direttor[ea]|"
    r"Direttrice|Dirigente|Responsabile|Coordinat(?:ore|rice)|"
    r"Presidente|Consiglier[ea]|Funzionari[oa]|Espert[oa]|Referente|Capo|"
    r"Ministr[oa]|Prefett[oa]|Segretari[oa]|Assistente|"
    r"Operat(?:ore|rice)|Mediat(?:ore|rice)|Ricercat(?:ore|rice)|Professor(?:e|"
    r"essa)|Vicedirett(?:ore|rice)|Psicolog[oa]|Avvocat[oa]|"
    # French, Spanish and German titles met in partner cities' delegations
    r"Chargée?|Directeur|Directrice|Adjointe?|Maire|Jef[ea]|Concejal[a]?|Alcalde(?:sa)?|"
    r"Técnic[oa]|Leiter(?:in)?|Bürgermeister(?:in)?|Stadtr[aä]t(?:in)?|Referent(?:in)?"
)
_ROLE_HEAD = rx.compile(rf"\b(?:{ROLE_HEADS})\b", regex.I)
_ROLE_THEN_NAME = rx.compile(
    rf"(?<![\p{{L}}])(?:il|la|lo|l['’]|dal|dalla|dallo|dall['’]|del|della|dello|dell['’]|"
    rf"al|alla|all['’])\s*(?P<role>(?=\p{{Ll}})(?i:{ROLE_HEADS})(?:\s+[\p{{Ll}}'’]+){{0,5}}?)\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s*(?:[,;.]|$|\s+(?:ha|è|hanno)\b))"
)
_ROLE_START = rx.compile(
    rf"^(?:(?:the|a|an|il|la|lo|l'|former|newly appointed|ex)\s+)*+"
    rf"(?:[\p{{L}}&-]+\s+){{0,4}}?(?:{ROLE_HEADS})\b",
    regex.I,
)
_STOP_NAME_WORDS = {
    "the",
    "this",
    "that",
    "these",
    "among",
    "both",
    "finally",
    "then",
    "moreover",
    "also",
    "after",
    "before",
    "during",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "municipality",
    "city",
    "comune",
    "mayor",
    "european",
    "union",
    "commission",
    "ministry",
    "department",
    "office",
    "centre",
    "center",
    "service",
    "services",
    "unit",
    "social",
    "director",
    "head",
    "deputy",
    "project",
    "programme",
    "meeting",
    "consultation",
    "exchange",
    "download",
    "concluded",
    "concluso",
    "online",
    "from",
    "for",
    "with",
    "and",
    "by",
    "da",
    "per",
    "il",
    "la",
    "le",
    "gli",
    "dei",
}
_SPLIT_ORG = rx.compile(
    r"\s+dell['’](?=\p{Lu})|\s+(?:within|at|in|of|for|from|presso|del|"
    r"della|dello|dell'|dei|degli|di)\s+(?:the\s+)?(?=\p{Lu})|\s+(?:within|"
    r"at|presso)\s+(?:the\s+)?",
)


_OPENING, _CLOSING = "([{", ")]}"


def closed_brackets(phrase: str) -> str:
    """``phrase`` with its brackets paired: a closing one nobody opened goes (it belonged to
    the text around), and one left open is closed ("Head of Unit (MA 17" gets its ")")."""
    out, stack = [], []
    for char in phrase:
        if char in _OPENING:
            stack.append(_CLOSING[_OPENING.index(char)])
        elif char in _CLOSING:
            if not stack or stack[-1] != char:
                continue
            stack.pop()
        out.append(char)
    return "".join(out).rstrip() + "".join(reversed(stack))


def _inside(phrase: str) -> str:
    """``phrase`` up to the first closing bracket it never opened (the end of an aside
    opened before it); brackets opened inside it are kept whole."""
    depth = 0
    for index, char in enumerate(phrase):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return phrase[:index]
            depth -= 1
    return phrase


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    organization: str | None
    start: int
    end: int


def _clean_name(name: str) -> str:
    words = name.split()
    while words and (fold(words[-1]) in _STOP_NAME_WORDS or _ROLE_HEAD.fullmatch(words[-1])):
        words.pop()
    return " ".join(words)


def _plausible_name(name: str, text: str) -> bool:
    words = [w for w in name.split() if w[0].isupper()]
    if not words:
        return False
    for word in words:
        key = fold(word)
        if key in _STOP_NAME_WORDS or _ROLE_HEAD.fullmatch(word):
            return False
    return True


def _lowercase_elsewhere(word: str, text: str) -> bool:
    return bool(rx.search(rf"(?<![\p{{L}}]){regex.escape(word.lower())}(?![\p{{L}}])", text))


class PeopleFinder:
    """Finds people in one report; `resolve_org` maps an affiliation to an organisation."""

    def __init__(self, text: str, *, resolve_org, municipality_in, list_blocks, gaz_name=None):
        self.text = text
        self.gaz_name = gaz_name or (lambda phrase: False)
        self.resolve_org = resolve_org
        self.municipality_in = municipality_in
        self.list_blocks = list_blocks  # [(start, end, organisation)]
        self.people: list[Person] = []
        # which characters a person found covers, and where people end: look-ups in the
        # text instead of scans of every person found, so a long list stays linear
        self._covered = bytearray(len(text) + 1)
        self._ends = bytearray(len(text) + 1)

    def find(self) -> list[Person]:
        self._from_lists()
        self._from_bullets()
        self._titled()
        self._untitled()
        self._role_then_name()
        return _dedupe(self.people)

    def _role_then_name(self) -> None:
        """ "guidata dal consigliere comunale Florian Huber": a lower-case role, then the name."""
        for m in _ROLE_THEN_NAME.finditer(self.text):
            name = m.group("name")
            if (
                self._taken(m.start("name"), m.end("name"))
                or not _plausible_name(name, self.text)
                or self.gaz_name(name)
                or self.resolve_org(name, strict=True)
            ):
                continue
            role = m.group("role")
            self._add(Person(name, role, None, m.start("name"), m.end("name")))

    def _listed_name(self, match) -> str | None:
        """The person's name in a list item, if it is one: a bare single word needs a title."""
        name = _clean_name(match.group("name"))
        if not name or not _plausible_name(name, self.text):
            return None
        if not match.group("title") and len(name.split()) < 2:
            return None
        return name

    def _add(self, person: Person) -> None:
        self.people.append(person)
        self._covered[person.start : person.end] = b"\x01" * (person.end - person.start)
        self._ends[person.end] = 1

    def _taken(self, start: int, end: int) -> bool:
        return self._covered.find(1, start, end) >= 0

    def _from_lists(self) -> None:
        for start, end, org in self.list_blocks:
            block = self.text[start:end]
            for item in rx.finditer(r"[^;\n•]+", block):
                raw = item.group()
                m = rx.match(
                    rf"\s*(?:[-*•·]\s*)?(?:(?P<title>{_TITLE})\s+)?(?P<name>{_NAME})\s*(?:,|"
                    rf"[–—-]|\(|:)\s*(?P<role>[^;\n]*)",
                    raw,
                )
                if not m:
                    continue
                name = self._listed_name(m)
                if not name:
                    continue
                role = m.group("role")
                role = _inside(role)  # "Name (role), ..." and "Name, role (MA 17)" alike
                role = closed_brackets(role.strip(" .;,")).strip(" .;,")
                self._add(Person(name, role or None, org, start + item.start(), start + item.end()))

    def _from_bullets(self) -> None:
        """Bullet lines: "- Ana García (Valencia City Council) - Head of the Migration Unit"."""
        for line in rx.finditer(r"(?m)^[ \t]*[-*•·–][ \t]+(?P<item>[^\n]+)$", self.text):
            if self._taken(line.start(), line.end()):
                continue
            m = rx.match(
                rf"(?:(?P<title>{_TITLE})\s+)?(?P<name>{_NAME})\s*(?:\((?P<aff>[^()]+)\))?\s*(?:[,:–—]|"
                rf"\s-\s)\s*(?P<role>.+)$",
                line.group("item"),
            )
            if not m:
                continue
            name = self._listed_name(m)
            if not name:
                continue
            role, org = self._split_role(m.group("role").strip(" .;"))
            if m.group("aff"):
                org = self.resolve_org(m.group("aff").strip()) or m.group("aff").strip()
            self._add(Person(name, role, org, line.start(), line.end()))

    def _titled(self) -> None:
        for m in _TITLED.finditer(self.text):
            if self._taken(m.start(), m.end()):
                continue
            name = _clean_name(m.group("name"))
            if not name or not _plausible_name(name, self.text):
                continue
            end = m.start("name") + len(name)
            role, org = self._role_after(end)
            if role is None:
                role, org = self._role_before(m.start())
            self._add(Person(name, role, org, m.start(), end))

    def _untitled(self) -> None:
        for m in _UNTITLED_BEFORE_ROLE.finditer(self.text):
            if self._taken(m.start(), m.end()):
                continue
            name = m.group("name")
            words = name.split()
            if not _plausible_name(name, self.text) or any(
                _lowercase_elsewhere(w, self.text) for w in words
            ):
                continue
            if self.resolve_org(name, strict=True):
                continue
            role, org = self._role_after(m.end())
            if role is None or not _ROLE_HEAD.search(role):
                before_role, before_org = self._role_before(m.start())
                if before_role is None:
                    continue
                role, org = before_role, before_org
            self._add(Person(name, role, org, m.start(), m.end()))

    def _role_after(self, end: int) -> tuple[str | None, str | None]:
        rest = self.text[end : end + 300]
        m = rx.match(r"\s*[–—-]\s*(?P<role>[^–—\n]{3,200}?)\s*(?:[–—]|\s-\s|[.;\n])", rest)
        if not m:
            m = rx.match(r"\s*\((?P<role>(?:[^()\n]|\([^()\n]{1,40}\)){3,150})\)", rest)
        if not m:
            m = rx.match(
                r"\s+(?:is|was|è|era)\s+(?:the|a|an|il|la|l')\s*(?P<role>[^.;\n]{3,200})", rest
            )
        if not m:
            m = rx.match(
                r",\s+(?P<role>(?!and\b|who\b|which\b|e\b|che\b|said\b|stressed\b)[^;\n]{3,200}?)(?=,\s+(?:who|"
                r"which|che|and|e|said|stressed|explained|presented)\b|[;\n]|\.(?:\s|"
                r"$)|$)",
                rest,
            )
            if m and not (_ROLE_START.match(m.group("role")) or m.group("role")[:1].isupper()):
                m = None
        if not m:
            m = rx.match(
                r"(?:\s+(?:from|of|at|with|representing|dal|dalla|del|della|per)\s+|"
                r"\s+dell['’]\s*)(?:the\s+)?(?P<role>\p{Lu}[^,;.\n]{2,120}?)(?=\s+(?:who|"
                r"which|closed|opened|presented|said|stressed|explained|illustrated|"
                r"gave|chaired|moderated|welcomed|and)\b|[,;.\n])",
                rest,
            )
            if m:
                role = m.group("role").strip()
                org = self.resolve_org(rx.sub(r"\s*\([^()]*\)\s*$", "", role)) or role
                return role, org
            return None, None
        role = closed_brackets(m.group("role").strip(" ,.;"))
        role, org = self._split_role(role)
        return role, org

    def _role_before(self, start: int) -> tuple[str | None, str | None]:
        left = self.text[max(0, start - 300) : start]
        boundary = max(left.rfind(". "), left.rfind("\n"), left.rfind(";"), left.rfind(":"))
        last_end = self._ends.rfind(1, max(0, start - 299), start + 1)  # the nearest person
        if last_end >= 0:
            boundary = max(boundary, len(left) - (start - last_end))
        segment = left[boundary + 1 :]
        m = rx.search(r",\s*$", segment)
        if not m:
            return None, None
        segment = segment[: m.start()]
        head = _ROLE_HEAD.search(segment)
        if not head:
            return None, None
        begin = head.start()
        words_before = segment[:begin].split()
        while (
            words_before
            and words_before[-1][:1].isupper()
            and fold(words_before[-1]) not in _STOP_NAME_WORDS
        ):
            begin -= len(words_before[-1]) + 1
            words_before.pop()
        role = segment[max(begin, 0) :].strip(" ,")
        return self._split_role(role)

    def _split_role(self, role: str) -> tuple[str, str | None]:
        """Split "Director of X within the Ministry of Y" into the role and the organisation.

        The role is cut only where the rest is just the body's name (or "the Municipality of X");
        a rest that names a unit of the body stays in the role.
        """
        resolved = None
        first, comma, rest = role.partition(", ")
        if comma and _MUNICIPAL_TAIL.match(first) and (city := self.municipality_in(first)):
            return rest, city  # "(Cork City Council, Community Development)"
        head, comma, last = role.rpartition(", ")
        if comma and head and _TITLE_CASE.match(last) and (org := self.resolve_org(last)):
            role = head
            resolved = org
            if self.resolve_org(head, strict=True) is None:
                return role, org
        for m in _SPLIT_ORG.finditer(role):
            tail = role[m.end() :].strip(" ,")
            org = self.resolve_org(tail)
            if not org:
                continue
            resolved = resolved or org
            head = role[: m.start()].strip(" ,")
            city = self.municipality_in(tail) == org
            bare_city = city and self.gaz_name(tail)
            if fold(tail) == fold(org) or bare_city or (city and _MUNICIPAL_TAIL.match(tail)):
                return (head if _ROLE_HEAD.search(head) or len(head.split()) > 1 else role), org
        return role, resolved or self.resolve_org(role, strict=True)


_TITLE_CASE = rx.compile(
    r"^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|and|di|del|della|de|la)\s+)*\p{Lu}[\p{L}'’-]*)*$"
)
_MUNICIPAL_TAIL = rx.compile(
    r"^(?:(?:the\s+)?(?:municipality|city|town|comune|città|municipio|"
    r"ayuntamiento)\s+(?:of|di|de)\s+\S.*|"
    r"(?:the\s+)?\S+(?:\s\S+){0,2}\s(?:City Council|City Hall|Municipality|Town Council|Council))$",
    regex.I,
)


def _dedupe(people: list[Person]) -> list[Person]:
    out: dict[str, Person] = {}
    for p in sorted(people, key=lambda x: x.start):
        key = fold(p.name)
        same = next(
            (k for k in out if k == key or k.endswith(" " + key) or key.endswith(" " + k)), None
        )
        if same is None:
            out[key] = p
        else:
            kept = out[same]
            if len(key) > len(same):
                kept.name = p.name
            kept.role = kept.role or p.role
            kept.organization = kept.organization or p.organization
    return list(out.values())


_LIST_HEAD = rx.compile(
    r"(?:^|\n|(?<=[.!?])[ \t]+)\s*(?:(?:from|for|da|per|delegation of|"
    r"delegazione di|participants from|partecipanti da)\s+(?:the\s+|il\s+|"
    r"la\s+)?)?"
    r"(?P<head>[\p{Lu}][^:\n]{1,60}?)(?:\s+delegation|\s+delegazione)?\s*:\s*(?P<body>[^\n]*(?:\n\s*[-*•·][^\n]*)*)",
    regex.I,
)


def list_blocks(text: str, resolve_org) -> list[tuple[int, int, str | None]]:
    """Participant lists: "From Venice: Mr A, role; Ms B, role." or a heading with bullets."""
    out = []
    for m in _LIST_HEAD.finditer(text):
        org = resolve_org(m.group("head"), strict=True)
        if not org:
            continue
        body = m.group("body")
        if not rx.search(rf"{_TITLE}\s+\p{{Lu}}|{_NAME_WORD}\s+{_NAME_WORD}\s*[,–-]", body):
            continue
        out.append((m.start("body"), m.end("body"), org))
    return out


_UNNAMED = rx.compile(
    rf"(?:the|a|an|il|la|l'|its|their)\s+(?P<role>(?:(?:newly appointed|"
    rf"municipal|former)\s+)?(?:(?!(?:of|the|for|and|di|del|della|participation|"
    rf"partecipazione)\b)[\p{{L}}&-]+\s+){{0,4}}?(?:{ROLE_HEADS})(?:\s+(?:of|"
    rf"for|on|di|del|della|per)\s+(?:the\s+)?[\p{{L}}&,\s-]{{3,80}}?)?)(?=\s*(?:[,.;]|"
    rf"\band\b|\balongside\b|\bwho\b|\bof the (?:Greek|Spanish|Italian|"
    rf"Polish|Romanian)))",
    regex.I,
)


# "The Deputy Mayor of Plovdiv closed the session": a title-case role of a city, then a verb.
_ROLE_OF_CITY = rx.compile(
    r"(?<![\p{L}])(?:[Tt]he|[Ii]l|[Ll]a|[Ll]['’])\s*(?P<role>\p{Lu}[\p{L}-]*(?:\s+(?:for|of the|of|"
    r"and|per|alle?|ai|di|del|della|\p{Lu}[\p{L}-]*))*?)\s+(?:of|di|del Comune di|of the City of)\s+"
    r"(?P<city>\p{Lu}[\p{L}'’-]+)(?=\s+(?!and\b|e\b)\p{Ll})"
)


_REPRESENTED = rx.compile(
    r"represented by|participation of|represented|partecipazione|rappresentat", regex.I
)


def unnamed_roles(text: str, people: list[Person], subject_at) -> list[dict]:
    """Roles stated without a name ("the Deputy Mayor for ..."), with the municipality meant."""
    out = []
    for m in _ROLE_OF_CITY.finditer(text):
        role = m.group("role")
        if not _ROLE_HEAD.search(role) or any(
            p.start - 5 < m.start() < p.end + 5 or m.start() <= p.start < m.end() for p in people
        ):
            continue
        org = subject_at(m.start("city"), m.start("city"), m.end("city"))
        if org:
            out.append({"role": role, "organization": org})
    for sentence in rx.finditer(r"[^.\n]+", text):
        if not _REPRESENTED.search(sentence.group()):
            continue
        for m in _UNNAMED.finditer(sentence.group()):
            pos = sentence.start() + m.start()
            if any(p.start - 200 < pos < p.end + 5 for p in people):
                continue
            role = m.group("role").strip(" ,")
            org = subject_at(pos, sentence.start(), sentence.end())
            if _ROLE_HEAD.search(role):
                out.append({"role": role[:1].upper() + role[1:], "organization": org})
    return out
