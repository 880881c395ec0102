"""Every form of the site answers hostile input with a page, never a server error.

The forms are found, not listed: each page of the site is read as a user who may use it
and every ``<form>`` on it is parsed, so a new form is fuzzed as soon as a page shows
it. Each form is first filled as a browser would send it (its own values, a plausible
value in each empty field by its type), then one field at a time gets a hostile value:
numbers past 64 bits, dates at the ends of the calendar, very long strings, NUL bytes,
invalid UTF-8, line breaks in one-line fields, markup, unknown choices, a missing or a
repeated key. Any 5xx fails the test, naming the form, the field and the value, and so
does a refused submission (a 4xx answer) that changed stored data: a refusal leaves the
database as it was.
"""

import dataclasses
import datetime as dt
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Count, Max
from django.template.base import Template
from django.test import Client
from django.urls import resolve, reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from citypeers.matching.models import ExchangeRequest
from tests.factories import EventFactory, EventParticipantFactory, MunicipalityFactory
from tests.url_walk import OPEN, RESTRICTED, SIGNED_IN, World, allowed_user, url_arguments

pytestmark = pytest.mark.django_db

CSRF_SECRET = "a" * 32
MISSING = object()  # the field is left out of the submission
REPEATED = object()  # the field is sent twice, with two different values

HOSTILE = [
    "9" * 30,
    "-9223372036854775809",
    "18446744073709551616",
    "-1",
    "0",
    "1e309",
    "NaN",
    "9999-12-31",
    "0001-01-01",
    "9999-12-31T23:59",
    "2021-02-30",
    "31/31/31",
    "x" * 100_000,
    "a\x00b",
    b"\xed\xa0\x80\xff\xfe",  # a UTF-8 encoded lone surrogate, then bytes no UTF-8 has
    "first line\nsecond line\r\n",
    "<script>alert(1)</script>\"'&",
    "a\u2028b\u2029c\x85d",
    "",
    "  ",
    MISSING,
    REPEATED,
]

# Pages the walk reads besides the tables' (a form only some users or states show).
# Each is (URL name, the user who reads it, how to get its URL arguments from the world).
EXTRA_PAGES = [
    ("matching:request", "invited_officer", lambda w: [w.exchange_request.pk]),
    ("matching:request", "coordinator", lambda w: [w.open_request.pk]),
    ("matching:request", "officer", lambda w: [w.open_request.pk]),
    ("practices:detail", "coordinator", lambda w: [w.practice.pk]),
    ("events:detail", "coordinator", lambda w: [w.planned_event.pk]),
]
# Submitting these changes who the client is; the login form is fuzzed in tests/accounts.
SKIPPED_ACTIONS = {"accounts:logout"}

# A plausible value for an empty field of each input type, so that the other fields
# reach the service while one field is hostile.
PLAUSIBLE = {
    "number": "1",
    "date": "2031-03-04",
    "datetime-local": "2031-03-04T10:00",
    "time": "10:00",
    "email": "someone@example.org",
    "url": "https://example.org/",
}
REPORT_TEXT = (
    "12 May 2022 10:00-12:00 (CET)\nOnline meeting\n\nThe 5th online peer-to-peer exchange "
    "took place on 12 May 2022 between the municipalities of Lyon (France) and Porto "
    "(Portugal). From Lyon: Ms Claire Martin, Head of the Welcome Service."
)


@dataclasses.dataclass
class Form:
    page: str  # the URL name of the page showing it
    user: str  # who reads and submits it
    method: str
    action: str
    fields: dict[str, list[str]]  # name -> the values a browser would send
    choices: dict[str, list[str]]  # name -> the options of a select, radio or checkbox
    files: set[str]

    @property
    def key(self) -> tuple:
        return (self.method, resolve(urlsplit(self.action).path).view_name, tuple(self.fields))


