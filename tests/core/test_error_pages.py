"""Error pages wear the site's shell: a heading that says what happened, an explanation and
a way back; the 500 page renders even when the database is what failed."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.utils import translation
from django.views.defaults import permission_denied, server_error


def shell(html) -> dict:
    soup = BeautifulSoup(html, "html.parser")
    return {
        "stylesheet": [link["href"] for link in soup.select("link[rel=stylesheet]")],
        "heading": soup.select_one("main h1").get_text(strip=True),
        "ways back": [a.get_text(strip=True) for a in soup.select(".page-error .actions a")],
        "skip link": soup.select_one("a.skip-link")["href"],
    }


def test_server_error_page_is_styled_and_needs_no_database(rf):
    """No database mark: any query here would fail the test."""
    translation.activate("it")

    response = server_error(rf.get("/it/events/"))

    assert response.status_code == 500
    page = shell(response.content)
    assert page["stylesheet"] == ["/static/citypeers/site.css"]
    assert page["heading"] == "Qualcosa è andato storto da parte nostra"
    assert page["ways back"] == ["Vai alla pagina iniziale"]


@pytest.mark.django_db
def test_missing_page_explains_and_offers_log_in_to_a_visitor(client):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    page = shell(response.content)
    assert page["heading"] == "We could not find this page"
    assert page["ways back"] == ["Log in", "Browse the network", "Go to the home page"]
    assert page["skip link"] == "#main"


@pytest.mark.django_db
def test_missing_page_offers_no_log_in_to_a_member(member_client):
    response = member_client.get("/en/network/people/999999/")

    assert response.status_code == 404
    assert shell(response.content)["ways back"] == ["Browse the network", "Go to the home page"]


@pytest.mark.django_db
def test_forbidden_page_names_who_may_act(rf):
    request = rf.get("/en/archive/")
    request.user = AnonymousUser()

    response = permission_denied(request, PermissionDenied())

    assert response.status_code == 403
    page = shell(response.content)
    assert page["heading"] == "You may not do this"
    assert page["ways back"] == ["Log in", "Go to the home page"]


@pytest.mark.django_db
def test_expired_form_page_says_nothing_was_saved():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/en/accounts/login/", {"username": "a", "password": "b"})

    assert response.status_code == 403
    page = shell(response.content)
    assert page["heading"] == "This form has expired"
    assert "nothing was saved" in response.content.decode()


# --- every error status, in both languages: the site's layout, a heading, a way home ----

HEADINGS = {
    "en": {
        400: "We could not understand this request",
        403: "You may not do this",
        "csrf": "This form has expired",
        404: "We could not find this page",
        429: "Too many failed attempts",
        500: "Something went wrong on our side",
    },
    "it": {
        400: "Non abbiamo capito questa richiesta",
        403: "Non puoi farlo",
        "csrf": "Questo modulo è scaduto",
        404: "Non abbiamo trovato questa pagina",
        429: "Troppi tentativi falliti",
        500: "Qualcosa è andato storto da parte nostra",
    },
}


def _bad_request(client, rf, language):
    # More query parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS: Django answers 400.
    query = "&".join(f"f{n}=1" for n in range(1100))
    return client.get(f"/{language}/practices/?{query}")


def _forbidden(client, rf, language):
    request = rf.get(f"/{language}/archive/")
    request.user = AnonymousUser()
    with translation.override(language):
        return permission_denied(request, PermissionDenied())


def _csrf_failure(client, rf, language):
    strict = Client(enforce_csrf_checks=True)
    return strict.post(f"/{language}/accounts/login/", {"username": "a", "password": "b"})


def _not_found(client, rf, language):
    return client.get(f"/{language}/no-such-page/")


def _locked_out(client, rf, language):
    for _attempt in range(6):
        response = client.post(
            f"/{language}/accounts/login/",
            {"username": "nobody", "password": "wrong"},
            REMOTE_ADDR="10.0.0.9",
        )
    return response


def _server_error(client, rf, language):
    with translation.override(language):
        return server_error(rf.get(f"/{language}/events/"))


ERRORS = {
    400: _bad_request,
    403: _forbidden,
    "csrf": _csrf_failure,
    404: _not_found,
    429: _locked_out,
    500: _server_error,
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("error", list(ERRORS))
def test_error_page_wears_the_site_layout_in_the_visitors_language(
    client, rf, settings, language, error
):
    assert settings.DEBUG is False

    response = ERRORS[error](client, rf, language)

    soup = BeautifulSoup(response.content, "html.parser")
    home = f"/{language}/"
    assert response.status_code == (403 if error == "csrf" else error)
    assert soup.html["lang"] == language
    assert soup.select_one("header.site-header nav.main-nav") is not None
    assert soup.select_one("main h1").get_text(strip=True) == HEADINGS[language][error]
    assert home in [a["href"] for a in soup.select(".page-error .actions a")]
