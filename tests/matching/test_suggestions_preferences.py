"""Exchange preferences: who may edit them, what the page saves, what it refuses."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from citypeers.core.models import AuditEntry
from citypeers.matching.models import ExchangePreferences
from citypeers.matching.services.preferences import update_exchange_preferences

pytestmark = pytest.mark.django_db

VALID = {
    "opted_in": "on",
    "office_opens": "08:30",
    "office_closes": "16:00",
    "weekdays": ["0", "2", "4"],
    "languages": ["en", "it"],
}


def saved(municipality) -> dict | None:
    return (
        ExchangePreferences.objects.filter(municipality=municipality)
        .values("opted_in", "office_opens", "office_closes", "weekdays", "languages")
        .first()
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("visitor", 302),  # to the login page, and back
        ("outsider", 404),  # an officer of another city
        ("organisation_member", 404),
        ("member", 200),  # an officer of the city
        ("coordinator", 200),
    ],
)
def test_who_may_edit_the_preferences(request, client, municipality, role, status):
    if role != "visitor":
        client.force_login(request.getfixturevalue(role))
    url = reverse("matching:preferences", args=[municipality.pk])

    page = client.get(url)
    posted = client.post(url, VALID)

    allowed = status == 200
    assert (page.status_code, posted.status_code) == (status, 302 if allowed else status)
    assert saved(municipality) == (
        {
            "opted_in": True,
            "office_opens": dt.time(8, 30),
            "office_closes": dt.time(16),
            "weekdays": [0, 2, 4],
            "languages": ["en", "it"],
        }
        if allowed
        else None
    )


def test_saving_records_who_changed_what(member_client, member, municipality):
    url = reverse("matching:preferences", args=[municipality.pk])

    member_client.post(url, VALID)
    member_client.post(url, {**VALID, "office_closes": "17:30", "languages": ["en"]})

    entries = list(AuditEntry.objects.order_by("pk").values("action", "by", "changes"))
    assert entries == [
        {
            "action": "created",
            "by": member.pk,
            "changes": {
                "opted_in": [None, True],
                "office_opens": [None, "08:30:00"],
                "office_closes": [None, "16:00:00"],
                "weekdays": [None, [0, 2, 4]],
                "languages": [None, ["en", "it"]],
            },
        },
        {
            "action": "updated",
            "by": member.pk,
            "changes": {
                "office_closes": ["16:00:00", "17:30:00"],
                "languages": [["en", "it"], ["en"]],
            },
        },
    ]


def test_page_shows_the_saved_preferences(member_client, municipality):
    url = reverse("matching:preferences", args=[municipality.pk])
    member_client.post(url, VALID)

    html = member_client.get(url).content.decode()

    assert 'name="office_opens" value="08:30"' in html
    assert 'name="weekdays" value="2" id="id_weekdays_2" checked' in html
    assert 'name="weekdays" value="1" id="id_weekdays_1" checked' not in html


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"office_closes": "08:30"}, "office_closes", "The office must close after it opens."),
        ({"office_closes": "07:00"}, "office_closes", "The office must close after it opens."),
        ({"office_opens": "25:00"}, "office_opens", "Enter a valid time."),
        ({"weekdays": []}, "weekdays", "Choose at least one working day."),
        (
            {"weekdays": ["7"]},
            "weekdays",
            "Select a valid choice. 7 is not one of the available choices.",
        ),
        (
            {"languages": ["fr"]},
            "languages",
            "Select a valid choice. fr is not one of the available choices.",
        ),
    ],
)
def test_invalid_preferences_are_refused_and_change_nothing(
    member_client, municipality, change, field, message
):
    url = reverse("matching:preferences", args=[municipality.pk])
    member_client.post(url, VALID)
    before = (saved(municipality), AuditEntry.objects.count())

    response = member_client.post(url, {**VALID, **change})

    assert response.status_code == 400
    assert response.context["form"].errors == {field: [message]}
    assert "nothing was saved" in response.content.decode()
    assert (saved(municipality), AuditEntry.objects.count()) == before


def test_service_refuses_what_the_form_refuses(municipality, member):
    with pytest.raises(ValidationError) as refused:
        update_exchange_preferences(
            municipality=municipality,
            opted_in=True,
            office_opens=dt.time(17),
            office_closes=dt.time(9),
            weekdays=[],
            languages=["en", "xx"],
            by=member,
        )

    assert refused.value.message_dict == {
        "office_closes": ["The office must close after it opens."],
        "weekdays": ["Choose at least one working day."],
        "languages": ["Not a language of the programme: xx."],
    }
    assert (saved(municipality), AuditEntry.objects.count()) == (None, 0)


def test_municipality_page_links_to_the_preferences_for_those_who_may_edit(
    client, member, outsider, municipality
):
    url = reverse("matching:preferences", args=[municipality.pk])
    client.force_login(outsider)
    as_outsider = client.get(municipality.get_absolute_url()).content.decode()
    client.force_login(member)
    as_member = client.get(municipality.get_absolute_url()).content.decode()

    assert (url in as_member, url in as_outsider) == (True, False)
