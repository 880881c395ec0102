"""The one access step, walked over every URL of the site.

Every URL is either open to everyone or restricted; for each restricted one, a visitor is
sent to log in and brought back, a signed-in user without the right gets a 404, and
neither GET nor POST changes anything stored. A URL added without a place in the tables
of ``tests/url_walk.py`` makes the first test fail.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import get_resolver, reverse
from django.utils import translation

from citypeers.network.rules import people_readers
from tests.factories import PersonFactory, UserFactory
from tests.url_walk import (
    LOGIN_COMES_BACK_TO,
    OPEN,
    OWN_GUARDS,
    RESTRICTED,
    SIGNED_IN,
    World,
    stored_rows,
    url_names,
)

pytestmark = pytest.mark.django_db


def test_every_url_is_open_or_restricted():
    names = {n for n in url_names(get_resolver().url_patterns) if not n.startswith(OWN_GUARDS)}

    assert names - OPEN - SIGNED_IN - set(RESTRICTED) == set()
    assert (OPEN | SIGNED_IN | set(RESTRICTED)) - names == set()


@pytest.mark.parametrize("name", sorted(RESTRICTED))
def test_restricted_url_sends_visitors_to_log_in_and_others_to_404(client, name):
    world = World()
    arguments, refused_user, methods = RESTRICTED[name]
    args = arguments(world)
    url = reverse(name, args=args)
    come_back_to = reverse(LOGIN_COMES_BACK_TO.get(name, name), args=args)
    before = stored_rows()

    visitor = {m: getattr(client, m.lower())(url) for m in methods.split()}
    client.force_login(getattr(world, refused_user))
    signed_in = {m: getattr(client, m.lower())(url) for m in methods.split()}

    for response in visitor.values():
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert location.path == reverse("accounts:login")
        assert parse_qs(location.query)["next"] == [come_back_to]
    assert {m: r.status_code for m, r in signed_in.items()} == dict.fromkeys(visitor, 404)
    assert stored_rows() == before


@pytest.mark.parametrize("name", sorted(SIGNED_IN))
def test_signed_in_pages_send_visitors_to_log_in(client, name):
    World()
    url = reverse(name)
    before = stored_rows()

    responses = [client.get(url), client.post(url)]

    for response in responses:
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert (location.path, parse_qs(location.query)["next"]) == (
            reverse("accounts:login"),
            [url],
        )
    assert stored_rows() == before


def test_login_brings_the_visitor_back_to_the_page(client):
    world = World()
    world.other_officer.set_password("a long enough passphrase")
    world.other_officer.save()
    url = reverse("practices:edit", args=[world.practice.pk])
    world.practice.created_by = world.other_officer
    world.practice.save()

    to_login = client.get(url)
    back = client.post(
        to_login["Location"],
        {"username": world.other_officer.username, "password": "a long enough passphrase"},
    )

    assert back.status_code == 302
    assert back["Location"] == url
    assert client.get(url).status_code == 200


def test_missing_object_is_a_404_for_visitors_too(client):
    url = reverse("practices:detail", args=[987654])

    assert client.get(url).status_code == 404


def test_refused_member_is_told_why_with_ways_back(client):
    person = PersonFactory(name="Ada Officer", email="ada@example.org")
    client.force_login(UserFactory())
    came_from = "http://testserver" + reverse("network:municipalities")
    before = stored_rows()

    response = client.get(person.get_absolute_url(), headers={"referer": came_from})

    html = response.content.decode()
    assert response.status_code == 404
    assert str(people_readers.reason).replace("'", "&#x27;") in html
    assert f'href="{came_from}"' in html
    assert f'href="{reverse("core:about")}#who-sees-what"' in html
    assert f'href="{reverse("insights:home")}"' in html
    assert "Ada Officer" not in html and "ada@example.org" not in html
    assert stored_rows() == before


def test_refusal_offers_no_way_back_to_another_site(client):
    person = PersonFactory()
    client.force_login(UserFactory())

    response = client.get(person.get_absolute_url(), headers={"referer": "https://evil.example/"})

    assert response.status_code == 404
    assert "evil.example" not in response.content.decode()


def test_refusal_reason_is_never_given_for_what_does_not_exist(client):
    client.force_login(UserFactory())

    response = client.get(reverse("network:person", args=[987654]))

    assert response.status_code == 404
    assert str(people_readers.reason).replace("'", "&#x27;") not in response.content.decode()


def test_refusal_reason_is_in_the_page_language(client):
    person = PersonFactory()
    client.force_login(UserFactory())

    response = client.get(f"/it/network/people/{person.pk}/")

    with translation.override("it"):
        reason = str(people_readers.reason)
    with translation.override("en"):
        english = str(people_readers.reason)
    assert response.status_code == 404
    assert reason != english
    assert reason.replace("'", "&#x27;") in response.content.decode()
