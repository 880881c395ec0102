"""Assemble one meeting-report record (the contract of spec/meeting-report.md)."""

from dataclasses import dataclass, field

import regex

from . import (
    attendance,
    common_words,
    dates,
    event,
    evidence,
    ordinals,
    organisation_model,
    organisations,
    people,
    places,
    practices,
    themes,
)
from . import patterns as rx
from .gazetteer import Gazetteer, load_gazetteer
from .kind import event_kind as kind_of
from .reading import ReportError
from .status import event_status as status_of
from .text import AND_ALTERNATIVES, fold, normalise_text, says_word

FIELDS = (
    "source",
    "kind",
    "sequence",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "timezones",
    "online",
    "location",
    "status",
    "organizer",
    "project",
    "municipalities",
    "people",
    "roles",
    "organizations",
    "themes",
    "practices",
)
_MUNI_PREFIX = rx.compile(
    r"^(?:the\s+)?(?:[\p{L}]+\s+)?(?:municipality|city|town|comune|città|"
    r"municipio|ayuntamiento)\s+(?:of|di|de)\s+(?:the\s+)?",
    regex.I,
)


# The kind a report that names no format gets: the commonest among the development reports
# (32 of the 70 third-party ones), so a guess is right most often.
COMMONEST_KIND = "consultation"

_WORDS = rx.compile(r"[\p{L}\p{N}&]+(?:-[\p{L}\p{N}&]+)*")


@dataclass(slots=True)
class Extraction:
    """The record, the fields the extractor is unsure of, and problems that block an import."""

    record: dict
    low_confidence: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    invalid_dates: list[str] = field(default_factory=list)
    # {field: [sentence, ...]}: where each low-confidence field was read
    evidence: dict[str, list[str]] = field(default_factory=dict)


def _surface_index(surfaces: list[str]) -> dict[str, list[str]]:
    """Surfaces by their first character, longest first (as `surfaces` is sorted)."""
    index: dict[str, list[str]] = {}
    for surface in surfaces:
        if surface:
            index.setdefault(surface[0], []).append(surface)
    return index


def _surfaces_in(phrase: str, index: dict[str, list[str]]):
    """The surfaces named in `phrase` as whole words, left to right, the longest at each place.

    What a regex alternation of the surfaces between letter boundaries finds, without
    compiling one per report (which cost more than the rest of this lookup).
    """
    if not index:
        return
    position, length = 0, len(phrase)
    while position < length:
        options = index.get(phrase[position])
        if options and (position == 0 or not phrase[position - 1].isalpha()):
            for surface in options:
                end = position + len(surface)
                if phrase.startswith(surface, position) and (
                    end == length or not phrase[end].isalpha()
                ):
                    yield surface
                    position = end
                    break
            else:
                position += 1
        else:
            position += 1


