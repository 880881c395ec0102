"""Every URL of the site refuses a cross-site POST.

Each URL pattern is POSTed by a user who may use it, with CSRF checks on as in a browser:
without a token, with a wrong one in the form and with a wrong one in the header. Each
such POST answers 403 (Django's CSRF failure) or 405 (the URL takes no POST), and leaves
every stored row as it was. A POST with the right token then reaches the view (neither
403 nor 404), which shows the user was one the view lets in: so a view that skips the
check (``@csrf_exempt`` with no ``csrf_protect`` inside) fails here.

The API is the one exception to cookies: its writes authenticate with a personal API
token, never with the session cookie, so a write carrying only the session cookie is
refused (401, or 405 where the URL takes no such method) and changes nothing.
"""

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.url_walk import (
    OPEN,
    RESTRICTED,
    SIGNED_IN,
    World,
    allowed_user,
    stored_rows,
    url_arguments,
)

pytestmark = pytest.mark.django_db

SECRET = "a" * 32  # a well-formed CSRF secret (the cookie's value)
WRONG = "b" * 32  # well-formed, but not the cookie's
CSRF_FAILURE_TEMPLATE = "403_csrf.html"  # the page django.views.csrf.csrf_failure renders
NOT_POSTABLE = 405

SITE_URLS = sorted(OPEN | SIGNED_IN | set(RESTRICTED))
# The pages that take a POST besides the restricted ones that say so in their table.
POSTED_PAGES = {
    "set_language",
    "accounts:login",
    "accounts:logout",
    "accounts:settings",
    "tokens:create",
}


@pytest.fixture(autouse=True)
def quick_passwords(settings):
    """The world's accounts are signed in directly: their passwords need no slow hash."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _takes_post(name: str) -> bool:
    return name in POSTED_PAGES or (name in RESTRICTED and "POST" in RESTRICTED[name][2])


def _forgers(user) -> dict[str, tuple[Client, dict, dict]]:
    """Clients signed in as ``user``, each with the data and headers of one forged POST:
    no token, a wrong form token, a wrong header token."""
    forgers = {}
    for case, cookie, data, headers in (
        ("no token", None, {}, {}),
        ("wrong form token", SECRET, {"csrfmiddlewaretoken": WRONG}, {}),
        ("wrong header token", SECRET, {}, {"X-CSRFToken": WRONG}),
    ):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        if cookie:
            client.cookies["csrftoken"] = cookie
        forgers[case] = (client, data, headers)
    return forgers


def _forged_posts(forgers, url: str) -> dict[str, object]:
    return {
        case: client.post(url, data, headers=headers)
        for case, (client, data, headers) in forgers.items()
    }


def _refused(response) -> bool:
    rendered = {template.name for template in response.templates}
    forbidden = response.status_code == 403 and CSRF_FAILURE_TEMPLATE in rendered
    return forbidden or response.status_code == NOT_POSTABLE


def _genuine_post(user, url: str):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.cookies["csrftoken"] = SECRET
    return client.post(url, {"csrfmiddlewaretoken": SECRET})


@pytest.mark.parametrize("name", SITE_URLS)
def test_post_without_the_right_token_is_refused_and_changes_nothing(name):
    world = World()
    user = allowed_user(name, world)
    url = reverse(name, args=url_arguments(name, world))
    before = stored_rows()

    forged = _forged_posts(_forgers(user), url)
    after = stored_rows()
    genuine = _genuine_post(user, url)

    assert {case: r.status_code for case, r in forged.items() if not _refused(r)} == {}
    assert after == before
    if _takes_post(name):
        assert {case: r.status_code for case, r in forged.items()} == dict.fromkeys(forged, 403)
        assert genuine.status_code not in {403, 404, NOT_POSTABLE}


def _named_patterns(patterns, namespace=""):
    """(full name, pattern) of every named URL pattern under ``patterns``."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _named_patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", pattern


def _guarded_urls(prefix: str, values: dict[str, object]) -> list[str]:
    """Every URL of the admin or the API, its arguments taken from ``values`` (an id of
    1 for any other)."""
    return sorted(
        reverse(name, kwargs={key: values.get(key, 1) for key in pattern.pattern.regex.groupindex})
        for name, pattern in _named_patterns(get_resolver().url_patterns)
        if name.startswith(prefix)
    )


def test_admin_refuses_every_post_without_the_right_token(admin_user):
    world = World()
    # An object id no row has will do: the CSRF check comes before the view looks.
    urls = _guarded_urls("admin:", {"app_label": "events", "object_id": world.event.pk})
    before = stored_rows()

    forgers = _forgers(admin_user)
    not_refused = {
        (url, case): response.status_code
        for url in urls
        for case, response in _forged_posts(forgers, url).items()
        if not _refused(response)
    }

    assert len(urls) > 50
    assert not_refused == {}
    assert stored_rows() == before


def test_api_writes_take_a_token_never_the_session_cookie():
    world = World()
    values = {
        "event_id": world.event.pk,
        "municipality_id": world.city.pk,
        "follow_up_id": world.follow_up.pk,
        "practice_id": world.practice.pk,
    }
    urls = _guarded_urls("api:", values)
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.coordinator)
    client.cookies["csrftoken"] = SECRET
    before = stored_rows()

    operations = client.get(reverse("api:openapi-json")).json()["paths"].values()
    methods = {method for operation in operations for method in operation}
    written = {
        (url, method): getattr(client, method)(
            url, "{}", content_type="application/json", headers={"X-CSRFToken": SECRET}
        ).status_code
        for url in urls
        for method in ("post", "put", "patch")
    }

    read = {url: client.get(url).status_code for url in urls}

    assert methods == {"get", "post", "put", "patch"}
    # Besides the operations, the API's own pages (docs, schema) answer as they would a GET.
    assert {
        key: status
        for key, status in written.items()
        if status not in {401, 405} and status != read[key[0]]
    } == {}
    assert 401 in written.values()
    assert stored_rows() == before
