"""People named on their own, without title or role, known by a common given name."""

from tests.archive import extraction_helpers as helpers


def _people(text: str) -> list[tuple]:
    record = helpers.record(text)
    return [(person["name"], person["role"]) for person in record["people"]]


def test_bare_names_with_a_common_given_name_are_people():
    text = (
        "On 3 May 2022 the municipality of Tampere hosted a study visit on housing.\n"
        "Among those who took part were Hanna Lindqvist and Jonas Weber, and the talks "
        "were summed up by Ioana Mureșan."
    )

    assert _people(text) == [
        ("Hanna Lindqvist", None),
        ("Jonas Weber", None),
        ("Ioana Mureșan", None),
    ]


def test_streets_prizes_places_bodies_and_two_given_names_are_no_people():
    text = (
        "The delegation from Lyon met on 5 June 2023 in the hall on via Giuseppe Verdi, "
        "where the Premio Carlo Magno was shown; a message came from la Santa Sede. "
        "Experts of the Paulus Akademie spoke, and Anna Maria was thanked. "
        "Visitors also saw San Marino and United Kingdom projects."
    )

    assert _people(text) == []


def test_a_shorter_spelling_of_a_person_found_is_the_same_person():
    text = (
        "Deputy Mayor Alexander Borg welcomed the guests to the meeting of 2 May 2022. "
        "Later Alex Borg showed the new centre."
    )

    assert [name for name, _role in _people(text)] == ["Alexander Borg"]


def test_given_names_that_are_above_all_words_start_no_person():
    text = (
        "The visit of 7 July 2022 to Graz was organised by Solidar and Urban Bridges; "
        "Roma Families were among the topics."
    )

    assert _people(text) == []
