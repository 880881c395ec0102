"""Reads of the network directory."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Case, Exists, OuterRef, Prefetch, Q, QuerySet, When
from django.utils.translation import gettext as _

from citypeers.core.hits import Found, Hit
from citypeers.core.text import fold, name_matching
from citypeers.network.models import (
    Country,
    Enrolment,
    Municipality,
    MunicipalityName,
    Organisation,
    Person,
    PersonRole,
    Unit,
    country_name,
)
from citypeers.network.rules import people_readers
from citypeers.network.translation import in_any_language, name_order


def country_code(value: str) -> str:
    """The country code a filter value asks for, in capitals, or "" when it cannot be one.

    A code is two letters; anything else is ignored rather than looked up, since PostgreSQL
    refuses some characters (a NUL) in any text it is sent, and would answer an error.
    """
    code = value.strip()[:2].upper()
    return code if len(code) == 2 and code.isascii() and code.isalpha() else ""


def municipalities_named(query: str, *, country: str | None = None) -> QuerySet[Municipality]:
    """Municipalities any of whose names (any language, accents optional) match the query.

    Exact name matches come first, then names starting with the query; within each, the
    larger city first. Lookups go through the indexed folded-name table (a range scan on
    both databases), so the search stays fast over the whole directory.
    """
    folded = fold(query)
    if not folded:
        return Municipality.objects.none()
    matching = MunicipalityName.objects.filter(folded__gte=folded, folded__lt=folded + "\x7f")
    exact = MunicipalityName.objects.filter(municipality=OuterRef("pk"), folded=folded)
    municipalities = Municipality.objects.filter(
        pk__in=matching.values("municipality_id")
    ).select_related("country")
    if country:
        municipalities = municipalities.filter(country_id=country.upper())
    return municipalities.annotate(exact_name=Exists(exact)).order_by(
        "-exact_name", "-population", "name"
    )


def municipality_by_name(name: str, *, country: str | None = None) -> Municipality | None:
    """The one municipality a name most plausibly means: an exact name, largest first."""
    folded = fold(name)
    if not folded:
        return None
    candidates = Municipality.objects.filter(names__folded=folded)
    if country:
        candidates = candidates.filter(country_id=country.upper())
    return candidates.order_by("-population").first()


def municipalities_by_name(
    names: Iterable[tuple[str, str | None]],
) -> list[Municipality | None]:
    """``municipality_by_name`` for several (name, country) pairs, in one query.

    A form that takes a list of typed names (an event's parties) resolves them all at
    once, so its cost does not grow with the names; each answer is the largest city
    with exactly that name (in that country, when one is given), or None.
    """
    wanted = [(fold(name), (country or "").upper()) for name, country in names]
    folded = {name for name, _country in wanted if name}
    if not folded:
        return [None] * len(wanted)
    rows = (
        MunicipalityName.objects.filter(folded__in=folded)
        .select_related("municipality")
        .order_by("-municipality__population", "municipality_id")
    )
    largest: dict[tuple[str, str], Municipality] = {}
    for row in rows:
        for key in ((row.folded, ""), (row.folded, row.municipality.country_id)):
            largest.setdefault(key, row.municipality)
    return [largest.get(key) for key in wanted]


def municipality_list(*, query: str = "", country: str = "", enrolled_only: bool = False):
    """The directory as listed on the site: filtered, with what each row shows prefetched.

    A ``country`` that cannot be a country code is ignored.
    """
    country = country_code(country)
    if query:
        municipalities = municipalities_named(query)
    else:
        municipalities = Municipality.objects.select_related("country").order_by(
            "-population", "name"
        )
    if country:
        municipalities = municipalities.filter(country_id=country)
    if enrolled_only:
        municipalities = municipalities.filter(enrolments__isnull=False).distinct()
    return municipalities


def organisations_named(query: str) -> QuerySet[Organisation]:
    """Organisations whose name or short name, in any language, contains the query (any
    case), by name."""
    query = query.strip()
    return (
        Organisation.objects.filter(
            in_any_language("name", "icontains", query)
            | in_any_language("short_name", "icontains", query)
        )
        .select_related("country")
        .order_by(name_order(), "pk")
    )


def organisation_list(*, query: str = "", country: str = "", kind: str = ""):
    """Organisations of the directory, by name: named like ``query``, of a country and kind.

    A ``country`` that cannot be a country code is ignored.
    """
    if query.strip():
        organisations = organisations_named(query)
    else:
        organisations = Organisation.objects.select_related("country").order_by(name_order(), "pk")
    country = country_code(country)
    if country:
        organisations = organisations.filter(country_id=country)
    if kind:
        organisations = organisations.filter(kind=kind)
    return organisations


def with_current_roles(people: QuerySet[Person]) -> QuerySet[Person]:
    """People with the roles they hold now (``current_roles``) and the bodies of those."""
    current = PersonRole.objects.filter(until__isnull=True).select_related(
        "municipality", "organisation", "unit"
    )
    return people.prefetch_related(Prefetch("roles", queryset=current, to_attr="current_roles"))


def people_list(
    user, *, query: str = "", municipality: int | None = None, organisation: int | None = None
) -> QuerySet[Person]:
    """The people ``user`` may see (``people_readers``: none for a non-member), by name,
    with their current roles; ``query`` is a part of the name, the bodies those they work
    for now."""
    people = people_readers.queryset(user)
    if query.strip():
        people = people.filter(name__icontains=query.strip())
    current = Q(roles__until__isnull=True)
    if municipality:
        people = people.filter(current, roles__municipality=municipality)
    if organisation:
        people = people.filter(current, roles__organisation=organisation)
    if municipality or organisation:
        people = people.distinct()
    return with_current_roles(people.order_by("name", "pk"))


def municipalities_for_map(ids: Iterable[int]) -> list[Municipality]:
    """The municipalities ``ids`` and every one enrolled in a programme, by name, each with
    ``enrolled`` set: the points of a map of the network (one query)."""
    enrolled = Exists(Enrolment.objects.filter(municipality=OuterRef("pk")))
    return list(
        Municipality.objects.select_related("country")
        .annotate(enrolled=enrolled)
        .filter(Q(pk__in=sorted(set(ids))) | Q(enrolled=True))
        .order_by("name", "pk")
    )


def municipalities_by_id(ids: Iterable[int]) -> dict[int, Municipality]:
    """The municipalities ``ids``, by id, with their country (one query)."""
    return Municipality.objects.select_related("country").in_bulk(sorted(set(ids)))


def map_point(municipality: Municipality) -> dict:
    """A municipality as a map draws it: where the directory puts it, its country (code and
    name in the page language) and its page."""
    return {
        "id": str(municipality.pk),
        "name": municipality.display_name,
        "url": municipality.get_absolute_url(),
        "country": municipality.country_id,
        "countryName": country_name(municipality.country_id),
        "lat": municipality.latitude,
        "lon": municipality.longitude,
        "enrolled": bool(getattr(municipality, "enrolled", False)),
    }


def map_data(
    municipalities: Iterable[Municipality],
    links: Iterable[tuple[int, int, int]],
    *,
    focus: Municipality | None = None,
    colours_from: Iterable[Municipality] | None = None,
) -> dict:
    """What a map or a graph of municipalities draws, for ``json_script``: the points (with
    their meetings summed over their links), the links (two municipality ids and a number
    of meetings) between points, the countries by name (the order of their colours: those
    of ``colours_from`` when given, so that two charts of a page agree) and the point to
    centre on, if any."""
    municipalities = list(municipalities)
    ids = {m.pk for m in municipalities}
    links = [(a, b, n) for a, b, n in links if a in ids and b in ids]
    totals: dict[int, int] = {}
    for a, b, meetings in links:
        totals[a] = totals.get(a, 0) + meetings
        totals[b] = totals.get(b, 0) + meetings
    coloured = municipalities if colours_from is None else colours_from
    countries = sorted(
        {(m.country_id, country_name(m.country_id)) for m in coloured}, key=lambda c: c[1]
    )
    return {
        "points": [{**map_point(m), "meetings": totals.get(m.pk, 0)} for m in municipalities],
        "links": [
            {"source": str(a), "target": str(b), "meetings": meetings} for a, b, meetings in links
        ],
        "countries": [{"code": code, "name": name} for code, name in countries],
        "focus": str(focus.pk) if focus else None,
    }


def municipality_hits(query: str, *, limit: int) -> Found:
    """The site search's municipalities: ``municipalities_named`` (any name, in any
    language), each with the name that matched. Two queries."""
    folded = fold(query)
    municipalities = municipalities_named(query)
    rows = list(municipalities[:limit])
    hits = [_municipality_hit(municipality, query, folded) for municipality in rows]
    return Found(hits, municipalities.order_by().count())


def _municipality_hit(municipality: Municipality, query: str, folded: str) -> Hit:
    title, detail = municipality.display_name, municipality.country.name
    if any(fold(name).startswith(folded) for name in (title, municipality.name)):
        return Hit(municipality, title, "name", _("name"), title, detail)
    names = [*municipality.names_by_language.values(), *municipality.alternate_names]
    name = name_matching(names, query) or folded
    # Translators: why a search found a municipality: one of its names in another language.
    why = _("alternate name: %(name)s") % {"name": name}
    return Hit(municipality, title, "alternate_name", why, name, detail)


def organisation_hits(query: str, *, limit: int) -> Found:
    """The site search's organisations: name or short name containing the query, those
    called exactly so first. Two queries."""
    text = query.strip()
    organisations = organisations_named(text)
    named = in_any_language("name", "iexact", text) | in_any_language("short_name", "iexact", text)
    rows = organisations.order_by(Case(When(named, then=0), default=1), name_order(), "pk")[:limit]
    hits = []
    for organisation in rows:
        detail = organisation.country.name if organisation.country_id else ""
        if text.casefold() in organisation.name.casefold() or not organisation.short_name:
            hit = Hit(organisation, organisation.name, "name", _("name"), organisation.name, detail)
        else:
            short = organisation.short_name
            hit = Hit(organisation, organisation.name, "short_name", _("short name"), short, detail)
        hits.append(hit)
    return Found(hits, organisations.count())


def people_hits(user, query: str, *, limit: int) -> Found:
    """The site search's people, for those who may see them (``people_readers``): name
    containing the query, with the bodies they work for now. Three queries for them,
    none for anyone else."""
    if not people_readers.allows(user) or not query.strip():
        return Found()
    people = people_list(user, query=query)
    hits = [Hit(p, p.name, "name", _("name"), p.name, _bodies(p)) for p in people[:limit]]
    return Found(hits, people.count())


def _bodies(person: Person) -> str:
    return ", ".join(sorted({str(role.body) for role in person.current_roles if role.body}))


def eu_countries() -> list[Country]:
    """The EU's countries, in the order of their names in the page language."""
    return sorted(Country.objects.filter(is_eu=True), key=lambda country: fold(country.name))