class _Context:
    def __init__(self, text: str, gaz: Gazetteer):
        self.text = text
        self.gaz = gaz
        self.mentions, self.location = places.resolve_municipalities(text, gaz)
        self.cued = [m for m in self.mentions if m.cued and m.place]
        self.confirmed = {m.place.geonameid: m.place for m in self.cued}
        # authorities the gazetteer lacks or misnames ("Δήμος Παιονίας"), by the name said
        self.unlisted = {
            fold(m.surface): m.place
            for m in self.cued
            if m.authority is not None or m.place.geonameid < 0
        }
        self.surfaces = sorted(
            {m.surface for m in self.cued} | {p.name for p in self.confirmed.values()},
            key=len,
            reverse=True,
        )
        self._surface_index = _surface_index(self.surfaces)
        self.names = places.display_names(self.mentions, gaz, text=text)
        self.acronyms = event.acronyms(text)
        self.known_shorts = {s for s, _k, _l in organisations.KNOWN_BODIES} | set(
            self.acronyms.values()
        )

    def name_of(self, place) -> str:
        return self.names.get(place.geonameid, place.name)

    def municipality_in(self, phrase: str) -> str | None:
        core = _MUNI_PREFIX.sub("", phrase.strip(" ,.;:")).strip()
        place = self.unlisted.get(fold(core)) or self.gaz.lookup(core)
        if place and place.geonameid in self.confirmed:
            return self.name_of(place)
        for surface in _surfaces_in(phrase, self._surface_index):
            found = self.unlisted.get(fold(surface)) or self.gaz.lookup(surface)
            if found and found.geonameid in self.confirmed:
                return self.name_of(found)
        return None

    def resolve_org(self, phrase: str, strict: bool = False) -> str | None:
        phrase = phrase.strip(" ,.;:–-")
        if not phrase:
            return None
        if strict:
            core = _MUNI_PREFIX.sub("", phrase).strip()
            place = self.gaz.lookup(core)
            if place and place.geonameid in self.confirmed:
                return self.name_of(place)
            if place and core == phrase:
                return place.name
            short = organisations.known_short_name(phrase) or self.acronyms.get(phrase)
            if short or phrase in self.known_shorts:
                return short or phrase
            bodies = organisations.organisation_phrases(phrase)
            return bodies[0][1] if bodies and bodies[0][1] == phrase else None
        words = set(_WORDS.findall(phrase))
        for short in sorted(self.known_shorts, key=len, reverse=True):
            if (short in words) if " " not in short else (short in phrase):
                return short
        for long, short in self.acronyms.items():
            if long in phrase:
                return short
        bodies = organisations.organisation_phrases(phrase)
        if bodies:
            name = bodies[0][1]
            return organisations.known_short_name(name) or name
        return self.municipality_in(phrase)

    def subject_at(
        self, position: int, start: int | None = None, end: int | None = None
    ) -> str | None:
        """The municipality a sentence (or failing that its paragraph) is about."""
        text = self.text
        if start is None:
            start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
            end = min(
                (i for i in (text.find(". ", position), text.find("\n", position)) if i >= 0),
                default=len(text),
            )
        demonym = rx.search(
            r"\b(?P<adj>\p{L}+)\s+(?:city|capital|municipality|delegation|representatives|"
            r"città|capitale|comune)\b",
            text[start:end],
            regex.I,
        )
        if demonym and self.gaz.country_code(demonym.group("adj")):
            code = self.gaz.country_code(demonym.group("adj"))
            for place in self.confirmed.values():
                if place.country == code:
                    return self.name_of(place)
        in_sentence = [m for m in self.cued if start <= m.start < end]
        # "Lisbon presented X, while Athens illustrated Y": Y belongs to the nearest
        # municipality before it that is the subject of a presenting verb.
        presenters = [
            m for m in in_sentence if m.end <= position and _PRESENTS.search(text[m.end : position])
        ]
        if presenters:
            return self.name_of(presenters[-1].place)
        if in_sentence:
            return self.name_of(in_sentence[0].place)
        paragraph_start = text.rfind("\n", 0, start) + 1
        in_paragraph = [m for m in self.cued if paragraph_start <= m.start < start]
        if in_paragraph:
            return self.name_of(in_paragraph[0].place)
        return None


# Far beyond what a report needs (a few KB read in milliseconds), and below the 30 s after
# which gunicorn ends a web worker.
DEFAULT_BUDGET_SECONDS = 20.0


def extract_details(
    text: str,
    *,
    source: str,
    gazetteer: Gazetteer | None = None,
    budget_seconds: float | None = DEFAULT_BUDGET_SECONDS,
) -> Extraction:
    """Extract one report; odd text gives problems in the result, never an exception.

    The one exception is time: past `budget_seconds` (None: no limit) the extraction stops
    with a ReportError (code "too_slow") naming the report and the limit, so a web request
    or a batch never hangs on a pathological text.
    """
    gazetteer = gazetteer or load_gazetteer()  # loading it once is not the report's time
    gazetteer.town_index()  # nor is reading the small towns, which a report may look up
    common_words.load()  # nor the word frequencies, which the first one-word town asks for
    try:
        with rx.deadline(budget_seconds):
            return _extract(text, source, gazetteer)
    except TimeoutError as error:
        raise ReportError(
            f"{source}: reading the report took longer than the limit of "
            f"{budget_seconds:g} s; split it into shorter reports",
            code="too_slow",
            name=source,
            seconds=budget_seconds,
        ) from error


