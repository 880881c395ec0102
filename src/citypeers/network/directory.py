"""Finding a country, municipality, organisation or person of the directory by name.

Two reads serve every form that picks from the directory: ``suggest`` (what a few typed
letters may mean, for the suggestions under a field) and ``resolve`` (the one entry a
typed name means, or why there is none). Names are compared folded (case, accents and
script do not matter) and in any language the directory knows: the municipalities'
names table, and the countries' names in the languages below (CLDR, through babel).
"""

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pycountry
from babel import Locale

from citypeers.core.text import fold
from citypeers.network.models import (
    Country,
    Municipality,
    MunicipalityName,
    Organisation,
    Person,
)
from citypeers.network.selectors import (
    municipalities_named,
    organisations_named,
    with_current_roles,
)
from citypeers.network.translation import in_any_language, name_order

SUGGESTIONS = 10
# How many entries of one name an ambiguity message lists.
CANDIDATES = 8
# The languages in which a country's name is understood (besides its ISO code): the
# European Union's, and those of the communities most often met in its cities.
COUNTRY_NAME_LANGUAGES = (
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv "
    "am ar bs fa hy ka mk ps ru so sq sr ti tr uk ur zh"
).split()

# "Valencia (ES)": a name with what tells it from its namesakes, as suggestions show it.
_QUALIFIED = re.compile(r"^(?P<name>.+?)\s*\((?P<qualifier>[^()]+)\)$")


class NotFound(Exception):
    """No entry has the name; ``close`` holds entries whose names start like it."""

    def __init__(self, text: str, close: list):
        super().__init__(text)
        self.text, self.close = text, close


class Ambiguous(Exception):
    """Several entries have the name (``candidates``, most likely first)."""

    def __init__(self, text: str, candidates: list):
        super().__init__(text)
        self.text, self.candidates = text, candidates


@dataclass(frozen=True)
class Suggestion:
    """One entry as a field offers it: the text it puts in the field, and a detail."""

    pk: int | str
    value: str
    detail: str
    fields: dict = field(default_factory=dict)


class DirectoryList:
    """One list of the directory. ``value`` is the text a field shows for an entry (and
    understands back); ``qualifier`` tells it from its namesakes."""

    name: str
    model: type

    def suggest(self, query: str) -> list:
        raise NotImplementedError

    def named(self, name: str) -> list:
        """Entries called exactly ``name`` (folded), most likely first."""
        raise NotImplementedError

    def named_many(self, names) -> dict[str, list]:
        """``named`` for several names: folded name → its entries."""
        return {fold(name): self.named(name) for name in names}

    def value(self, entry) -> str:
        return str(entry)

    def qualifier(self, entry) -> str:
        return ""

    def detail(self, entry) -> str:
        return self.qualifier(entry)

    def qualified(self, entry) -> str:
        qualifier = self.qualifier(entry)
        return f"{entry} ({qualifier})" if qualifier else str(entry)

    def by_pk(self, pk):
        return self.model._default_manager.filter(pk=pk).first()

    def fields(self, entry) -> dict:
        """The entry's parts a form may fill beside the picked name (its bare name, ...)."""
        return {}

    def suggestions(self, query: str) -> list[Suggestion]:
        return [
            Suggestion(e.pk, self.value(e), self.detail(e), self.fields(e))
            for e in self.suggest(query)
        ]


@functools.cache
def country_names() -> dict[str, frozenset[str]]:
    """Folded country name (in any of the languages, or an ISO name) → ISO codes."""
    names = defaultdict(set)
    for language in COUNTRY_NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names[fold(name)].add(code)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            if hasattr(country, attribute):
                names[fold(getattr(country, attribute))].add(country.alpha_2)
        names[country.alpha_2.lower()].add(country.alpha_2)
    return {name: frozenset(codes) for name, codes in names.items() if name}


class Countries(DirectoryList):
    name, model = "country", Country

    def suggest(self, query: str) -> list[Country]:
        folded = fold(query)
        if not folded:
            return []
        rank: dict[str, int] = {}
        for name, codes in country_names().items():
            if name == folded:
                found = 0
            elif name.startswith(folded):
                found = 1
            elif f" {folded}" in f" {name}":
                found = 2
            else:
                continue
            for code in codes:
                rank[code] = min(found, rank.get(code, found))
        countries = Country.objects.filter(code__in=sorted(rank))
        return sorted(countries, key=lambda c: (rank[c.code], c.name))[:SUGGESTIONS]

    def named(self, name: str) -> list[Country]:
        codes = country_names().get(fold(name), frozenset())
        return sorted(Country.objects.filter(code__in=sorted(codes)), key=lambda c: c.name)

    def value(self, entry) -> str:
        return entry.name

    def qualifier(self, entry) -> str:
        return entry.code


