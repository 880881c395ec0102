"""Towns given as examples of a kind of town are not parties (own sentences)."""

from tests.archive import extraction_helpers as helpers


def test_towns_listed_as_examples_do_not_take_part():
    text = (
        "On 3 May 2024 the City of Utrecht hosted a round table on housing for refugees. "
        "The mayor said that Dutch cities like Zwolle, Deventer and Enschede have been "
        "cooperating on housing for years."
    )

    assert helpers.city_names(text) == ["Utrecht"]


def test_a_german_list_of_examples_is_left_out():
    text = (
        "Am 3. Mai 2024 trafen sich in Erfurt die Vertreter der Stadt Erfurt zum Austausch. "
        "Die teilnehmenden Städte des Netzwerks reichen von Großstädten wie Dortmund und "
        "Bochum bis zu kleineren Städten wie Gotha und Weimar."
    )

    assert helpers.city_names(text) == ["Erfurt"]


def test_examples_with_their_countries_are_participants():
    text = (
        "The meeting on 3 May 2024 brought together the coordinators of member cities, "
        "including cities beyond Europe such as Toronto (Canada) and Lagos (Nigeria)."
    )

    assert {"Lagos", "Toronto"} <= set(helpers.city_names(text))


def test_a_list_of_examples_goes_on_with_or():
    text = (
        "Am 3. Mai 2024 trafen sich in Erfurt die Vertreter der Stadt Erfurt zum Austausch. "
        "Städte wie Dresden oder Leipzig nehmen viele Geflüchtete auf. "
        "Cities such as Lyon, Porto or Graz take part in the network."
    )

    assert helpers.city_names(text) == ["Erfurt"]
