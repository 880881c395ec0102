"""The network that the programme's meeting reports describe, as structured data.

Facts only (who took part, in which role, which unit), in our own words. Loading twice
changes nothing: every row is found by its natural key first.
"""

import datetime as dt

from django.db import transaction

from citypeers.network.enums import OrganisationKind, UnitKind
from citypeers.network.models import (
    Country,
    Enrolment,
    Municipality,
    Organisation,
    OriginCommunity,
    Person,
    PersonRole,
    Programme,
    Unit,
)
from citypeers.network.selectors import municipality_by_name
from citypeers.network.services import profile_of

# As first written (the English columns).
PROGRAMME = {
    "name_en": "ADMin4ALL – Supporting Social Inclusion of Vulnerable Migrants in Europe",
    "short_name_en": "ADMin4ALL",
    "funder_en": "European Commission, DG Employment, Social Affairs and Inclusion",
    "starts_on": dt.date(2019, 1, 1),
    "ends_on": dt.date(2021, 12, 31),
}

# (name in the directory, country) of the municipalities met in the exchanges.
MEMBER_MUNICIPALITIES = [
    ("Madrid", "ES"),
    ("Barcelona", "ES"),
    ("Thessaloniki", "GR"),
    ("Bari", "IT"),
    ("Florence", "IT"),
    ("Milan", "IT"),
    ("Venice", "IT"),
    ("Kraków", "PL"),
    ("Gdańsk", "PL"),
    ("Cluj-Napoca", "RO"),
]

# name, short name, kind, country
ORGANISATIONS = [
    ("International Organization for Migration", "IOM", OrganisationKind.INTERNATIONAL, None),
    ("European Commission", "", OrganisationKind.EU_INSTITUTION, None),
    ("Migration Policy Institute Europe", "MPI Europe", OrganisationKind.ACADEMIA, "BE"),
    ("Krakow University of Economics", "", OrganisationKind.ACADEMIA, "PL"),
    ("European Solidarity Centre", "", OrganisationKind.CIVIL_SOCIETY, "PL"),
    ("Ministry for European Affairs and Equality", "", OrganisationKind.NATIONAL_AUTHORITY, "MT"),
    ("Ministry of Labour and Social Policies", "", OrganisationKind.NATIONAL_AUTHORITY, "IT"),
    ("Ministry of Internal Affairs", "", OrganisationKind.NATIONAL_AUTHORITY, "RO"),
    ("Local Immigration Office of Cluj", "", OrganisationKind.NATIONAL_AUTHORITY, "RO"),
]

# The organisations' names in the network's other languages, where they are well known:
# English name -> {language: (name, short name)}; a language left out shows the English.
ORGANISATION_NAMES = {
    "International Organization for Migration": {
        "it": ("Organizzazione Internazionale per le Migrazioni", "OIM"),
        "es": ("Organización Internacional para las Migraciones", "OIM"),
        "el": ("Διεθνής Οργανισμός Μετανάστευσης", "ΔΟΜ"),
        "pl": ("Międzynarodowa Organizacja do Spraw Migracji", "IOM"),
        "ro": ("Organizația Internațională pentru Migrație", "OIM"),
        "de": ("Internationale Organisation für Migration", "IOM"),
        "mt": ("Organizzazzjoni Internazzjonali għall-Migrazzjoni", "IOM"),
    },
    "European Commission": {
        "it": ("Commissione europea", ""),
        "es": ("Comisión Europea", ""),
        "el": ("Ευρωπαϊκή Επιτροπή", ""),
        "pl": ("Komisja Europejska", ""),
        "ro": ("Comisia Europeană", ""),
        "de": ("Europäische Kommission", ""),
        "mt": ("Il-Kummissjoni Ewropea", ""),
    },
    "Krakow University of Economics": {"pl": ("Uniwersytet Ekonomiczny w Krakowie", "")},
    "European Solidarity Centre": {
        "it": ("Centro europeo di solidarietà", ""),
        "pl": ("Europejskie Centrum Solidarności", ""),
        "de": ("Europäisches Solidarność-Zentrum", ""),
    },
    "Ministry for European Affairs and Equality": {
        "it": ("Ministero per gli Affari europei e l'Uguaglianza", ""),
        "mt": ("Ministeru għall-Affarijiet Ewropej u l-Ugwaljanza", ""),
    },
    "Ministry of Labour and Social Policies": {
        "it": ("Ministero del Lavoro e delle Politiche Sociali", ""),
    },
    "Ministry of Internal Affairs": {
        "it": ("Ministero degli Affari Interni", ""),
        "ro": ("Ministerul Afacerilor Interne", ""),
    },
}

