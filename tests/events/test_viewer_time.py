"""Without JavaScript nobody knows the viewer's zone: the page carries no half-written
"In your time zone ():" line, only an empty placeholder that the script fills whole."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def _text(html: bytes) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.select("script"):
        script.decompose()
    return " ".join(soup.get_text(" ", strip=True).split())


@pytest.mark.parametrize("language", ["en", "it"])
def test_event_page_has_no_viewer_line_without_javascript(client, exchange, language):
    response = client.get(f"/{language}/events/{exchange.pk}/")

    text = _text(response.content)
    assert "()" not in text and "( )" not in text
    assert "In your time zone" not in text and "Nel tuo fuso orario" not in text
    placeholder = BeautifulSoup(response.content, "html.parser").select_one(".viewer-time")
    assert placeholder.has_attr("hidden")
    assert placeholder.get_text(strip=True) == ""
    assert "{zone}" in placeholder["data-template"]


def test_event_list_has_no_empty_brackets(client, exchange):
    response = client.get("/en/events/")

    assert exchange.participants.count() == 2
    assert "()" not in _text(response.content)
    assert "In your time zone" not in _text(response.content)
