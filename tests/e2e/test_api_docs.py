"""The API's interactive docs work in a browser from the site alone, under its CSP."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_api_docs_render_with_no_outside_request_and_no_policy_violation(live_server, page):
    requested, problems = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))

    page.goto(f"{live_server.url}/api/v1/docs")

    expect(page.locator(".swagger-ui .info .title")).to_contain_text("citypeers API")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    site = urlsplit(live_server.url).netloc
    assert {urlsplit(url).netloc for url in requested if not url.startswith("data:")} == {site}
    assert problems == []
