"""Security headers on every page, and templates the Content-Security-Policy can allow."""

import pathlib
import re

import pytest

import citypeers
from tests.fresh_process import run_project

PACKAGE = pathlib.Path(citypeers.__file__).parent


def policy(response) -> dict[str, list[str]]:
    directives = [d.split() for d in response["Content-Security-Policy"].split(";") if d.strip()]
    return {name: values for name, *values in directives}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/", "/en/events/", "/en/accounts/login/", "/api/v1/events"])
def test_pages_carry_the_security_headers(client, url):
    response = client.get(url)

    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_no_template_holds_inline_script_or_style():
    inline = re.compile(
        r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle\s*=|\son[a-z]+\s*=", re.IGNORECASE
    )
    found = [
        f"{path.relative_to(PACKAGE)}: {match.group()}"
        for path in sorted(PACKAGE.glob("*/templates/**/*.html"))
        for match in inline.finditer(path.read_text(encoding="utf-8"))
    ]

    assert found == []


def production_settings(**env) -> list[str]:
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, 'upgrade-insecure-requests' in "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES'])"
    )
    result = run_project(
        "-c",
        code,
        unset=frozenset({"DEBUG", "HTTPS"}),
        **{"SECRET_KEY": "a-real-secret-from-the-environment", **env},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_https_turns_on_redirect_hsts_and_secure_cookies():
    assert production_settings(HTTPS="1") == ["True", "31536000", "True", "True", "True"]
    assert production_settings()[:2] == ["False", "0"]


@pytest.mark.django_db
def test_hsts_is_sent_over_https_only(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000

    secure = client.get("/en/", secure=True)
    plain = client.get("/en/")

    assert secure["Strict-Transport-Security"] == "max-age=31536000"
    assert "Strict-Transport-Security" not in plain
