"""Island municipalities GeoNames' cities lack, and Greek mayors of a town in the genitive
(own sentences)."""

from tests.archive import extraction_helpers as helpers


def test_greek_island_municipalities_are_found_in_the_genitive():
    # a list of islands' mayors, the short genitive of Kos among them
    text = (
        "Την Τρίτη 4 Ιουνίου 2024 συναντήθηκαν στην Αθήνα οι δήμαρχοι Λήμνου, Σάμου, Κω και "
        "Λέρου για την υποδοχή των προσφύγων στα νησιά."
    )

    assert {"Kos", "Leros", "Lemnos", "Samos"} <= set(helpers.city_names(text))


def test_mayors_in_the_accusative_with_the_article_name_their_towns():
    # "τους δημάρχους" moves the accent; the genitive's article stands before the town
    text = (
        "Ο υπουργός θα δεχτεί την Πέμπτη 6 Ιουνίου 2024 τους δημάρχους της Ικαρίας και της "
        "Τήνου για το μεταναστευτικό."
    )

    assert {"Ikaria", "Tinos"} <= set(helpers.city_names(text))


def test_an_island_comune_is_reported_by_its_official_name():
    text = (
        "On 3 May 2024 the mayors of Lampedusa and of Modena met online to compare how their "
        "towns welcome new arrivals."
    )

    assert "Lampedusa e Linosa" in helpers.city_names(text)
    assert "Lampedusa" not in helpers.city_names(text)