# Where a report names its host when no sentence says where it met: the title and the
# opening sentences.
_HOST_LEAD_CHARS = 500


def _said_first(*venues):
    """Of the venues that two readings found, the one the report says first: a later
    one is most often a further stop ("they also visited X") or another meeting."""
    found = [v for v in venues if v is not None and v.place]
    return min(found, key=lambda v: v.start) if found else venues[0]


def _extract(text: str, source: str, gazetteer: Gazetteer) -> Extraction:
    text = normalise_text(text)
    with rx.reading(text):
        return _extract_normalised(text, source, gazetteer)


def _extract_normalised(text: str, source: str, gazetteer: Gazetteer) -> Extraction:
    ctx = _Context(text, gazetteer)
    rx.check_deadline()
    # a project meeting's kind counts its partner authorities, listed or taking part; not
    # those the gazetteer lacks (`unlisted`): found for the municipalities, less sure a count
    counted = {
        m.place.geonameid
        for m in ctx.mentions
        if m.place and (m.partner or m.cued) and m.authority is None
    }
    kind = kind_of(text, authorities=len(counted))
    start_date, end_date, invalid_dates = dates.event_dates(text)
    start_time, end_time, zones = dates.event_times(text)
    said = attendance.event_location(
        text, ctx.mentions, gazetteer.months, meeting_dates=(start_date, end_date)
    )
    placed = ctx.location
    if (
        placed is not None
        and said is not None
        and attendance.dated_otherwise(text, placed, (start_date, end_date))
    ):
        placed = None  # "the first visit took place in X in March 2023": another meeting's
    venue = _said_first(placed, said)
    english = places.looks_english(text)
    location = None
    if venue and venue.place:
        location = ctx.names.get(venue.place.geonameid) or places.display_name(
            venue, gazetteer, english=english
        )
    online = attendance.event_online(
        text, has_location=location is not None, kind=kind, english=english
    )
    if online:
        location = None
    elif (
        location is None
        and (venue := places.most_named(ctx.mentions))
        and venue.start < _HOST_LEAD_CHARS
        and not attendance.sends_a_delegation(text, ctx.mentions, venue)
    ):
        # no sentence says where: a meeting not said to be online is most often held in
        # the participant the report comes back to most (its host), named in the title or
        # the opening; one first named further down is a speaker's city or an aside ("the
        # deputy mayor of X", "the attacks in X"), and the text does not say where
        location = ctx.names.get(venue.place.geonameid) or places.display_name(
            venue, gazetteer, english=english
        )
        online = False  # held somewhere: in person
    blocks = people.list_blocks(text, ctx.resolve_org)
    found_people = people.PeopleFinder(
        text,
        resolve_org=ctx.resolve_org,
        municipality_in=ctx.municipality_in,
        list_blocks=blocks,
        gaz_name=lambda phrase: bool(ctx.gaz.candidates(phrase) or ctx.gaz.country_code(phrase)),
    ).find()
    rx.check_deadline()
    _speaking_for(text, found_people, ctx)
    _body_as_role(found_people)
    places.drop_mentions_in_names(text, ctx.mentions, [p.name for p in found_people])
    municipalities = places.municipalities(ctx.mentions, ctx.names)
    if kind == "study_visit" and location and venue.place.geonameid not in ctx.confirmed:
        # the city a delegation visits is its host, and the host takes part
        municipalities.insert(0, {"name": location, "country": venue.place.country})
    muni_names = {fold(m["name"]) for m in municipalities} | {fold(s) for s in ctx.surfaces}
    extra_orgs = [
        p.organization
        for p in found_people
        if p.organization and fold(p.organization) not in muni_names
    ]
    extra_orgs += [ctx.resolve_org(p.role) for p in found_people if p.role and _body_only(p.role)]
    extra_orgs += [p.role_body for p in found_people if p.role_body and not p.organization]
    led = {
        _body_closing_role(p.role, ctx)
        for p in found_people
        if p.role and not (p.role_body and not p.organization)
    } - {None}
    extra_orgs += sorted(led)
    # a prefect or regional governor taking part brings their office ("Prefettura di X")
    extra_orgs += [
        office
        for office in map(organisations.office_of_role, (p.said_role for p in found_people))
        if not organisations.office_said_otherwise(text, office)
    ]
    # (a field an office holds, "técnico de Cooperación Internacional", is no body)
    fields = {
        body
        for p in found_people
        for body in (p.organization, p.role_body)
        if body and p.role and organisations.a_portfolio(p.role.split(body)[0], body)
    }
    extra_orgs = [o for o in extra_orgs if o and fold(o) not in muni_names and o not in fields]
    orgs = organisations.find_organisations(
        text,
        acronyms=ctx.acronyms,
        municipality_names=muni_names,
        extra=extra_orgs,
        people=frozenset(p.name for p in found_people),
    )
    orgs = _without_city_units(text, orgs, found_people, muni_names, led=led)
    orgs = [o for o in orgs if not _only_places(o["name"], ctx.gaz)]
    rx.check_deadline()
    project = event.event_project(text)
    organizer = event.event_organizer(text, ctx.acronyms)
    core = _MUNI_PREFIX.sub("", organizer or "").strip()
    if organizer and (core != organizer or ctx.gaz.lookup(core)) and ctx.municipality_in(core):
        # "Comune di Torino" organised it: the municipality's name
        organizer = ctx.municipality_in(core)
    listed = {fold(organisations.known_short_name(o["name"]) or o["name"]) for o in orgs}
    if organizer and organisations.international_short(organizer) and fold(organizer) not in listed:
        org_kind = organisations.classify_organisation(organizer)
        orgs.append({"name": organizer, "kind": org_kind})  # the organising body took part
    orgs = organisation_model.choose(
        text,
        orgs,
        acronyms=ctx.acronyms,
        person_orgs={fold(p.organization) for p in found_people if p.organization},
        municipality_names=muni_names,
        is_place=lambda name: ctx.gaz.lookup(name) is not None,
        person_names=frozenset(p.name for p in found_people),
    )
    # a programme named after one of the towns ("Open Valdoro", "Plan Valdoro Welcomes") is that
    # town's practice even when the text calls it a project
    own = project and any(word in muni_names for word in fold(project).split())
    exclude = {fold(o["name"]) for o in orgs} | {"" if own else fold(project or "")} | muni_names
    found_practices = practices.find_practices(
        text,
        subject_at=ctx.subject_at,
        exclude=exclude,
        towns=frozenset(muni_names),
        host=location,
    )
    rx.check_deadline()
    roles = people.unnamed_roles(text, found_people, ctx.subject_at)
    role_texts = tuple(p.said_role for p in found_people if p.said_role) + tuple(
        text[a:b] for a, b, _ in blocks
    )
    record = {
        "source": source,
        "kind": kind or COMMONEST_KIND,
        "sequence": ordinals.event_sequence(text),
        "start_date": start_date,
        "end_date": end_date,
        "start_time": start_time,
        "end_time": end_time,
        "timezones": zones,
        "online": online,
        "location": location,
        "status": status_of(text),
        "organizer": organizer,
        "project": project,
        "municipalities": municipalities,
        # the body a person's role names, unless their clause speaks for a town outright
        "people": [
            {"name": p.name, "role": p.role, "organization": p.role_body or p.organization}
            for p in found_people
        ],
        "roles": roles,
        "organizations": orgs,
        # people's roles and the names of bodies and of the project say who came and under
        # which banner, not what was discussed
        "themes": themes.classify_themes(
            text, exclude=(*role_texts, *(o["name"] for o in orgs), project or "")
        ),
        "practices": found_practices,
    }
    low = _low_confidence(record, ctx)
    if kind is None:
        low.insert(0, "kind")
    found = evidence.evidence_for(
        low, text=text, record=record, mentions=ctx.cued, people=found_people
    )
    return Extraction(record, low, _problems(record, invalid_dates), invalid_dates, found)


