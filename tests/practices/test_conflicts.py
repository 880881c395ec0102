"""Two people editing one practice at once: the second save is refused, never lost."""

import pytest
from django.urls import reverse

from citypeers.practices.models import Practice
from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db

STALE = "Someone else changed this practice since you opened it; nothing was saved."


def form_of(client, practice, **changes) -> dict:
    """The edit form as the browser would post it: what it loaded, then the user's changes."""
    page = client.get(reverse("practices:edit", args=[practice.pk]))
    data = {k: v for k, v in page.context["form"].initial.items() if v is not None}
    data["municipality"] = practice.municipality.name
    return {**data, "version": page.context["version"], "save": "1", **changes}


def test_second_editor_of_a_practice_is_refused_and_shown_the_first_change(
    client, member, coordinator, municipality
):
    practice = PracticeFactory(municipality=municipality, name="Welcome desk", language="en")
    url = reverse("practices:edit", args=[practice.pk])
    other = client.__class__()
    client.force_login(member)
    other.force_login(coordinator)
    form_a = form_of(client, practice, name="Welcome office")
    form_b = form_of(other, practice, summary="Summary by B")
    saved = client.post(url, form_a)

    response = other.post(url, form_b)

    assert (saved.status_code, response.status_code) == (302, 400)
    assert STALE in response.content.decode()
    [change] = response.context["changed_since"]
    assert [(row.old, row.new) for row in change.rows] == [("Welcome desk", "Welcome office")]
    assert "Summary by B" in response.content.decode()
    practice = Practice.objects.get(pk=practice.pk)
    assert (practice.name, practice.summary) == ("Welcome office", form_a["summary"])


def test_single_editor_of_a_practice_saves_twice(client, member, municipality):
    practice = PracticeFactory(municipality=municipality, name="Desk", language="en")
    url = reverse("practices:edit", args=[practice.pk])
    client.force_login(member)

    first = client.post(url, form_of(client, practice, name="Desk 2"))
    second = client.post(url, form_of(client, practice, name="Desk 3"))

    assert (first.status_code, second.status_code) == (302, 302)
    assert Practice.objects.get(pk=practice.pk).name == "Desk 3"
