"""The five meetings of the seed reports, as structured data written in our own words.

Dates and times are the ones the reports give, in the zone they imply. Two reports name no
year, and their events say so (``year_inferred``): the 7th exchange (Madrid–Thessaloniki,
18 February) comes before the 8th of 8 March 2021, so 2021; the programme held the Milan
mid-term consultation (8-9 October) in 2019. Loading twice changes nothing: events are
found by series number, else by kind and start or title, and every part is written with
update_or_create (a session whose day moved is written again).
"""

import datetime as dt

from django.db import transaction

from citypeers.events import services
from citypeers.events.enums import (
    EventFormat,
    EventKind,
    EventStatus,
    ParticipantRole,
    PersonEventRole,
    SessionKind,
)
from citypeers.events.models import Event, EventParticipant, EventSeries, EventSession
from citypeers.events.timezones import local_to_utc
from citypeers.network import services as network_services
from citypeers.network.demo import demo_municipality, demo_organisation
from citypeers.network.models import Organisation, Programme, Unit

# The series' name in each site language, with the gender its ordinal agrees with.
SERIES_NAMES = {
    "en": ("online peer-to-peer exchange", "m"),
    "it": ("scambio online tra pari", "m"),
    "es": ("intercambio en línea entre pares", "m"),
    "el": ("διαδικτυακή ανταλλαγή μεταξύ ομοτίμων", "f"),
    "pl": ("wymiana partnerska online", "f"),
    "ro": ("schimb online între egali", "n"),
    "de": ("Online-Peer-to-Peer-Austausch", "m"),
    "mt": ("skambju online bejn il-pari", "m"),
}
SERIES = {
    **{f"name_{code}": name for code, (name, _gender) in SERIES_NAMES.items()},
    **{f"gender_{code}": gender for code, (_name, gender) in SERIES_NAMES.items()},
    "name": SERIES_NAMES["en"][0],
    "kind": EventKind.PEER_EXCHANGE,
}