# The programme's name and funder in other languages: {language: (name, funder)}.
PROGRAMME_NAMES = {
    "it": (
        "ADMin4ALL – Sostenere l'inclusione sociale dei migranti vulnerabili in Europa",
        "Commissione europea, DG Occupazione, affari sociali e inclusione",
    ),
    "es": (
        "ADMin4ALL – Apoyo a la inclusión social de los migrantes vulnerables en Europa",
        "Comisión Europea, DG Empleo, Asuntos Sociales e Inclusión",
    ),
    "el": (
        "ADMin4ALL – Στήριξη της κοινωνικής ένταξης ευάλωτων μεταναστών στην Ευρώπη",
        "Ευρωπαϊκή Επιτροπή, ΓΔ Απασχόλησης, Κοινωνικών Υποθέσεων και Ένταξης",
    ),
    "pl": (
        "ADMin4ALL – Wspieranie włączenia społecznego migrantów w trudnej sytuacji w Europie",
        "Komisja Europejska, DG ds. Zatrudnienia, Spraw Społecznych i Włączenia Społecznego",
    ),
    "ro": (
        "ADMin4ALL – Sprijinirea incluziunii sociale a migranților vulnerabili în Europa",
        "Comisia Europeană, DG Ocuparea Forței de Muncă, Afaceri Sociale și Incluziune",
    ),
    "de": (
        "ADMin4ALL – Förderung der sozialen Inklusion schutzbedürftiger Migranten in Europa",
        "Europäische Kommission, GD Beschäftigung, Soziales und Integration",
    ),
    "mt": (
        "ADMin4ALL – Appoġġ għall-inklużjoni soċjali tal-migranti vulnerabbli fl-Ewropa",
        "Il-Kummissjoni Ewropea, DĠ Impjiegi, Affarijiet Soċjali u Inklużjoni",
    ),
}

# body (municipality name or organisation short/long name), unit name, kind, parent unit
UNITS = [
    ("Venice", "Social Cohesion Agency", UnitKind.AGENCY, None),
    (
        "Venice",
        "Social Prompt Intervention, Inclusion and Mediation Service",
        UnitKind.SERVICE,
        "Social Cohesion Agency",
    ),
    ("Gdańsk", "Social Programmes Department", UnitKind.DEPARTMENT, None),
    ("Gdańsk", "Centre for Migrants Support", UnitKind.SERVICE, None),
    ("Gdańsk", "Social Assistance Centre", UnitKind.OTHER, None),
    ("Florence", "Social Services Directorate", UnitKind.DIRECTORATE, None),
    ("Florence", "Marginality and Immigration Team", UnitKind.TEAM, "Social Services Directorate"),
    ("Cluj-Napoca", "Social and Medical Assistance Directorate", UnitKind.DIRECTORATE, None),
    ("Bari", "Social Inclusion and Social Policies Division", UnitKind.DEPARTMENT, None),
    ("Kraków", "Social Inclusion and Social Policies Division", UnitKind.DEPARTMENT, None),
    (
        "Thessaloniki",
        "Directorate for Social Protection and Public Health",
        UnitKind.DIRECTORATE,
        None,
    ),
    ("Madrid", "Immigration and Refugee Department", UnitKind.DEPARTMENT, None),
    ("IOM", "Coordination Office for the Mediterranean", UnitKind.OFFICE, None),
    (
        "Ministry for European Affairs and Equality",
        "Integration and Anti-Racism Unit",
        UnitKind.OTHER,
        None,
    ),
    (
        "Ministry of Internal Affairs",
        "Department of Asylum and Integration",
        UnitKind.DEPARTMENT,
        None,
    ),
]

# Units' names in their own language (Italian ones as the seed network writes them).
UNIT_NAMES = {
    "Social Cohesion Agency": {"it": "Agenzia Coesione Sociale"},
    "Social Prompt Intervention, Inclusion and Mediation Service": {
        "it": "Servizio Pronto Intervento Sociale, Inclusione e Mediazione"
    },
    "Social Services Directorate": {"it": "Direzione Servizi Sociali"},
    "Marginality and Immigration Team": {"it": "Marginalità e Immigrazione"},
    "Centre for Migrants Support": {"pl": "Centrum Wsparcia Imigrantów i Imigrantek"},
    "Coordination Office for the Mediterranean": {
        "it": "Ufficio di Coordinamento per il Mediterraneo"
    },
}

# Role titles in other languages: English title -> {language: title}.
ROLE_TITLES = {
    "Director": {
        "it": "Direttore",
        "es": "Director",
        "el": "Διευθυντής",
        "pl": "Dyrektor",
        "ro": "Director",
        "de": "Direktor",
        "mt": "Direttur",
    },
    "Deputy Director": {
        "it": "Vicedirettore",
        "es": "Director adjunto",
        "pl": "Zastępca dyrektora",
        "de": "Stellvertretender Direktor",
    },
    "Head of service": {"it": "Responsabile del servizio"},
    "Head": {"it": "Responsabile", "pl": "Kierownik"},
    "Deputy Mayor for Welfare": {"it": "Assessore al Welfare"},
}