@pytest.fixture(autouse=True)
def quick_passwords(settings):
    """The world's accounts are signed in directly: their passwords need no slow hash."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def templates_not_recorded(monkeypatch):
    """Only status codes are read here: render without the test client's record of every
    template and a copy of its context (thousands per page, one per option of a list)."""
    monkeypatch.setattr(Template, "_render", lambda self, context: self.nodelist.render(context))


def _parse_forms(html: str, url: str, page: str, user: str) -> list[Form]:
    forms = []
    for tag in BeautifulSoup(html, "html.parser").find_all("form"):
        fields, choices, files = {}, {}, set()
        for element in tag.find_all(["input", "select", "textarea", "button"]):
            name = element.get("name")
            if not name or name == "csrfmiddlewaretoken" or element.has_attr("disabled"):
                continue
            _read_element(element, name, fields, choices, files)
        method = (tag.get("method") or "get").upper()
        action = urljoin(url, tag.get("action") or url)
        forms.append(Form(page, user, method, action, fields, choices, files))
    return forms


def _read_element(element, name, fields, choices, files) -> None:
    """Add what a browser would send for ``element`` (and its options) to the maps."""
    kind = element.name
    if element.name in {"input", "button"}:
        kind = element.get("type", "text" if element.name == "input" else "submit").lower()
    values = fields.setdefault(name, [])
    if kind in {"submit", "button", "reset", "image"}:
        if element.get("value"):
            choices.setdefault(name, []).append(element["value"])
            values[:] = values or [element["value"]]
        return
    if kind == "file":
        files.add(name)
        return
    if kind in {"checkbox", "radio"}:
        choices.setdefault(name, []).append(element.get("value", "on"))
        if element.has_attr("checked") or kind == "radio" and not values:
            values.append(element.get("value", "on"))
        return
    if kind == "select":
        options = [o.get("value", o.get_text()) for o in element.find_all("option")]
        choices[name] = options
        chosen = [o.get("value", o.get_text()) for o in element.find_all("option", selected=True)]
        values.extend(chosen or [o for o in options if o][:1])
        return
    if kind == "textarea":  # a browser drops the line break that opens the text
        value = element.get_text().removeprefix("\n")
    else:
        value = element.get("value", "")
    plausible = element.get("min") or PLAUSIBLE.get(kind, "")
    values.append(value or plausible or ("Fuzz" if element.has_attr("required") else ""))


def _pages(world) -> list[tuple[str, str, list]]:
    names = sorted(OPEN | SIGNED_IN | {n for n, row in RESTRICTED.items() if "GET" in row[2]})
    # Open pages are read as the coordinator, who sees every action they offer.
    pages = [
        (name, allowed_user(name, world) if name in RESTRICTED else world.coordinator, args)
        for name in names
        if name not in SKIPPED_ACTIONS
        for args in [url_arguments(name, world)]
    ]
    extra = [(name, getattr(world, user), args(world)) for name, user, args in EXTRA_PAGES]
    return pages + extra


def _user_name(world, user) -> str:
    return next(key for key, value in vars(world).items() if value == user)


def _all_forms(world) -> dict[tuple, Form]:
    """Every form of every page, once each (the same action and fields on many pages is
    the same form)."""
    found = {}
    for name, user, args in _pages(world):
        url = reverse(name, args=args)
        client = Client()
        client.force_login(user)
        response = client.get(url)
        if not response["Content-Type"].startswith("text/html"):
            continue
        for form in _parse_forms(response.content.decode(), url, name, _user_name(world, user)):
            found.setdefault(form.key, form)
    review = _review_form(world)
    found.setdefault(review.key, review)
    return {key: form for key, form in found.items() if key[1] not in SKIPPED_ACTIONS}


def _review_form(world) -> Form:
    """The archive's review form: it only shows once a report is uploaded."""
    client = Client()
    client.force_login(world.coordinator)
    url = reverse("archive:upload")
    response = client.post(url, {"text": REPORT_TEXT, "source_name": "lyon.txt"})
    forms = _parse_forms(response.content.decode(), url, "archive:upload", "coordinator")
    return next(form for form in forms if form.key[1] == "archive:review")