# Each meeting: when (local wall time and zone; None times = only the date is known),
# who, themes, what each side presented, and a short report of our own.
MEETINGS = [
    {
        "ordinal": 7,
        "kind": EventKind.PEER_EXCHANGE,
        "format": EventFormat.ONLINE,
        "day": dt.date(2021, 2, 18),
        "end_day": None,
        "year_inferred": True,
        "times": None,
        "zone": "Europe/Madrid",
        "municipalities": [("Madrid", "ES"), ("Thessaloniki", "GR")],
        "organisations": [("IOM", ParticipantRole.ORGANISER)],
        "themes": [
            "reception",
            "inclusion",
            "intercultural",
            "crisis_response",
            "health",
            "governance",
            "data",
        ],  # fmt: skip
        "presentations": {
            "Madrid": [
                (
                    "Challenges and objectives of the city",
                    "",
                    "Reception, participation, "
                    "inclusion and peaceful coexistence; services for every resident whatever "
                    "their nationality or legal status.",
                ),
                (
                    "Response to the pandemic",
                    "",
                    "Measures taken to soften the effect of COVID-19 on migrant residents.",
                ),
                (
                    "Figures, resources and funding",
                    "",
                    "Socio-demographic data, the "
                    "resources available, who they serve and how they are funded.",
                ),
            ],
            "Thessaloniki": [
                (
                    "Integration of third-country nationals",
                    "",
                    "The city's commitment to "
                    "social cohesion and local development, and its cooperation at local, "
                    "national and international level.",
                ),
                (
                    "Services of the social protection directorate",
                    "",
                    "Integration agenda and the city's part in reception accommodation programmes.",
                ),
                (
                    "Remote services during the pandemic",
                    "",
                    "All services moved online, with public-health prevention measures.",
                ),
            ],
        },
        "people": [],
        "report": (
            "<p>Online exchange, opened and moderated by IOM. Thessaloniki took part with "
            "its deputy mayor for migration policy and its director for social protection "
            "and public health; Madrid with its social inclusion director and the head of "
            "its immigration and refugee department.</p>"
            "<p>Both cities described their services, their figures and the effect of the "
            "pandemic, found many common challenges and agreed to keep exchanging so as to "
            "adapt each other's practices.</p>"
        ),
        "challenges": "Reception and inclusion under the pandemic; organising and funding "
        "services for all residents.",
    },
    {
        "ordinal": 8,
        "kind": EventKind.PEER_EXCHANGE,
        "format": EventFormat.ONLINE,
        "day": dt.date(2021, 3, 8),
        "end_day": None,
        "times": None,
        "zone": "Europe/Rome",
        "municipalities": [("Bari", "IT"), ("Kraków", "PL")],
        "organisations": [
            ("IOM", ParticipantRole.ORGANISER),
            ("Krakow University of Economics", ParticipantRole.PARTICIPANT),
        ],
        "themes": [
            "reception",
            "housing",
            "education",
            "health",
            "legal",
            "employment",
            "children_families",
            "intercultural",
            "anti_discrimination",
            "civil_society",
            "communication",
            "inclusion",
        ],  # fmt: skip
        "presentations": {
            "Bari": [
                ("First-reception service", "", ""),
                ("Multilingual referral centres", "", ""),
                ("Porta Futuro job-matching centre", "Porta Futuro", ""),
                (
                    "Families Without Borders",
                    "Famiglie Senza Confini",
                    "Italian families fostering young migrants for a time.",
                ),
                (
                    "House of Cultures",
                    "Casa delle Culture",
                    "Housing and referral for migrants, cultural activities open to everyone.",
                ),
            ],
            "Kraków": [
                ("Multicultural centre", "", "A municipal centre with an interdisciplinary team."),
                ("Multicultural ambassadors", "", ""),
                (
                    "Course for local journalists",
                    "",
                    "Training, together with local influencers, against racism.",
                ),
                ("Small grants for local NGOs", "", ""),
                ("MURAL training", "MURAL", "Mutual Understanding, Respect and Learning."),
            ],
        },
        "people": [],
        "report": (
            "<p>Online exchange moderated by IOM between the social inclusion and social "
            "policy divisions of Bari and Kraków (directors, deputy directors, social "
            "workers and experts).</p>"
            "<p>Bari recalled its long experience of receiving newcomers and walked "
            "through its reception and integration services; Kraków described who its "
            "foreign residents are and how it involves the community, including its work "
            "with a local university. Both sides wish to continue the exchange.</p>"
        ),
        "challenges": "Keeping services open to newcomers after the pandemic; involving "
        "the wider community.",
    },
    {
        "ordinal": 9,
        "kind": EventKind.PEER_EXCHANGE,
        "format": EventFormat.ONLINE,
        "day": dt.date(2021, 3, 31),
        "end_day": None,
        "times": (dt.time(14, 30), dt.time(16, 30)),
        "zone": "Europe/Rome",
        "municipalities": [("Gdańsk", "PL"), ("Venice", "IT")],
        "organisations": [
            ("IOM", ParticipantRole.ORGANISER),
            ("European Solidarity Centre", ParticipantRole.PARTICIPANT),
        ],
        "themes": ["housing"],
        "presentations": {},
        "people": [
            ("Luciano Marini", "Venice", "Director", "Social Cohesion Agency"),
            (
                "Alberto Favaretto",
                "Venice",
                "Head of service",
                "Social Prompt Intervention, Inclusion and Mediation Service",
            ),
            (
                "Alessandra Bastasin",
                "Venice",
                "",
                "Social Prompt Intervention, Inclusion and Mediation Service",
            ),
            (
                "Ntambwe Laurent Luboya",
                "Venice",
                "",
                "Social Prompt Intervention, Inclusion and Mediation Service",
            ),
            (
                "Michela Boscolo Fiore",
                "Venice",
                "",
                "Social Prompt Intervention, Inclusion and Mediation Service",
            ),
            (
                "Susanna Tonetto",
                "Venice",
                "",
                "Social Prompt Intervention, Inclusion and Mediation Service",
            ),
            ("Maria Maślak", "Gdańsk", "Deputy Director", "Social Programmes Department"),
            (
                "Joanna Krupadziorow",
                "Gdańsk",
                "Municipal specialist on migration and integration",
                None,
            ),
            ("Karolina Stubińska", "Gdańsk", "Head", "Centre for Migrants Support"),
            ("Bartosz Rief", "European Solidarity Centre", "", None),
            ("Małgorzata Sulińska", "Gdańsk", "Social housing", None),
            ("Elżbieta Krzykowska", "Gdańsk", "Integration", None),
            ("Marcin Męczykowski", "Gdańsk", "Deputy Director", "Social Assistance Centre"),
            ("Magdalena Malczewska", "Gdańsk", "", "Social Assistance Centre"),
        ],  # fmt: skip
        "report": (
            "<p>Online exchange moderated by IOM between the social cohesion side of Venice "
            "and the social programmes side of Gdańsk, each with a large delegation.</p>"
            "<p>Many integration topics came up; the main one was how vulnerable migrants "
            "can find housing. The two cities mean to keep learning from each other.</p>"
        ),
        "challenges": "Access to housing for vulnerable migrants.",
    },
    {
        "ordinal": None,
        "kind": EventKind.CONSULTATION,
        "format": EventFormat.IN_PERSON,
        "title": "ADMin4ALL Mid-Term Regional Consultation",
        "title_it": "Consultazione regionale di metà percorso ADMin4ALL",
        "day": dt.date(2019, 10, 8),
        "end_day": dt.date(2019, 10, 9),
        "year_inferred": True,
        "times": None,
        "zone": "Europe/Rome",
        "venue": ("Milan", "IT"),
        "municipalities": [("Milan", "IT"), ("Barcelona", "ES"), ("Madrid", "ES")],
        "organisations": [
            ("IOM", ParticipantRole.ORGANISER),
            ("Migration Policy Institute Europe", ParticipantRole.PARTICIPANT),
            ("European Commission", ParticipantRole.FUNDER),
            ("Ministry for European Affairs and Equality", ParticipantRole.PARTICIPANT),
            ("Ministry of Labour and Social Policies", ParticipantRole.PARTICIPANT),
            ("Ministry of Internal Affairs", ParticipantRole.PARTICIPANT),
        ],
        "themes": ["governance", "civil_society", "housing", "employment", "education"],
        "presentations": {
            "Migration Policy Institute Europe": [
                (
                    "Local governance of social services for migrants",
                    "",
                    "Models from the project's research partner.",
                ),
                ("Social innovation with civil society and business", "", ""),
            ],
        },
        "sessions": [
            (SessionKind.OPENING, "Opening", 0, [], [("Laurence Hart", PersonEventRole.SPEAKER)]),
            (
                SessionKind.PANEL,
                "Managing social services for migrant integration in cities",
                0,
                ["governance"],
                [
                    ("Rabaiotti", PersonEventRole.SPEAKER),
                    ("Sanahuja Vélez", PersonEventRole.SPEAKER),
                    ("Gonzalo López", PersonEventRole.SPEAKER),
                ],
            ),
            (
                SessionKind.PANEL,
                "Coordinating national and local authorities",
                0,
                ["governance"],
                [
                    ("Tortell", PersonEventRole.SPEAKER),
                    ("Di Dio", PersonEventRole.SPEAKER),
                    ("Riziou", PersonEventRole.SPEAKER),
                ],
            ),
            (SessionKind.WORKSHOP, "Access to housing", 1, ["housing"], []),
            (SessionKind.WORKSHOP, "Local labour markets", 1, ["employment"], []),
            (SessionKind.WORKSHOP, "The education system", 1, ["education"], []),
            (SessionKind.CLOSING, "Closing", 1, [], [("van Gessel", PersonEventRole.SPEAKER)]),
        ],  # fmt: skip
        "people": [],
        "report": (
            "<p>Two days in Milan with more than thirty European municipalities, national "
            "ministries of the seven programme countries, EU institutions and researchers, "
            "organised by IOM.</p>"
            "<p>Two high-level panels discussed how cities run social services for "
            "migrants and how national and local authorities coordinate; three workshops "
            "compared local situations on housing, work and schooling.</p>"
        ),
        "challenges": "Access to housing, to the labour market and to education for "
        "third-country nationals.",
    },
    {
        "ordinal": None,
        "kind": EventKind.PEER_EXCHANGE,
        "format": EventFormat.ONLINE,
        "day": dt.date(2020, 12, 3),
        "end_day": None,
        "times": (dt.time(10, 0), dt.time(12, 0)),
        "zone": "Europe/Rome",
        "municipalities": [("Florence", "IT"), ("Cluj-Napoca", "RO")],
        "organisations": [
            ("IOM", ParticipantRole.ORGANISER),
            ("Local Immigration Office of Cluj", ParticipantRole.PARTICIPANT),
        ],
        "themes": ["reception", "housing", "inclusion"],
        "presentations": {
            "Florence": [
                (
                    "Migration trends in Florence",
                    "",
                    "Romanians are the largest foreign community.",
                ),
                ("Services for marginality and immigration", "", ""),
            ],
            "Cluj-Napoca": [
                ("Services for migrant integration and social inclusion", "", ""),
            ],
        },
        "people": [],
        "report": (
            "<p>Online meeting organised by IOM between Florence (the marginality and "
            "immigration team of its social services) and Cluj-Napoca (its social and "
            "medical assistance directorate, joined by the local immigration office).</p>"
            "<p>After presenting their services, the two cities discussed shared "
            "challenges, housing first of all, and agreed to keep in touch.</p>"
        ),
        "challenges": "Access to housing for migrants and refugees.",
    },
]


