"""The filtered lists on narrow phones: long theme, country and city names never make a
page wider than the window (a select is as wide as its longest option unless the
stylesheet says otherwise)."""

import datetime as dt

import pytest

from citypeers.accounts.enums import Role
from citypeers.matching.models import Round
from citypeers.matching.services import requests as request_services
from tests.e2e.sessions import signed_in_page
from tests.factories import (
    CountryFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PracticeFactory,
    ProgrammeFactory,
    UserFactory,
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


# The list tables of the site with many columns: on a phone, one card a row, each cell
# under its column's name. The municipalities' list keeps its table: three short columns
# on a phone (the time zone is hidden), scanned down rather than read row by row.
STACKED_LISTS = ("/en/documents/", "/en/exchanges/requests/", "/en/exchanges/rounds/")
TABLE_LISTS = ("/en/network/",)

# The page's width, and for its list table: how far it scrolls sideways within itself,
# how its first row's cells are laid out and labelled, and the narrowest cell's width.
TABLE_LAYOUT = """() => {
  const table = document.querySelector("main table");
  const cells = [...table.querySelector("tbody tr").cells].filter((cell) => cell.offsetParent);
  return {
    pageWidth: document.documentElement.scrollWidth,
    hiddenSideways: table.scrollWidth - table.clientWidth,
    displays: [...new Set(cells.map((cell) => getComputedStyle(cell).display))],
    unlabelled: cells.filter((cell) => !cell.dataset.label).length,
    narrowest: Math.round(Math.min(...cells.map((cell) => cell.getBoundingClientRect().width))),
  };
}"""


@pytest.fixture
def long_rows():
    """A row of each list holding long names (cities, country, document, programme); the
    coordinator who sees the lists."""
    country = CountryFactory(code="GB", name_en=LONG_COUNTRY)
    far_city = MunicipalityFactory(name=LONG_CITY, country=country, timezone="Europe/London")
    other = MunicipalityFactory(name="Reggio nell'Emilia e Castelnovo ne' Monti insieme")
    event = EventFactory(starts_at=dt.datetime(2030, 3, 4, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=event, municipality=far_city)
    DocumentFactory(
        item=event,
        title=f"Welcome services of {LONG_CITY} and its partners",
        name="partner_cities_working_group_on_reception_services_minutes.pdf",
    )
    request_services.create_request(requester=far_city, wanted=other, message="Housing?")
    programme = ProgrammeFactory(name="Inclusive cities peer exchanges across Europe 2030")
    Round.objects.create(
        programme=programme, starts_on=dt.date(2030, 3, 4), ends_on=dt.date(2030, 4, 29)
    )
    return UserFactory(role=Role.COORDINATOR, is_staff=True)


@pytest.mark.parametrize("width", [375, 1280])
def test_list_tables_read_as_cards_on_a_phone_and_stay_tables_on_a_desktop(
    live_server, browser, long_rows, width
):
    viewport = {"width": width, "height": 900}
    page = signed_in_page(browser, live_server, long_rows, viewport=viewport)
    layouts = {}
    for path in STACKED_LISTS + TABLE_LISTS:
        page.goto(f"{live_server.url}{path}")
        layouts[path] = page.evaluate(TABLE_LAYOUT)
    page.context.close()

    on_phone = width < 800
    cards = {"hiddenSideways": 0, "displays": ["grid" if on_phone else "table-cell"]}
    wrong = {
        path: layout
        for path, layout in layouts.items()
        if layout["pageWidth"] > width
        or layout["hiddenSideways"] > 0
        or (
            path in STACKED_LISTS
            and (
                layout["unlabelled"] > 0
                or {key: layout[key] for key in cards} != cards
                # a card's cell spans the window, not a squeezed column
                or (on_phone and layout["narrowest"] <= width / 2)
            )
        )
    }
    assert wrong == {}, layouts
