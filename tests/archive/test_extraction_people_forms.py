"""People and bodies in the ordinary phrasings of meeting reports, in the programme languages
and a few neighbours' (made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "On 9 May 2024 Athens hosted Milan. Participants: Nikos Georgiou (Vice Mayor, "
            "Athens), Chiara Ferri (Department of Social Policy, Milan).",
            "Chiara Ferri",
            "Department of Social Policy, Milan",
        ),
        (
            "On 9 May 2024 Vienna hosted Graz. Present were Eva Huber (Councillor, Vienna), "
            "Karl Maier (Welfare Office, Graz) and Lena Wolf (Red Cross).",
            "Karl Maier",
            "Welfare Office, Graz",
        ),
        (
            "Il 9 maggio 2024 Bologna ha ospitato Valencia. Presenti: Marco Neri (Assessore, "
            "Bologna), Lucia Gatti (Ufficio Immigrazione, Bologna).",
            "Lucia Gatti",
            "Ufficio Immigrazione, Bologna",
        ),
    ],
)
def test_a_role_closing_the_aside_of_the_name_before_is_not_the_next_persons(text, name, role):
    assert helpers.roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Am 14. September 2023 empfing Leipzig eine Delegation aus Krakau. Begrüßt wurde "
            "sie von Bürgermeister Hr. Klaus Schmidt.",
            "Klaus Schmidt",
            "Bürgermeister",
        ),
        (
            "Am 14. September 2023 empfing Leipzig eine Delegation aus Krakau. Begrüßt wurde "
            "sie von Bürgermeisterin Fr. Petra Weber.",
            "Petra Weber",
            "Bürgermeisterin",
        ),
        (
            "Op 5 juni 2024 ontving Utrecht een delegatie uit Gent. Burgemeester Sharon "
            "Dijksma en wethouder Linda Voortman verwelkomden de gasten.",
            "Linda Voortman",
            "wethouder",
        ),
        (
            "Op 5 juni 2024 ontving Utrecht een delegatie uit Gent. De gasten werden "
            "ontvangen door wethouder mevrouw Anna Smits.",
            "Anna Smits",
            "wethouder",
        ),
        (
            "Em 10 de maio de 2024, Lisboa recebeu uma delegação do Porto. A vereadora "
            "Laurinda Alves recebeu os visitantes.",
            "Laurinda Alves",
            "vereadora",
        ),
        (
            "Em 10 de maio de 2024, Lisboa recebeu uma delegação do Porto. Falou a diretora "
            "Dra. Ana Costa.",
            "Ana Costa",
            "diretora",
        ),
    ],
)
def test_a_role_before_a_short_title_or_in_dutch_and_portuguese_is_read(text, name, role):
    assert helpers.roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Στις 12 Μαΐου 2024 ο Δήμος Θεσσαλονίκης υποδέχθηκε αντιπροσωπεία από την Πάτρα. "
            "Παρευρέθηκαν ο κ. Γιώργος Παπαδόπουλος, Αντιδήμαρχος Κοινωνικής Πολιτικής, και η "
            "κα Ελένη Νικολάου, Προϊσταμένη της Διεύθυνσης Μεταναστών.",
            ["Γιώργος Παπαδόπουλος", "Ελένη Νικολάου"],
        ),
        (
            "Στις 3 Ιουνίου 2024 ο Δήμος Λάρισας φιλοξένησε τον Δήμο Βόλου. Μίλησαν ο κ. Κώστας "
            "Δημητρίου, Αντιδήμαρχος Παιδείας Νεολαίας, και ο κ. Άγγελος Ραφαηλίδης.",
            ["Κώστας Δημητρίου", "Άγγελος Ραφαηλίδης"],
        ),
    ],
)
def test_a_greek_office_after_a_name_keeps_its_field_in_capitals(text, names):
    assert helpers.person_names(text) == names


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "El 3 de junio de 2024 Valencia recibió a Bolonia. Participaron Carmen García, "
            "concejala de Bienestar Social, y Javier Martínez, director de la Fundación Cepaim.",
            "Bienestar Social",
        ),
        (
            "El 3 de junio de 2024 Valencia recibió a Bolonia. Participaron Marta Torrado, "
            "concejala de Igualdad, y Juan Pérez, técnico de Cooperación Internacional.",
            "Cooperación Internacional",
        ),
        (
            "Il 3 giugno 2024 Parma ha ospitato Modena. Sono intervenuti Anna Neri, assessora "
            "di Parma, e Paolo Greco, funzionario di Politiche Sociali.",
            "Politiche Sociali",
        ),
    ],
)
def test_the_field_of_an_office_is_no_body_taking_part(text, field):
    assert field not in helpers.organisation_names(text)


def test_a_body_named_after_an_office_still_takes_part():
    text = (
        "El 3 de junio de 2024 Valencia recibió a Bolonia. Participaron Carmen García, "
        "concejala de Bienestar Social, y Javier Martínez, director de la Fundación Cepaim."
    )
    assert "Fundación Cepaim" in helpers.organisation_names(text)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Il 5 maggio 2024 Torino ha accolto una delegazione di Lione. Hanno partecipato "
            "rappresentanti dell'OIM Italia e dell'Università di Torino.",
            "OIM Italia",
        ),
        (
            "El 5 de mayo de 2024 Madrid acogió una delegación de Lisboa. Asistieron "
            "representantes de ACNUR España y de la Universidad Complutense.",
            "ACNUR España",
        ),
        (
            "Pe 15 mai 2024, Cluj-Napoca a găzduit Timișoara. Au participat reprezentanți ai "
            "OIM România și ai Universității Babeș-Bolyai.",
            "OIM România",
        ),
    ],
)
def test_an_international_bodys_country_office_is_the_body_once(text, office):
    names = helpers.organisation_names(text)
    assert office not in names
    assert len([n for n in names if n.startswith(("IOM", "UNHCR"))]) == 1


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "On 5 May 2024 Turin hosted Lyon. Also attending were Dr. Amina Yusuf, Senior "
            "Protection Officer at UNHCR, Prof. Marco Ricci from the University of Turin.",
            "Amina Yusuf",
            "Senior Protection Officer at UNHCR",
        ),
        (
            "Am 5. Mai 2024 besuchte eine Delegation aus Graz die Stadt Linz. Es sprachen "
            "Herr Mag. Peter Huber, Leiter des Integrationsbüros, und Frau Anna Berger.",
            "Peter Huber",
            "Leiter des Integrationsbüros",
        ),
    ],
)
def test_titles_between_people_belong_to_the_next_name(text, name, role):
    found = helpers.roles(text)
    assert found.get(name) == role
    assert not any(n in ("Mag", "Prof") for n in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "La 5 mai 2024, Iași a găzduit o delegație din Chișinău. Ion Popescu, primarul "
            "comunei, și Maria Rusu, reprezentanta Organizației Internaționale pentru Migrație, "
            "au prezentat experiența lor.",
            ["Ion Popescu", "Maria Rusu"],
        ),
        (
            "El 5 de mayo de 2024 Madrid acogió una delegación de Lisboa. Asistieron "
            "representantes de ACNUR, Cruz Roja Española y la Universidad Complutense.",
            [],
        ),
    ],
)
def test_a_bodys_name_after_an_office_is_no_person(text, names):
    assert helpers.person_names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "On 12 June 2024 Ghent hosted Lyon.\nChair: Anna Berg, Eurocities\n",
            "Anna Berg",
            "chair",
            "Eurocities",
        ),
        (
            "On 12 June 2024 Ghent hosted Lyon.\nRapporteur: Jan Smit (Migration Policy Group)\n",
            "Jan Smit",
            "rapporteur",
            "Migration Policy Group",
        ),
    ],
)
def test_a_chair_or_rapporteur_heading_gives_the_role_and_the_body_stays(text, name, role, body):
    found = {p["name"]: p for p in helpers.record(text)["people"]}
    assert (found[name]["role"], found[name]["organization"]) == (role, body)
    assert body in helpers.organisation_names(text)


def test_an_italian_honorific_opens_the_name():
    text = (
        "Il 12 giugno 2024 Parma ha ospitato Modena. Ha parlato il Presidente della "
        "Provincia, On. Andrea Massari, poi il Prefetto S.E. Antonio Garufi."
    )
    assert helpers.person_names(text) == ["Andrea Massari", "Antonio Garufi"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Am 20. Juni 2024 trafen sich Köln und Bonn. Es sprachen Dr. Anna Berg (Stadt "
            "Köln, Amt für Integration) und Petra Lang (Diakonie Rheinland).",
            "Amt für Integration",
        ),
        (
            "Il 20 giugno 2024 Bari ha ospitato Lecce. Sono intervenuti Maria Rossi (Comune di "
            "Bari, Ufficio Immigrazione) e Luca Neri (Caritas).",
            "Ufficio Immigrazione",
        ),
        (
            "El 20 de junio de 2024 Murcia recibió a Cartagena. Intervinieron Ana López "
            "(Ayuntamiento de Murcia, Servicio de Inmigración) y Pedro Gil (Cruz Roja).",
            "Servicio de Inmigración",
        ),
        (
            "W dniu 20 czerwca 2024 r. Kraków gościł Wrocław. Głos zabrali Anna Nowak (Urząd "
            "Miasta Krakowa, Wydział Polityki Społecznej) i Jan Kowalski (Fundacja Ocalenie).",
            "Wydział Polityki Społecznej",
        ),
    ],
)
def test_a_town_hall_unit_after_the_town_in_brackets_is_the_towns(text, unit):
    assert unit not in helpers.organisation_names(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "W dniu 2 lipca 2024 r. Poznań gościł Łódź. Wiceprezydentka Łodzi Joanna "
            "Skrzydlewska przedstawiła program.",
            "Joanna Skrzydlewska",
            "Wiceprezydentka Łodzi",
        ),
        (
            "W dniu 2 lipca 2024 r. Poznań gościł Łódź. Gości powitała burmistrzyni Anna "
            "Kowalczyk.",
            "Anna Kowalczyk",
            "burmistrzyni",
        ),
    ],
)
def test_a_polish_office_in_the_feminine_is_read_before_the_name(text, name, role):
    assert helpers.roles(text).get(name) == role


def test_the_field_of_a_spanish_delegada_is_no_body():
    text = (
        "El 2 de julio de 2024 Sevilla recibió a Córdoba. La delegada de Inclusión Social, "
        "Ana Jáuregui, destacó el programa."
    )
    assert "Inclusión Social" not in helpers.organisation_names(text)


def test_an_eu_body_said_with_eu_for_european_union_is_one_body():
    text = (
        "On 15 July 2024 Leipzig hosted Dresden. The exchange was organised in cooperation "
        "with the EU Agency for Fundamental Rights (FRA)."
    )
    assert helpers.organisation_names(text) == ["FRA"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "On 15 July 2024 Leipzig hosted Dresden, with the participation of the Saxon State "
            "Ministry for Social Affairs and the NGO Pro Asyl.",
            ["Saxon State Ministry for Social Affairs", "Pro Asyl"],
        ),
        (
            "On 15 July 2024 Leipzig hosted Dresden, with the participation of the Ministry "
            "for Social Affairs and the Red Cross.",
            ["Ministry for Social Affairs", "Red Cross"],
        ),
    ],
)
def test_and_the_before_a_kind_or_a_known_body_opens_a_second_body(text, bodies):
    assert helpers.organisation_names(text) == bodies


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "On 3 May 2024 the City of Berlin hosted a workshop. Birgit zur Nieden, Head of "
            "Unit of the Senate Department, opened it.",
            "Birgit zur Nieden",
            "Head of Unit of the Senate Department",
        ),
        (
            "Am 3. Mai 2024 sprach Karl zu Guttenberg, Bürgermeister der Stadt Bonn, über "
            "Integration.",
            "Karl zu Guttenberg",
            "Bürgermeister der Stadt Bonn",
        ),
    ],
)
def test_a_german_particle_inside_a_surname_keeps_the_name_whole(text, name, role):
    assert helpers.roles(text).get(name) == role