def _span(meeting: dict) -> tuple[dt.datetime, dt.datetime]:
    zone, day = meeting["zone"], meeting["day"]
    last = meeting["end_day"] or day
    if meeting["times"] is None:  # whole days: midnight to midnight after the last day
        return (
            local_to_utc(dt.datetime.combine(day, dt.time()), zone),
            local_to_utc(dt.datetime.combine(last + dt.timedelta(days=1), dt.time()), zone),
        )
    start, end = meeting["times"]
    return (
        local_to_utc(dt.datetime.combine(day, start), zone),
        local_to_utc(dt.datetime.combine(last, end), zone),
    )


def _event(meeting: dict, series: EventSeries, programme: Programme | None) -> Event:
    starts_at, ends_at = _span(meeting)
    arguments = {
        "kind": meeting["kind"],
        "format": meeting["format"],
        "title": meeting.get("title", ""),
        "title_it": meeting.get("title_it", ""),
        "programme": programme,
        "series": series if meeting["ordinal"] else None,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "has_times": meeting["times"] is not None,
        "year_inferred": meeting.get("year_inferred", False),
        "venue": demo_municipality(*meeting["venue"]) if meeting.get("venue") else None,
    }
    bodies = {
        "municipalities": [demo_municipality(*m) for m in meeting["municipalities"]],
        "organisations": [demo_organisation(name) for name, _role in meeting["organisations"]],
        "themes": meeting["themes"],
    }
    if meeting["ordinal"]:
        event = Event.objects.filter(series=series, ordinal=meeting["ordinal"]).first()
    else:
        event = Event.objects.filter(kind=meeting["kind"], starts_at=starts_at).first()
        if event is None and meeting.get("title"):  # loaded before on another date
            event = Event.objects.filter(kind=meeting["kind"], title=meeting["title"]).first()
    if event is None:
        return services.create_event(ordinal=meeting["ordinal"], **arguments, **bodies)
    return services.update_event(event=event, **arguments, **bodies)


