"""Municipalities named in a case form of an inflected language: Greek municipalities named
for a compass part of an island or a region, and cities said in Polish, Romanian and German
case forms."""

import unicodedata

import pytest

from tests.archive import extraction_helpers as helpers


def _names(record: dict) -> list[str]:
    return sorted(m["name"] for m in record["municipalities"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Στη σύσκεψη για το μεταναστευτικό συμμετείχαν οι δήμαρχοι Δυτικής Λέσβου, "
            "Ανατολικής Σάμου και Χίου.",
            ["Chios", "East Samos", "West Lesbos"],
        ),
        (
            "Ο Δήμος Βόρειας Κέρκυρας υπέγραψε μνημόνιο συνεργασίας με τον Δήμο Χανίων για "
            "την ένταξη των προσφύγων.",
            ["Chaniá", "North Corfu"],
        ),
        (
            "Ο υπουργός επισκέφθηκε τη Σάμο, όπου συναντήθηκε με τον δήμαρχο Δυτικής Σάμου "
            "για τη δομή φιλοξενίας.",
            ["West Samos"],
        ),
    ],
)
def test_extract_report_greek_compass_part_is_its_own_municipality(text, expected):
    assert _names(helpers.record(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Polish spelling GeoNames keeps only in its Czech-style form ("Buča"), and the
        # Polish noun of a mayor abroad
        (
            "W spotkaniu online wziął udział mer Buczy, który opowiedział o pomocy dla uchodźców.",
            ["Bucha"],
        ),
        # a genitive plural with an inserted vowel (Czerniowce)
        (
            "Burmistrz Żagania przyjął delegację z Czerniowiec w sprawie uchodźców.",
            ["Chernivtsi", "Żagań"],
        ),
        # a hyphenated name declined in its last part only
        (
            "Prezydent Rzeszowa podpisał porozumienie z merem Iwano-Frankiwska.",
            ["Ivano-Frankivsk", "Rzeszów"],
        ),
        # the Romanian genitive of a name ending in "u"
        (
            "Primarul Chișinăului s-a întâlnit cu primarul Clujului pentru integrarea "
            "refugiaților.",
            ["Chisinau", "Cluj-Napoca"],
        ),
    ],
)
def test_extract_report_city_abroad_in_a_case_form(text, expected):
    assert _names(helpers.record(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # small municipalities in the genitive after the mayors' noun, one in the plural
        (
            "Στη σύσκεψη για τους πρόσφυγες συμμετείχαν οι δήμαρχοι Ηρακλείου, Ανωγείων και "
            "Αγίου Βασιλείου.",
            ["Agios Vasileios", "Anogeia", "Heraklion"],
        ),
        (
            "Ο Δήμος Ανωγείων φιλοξένησε τη συνάντηση για την ένταξη των προσφύγων.",
            ["Anogeia"],
        ),
        # each municipality followed by its mayor's name
        (
            "Στη συνάντηση για τους πρόσφυγες συμμετείχαν οι δήμαρχοι Χανίων Παναγιώτης "
            "Σημαντηράκης, Ανωγείων Σωκράτης Κεφαλογιάννης και Ηρακλείου Βασίλης Λαμπρινός.",
            ["Anogeia", "Chania", "Heraklion"],
        ),
    ],
)
def test_extract_report_greek_small_municipalities_after_the_mayors_noun(text, expected):
    names = [_plain(name) for name in _names(helpers.record(text))]
    assert sorted(names) == sorted(_plain(name) for name in expected)


def _plain(name: str) -> str:
    """The name without its accents: GeoNames writes Greek towns with them ("Anógeia")."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def test_extract_report_greek_accusative_too_short_for_the_endings_after_an_article():
    text = (
        "Η αντιπροσωπεία επισκέφθηκε τον Βόλο και τη Λάρισα, όπου συναντήθηκε με τους "
        "δημάρχους των δύο πόλεων."
    )

    assert _names(helpers.record(text)) == ["Larissa", "Volos"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegacja z Sosnowca odwiedziła urząd miasta Gdańska.", "Sosnowiec"),
        ("Burmistrz Lublińca spotkał się z przedstawicielami gmin.", "Lubliniec"),
    ],
)
def test_extract_report_polish_town_in_iec_in_a_case_form(text, expected):
    assert expected in helpers.city_names(text)
