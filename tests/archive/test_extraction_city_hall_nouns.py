"""A city hall named by its own noun takes part for its town: the Latin American "Alcaldía",
"Municipalidad" and "Intendencia", the Portuguese and Brazilian "Prefeitura", the French
"mairie", the Polish town office "in" its town ("Urząd Miejski w Toruniu"), German compounds
of "Gemeinde" ("Stadtgemeinde", "Marktgemeinde"), and a town's executive or councillors
("la giunta di Como", "la regidora de Puebla")."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("La Alcaldía de Medellín organizó el encuentro sobre migración.", ["Medellín"]),
        (
            "Participaron la Municipalidad de Rosario y la Intendencia de Montevideo.",
            ["Rosario", "Montevideo"],
        ),
        ("A Prefeitura de Curitiba recebeu a delegação.", ["Curitiba"]),
        ("Erano presenti la giunta di Como e il sindaco di Lecco.", ["Como", "Lecco"]),
        (
            "La regidora de Puebla y el edil de Toluca asistieron a la reunión.",
            ["Puebla", "Toluca"],
        ),
        (
            "W spotkaniu wzięli udział pracownicy Urzędu Miejskiego w Toruniu i Urzędu Miasta "
            "w Płocku.",
            ["Toruń", "Płock"],
        ),
        ("La mairie de Grenoble a accueilli la réunion des partenaires.", ["Grenoble"]),
        (
            "Der Verein Kompass organisierte mit der Stadtgemeinde Wörgl und der "
            "Marktgemeinde Telfs die Tagung.",
            ["Wörgl", "Telfs"],
        ),
    ],
)
def test_extract_report_city_hall_nouns_name_their_towns(text, towns):
    record = helpers.record(f"Integration meeting\n\n{text}")

    assert [m["name"] for m in record["municipalities"]] == towns
