"""A practice's history: the services record who changed what, shown on its history page."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from citypeers.core.audit import ChangeRow, audit_trail
from citypeers.core.models import AuditEntry
from citypeers.practices import services
from citypeers.practices.models import Practice

pytestmark = pytest.mark.django_db


def test_practice_edit_shows_author_time_and_changed_fields(client, member, municipality):
    practice = services.create_practice(
        name="Welcome desk", language="en", municipality=municipality, themes=["housing"], by=member
    )
    before = timezone.now()

    services.update_practice(
        practice=practice, name="Welcome office", themes=["housing", "education"], by=member
    )
    client.force_login(member)
    page = client.get(reverse("practices:history", args=[practice.pk]))

    updated, created = page.context["entries"]
    assert (updated.action, updated.by, created.action) == ("updated", member, "created")
    assert before <= updated.at <= timezone.now()
    assert updated.rows == [
        ChangeRow("Name", "Welcome desk", "Welcome office"),
        ChangeRow("Themes", "Housing", "Housing, Education and training"),
    ]
    assert ChangeRow("Municipality", "—", municipality.name) in created.rows
    assert "Name: <del>Welcome desk</del> → <ins>Welcome office</ins>" in page.content.decode()


def test_status_change_is_recorded_with_its_labels(coordinator, municipality):
    practice = services.create_practice(name="Desk", language="en", municipality=municipality)

    services.set_practice_status(practice=practice, status="published", by=coordinator)

    assert audit_trail(practice)[0].rows == [ChangeRow("Status", "Draft", "Published")]


def test_refused_and_failed_practice_writes_record_nothing(client, outsider, municipality):
    practice = services.create_practice(
        name="Desk", language="en", municipality=municipality, start_year=2020
    )
    entries = AuditEntry.objects.count()

    with pytest.raises(ValidationError):
        services.update_practice(practice=practice, name="Changed", end_year=2010)
    services.update_practice(practice=practice, name="Desk")
    client.force_login(outsider)
    refused = client.post(
        reverse("practices:edit", args=[practice.pk]),
        {"name": "Hacked", "language": "en", "municipality": municipality.name, "save": "1"},
    )

    assert refused.status_code == 404
    assert AuditEntry.objects.count() == entries == 1
    assert Practice.objects.get().name == "Desk"