def people_of_organisation(organisation):
    """Current roles held in the organisation, with person and unit, for members' eyes."""
    return (
        PersonRole.objects.filter(organisation=organisation, until__isnull=True)
        .select_related("person", "unit")
        .order_by("person__name")
    )


def people_shown(user, roles) -> tuple[QuerySet | None, int | None]:
    """A body's current ``roles`` as its pages show them to ``user``: the roles, with
    names, to those the people rule lets see people (``network.see_people``), and
    ``None``; to anyone else ``None`` and only how many there are."""
    if user.has_perm("network.see_people"):
        return roles, None
    return None, roles.count()


def people_of_municipality(municipality: Municipality):
    """Current roles held in the municipality, with person and unit, for members' eyes."""
    return (
        PersonRole.objects.filter(municipality=municipality, until__isnull=True)
        .select_related("person", "unit")
        .order_by("person__name")
    )


@dataclass
class UnitNode:
    """A unit with the units under it, for a nested list."""

    unit: Unit
    children: list["UnitNode"] = field(default_factory=list)


def unit_tree(units: Iterable[Unit]) -> list[UnitNode]:
    """The units of one body nested under their parents, each level in the given order.

    A unit whose parent is not among ``units`` (another body's, or missing) is a root, and
    a loop of parents is broken where it closes, so every unit is shown exactly once.
    """
    units = list(units)
    nodes = {unit.pk: UnitNode(unit) for unit in units}
    roots = []

    def in_a_loop(pk) -> bool:
        seen, current = set(), nodes[pk].unit.parent_id
        while current in nodes and current not in seen:
            if current == pk:
                return True
            seen.add(current)
            current = nodes[current].unit.parent_id
        return False

    for unit in units:
        if unit.parent_id in nodes and not in_a_loop(unit.pk):
            nodes[unit.parent_id].children.append(nodes[unit.pk])
        else:
            roots.append(nodes[unit.pk])
    return roots