def _participants(event: Event, meeting: dict) -> dict[str, EventParticipant]:
    by_name = {}
    for participant in event.participants.select_related("municipality", "organisation"):
        body = participant.body
        by_name[body.name] = participant
        if isinstance(body, Organisation) and body.short_name:
            by_name[body.short_name] = participant
    for name, country in meeting["municipalities"]:
        pk = demo_municipality(name, country).pk
        by_name[name] = next(p for p in by_name.values() if p.municipality_id == pk)
    for name, role in meeting["organisations"]:
        participant = by_name[name]
        if participant.role != role:
            participant.role = role
            participant.save(update_fields=["role"])
    return by_name


def _person_entry(event, parties, name, role, *, title="", unit=None, session=None, body=None):
    person, _role = network_services.ensure_person(name=name)
    participant = parties.get(body) if body else None
    if participant is None:
        known = person.roles.select_related("municipality", "organisation").first()
        if known is not None:
            participant = next((p for p in parties.values() if p.body == known.body), None)
            title = title or known.title
            unit = unit or known.unit
    if unit is not None and participant is not None and unit.body != participant.body:
        unit = None
    services.add_person(
        event=event, person=person, role=role, title=title, unit=unit,
        participant=participant, session=session,
    )  # fmt: skip


def _sessions(event: Event, meeting: dict, parties: dict) -> None:
    for kind, title, day_index, themes, speakers in meeting.get("sessions", []):
        day = meeting["day"] + dt.timedelta(days=day_index)
        start = local_to_utc(dt.datetime.combine(day, dt.time()), meeting["zone"])
        end = local_to_utc(
            dt.datetime.combine(day + dt.timedelta(days=1), dt.time()), meeting["zone"]
        )
        session = EventSession.objects.filter(event=event, title_en=title).first()
        if session is not None and (session.starts_at, session.ends_at) != (start, end):
            services.remove_part(part=session)  # its day moved with the event's
            session = None
        if session is None:
            session = services.add_session(
                event=event, title=title, kind=kind, starts_at=start, ends_at=end, themes=themes
            )
        for name, role in speakers:
            _person_entry(event, parties, name, role, session=session)


@transaction.atomic
def load_demo_data() -> None:
    """Create or refresh the five seed meetings (needs the network demo loaded first)."""
    programme = Programme.objects.filter(short_name="ADMin4ALL").first()
    series, _created = EventSeries.objects.update_or_create(
        name_en=SERIES["name_en"], defaults={**SERIES, "programme": programme}
    )
    for meeting in MEETINGS:
        event = _event(meeting, series, programme)
        parties = _participants(event, meeting)
        for body, items in meeting["presentations"].items():
            for title, original, description in items:
                services.add_presentation(
                    event=event,
                    participant=parties[body],
                    title=title,
                    original_title=original,
                    description=description,
                )
        for name, body, title, unit_name in meeting["people"]:
            unit = Unit.objects.filter(name=unit_name).first() if unit_name else None
            _person_entry(
                event, parties, name, PersonEventRole.DELEGATE, title=title, unit=unit, body=body
            )
        _sessions(event, meeting, parties)
        if event.status != EventStatus.CONCLUDED or event.report != meeting["report"]:
            services.conclude_event(
                event=event, report=meeting["report"], common_challenges=meeting["challenges"]
            )
