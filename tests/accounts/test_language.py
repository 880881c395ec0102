"""Which language a person reads the site in: the URL's, then their own setting, then their
browser's, then English; the header's switcher keeps the page and its query string."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse

from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db


def test_a_user_chooses_the_language_on_the_settings_page(member_client, member):
    url = reverse("accounts:settings")

    saved = member_client.post(url, {"email_notifications": "on", "language": "pl"}, follow=True)
    member.refresh_from_db()

    assert member.language == "pl"
    assert saved.redirect_chain == [("/pl/accounts/settings/", 302)]
    assert [str(m) for m in saved.context["messages"]] == ["Ustawienia zostały zapisane."]
    assert saved.context["form"].initial == {"email_notifications": True, "language": "pl"}


def test_the_settings_page_lists_every_language_by_its_own_name(member_client):
    html = member_client.get(reverse("accounts:settings")).content.decode()

    options = BeautifulSoup(html, "html.parser").select("main select[name=language] option")
    assert [(o["value"], o.get_text()) for o in options][1:] == [
        ("en", "English"),
        ("it", "italiano"),
        ("es", "español"),
        ("el", "Ελληνικά"),
        ("pl", "polski"),
        ("ro", "Română"),
        ("de", "Deutsch"),
        ("mt", "Malti"),
    ]
    assert options[0]["value"] == ""


def test_a_blank_language_follows_the_browser_again(member_client, member):
    member.language = "pl"
    member.save()

    member_client.post(reverse("accounts:settings"), {"language": ""})
    member.refresh_from_db()

    assert member.language == ""


def test_an_unknown_language_is_refused_and_nothing_changes(member_client, member):
    response = member_client.post(reverse("accounts:settings"), {"language": "fr"})
    member.refresh_from_db()

    assert response.status_code == 200
    assert "language" in response.context["form"].errors
    assert member.language == ""


def test_an_address_without_language_keeps_its_query_on_the_way_to_the_users_language(
    member_client, member
):
    member.language = "pl"
    member.save()

    response = member_client.get("/practices/?theme=housing&page=2", HTTP_ACCEPT_LANGUAGE="de")

    assert response["Location"] == "/pl/practices/?theme=housing&page=2"


def test_the_language_comes_from_the_address_then_the_user_then_the_browser_then_english(
    member_client, member, client
):
    member.language = "pl"
    member.save()
    german = {"HTTP_ACCEPT_LANGUAGE": "de-AT,de;q=0.9,en;q=0.5"}

    prefixed = member_client.get("/it/about/", **german)
    chosen = member_client.get("/", **german)
    member.language = ""
    member.save()
    browser = member_client.get("/", **german)
    member_client.logout()
    visitor = [
        client.get("/", HTTP_ACCEPT_LANGUAGE=accept)["Location"] for accept in "el fr".split()
    ]

    assert BeautifulSoup(prefixed.content, "html.parser").html["lang"] == "it"
    assert (chosen["Location"], browser["Location"]) == ("/pl/", "/de/")
    assert visitor == ["/el/", "/en/"]


def _switch(client, page: str, language: str):
    """Post the header's language switcher of ``page`` as the browser would."""
    html = client.get(page).content.decode()
    switcher = BeautifulSoup(html, "html.parser").select_one("form.language-switch")
    data = {i["name"]: i["value"] for i in switcher.select("input[type=hidden]")}
    return client.post(switcher["action"], {**data, "language": language})


def test_the_switcher_keeps_the_page_and_its_filters_and_saves_the_users_choice(
    member_client, member
):
    PracticeFactory.create_batch(21, themes=["housing"])
    page = "/it/practices/?theme=housing&page=2"

    response = _switch(member_client, page, "pl")
    member.refresh_from_db()
    landed = member_client.get(response["Location"])

    assert response["Location"] == "/pl/practices/?theme=housing&page=2"
    assert member.language == "pl"
    assert (landed.context["page"].number, landed.context["form"].cleaned_data["theme"]) == (
        2,
        "housing",
    )
    assert BeautifulSoup(landed.content, "html.parser").html["lang"] == "pl"


def test_a_visitors_switch_is_kept_in_the_browser_only(client, member):
    response = _switch(client, "/en/about/?x=1", "el")
    back_home = client.get("/")
    member.refresh_from_db()

    assert response["Location"] == "/el/about/?x=1"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "el"
    assert back_home["Location"] == "/el/"
    assert member.language == ""


def test_the_switcher_refuses_a_language_the_site_does_not_speak(member_client, member):
    response = member_client.post(reverse("set_language"), {"language": "fr", "next": "/it/about/"})
    member.refresh_from_db()

    assert response["Location"] == "/it/about/"
    assert member.language == ""


def test_the_switcher_does_not_send_anyone_to_another_site(client):
    response = client.post(
        reverse("set_language"), {"language": "it", "next": "https://evil.example/it/"}
    )

    assert response["Location"] == "/"


@pytest.mark.parametrize("next_page", ["", "about", "?page=2", "x/y"])
def test_the_switcher_answers_a_relative_or_empty_next_without_an_error(client, next_page):
    response = client.post(reverse("set_language"), {"language": "pl", "next": next_page})

    assert response.status_code == 302
    assert not response["Location"].startswith(("http", "//"))
