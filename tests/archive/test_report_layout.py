"""A report's lines as the review's text panel and the event page show them: a line
break stays a line break, a run of blank lines is one paragraph break, nothing is markup."""

import pytest
from django.urls import reverse

from citypeers.archive.event_sync import report_html
from citypeers.archive.views import panel_text

TEXT = "Harbour Towns Network\nWorking day in Kelmoor\n\n\n\nThe hosts <b>welcomed</b> the guests.  \r\nA second line.\n"


def test_the_panel_keeps_line_breaks_and_shows_one_blank_line_between_paragraphs():
    assert panel_text(TEXT) == (
        "Harbour Towns Network\nWorking day in Kelmoor\n\n"
        "The hosts <b>welcomed</b> the guests.\nA second line."
    )


@pytest.mark.django_db
def test_the_review_panel_shows_the_text_escaped_without_doubled_blank_lines(coordinator_client):
    page = coordinator_client.post(
        reverse("archive:upload"), {"text": TEXT, "source_name": "kelmoor.txt"}
    )

    panel = page.content.decode().split('class="report-text" tabindex="0">')[1].split("</div>")[0]
    assert "Working day in Kelmoor\n\nThe hosts &lt;b&gt;welcomed&lt;/b&gt;" in panel
    assert "\n\n\n" not in panel


def test_the_event_page_keeps_single_line_breaks_and_makes_one_paragraph_of_blank_lines():
    html = report_html(TEXT)

    assert html.startswith("<p>Harbour Towns Network<br>Working day in Kelmoor</p><p>The hosts")
    assert "&lt;b&gt;welcomed&lt;/b&gt;" in html
    assert html.count("<p>") == 2
