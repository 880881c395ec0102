"""Names that are no body taking part: a town's office, the owner of a programme, what kind
of body something is, a person after a place; and a speaker's body that ends on a project's
word (own sentences)."""

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.organisations import find_organisations
from tests.archive import extraction_helpers as helpers


def test_an_office_named_before_the_town_in_the_genitive_is_the_town():
    texts = [
        "The guests met the Welcome Office of the City of Valdoro and the Harbour Aid Foundation.",
        "Au participat Direcția pentru Locuințe a Municipiului Valdoru și Fundația Sprijin Nord.",
    ]

    found = [helpers.bodies_found(text) for text in texts]

    assert found == [["Harbour Aid Foundation"], ["Fundația Sprijin Nord"]]


def test_a_town_office_named_by_its_acronym_is_the_town():
    text = (
        "Primarul Valdoru a primit-o pe comisara europeană. Am discutat despre centrele din "
        "subordinea Direcției Generale de Locuințe Sociale a Municipiului Valdoru (DGLSMV), care "
        "oferă adăpost refugiaților. Reprezentanții DGLSMV au prezentat datele."
    )

    assert extract_report(text, source="x.txt")["organizations"] == []


def test_a_well_known_body_named_only_as_a_programmes_owner_is_left_out():
    texts = [
        "The workshop in Valdoro drew on the Welcoming Towns programme of the Council of "
        "Europe and the European Commission.",
        "Secondo uno studio del Consiglio d'Europa, Valdoro accoglie bene.",
        "Tematem była wspólna inicjatywa Rady Europy i Komisji Europejskiej.",
    ]

    found = [helpers.bodies_found(text) for text in texts]

    assert found == [[], [], []]


def test_a_well_known_body_also_said_to_take_part_stays():
    text = (
        "The Welcoming Towns programme of the Council of Europe was presented. Two experts of "
        "the Council of Europe took part in the workshop in Valdoro."
    )

    assert helpers.bodies_found(text) == ["Council of Europe"]


def test_a_programme_run_by_a_body_keeps_the_body():
    text = "Valdoro joined a regional initiative implemented by IOM in the spring."

    assert helpers.bodies_found(text) == ["IOM"]


def test_what_kind_of_body_a_list_item_is_is_no_body():
    text = (
        "Sono partner del progetto l'Università di Valdoro, la Fondazione Ponte Aperto, la ONG "
        "greca Porto Sicuro e due comuni."
    )

    assert "ONG" not in helpers.bodies_found(text)


def test_a_person_after_a_place_in_the_genitive_is_no_body():
    text = "Ο δήμαρχος ταξίδεψε ως προσκεκλημένος του δημάρχου Μόντεμπελου Άννα Ρόσι."

    found = find_organisations(
        text,
        acronyms={},
        municipality_names=set(),
        extra=["Μόντεμπελου Άννα Ρόσι"],  # the organisation the record gave the guest
        people=frozenset({"Άννα Ρόσι"}),
    )

    assert found == []


def test_a_body_named_after_a_person_keeps_its_name():
    text = "The guests were hosted by the Foundation Anna Rossi in Valdoro."

    found = find_organisations(
        text,
        acronyms={},
        municipality_names=set(),
        extra=["Foundation Anna Rossi"],
        people=frozenset({"Anna Rossi"}),
    )

    assert [o["name"] for o in found] == ["Foundation Anna Rossi"]


def test_a_speakers_body_ending_on_a_project_word_took_part():
    text = (
        "Network meeting in Valdoro\n\n"
        "Opening, Clara Benson, Harbour Aid Foundation\n"
        "Building a fair system- Maria Costa, Fair Asylum Initiative\n"
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert "Fair Asylum Initiative" in names


def test_a_well_known_body_leading_a_funded_project_took_part():
    text = (
        "The EU-funded Harbour Cities project, led by ICMPD, gathered city officials in Split "
        "on 4 June."
    )

    assert "ICMPD" in helpers.bodies_found(text)


def test_a_well_known_body_funding_a_project_led_by_another_is_left_out():
    text = (
        "The Harbour Cities project, led by the Velmora Institute and funded by ICMPD, "
        "gathered city officials in Split on 4 June."
    )

    assert "ICMPD" not in helpers.bodies_found(text)


def test_a_town_office_said_to_take_part_is_no_body():
    text = (
        "W wizycie w Bergen udział wzięli przedstawiciele Urzędu Miejskiego oraz kilku "
        "organizacji pozarządowych."
    )

    names = helpers.bodies_found(text)

    assert not any("Miejski" in name for name in names)
