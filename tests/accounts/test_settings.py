"""A user's own settings page: e-mail notifications on or off (the language: test_language)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_user_turns_e_mail_notifications_off_and_on(member_client, member):
    url = reverse("accounts:settings")

    off = member_client.post(url, {}, follow=True)
    member.refresh_from_db()
    was_off = member.email_notifications
    member_client.post(url, {"email_notifications": "on"})
    member.refresh_from_db()

    assert [str(m) for m in off.context["messages"]] == ["Your settings are saved."]
    assert off.context["form"].initial == {"email_notifications": False, "language": ""}
    assert (was_off, member.email_notifications) == (False, True)


def test_the_header_links_to_the_settings(member_client, member):
    html = member_client.get(reverse("core:about")).content.decode()

    assert f'href="{reverse("accounts:settings")}"' in html