# person, title, body, unit
PEOPLE = [
    ("Luciano Marini", "Director", "Venice", "Social Cohesion Agency"),
    (
        "Alberto Favaretto",
        "Head of service",
        "Venice",
        "Social Prompt Intervention, Inclusion and Mediation Service",
    ),
    (
        "Alessandra Bastasin",
        "",
        "Venice",
        "Social Prompt Intervention, Inclusion and Mediation Service",
    ),
    (
        "Ntambwe Laurent Luboya",
        "",
        "Venice",
        "Social Prompt Intervention, Inclusion and Mediation Service",
    ),
    (
        "Michela Boscolo Fiore",
        "",
        "Venice",
        "Social Prompt Intervention, Inclusion and Mediation Service",
    ),
    (
        "Susanna Tonetto",
        "",
        "Venice",
        "Social Prompt Intervention, Inclusion and Mediation Service",
    ),
    ("Maria Maślak", "Deputy Director", "Gdańsk", "Social Programmes Department"),
    ("Joanna Krupadziorow", "Municipal specialist on migration and integration", "Gdańsk", None),
    ("Karolina Stubińska", "Head", "Gdańsk", "Centre for Migrants Support"),
    ("Bartosz Rief", "", "European Solidarity Centre", None),
    ("Małgorzata Sulińska", "Social housing", "Gdańsk", None),
    ("Elżbieta Krzykowska", "Integration", "Gdańsk", None),
    ("Marcin Męczykowski", "Deputy Director", "Gdańsk", "Social Assistance Centre"),
    ("Magdalena Malczewska", "", "Gdańsk", "Social Assistance Centre"),
    ("Rabaiotti", "Deputy Mayor for Welfare", "Milan", None),
    ("Sanahuja Vélez", "Director of Migrants Attention and Welcoming Policies", "Barcelona", None),
    (
        "Gonzalo López",
        "General Director of Primary Care, Community Intervention and Social Emergency",
        "Madrid",
        None,
    ),
    (
        "Tortell",
        "Director",
        "Ministry for European Affairs and Equality",
        "Integration and Anti-Racism Unit",
    ),
    (
        "Di Dio",
        "Migration and labour integration policy specialist",
        "Ministry of Labour and Social Policies",
        None,
    ),
    (
        "Riziou",
        "Specialist officer for integration and resettlement",
        "Ministry of Internal Affairs",
        "Department of Asylum and Integration",
    ),
    ("Laurence Hart", "Director", "IOM", "Coordination Office for the Mediterranean"),
    ("van Gessel", "DG Employment", "European Commission", None),
]


def demo_municipality(name: str, country: str) -> Municipality:
    """A municipality the demo names; a clear error if the directory is not loaded yet."""
    municipality = municipality_by_name(name, country=country)
    if municipality is None:
        raise LookupError(f"{name} ({country}) is not in the directory: run load-geodata first.")
    return municipality


def demo_organisation(name: str) -> Organisation:
    """A demo organisation by its short or full name (as first written, in English)."""
    return Organisation.objects.filter(short_name_en=name).first() or Organisation.objects.get(
        name_en=name
    )


def _body(name: str) -> dict:
    """Keyword arguments naming a municipality or an organisation by its demo name."""
    for municipality_name, country in MEMBER_MUNICIPALITIES:
        if municipality_name == name:
            return {"municipality": demo_municipality(name, country)}
    return {"organisation": demo_organisation(name)}


@transaction.atomic
def load_demo_data() -> None:
    iom = None
    for name, short_name, kind, country in ORGANISATIONS:
        translations = {}
        for language, (local, local_short) in ORGANISATION_NAMES.get(name, {}).items():
            translations |= {f"name_{language}": local, f"short_name_{language}": local_short}
        organisation, _ = Organisation.objects.update_or_create(
            name_en=name,
            country=Country.objects.filter(code=country).first() if country else None,
            defaults={"short_name_en": short_name, "kind": kind, **translations},
        )
        if short_name == "IOM":
            iom = organisation
    translations = {}
    for language, (local, funder) in PROGRAMME_NAMES.items():
        translations |= {f"name_{language}": local, f"funder_{language}": funder}
    programme, _ = Programme.objects.update_or_create(
        name_en=PROGRAMME["name_en"], defaults={**PROGRAMME, **translations, "coordinator": iom}
    )
    for name, country in MEMBER_MUNICIPALITIES:
        Enrolment.objects.get_or_create(
            programme=programme, municipality=demo_municipality(name, country)
        )
    units = {}
    for body, unit_name, kind, parent in UNITS:
        local = {f"name_{lang}": text for lang, text in UNIT_NAMES.get(unit_name, {}).items()}
        unit, _ = Unit.objects.update_or_create(
            name_en=unit_name,
            **_body(body),
            defaults={"kind": kind, "parent": units.get(parent), **local},
        )
        units[unit_name] = unit
    for person_name, title, body, unit_name in PEOPLE:
        person, _ = Person.objects.get_or_create(name=person_name)
        PersonRole.objects.update_or_create(
            person=person,
            **_body(body),
            defaults={
                "title_en": title,
                **{f"title_{lang}": text for lang, text in ROLE_TITLES.get(title, {}).items()},
                "unit": units.get(unit_name),
            },
        )
    florence = profile_of(demo_municipality("Florence", "IT"))
    OriginCommunity.objects.get_or_create(profile=florence, country_id="RO")