# "Per Venezia è intervenuta la dott.ssa Zanon ...; per Danzica il sig. Kowalski ...".
_SPEAKING_FOR = rx.compile(
    r"(?:^|[\s(])(?:per|for|from|da|on behalf of|a nome del(?:la)?|in rappresentanza di)\s+"
    r"(?P<place>(?:the\s+|il\s+|la\s+)?(?:(?:city|municipality|comune|città)\s+(?:of|di)\s+)?"
    r"\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)",
    regex.I,
)


_ITEM_HEAD = rx.compile(r"\s*(?:[-*•·–]\s*)?(?P<head>[^:\n]{2,40}):")


def _speaking_for(text: str, found_people, ctx: "_Context") -> None:
    """A person without an organisation speaks for the municipality their clause names."""
    for person in found_people:
        if person.organization:
            continue
        line_start = text.rfind("\n", 0, person.start) + 1
        head = _ITEM_HEAD.match(text, line_start, person.start)
        if head and (city := ctx.municipality_in(head.group("head"))):
            person.organization = city  # "- Genova: dott.ssa Silvia Parodi, ..."
            person.role_body = None  # said outright: before the body the role names
            continue
        left = text[max(0, person.start - 120) : person.start]
        clause = left[
            max(left.rfind(". "), left.rfind("\n"), left.rfind(";"), left.rfind(":")) + 1 :
        ]
        for m in _SPEAKING_FOR.finditer(clause):
            city = ctx.municipality_in(m.group("place"))
            if city:
                person.organization, person.role_body = city, None


