"""Places without a close cue that the participation model takes, and those it leaves."""

from tests.archive import extraction_helpers as helpers


def _cities(text: str) -> list[str]:
    return [name for name, _country in helpers.cities(text)]


def test_extract_report_cities_listed_and_named_again_beside_a_cued_one_take_part():
    text = (
        "Round table on housing\n\n"
        "The round table brought together officers from the City of Leipzig and their "
        "colleagues. Leipzig, Dresden and Chemnitz shared their data on rents; Dresden and "
        "Chemnitz also brought their tenancy advisers."
    )

    assert _cities(text) == ["chemnitz", "dresden", "leipzig"]


def test_extract_report_city_named_once_as_background_does_not_take_part():
    text = (
        "Workshop on school inclusion\n\n"
        "The City of Ghent hosted the workshop. The approach, first tested in Lisbon many "
        "years ago, inspired the speakers."
    )

    assert _cities(text) == ["ghent"]


def test_extract_report_plain_word_without_a_cue_is_not_taken_for_a_town():
    text = (
        "Study visit on social housing\n\n"
        "The City of Graz welcomed a delegation from the City of Linz. Salt and bread were "
        "served to the guests from Linz, Graz and the region."
    )

    assert _cities(text) == ["graz", "linz"]


def test_extract_report_city_in_a_project_list_and_named_often_besides_is_left_to_the_model():
    text = (
        "BRAŞOV: the third local seminar of the project took place\n\n"
        "The project runs in four cities: Timişoara, Braşov, Craiova and Oradea.\n"
        "At yesterday's seminar in Braşov, teachers spoke about language courses for "
        "migrants. The next seminar will again be held in Braşov."
    )

    assert _cities(text) == ["brasov"]


def test_extract_report_a_forums_city_beside_the_mayors_that_came_is_the_venue_only():
    text = (
        "Global Refugee Forum in Geneva\n\nThe mayors of Zurich, Bristol and Amman spoke at "
        "the Global Refugee Forum, held in Geneva on 14 December 2023. The forum in Geneva "
        "gathered states and cities."
    )

    record = helpers.record(text)

    assert record["location"] == "Geneva"
    assert [m["name"] for m in record["municipalities"]] == ["Zurich", "Bristol", "Amman"]


def test_extract_report_a_visits_host_still_takes_part_beside_the_visitors():
    text = (
        "Visita a Roma\n\nUna delegazione del Comune di Napoli ha visitato Roma il 3 marzo per "
        "conoscere i servizi di accoglienza. A Roma la delegazione ha incontrato gli operatori."
    )

    assert sorted(helpers.city_names(text)) == ["Naples", "Rome"]
