"""A report naming no municipality of the directory, but a town beyond the EU (the
directory's countries): the review says so and names the town."""

import pytest
from django.urls import reverse

from citypeers.archive.validation import record_problems, towns_outside_directory

pytestmark = pytest.mark.django_db

BEYOND = (
    "Online meeting on 3 March 2024\n\n"
    "The district council of Ungheni presented its new welcome desk to the partners."
)
WITHIN_RECORD = {"kind": "webinar", "municipalities": [], "organizations": []}


def test_a_town_beyond_the_eu_is_found_and_common_words_are_not():
    assert towns_outside_directory(BEYOND) == [("Ungheni", "MD")]
    assert towns_outside_directory("Online meeting of the partners in Lisbon.") == []
    assert towns_outside_directory("The partners met in March in Nice.") == []


def test_the_problems_name_the_town_outside_the_directory():
    problems = record_problems(WITHIN_RECORD, text=BEYOND)

    assert "the report names no municipality" in problems
    assert any("“Ungheni” (Moldova) is named in the report" in p for p in problems)


def test_the_review_says_which_town_is_outside_the_directory(coordinator_client):
    page = coordinator_client.post(
        reverse("archive:upload"), {"text": BEYOND, "source_name": "ungheni.txt"}
    )

    assert "“Ungheni” (Moldova) is named in the report but is outside" in page.content.decode()
