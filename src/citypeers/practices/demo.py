"""The practices that the programme's meeting reports name, as structured data.

Bari and Kraków presented these at their peer exchange of 8 March 2021. Descriptions
are ours, written from the facts the report gives (what each service is and for whom),
not its sentences. Loading twice changes nothing: practices are keyed ``demo-...`` and never rewritten.
"""

import datetime as dt

from django.db import transaction

from citypeers.events.models import Event
from citypeers.network.demo import demo_municipality
from citypeers.network.models import Organisation
from citypeers.practices import services
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice

BARI = ("Bari", "IT")
KRAKOW = ("Kraków", "PL")

# key, municipality, language, name, English name, themes, target groups, summary, description
PRACTICES = [
    (
        "demo-bari-first-reception",
        BARI,
        "it",
        "Servizio di prima accoglienza",
        "First-reception service",
        ["reception", "housing"],
        ["newcomers", "refugees"],
        "The city's service for people who have just arrived with nowhere to go: a place to "
        "sleep, meals and a first conversation about what they need.",
        "<p>Bari has a long history of welcoming people: in August 1991 some twenty thousand "
        "Albanians landed in the city in a single day. The first-reception service is the "
        "door through which newcomers reach the rest of the municipal offer.</p>",
    ),
    (
        "demo-bari-referral-centres",
        BARI,
        "it",
        "Centri di orientamento multilingue",
        "Multilanguage referral centres",
        ["reception", "language"],
        ["newcomers"],
        "Desks where migrants are told, in a language they understand, which public service "
        "answers their question and how to reach it.",
        "<p>Part of the city's reception and integration services, alongside housing "
        "facilities and support for the education, health and legal needs of migrant "
        "minors.</p>",
    ),
    (
        "demo-bari-porta-futuro",
        BARI,
        "it",
        "Porta Futuro",
        "Porta Futuro",
        ["employment", "education"],
        ["young_people", "newcomers", "employers"],
        "A municipal job-matching centre: guidance, skills assessment and contacts with "
        "employers, open to migrants as to every resident looking for work.",
        "<p>Presented by Bari as its main tool for the labour-market integration of migrants.</p>",
    ),
    (
        "demo-bari-families-without-borders",
        BARI,
        "it",
        "Famiglie Senza Confini",
        "Families Without Borders",
        ["children_families", "reception"],
        ["unaccompanied_minors", "young_people", "families"],
        "Local families take young migrants, minors or just of age, into temporary foster "
        "care, backed by the city's social services.",
        "<p>The project relies on Italian families opening their homes, so that young people "
        "who arrived alone grow up in a family rather than in a facility.</p>",
    ),
    (
        "demo-bari-house-of-cultures",
        BARI,
        "it",
        "Casa delle Culture",
        "House of Cultures",
        ["intercultural", "housing", "reception"],
        ["newcomers", "refugees", "host_community"],
        "A mixed-use centre: housing and referral services for migrants, and cultural "
        "activities open to the whole community.",
        "<p>Living space and a meeting place in one building, so that those who are housed "
        "there and their neighbours take part in the same activities.</p>",
    ),
    (
        "demo-krakow-multicultural-centre",
        KRAKOW,
        "pl",
        "Centrum Wielokulturowe",
        "Multicultural centre",
        ["intercultural", "inclusion"],
        ["newcomers", "host_community"],
        "The city's multicultural centre, with an interdisciplinary team that supports "
        "foreign residents and brings them together with the people of Kraków.",
        "<p>Most foreign residents of Kraków come from Ukraine or from other EU countries, "
        "many drawn by the city's technology sector.</p>",
    ),
    (
        "demo-krakow-multicultural-ambassadors",
        KRAKOW,
        "pl",
        "Ambasadorzy Wielokulturowości",
        "Multicultural ambassadors",
        ["intercultural", "communication", "inclusion"],
        ["newcomers", "host_community"],
        "People appointed by the city as ambassadors of its multicultural communities, who "
        "carry information both ways between the communities and the municipality.",
        "",
    ),
    (
        "demo-krakow-journalists",
        KRAKOW,
        "en",
        "Training course for local journalists",
        "",
        ["communication", "anti_discrimination"],
        ["professionals"],
        "A course for local journalists on reporting about migration, part of the city's "
        "work with the media and local influencers against racism.",
        "<p>It also aims to make the municipality's integration initiatives better known.</p>",
    ),
    (
        "demo-krakow-small-grants",
        KRAKOW,
        "en",
        "Small grants for local NGOs",
        "",
        ["civil_society", "inclusion"],
        ["newcomers", "host_community"],
        "Small grants from the city to local non-governmental organisations for projects "
        "that promote the inclusion of foreign residents.",
        "",
    ),
    (
        "demo-krakow-mural",
        KRAKOW,
        "en",
        "MURAL",
        "Mutual Understanding, Respect and Learning",
        ["intercultural", "education"],
        ["professionals", "host_community"],
        "MURAL (Mutual Understanding, Respect and Learning): a training on living together "
        "with respect in a city of many origins.",
        "",
    ),
]
PARTNERS = {"demo-krakow-mural": ["Krakow University of Economics"]}


# Every demo practice was shown by its city at the online exchange of this day.
PRESENTED_ON = dt.date(2021, 3, 8)


def _link_to_exchange(practice: Practice) -> None:
    """Record the demo exchange where the practice's city presented it, if it is loaded."""
    events = Event.objects.filter(
        participants__municipality=practice.municipality,
        # Whole-day events start at local midnight, which is the day before in UTC.
        starts_at__date__range=(PRESENTED_ON - dt.timedelta(days=1), PRESENTED_ON),
    )
    practice.presented_at.add(*events)


@transaction.atomic
def load_demo_data() -> None:
    for key, (city, country), language, name, name_en, themes, groups, summary, text in PRACTICES:
        existing = Practice.objects.filter(key=key).first()
        if existing is not None:
            _link_to_exchange(existing)
            continue
        municipality = demo_municipality(city, country)
        fields = {
            "name": name,
            "name_en": name_en,
            "language": language,
            "municipality": municipality,
            "themes": themes,
            "target_groups": groups,
            "summary": summary,
            "description": text,
            "status": PracticeStatus.PUBLISHED,
            "partners": list(Organisation.objects.filter(name__in=PARTNERS.get(key, []))),
        }
        _link_to_exchange(services.create_practice(key=key, **fields))
