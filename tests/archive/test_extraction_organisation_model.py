"""Candidate bodies the organisations model keeps, and those it leaves."""

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction import organisation_model as model
from citypeers.archive.extraction.text import fold


def _values(text: str, name: str, kind: str = "civil_society") -> dict[str, float]:
    orgs = [{"name": name, "kind": kind}]
    return model.features(text, orgs, acronyms={}, person_orgs=set(), municipality_names=set())[0]


def _kept(text: str, name: str, kind: str = "civil_society") -> bool:
    orgs = [{"name": name, "kind": kind}]
    chosen = model.choose(text, orgs, acronyms={}, person_orgs=set(), municipality_names=set())
    return len(chosen) == len(orgs)  # kept, named in the nominative


def test_a_body_named_once_in_the_genitive_with_nothing_of_taking_part_is_left_out():
    text = "Rynek pracy rośnie. Tak twierdzą badacze Uniwersytetu Zielonego od lat."

    values = _values(text, "Uniwersytetu Zielonego", "academia")

    assert values["lonely"] == values["oblique"] == values["lonely_oblique"] == 1.0
    assert not _kept(text, "Uniwersytetu Zielonego", "academia")


def test_a_body_in_the_genitive_whose_representatives_took_part_is_kept():
    text = "W spotkaniu uczestniczyli przedstawiciele Fundacji Zielonej z regionu."

    assert _values(text, "Fundacji Zielonej")["lonely"] == 0.0
    assert _kept(text, "Fundacji Zielonej")


def test_a_body_in_the_nominative_said_once_is_kept():
    text = "Late in the day the Bluebell Foundation handed out its leaflets."

    assert _values(text, "Bluebell Foundation")["oblique"] == 0.0
    assert _kept(text, "Bluebell Foundation")


def test_a_body_in_the_genitive_said_twice_is_kept():
    text = "Raport Urzędu Morskiego omówiono. Wnioski Urzędu Morskiego przyjęto."

    assert _values(text, "Urzędu Morskiego", "national_authority")["repeated"] == 1.0
    assert _kept(text, "Urzędu Morskiego", "national_authority")


def test_a_long_name_is_found_in_lower_case_too():
    text = "The plan of the ministry of coastal affairs was read out."

    assert _values(text, "Ministry of Coastal Affairs", "national_authority")["unsaid"] == 0.0


def test_extract_report_keeps_a_body_whose_people_attended():
    text = (
        "Workshop on language courses\n\n"
        "Representatives of the Bluebell Foundation attended the workshop in Graz, hosted by "
        "the City of Graz."
    )

    orgs = [fold(o["name"]) for o in extract_report(text, source="x.txt")["organizations"]]

    assert "bluebell foundation" in orgs


def test_a_body_a_speaker_is_member_of_is_not_lonely():
    text = (
        "Moderator: Ioana Radu, membru al Parlamentului din Sibiu.\n"
        "Conferința a reunit consilieri locali din zece orașe."
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert any(name.startswith("Parlament") for name in names), names
