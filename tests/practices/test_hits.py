"""The practices' search selector: the practices search, with the field that matched."""

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.practices.selectors import practice_hits
from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db


def whys(found) -> list[tuple[str, str, str]]:
    return [(hit.title, hit.field, hit.why) for hit in found.hits]


def test_name_then_summary_say_why():
    PracticeFactory(name="Mentoring for newcomers", summary="Volunteers meet families.")
    PracticeFactory(name="Buddy scheme", summary="Each newcomer gets a mentor.")

    found = practice_hits(AnonymousUser(), "mentor", limit=5)

    assert sorted(whys(found)) == [
        ("Buddy scheme", "summary", "summary"),
        ("Mentoring for newcomers", "name", "name"),
    ]


def test_drafts_of_others_are_not_found(member):
    PracticeFactory(name="Secret draft mentoring", status="draft")

    found = practice_hits(member, "mentoring", limit=5)

    assert (found.hits, found.total) == ([], 0)