# "Ms Laura Janssens, VDAB (Flemish Public Employment Service)": a body, not a role.
_ACRONYM_ROLE = rx.compile(r"^(?P<acr>\p{Lu}[\p{Lu}\p{N}&\-]{1,11})(?:\s*\([^()]{3,120}\))?$")


def _body_as_role(found_people) -> None:
    for person in found_people:
        m = _ACRONYM_ROLE.match(person.role or "")
        if m and person.organization is None:
            person.role, person.organization = None, m.group("acr")
            person.role_body = None
            person.said_role = None


_PRESENTS = rx.compile(
    r"^[^.;:\n]{0,80}?\b(?:presented|presents|illustrated|illustrates|showed|shows|"
    r"showcased|described|introduced|outlined|shared|ha presentato|hanno presentato|"
    r"ha illustrato|hanno illustrato|ha descritto|ha mostrato|ha condiviso|presenta|illustra)\b",
    regex.I,
)


# A body without a head noun that a role ends on: after the title of the one who leads it
# ("secretary general of Eurodiaconia", "presidente di Cittalia"), an acronym after any
# title ("Presidente UPI") or before a title's compound ("DFB-Integrationsbeauftragte").
_LEADER_OF = rx.compile(
    r"(?<![\p{L}])(?i:secretary[- ]general|general secretary|president|vice[- ]president|chair|"
    r"chairman|chairwoman|chairperson|founder|co-founder|ceo|director[- ]general|"
    r"executive director|managing director|presidente|vicepresidente|segretari[oa] generale|"
    r"president[ae]|secretari[oa] general|präsident(?:in)?|geschäftsführer(?:in)?|prezes|"
    r"prezydent|președinte(?:le)?|preşedinte(?:le)?)"
    r"\s+(?:of|of the|at|at the|di|del|della|de|de la|del|der|des|von|al|a)\s+"
    r"(?P<body>\p{Lu}[\p{Ll}\p{M}]{3,}|\p{Lu}[\p{Lu}\p{N}&\-]{2,9})$"
)
_ACRONYM_AFTER_TITLE = rx.compile(
    rf"(?<![\p{{L}}])(?i:{people.ROLE_HEADS})\s+(?P<body>\p{{Lu}}[\p{{Lu}}\p{{N}}&\-]{{2,9}})$"
)
_ACRONYM_COMPOUND = rx.compile(r"^(?P<body>\p{Lu}{3,8})-(?P<title>\p{Lu}\p{Ll}+)$")


