"""A report in a language the archive does not read: the review says which languages it
reads and that the text seems to be in none of them."""

import pytest
from django.urls import reverse

from citypeers.archive.languages import in_no_read_language

FINNISH = (
    "Kokous pidettiin Tampereella maaliskuussa vuonna 2024. Kaupungin edustajat esittelivät "
    "uuden kotoutumisohjelman ja keskustelivat asuntojen saatavuudesta, kielikoulutuksesta "
    "sekä nuorten työllisyydestä. Vierailijat tutustuivat neuvontapisteeseen, jossa "
    "maahanmuuttajat saavat apua asioinnissa. Seuraava tapaaminen järjestetään syksyllä "
    "Oulussa, jossa käsitellään työllisyyttä, koulutusta ja terveyspalveluja. Osallistujat "
    "sopivat yhteisestä raportista ja jakavat kokemuksiaan verkossa ennen seuraavaa kokousta."
)
ENGLISH = (
    "The meeting took place in Tampere in March 2024. The representatives of the city "
    "presented the new integration programme and discussed access to housing, language "
    "courses and the employment of young people. The visitors saw the advice desk where "
    "newcomers get help with their papers, and the next meeting will be held in the autumn."
)
GREEK = (
    "Η συνάντηση έγινε στην Αθήνα τον Μάρτιο του 2024. Οι εκπρόσωποι του δήμου "
    "παρουσίασαν το νέο πρόγραμμα ένταξης και συζήτησαν για τη στέγαση, τα μαθήματα "
    "γλώσσας και την απασχόληση των νέων. Οι επισκέπτες είδαν το γραφείο εξυπηρέτησης "
    "όπου οι νεοαφιχθέντες παίρνουν βοήθεια με τα έγγραφα τους, και η επόμενη συνάντηση "
    "θα γίνει το φθινόπωρο στη Θεσσαλονίκη με τους εταίρους του δικτύου."
)


def test_a_text_in_no_language_read_is_told_from_texts_in_one():
    assert in_no_read_language(FINNISH)
    assert not in_no_read_language(ENGLISH)
    assert not in_no_read_language(GREEK)
    assert not in_no_read_language("Tampere, maaliskuu 2024")  # too short to tell


@pytest.mark.django_db
def test_the_review_names_the_languages_read(coordinator_client):
    unread = coordinator_client.post(
        reverse("archive:upload"), {"text": FINNISH, "source_name": "tampere.txt"}
    )
    read = coordinator_client.post(
        reverse("archive:upload"), {"text": ENGLISH, "source_name": "tampere-en.txt"}
    )

    assert "this text seems to be in none of them" in unread.content.decode()
    assert "English, Italian, Spanish" in unread.content.decode()
    assert "this text seems to be in none of them" not in read.content.decode()
