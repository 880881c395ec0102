import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from citypeers.events.demo import SERIES
from citypeers.events.models import EventSeries
from tests.factories import EventFactory, EventParticipantFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# language -> (title, date, status) as the event page shows them
SHOWN = {
    "en": ("7th online peer-to-peer exchange", "18 February 2021", "Concluded"),
    "it": ("7° scambio online tra pari", "18 febbraio 2021", "Concluso"),
    "es": ("7.º intercambio en línea entre pares", "18 de febrero de 2021", "Concluido"),
    "el": ("7η διαδικτυακή ανταλλαγή μεταξύ ομοτίμων", "18 Φεβρουαρίου 2021", "Ολοκληρωμένη"),
    "pl": ("7. wymiana partnerska online", "18 lutego 2021", "Zakończone"),
    "ro": ("Al 7-lea schimb online între egali", "18 februarie 2021", "Încheiat"),
    "de": ("7. Online-Peer-to-Peer-Austausch", "18. Februar 2021", "Abgeschlossen"),
    "mt": ("Is-7 skambju online bejn il-pari", "18 ta’ Frar 2021", "Konkluż"),
}


def test_event_page_read_in_each_language_through_the_header_switcher(live_server, page):
    event = EventFactory(
        series=EventSeries.objects.create(**SERIES),
        ordinal=7,
        starts_at=dt.datetime(2021, 2, 18, 13, 30, tzinfo=dt.UTC),
        ends_at=dt.datetime(2021, 2, 18, 15, 30, tzinfo=dt.UTC),
        status="concluded",
    )
    EventParticipantFactory(event=event, municipality__timezone="Europe/Rome")
    page.goto(f"{live_server.url}/en/events/{event.pk}/")

    seen = {}
    for language in SHOWN:
        if language != "en":
            page.select_option("#language-select", language)
            expect(page).to_have_url(re.compile(f"/{language}/events/{event.pk}/$"))
        seen[language] = (
            page.locator("h1").inner_text().split(":")[0],
            page.locator(".event-day").inner_text(),
            page.locator(".badge.status-concluded").inner_text(),
        )

    assert seen == SHOWN
