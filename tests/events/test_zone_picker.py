"""The zone picker offers tzdata's canonical zones (zone1970.tab), named by city and
countries and grouped by region, not every alias of the database; a stored alias still
works and shows as its canonical zone."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from citypeers.core.text import fold
from citypeers.events import services
from citypeers.events.forms import EventForm, zone_choices
from tests.factories import MunicipalityFactory


def _offered() -> dict[str, str]:
    offered = {}
    for value, label in zone_choices():
        if isinstance(label, (list, tuple)):
            offered.update({zone: f"{value}: {text}" for zone, text in label})
        else:
            offered[value] = label
    return offered


def test_only_canonical_zones_are_offered():
    offered = _offered()

    assert "Asia/Calcutta" not in offered
    assert "Europe/Kiev" not in offered
    assert {"Asia/Kolkata", "Europe/Rome", "Europe/Kyiv", "UTC"} <= set(offered)
    assert len(offered) < 350


def test_zones_are_named_by_city_and_countries_in_the_page_language():
    with translation.override("en"):
        english = _offered()
    with translation.override("it"):
        italian = _offered()

    assert english["Europe/Rome"] == "Europe: Rome — Italy, San Marino, Vatican City"
    assert italian["Europe/Rome"].startswith("Europa: Rome — Italia, San Marino")
    labels = [text for _, text in dict(zone_choices())["Europe"]]
    assert labels == sorted(labels, key=fold)


def test_a_stored_alias_is_accepted_as_its_canonical_zone():
    field = EventForm.base_fields["zone"]

    assert field.clean("Asia/Calcutta") == "Asia/Kolkata"
    assert field.clean("Europe/Rome") == "Europe/Rome"
    assert field.clean("Etc/GMT-1") == "Etc/GMT-1"


@pytest.mark.django_db
def test_the_edit_form_selects_the_canonical_zone_of_a_party_stored_with_an_alias(
    coordinator_client,
):
    kyiv = MunicipalityFactory(name="Kyiv", timezone="Europe/Kiev")
    start = dt.datetime(2030, 12, 3, 9, tzinfo=dt.UTC)
    event = services.create_event(
        kind="peer_exchange",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        municipalities=[kyiv],
    )

    html = coordinator_client.get(f"/en/events/{event.pk}/edit/").content

    selected = BeautifulSoup(html, "html.parser").select_one("select[name=zone] option[selected]")
    assert selected["value"] == "Europe/Kyiv"
