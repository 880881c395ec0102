"""The filtered lists on narrow phones: long theme, country and city names never make a
page wider than the window (a select is as wide as its longest option unless the
stylesheet says otherwise)."""

import datetime as dt

import pytest

from tests.factories import (
    CountryFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PracticeFactory,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDTHS = (320, 390)
LONG_CITY = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
LONG_COUNTRY = "United Kingdom of Great Britain and Northern Ireland (the)"
LONGEST_THEME = "civil_society"  # "Partnerships with civil society, business and academia"

# The page's width beyond the window, and the elements sticking out on the right.
OVERFLOW = """() => {
  const width = window.innerWidth;
  const outside = [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > width + 0.5)
    .slice(0, 5)
    .map((element) => element.tagName.toLowerCase() + (element.id ? "#" + element.id : ""));
  return {scrollWidth: document.documentElement.scrollWidth, width, outside};
}"""


@pytest.fixture
def long_names():
    country = CountryFactory(code="GB", name_en=LONG_COUNTRY)
    far_city = MunicipalityFactory(name=LONG_CITY, country=country, timezone="Europe/London")
    other = MunicipalityFactory(
        name="Reggio nell'Emilia e Castelnovo ne' Monti insieme", timezone="Europe/Rome"
    )
    for day in range(3):
        starts = dt.datetime(2030, 3, 4 + day, 9, tzinfo=dt.UTC)
        event = EventFactory(starts_at=starts, ends_at=starts + dt.timedelta(hours=2))
        EventParticipantFactory(event=event, municipality=far_city)
        EventParticipantFactory(event=event, municipality=other, position=1)
        event.themes.create(theme=LONGEST_THEME)
        PracticeFactory(
            name=f"{LONG_CITY} partnership {day}",
            municipality=far_city,
            themes=[LONGEST_THEME, "governance", "anti_discrimination"],
        )


def lists_with_filters() -> list[str]:
    theme = f"theme={LONGEST_THEME}"
    return [
        "/en/events/",
        f"/en/events/?{theme}&country=GB&when=upcoming",
        f"/it/events/?{theme}&country=GB",
        "/en/practices/",
        f"/en/practices/?{theme}&country=GB&sort=newest",
        f"/it/practices/?{theme}&country=GB",
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_filtered_lists_fit_a_narrow_phone(live_server, browser, long_names, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="en-GB")
    page = context.new_page()
    too_wide = {}

    for path in lists_with_filters():
        page.goto(f"{live_server.url}{path}")
        found = page.evaluate(OVERFLOW)
        if found["scrollWidth"] > found["width"]:
            too_wide[path] = found
    context.close()

    assert too_wide == {}
