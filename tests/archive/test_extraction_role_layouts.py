"""Roles of named people in layouts and word forms the sentence patterns miss: a speakers'
list with each name on a line above its role, and a German role head ending a compound
(made-up text in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


def test_a_name_on_its_own_line_takes_the_role_on_the_next():
    text = (
        "Webinar on welcoming neighbourhoods\n\n"
        "On 4 May the network heard how towns open their services to newcomers.\n\n"
        "Mirela Costache\n"
        "Head of the Neighbourhood Services Unit, Council of Europe\n"
        "Tobias Lindqvist\n"
        "Deputy Mayor for Housing and Inclusion, City of Uppsala, Sweden\n"
        "Hanne Bakke\n"
        "Senior Adviser, UNHCR\n"
    )
    roles = helpers.roles(text)
    assert roles["Mirela Costache"] == "Head of the Neighbourhood Services Unit"
    assert roles["Tobias Lindqvist"].startswith("Deputy Mayor for Housing and Inclusion")
    assert roles["Hanne Bakke"] == "Senior Adviser"


def test_a_heading_above_a_name_is_no_one():
    text = "Closing Remarks\nJohanna Weber, mayor of Kassel, thanked the guests.\n"
    assert "Closing Remarks" not in helpers.roles(text)


def test_a_german_compound_ending_on_a_role_head_is_a_role():
    text = (
        "Zum Austausch kamen Petra Lang (Stadt Ulm) und Ulrich Brandl (Jugend- und "
        "Sozialreferent der Stadt Neu-Ulm) ins Rathaus."
    )
    assert helpers.roles(text)["Ulrich Brandl"].startswith("Jugend- und Sozialreferent")


def test_a_place_role_said_once_goes_down_a_list_of_places_and_names():
    text = (
        "Por la tarde cenaron juntos la alcaldesa de Getafe, Lucía Ortega; de Leganés, "
        "Pedro Ruiz 'Perico'; Móstoles, Marta Gil; y Santiago de Compostela, Andrés Lago."
    )
    roles = helpers.roles(text)
    assert roles["Pedro Ruiz"] == "alcalde de Leganés"
    assert roles["Marta Gil"] == "alcaldesa de Móstoles"
    assert roles["Andrés Lago"] == "alcalde de Santiago de Compostela"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "W ratuszu goście spotkali się z Panią Ewą Mazurek, Pełnomocniczką Burmistrza "
            "ds. kultury, i obejrzeli wystawę.",
            "Ewa Mazurek",
            "Pełnomocniczka Burmistrza",
        ),
        (
            "Pomoc dotarła w piątek – przypomina Joanna Wrona, rzeczniczka burmistrza Opola.",
            "Joanna Wrona",
            "rzeczniczka burmistrza Opola",
        ),
        (
            "La alcaldesa de Totana, Mª Luisa Pérez, viajó ayer a Murcia.",
            "Mª Luisa Pérez",
            "alcaldesa de Totana",
        ),
        (
            "La întâlnire a participat și vicepresedintele agenției, Elena Marin.",
            "Elena Marin",
            "vicepresedintele agenției",
        ),
        (
            "“Housing comes first”, said keynote speaker Omar Haddad at the close.",
            "Omar Haddad",
            "speaker",
        ),
    ],
)
def test_role_nouns_and_name_forms_of_the_programme_languages(text, name, role):
    assert role in (helpers.roles(text)[name] or "")


def test_polish_titles_in_the_accusative_and_genitive_give_the_nominative_name():
    text = (
        "Delegacja była reprezentowana przez Panią Martę Zając oraz Pana Tomasza "
        "Wójcika, który odpowiada za sport."
    )
    assert {"Marta Zając", "Tomasz Wójcik"} <= set(helpers.roles(text))


def test_a_role_said_after_a_name_belongs_to_that_name():
    text = (
        "Aus Wels kamen Gerwin Taxer, Leiter des Integrationsbüros (IB), Jonas Wurm vom "
        "Sozialamt und Lena Huber."
    )
    assert helpers.roles(text)["Gerwin Taxer"] == "Leiter des Integrationsbüros (IB)"


def test_a_role_after_a_name_ends_where_the_next_name_and_its_body_start():
    text = (
        "Für Graz kamen Hubert Lechner, Leiter der Stabsstelle Integration, Maria Pichler "
        "vom Sozialamt und Jonas Wurm zum Treffen."
    )
    assert helpers.roles(text)["Hubert Lechner"] == "Leiter der Stabsstelle Integration"


def test_a_polish_womans_name_and_role_in_the_genitive_are_given_in_the_nominative():
    text = (
        "Uczestnicy wysłuchali wykładu Marii Nowickiej, dyrektorki Centrum Wsparcia "
        "Cudzoziemców w Opolu."
    )
    assert helpers.roles(text)["Maria Nowicka"].startswith("dyrektorka Centrum Wsparcia")