# What `_ACRONYM_AFTER_TITLE` ends with: a role without it is read without trying every role
# head at every place (a twentieth of a millisecond a role).
_ACRONYM_AT_THE_END = rx.compile(r"\s\p{Lu}[\p{Lu}\p{N}&\-]{2,9}$")


def _body_closing_role(role: str, ctx: "_Context") -> str | None:
    m = _LEADER_OF.search(role) or (
        _ACRONYM_AT_THE_END.search(role) and _ACRONYM_AFTER_TITLE.search(role)
    )
    if m is None:
        m = _ACRONYM_COMPOUND.match(role)
        if m is None or not people.says_role_head(m.group("title")):
            return None
    body = m.group("body")
    if (
        ctx.gaz.lookup(body) is not None
        or ctx.gaz.country_code(body)
        or ctx.municipality_in(body)
        or (not body.isupper() and says_word(ctx.text, body.lower()))
    ):
        return None  # a place, or a plain word said in lower case elsewhere
    return body


def _body_only(role: str) -> bool:
    """A "role" that is just an outside body's name ("European Solidarity Centre")."""
    if people.says_role_head(role) or not _OUTSIDE_BODY.search(role):
        return False
    return bool(organisations.organisation_phrases(role))


def _without_city_units(
    text: str, orgs: list[dict], found_people, muni_names: set[str], led: frozenset = frozenset()
) -> list[dict]:
    """Drop "bodies" named only as the unit a municipal officer works in (not a body a
    mayor also leads: "sindaco di X e Presidente UPI")."""
    city_roles = [p.role for p in found_people if p.role and fold(p.organization) in muni_names]
    kept = []
    for org in orgs:
        name = org["name"]
        inside = sum(role.count(name) for role in city_roles)
        outside = _OUTSIDE_BODY.search(name) or organisations.branch_of(name)
        if inside and inside >= text.count(name) and not outside and name not in led:
            continue
        kept.append(org)
    return kept


_PLACE_LIST = rx.compile(rf"\s*(?:,|\s(?:{AND_ALTERNATIVES}|&)\s)\s*")


def _only_places(name: str, gaz: Gazetteer) -> bool:
    """ "Strasbourg", "Reino Unido", "Mannheim and Stuttgart": places, not bodies (a city
    taking part is a municipality; a well-known body or an acronym is kept)."""
    if name.isupper() or organisations.known_short_name(name):
        return False
    return all(
        gaz.lookup(part) or gaz.country_code(part) for part in _PLACE_LIST.split(name) if part
    )


# A participant list names the city's own units; only these are outside bodies.
_OUTSIDE_BODY = rx.compile(
    r"^(?:European|International|National|Regional|State|Federal)\b|"
    r"\b(?:University|Università|Foundation|Fondazione|Association|Associazione|Ministry|Ministero|"
    r"Caritas|Red Cross|Croce Rossa|Institute|Istituto)\b"
)


def _low_confidence(record: dict, ctx: _Context) -> list[str]:
    low = []
    if record["start_date"] is None or record["start_date"].startswith("--"):
        low.append("start_date")
    if not record["municipalities"] or any(m.place and not m.candidates for m in ctx.cued):
        low.append("municipalities")
    if record["online"] is None:
        low.append("online")
    if any(p["role"] is None or p["organization"] is None for p in record["people"]):
        low.append("people")
    if not record["themes"]:
        low.append("themes")
    if record["organizer"] is None:
        low.append("organizer")
    return low


def _problems(record: dict, invalid_dates: list[str]) -> list[str]:
    problems = [f"the date “{d}” does not exist" for d in invalid_dates]
    if not record["municipalities"]:
        problems.append("the report names no municipality")
    return problems