class Municipalities(DirectoryList):
    name, model = "municipality", Municipality

    def suggest(self, query: str) -> list[Municipality]:
        return list(municipalities_named(query)[:SUGGESTIONS])

    def named(self, name: str) -> list[Municipality]:
        folded = fold(name)
        if not folded:
            return []
        return list(
            Municipality.objects.filter(names__folded=folded)
            .select_related("country")
            .order_by("-population", "pk")
            .distinct()[: CANDIDATES * 4]
        )

    def named_many(self, names) -> dict[str, list[Municipality]]:
        """All the names in one query, however many were typed (an event's parties)."""
        folded = sorted({fold(name) for name in names} - {""})
        rows = (
            MunicipalityName.objects.filter(folded__in=folded)
            .select_related("municipality__country")
            .order_by("-municipality__population", "municipality_id")
        )
        found = defaultdict(list)
        for row in rows:
            found[row.folded].append(row.municipality)
        return found

    def value(self, entry) -> str:
        return f"{entry.display_name} ({entry.country_id})"

    def qualifier(self, entry) -> str:
        return entry.country_id

    def detail(self, entry) -> str:
        return entry.country.name

    def fields(self, entry) -> dict:
        return {"name": entry.display_name, "country": entry.country_id}

    def by_pk(self, pk):
        return Municipality.objects.select_related("country").filter(pk=pk).first()


class Organisations(DirectoryList):
    name, model = "organisation", Organisation

    def suggest(self, query: str) -> list[Organisation]:
        return list(organisations_named(query)[:SUGGESTIONS])

    def named(self, name: str) -> list[Organisation]:
        name = name.strip()
        return list(
            Organisation.objects.filter(
                in_any_language("name", "iexact", name)
                | in_any_language("short_name", "iexact", name)
            )
            .select_related("country")
            .order_by(name_order(), "pk")[: CANDIDATES * 4]
        )

    def value(self, entry) -> str:
        return entry.name

    def qualifier(self, entry) -> str:
        return entry.country_id or ""

    def detail(self, entry) -> str:
        parts = [entry.short_name, entry.country.name if entry.country_id else ""]
        return " · ".join(part for part in parts if part)

    def fields(self, entry) -> dict:
        return {"name": entry.name, "kind": entry.kind}

    def qualified(self, entry) -> str:
        qualifier = self.qualifier(entry)
        return f"{entry.name} ({qualifier})" if qualifier else entry.name


class People(DirectoryList):
    """People, for those who may see them (the views and forms check it)."""

    name, model = "person", Person

    def suggest(self, query: str) -> list[Person]:
        people = Person.objects.filter(name__icontains=query.strip()).order_by("name", "pk")
        return list(with_current_roles(people)[:SUGGESTIONS])

    def named(self, name: str) -> list[Person]:
        people = Person.objects.filter(name__iexact=name.strip()).order_by("pk")
        return list(with_current_roles(people)[: CANDIDATES * 4])

    def value(self, entry) -> str:
        return entry.name

    def qualifier(self, entry) -> str:
        roles = getattr(entry, "current_roles", None)
        if roles is None:
            roles = entry.roles.filter(until__isnull=True)
        bodies = sorted({str(role.body) for role in roles if role.body})
        return ", ".join(bodies)

    def by_pk(self, pk):
        return with_current_roles(Person.objects.filter(pk=pk)).first()


LISTS: dict[str, DirectoryList] = {
    kind.name: kind for kind in (Countries(), Municipalities(), Organisations(), People())
}


def resolve(directory: DirectoryList, text: str):
    """The one entry ``text`` names: a name in any language, or a name with its qualifier
    as suggestions show it ("Valencia (ES)"). Raises NotFound or Ambiguous."""
    result = resolve_many(directory, [text])[0]
    if isinstance(result, NotFound | Ambiguous):
        raise result
    return result


def resolve_many(directory: DirectoryList, texts: list[str]) -> list:
    """For each text, its entry (as ``resolve``), or the NotFound or Ambiguous refusal.

    The names are looked up together. Namesakes that share a qualifier (two towns of one
    name in one country) cannot be told apart by typing: the most likely (the largest
    town) is taken.
    """
    texts = [" ".join(text.split()) for text in texts]
    matches = [_QUALIFIED.match(text) for text in texts]
    found = directory.named_many({*texts, *(match["name"] for match in matches if match)})
    results = []
    for text, match in zip(texts, matches, strict=True):
        candidates = list(found.get(fold(text), []))
        if not candidates and match:
            wanted = fold(match["qualifier"])
            candidates = [
                entry
                for entry in found.get(fold(match["name"]), [])
                if fold(directory.qualifier(entry)) == wanted
            ]
        if not candidates:
            results.append(NotFound(text, directory.suggest(text)[:CANDIDATES]))
        elif len({directory.qualified(entry) for entry in candidates}) > 1:
            results.append(Ambiguous(text, candidates[:CANDIDATES]))
        else:
            results.append(candidates[0])
    return results