def _fuzz_world() -> World:
    """The access walk's world, with a request waiting for the coordinator (its page shows
    the invitation form) and an event still to come (its page shows cancel)."""
    world = World()
    world.open_request = ExchangeRequest.objects.create(
        requester=world.city, wanted=MunicipalityFactory(), status="open"
    )
    world.planned_event = EventFactory(starts_at=dt.datetime(2031, 3, 8, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=world.planned_event, municipality=world.city)
    return world


def _submitter(world, form: Form) -> Client:
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.force_login(getattr(world, form.user))
    client.cookies["csrftoken"] = CSRF_SECRET
    return client


def _submit(client, form: Form, field: str, value) -> int:
    """Send ``form`` with ``value`` in ``field``; the status code of the answer."""
    data = {name: list(values) for name, values in form.fields.items()}
    if form.method == "POST":
        upload = {name: SimpleUploadedFile("fuzz.txt", REPORT_TEXT.encode()) for name in form.files}
        data.update(upload)
    if value is MISSING:
        data.pop(field, None)
    elif value is REPEATED:
        data[field] = [*(data.get(field) or ["1"]), "2"]
    else:
        data[field] = [value]
    if form.method == "GET":
        return client.get(form.action, data).status_code
    data["csrfmiddlewaretoken"] = CSRF_SECRET
    return client.post(form.action, data).status_code


def stored_state() -> dict:
    """Rows per table, and the last change of each table that keeps one: what a refused
    submission must leave as it was (a row added, removed or saved shows here)."""
    state = {}
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = {"rows": Count("pk")}
        if any(field.name == "updated_at" for field in model._meta.concrete_fields):
            fields["changed"] = Max("updated_at")
        state[model._meta.label] = model._default_manager.aggregate(**fields)
    return state


def _label(form: Form, field: str, value) -> str:
    shown = {MISSING: "<missing>", REPEATED: "<repeated>"}.get(value, value)
    return f"{form.method} {form.key[1]} ({form.page} as {form.user}) {field}={shown!r:.60}"


# Every field gets one of these (the first if it holds a number or a choice, else the
# second); hypothesis then draws more pairs of a field and a value. Trying every value
# in every field would take minutes: each answer renders the whole form again.
PAST_64_BITS = "9" * 30
GARBAGE = b"a\x00b\r\nc<script>alert(1)</script>\xe2\x80\xa8\xc2\x85\xed\xa0\x80\xff"
DRAWS_PER_FORM = 8


def _first_value(form: Form, field: str):
    numeric = field in form.choices or any(v.isdigit() for v in form.fields[field])
    return PAST_64_BITS if numeric else GARBAGE


def _fuzz_form(world, form: Form) -> list[str]:
    """The server errors ``form`` answers: every field with its ``_first_value``, then
    ``DRAWS_PER_FORM`` pairs of a field and a hostile value drawn by hypothesis."""
    client = _submitter(world, form)
    errors = []

    def check(field, value):
        before = stored_state() if form.method == "POST" else None
        status = _submit(client, form, field, value)
        if status >= 500:
            errors.append(f"{_label(form, field, value)}: {status}")
        elif status >= 400 and before is not None and stored_state() != before:
            errors.append(f"{_label(form, field, value)}: refused with {status}, data changed")

    for field in form.fields:
        check(field, _first_value(form, field))

    @hypothesis_settings(
        derandomize=True,
        max_examples=DRAWS_PER_FORM,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(field=st.sampled_from(sorted(form.fields)), value=_hostile_values())
    def draw(field, value):
        check(field, value)

    if form.fields:
        draw()
    return errors


def _hostile_values():
    return st.one_of(
        st.sampled_from(HOSTILE),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.dates().map(str),
        st.text(max_size=40),
    )


def test_hostile_values_in_every_field_of_every_form_answer_no_server_error():
    world = _fuzz_world()
    forms = _all_forms(world)

    errors = [error for form in forms.values() for error in _fuzz_form(world, form)]

    with_a_page = {name for name, row in RESTRICTED.items() if row[2] == "GET POST"}
    assert with_a_page - {key[1] for key in forms} == set()
    assert errors == []
