"""Every main page, as visitor, member and coordinator, on a desktop and a 390 px phone,
in English and Italian: axe-core finds no serious or critical accessibility violation,
nothing is wider than the window, and error pages wear the site's own style.

One browser and one live server serve the whole tour (a test per page would rebuild the
network each time); failures are gathered and reported together. Width and overflow are
checked in every combination; axe runs on both widths in English and on the desktop in
Italian (a translation changes words, not layout), which keeps the tour short. Screenshots of the main
pages are saved under ``tmp/artefacts/screenshots`` and checked to be non-blank."""

import base64
import datetime as dt
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from django.utils import timezone

from citypeers.accounts.enums import Role
from citypeers.api.services import create_token
from citypeers.archive.models import ImportedReport
from citypeers.archive.services import import_report_text
from citypeers.matching.services import requests as request_services
from citypeers.network.models import CityProfile, OriginCommunity, ProfileChallenge, Unit
from tests.factories import (
    AffiliationFactory,
    CountryFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
    PracticeFactory,
    ProgrammeFactory,
    UserFactory,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTEFACTS = Path(__file__).resolve().parents[2] / "tmp" / "artefacts" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
# An archived report, reviewed on its page (its cities come from the bundled gazetteer).
REPORT = (
    "Online meeting\n\nThe 5th online peer-to-peer exchange took place on 12 May 2022 between "
    "the municipalities of Lyon (France) and Porto (Portugal), moderated by IOM.\n\n"
    "From Lyon: Ms Claire Martin, Head of the Welcome Service."
)
LONGEST_THEME = "civil_society"  # "Partnerships with civil society, business and academia"
MISSING_PAGE = "/no-such-page/"  # the one page of the tour that answers 404
SCREENSHOT_PAGES = {"home", "practices", "events", "municipality", "organisation", "event"}

# How much of the page differs from its background: a blank screenshot has one colour.
COLOURS_IN_PNG = """async (data) => {
  const image = new Image();
  image.src = "data:image/png;base64," + data;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width; canvas.height = Math.min(image.height, 3000);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  const seen = new Set();
  for (let i = 0; i < pixels.length && seen.size < 50; i += 4 * 61) {
    seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
  }
  return seen.size;
}"""

# The site's stylesheet is applied when the header has its brand colour (#083a66).
STYLED = """() => {
  const header = document.querySelector(".site-header");
  return Boolean(header) && getComputedStyle(header).backgroundColor === "rgb(8, 58, 102)";
}"""


def build_network():
    """Two cities that met, an organisation with a unit and people, a practice, users."""
    programme = ProgrammeFactory()
    florence = MunicipalityFactory(
        name="Florence", country=CountryFactory(code="IT"), timezone="Europe/Rome"
    )
    cluj = MunicipalityFactory(
        name="Cluj-Napoca", country=CountryFactory(code="RO"), timezone="Europe/Bucharest"
    )
    for city in (florence, cluj):
        programme.enrolments.create(municipality=city)
    profile = CityProfile.objects.create(
        municipality=florence, foreign_residents=61_000, foreign_residents_share=16.5
    )
    ProfileChallenge.objects.create(profile=profile, theme="housing", priority=1)
    OriginCommunity.objects.create(profile=profile, country=cluj.country, count=9_000)
    iom = OrganisationFactory(name="International Organization for Migration")
    Unit.objects.create(name="Migration Policy Unit", organisation=iom)
    person = PersonFactory(name="Ada Rossi")
    PersonRoleFactory(person=person, municipality=florence)
    starts = timezone.now() + dt.timedelta(days=12)
    event = EventFactory(starts_at=starts, ends_at=starts + dt.timedelta(hours=2))
    EventParticipantFactory(event=event, municipality=florence)
    EventParticipantFactory(event=event, municipality=cluj, position=1)
    EventParticipantFactory(event=event, municipality=None, organisation=iom, position=2)
    # The longest theme label: the lists' theme drop-downs offer it, as real data does.
    event.themes.create(theme=LONGEST_THEME)
    DocumentFactory(item=event, title="Minutes of the exchange")
    practice = PracticeFactory(
        name="Casa delle Culture",
        name_en="House of Cultures",
        language="it",
        municipality=florence,
        themes=[LONGEST_THEME, "housing"],
    )
    member = UserFactory(role=Role.USER)
    AffiliationFactory(user=member, municipality=florence)
    create_token(user=member, name="Monthly report to the funder", scope="read-write")
    coordinator = UserFactory(role=Role.COORDINATOR, is_staff=True)
    exchange = request_services.create_request(
        requester=florence, wanted=cluj, message="Housing first?", by=member
    )
    import_report_text(text=REPORT, source_name="lyon-porto.txt")
    return {
        "cluj": cluj,
        "exchange": exchange,
        "report": ImportedReport.objects.get(),
        "florence": florence,
        "iom": iom,
        "person": person,
        "event": event,
        "practice": practice,
        "member": member,
        "coordinator": coordinator,
    }


def pages_for(world) -> dict[str, dict[str, str]]:
    """Path (without the language prefix) of each page, by role."""
    shared = {
        "home": "/",
        "network": "/network/",
        "municipality": f"/network/municipalities/{world['florence'].pk}/",
        "organisation": f"/network/organisations/{world['iom'].pk}/",
        "events": "/events/",
        "events-filtered": f"/events/?theme={LONGEST_THEME}&country=IT",
        "event": f"/events/{world['event'].pk}/",
        "practices": "/practices/",
        "practices-filtered": f"/practices/?theme={LONGEST_THEME}&country=IT",
        "practice": f"/practices/{world['practice'].pk}/",
        "about": "/about/",
        "insights": "/insights/",
        "insights-filtered": f"/insights/?theme={LONGEST_THEME}&country=IT",
        "insights-report": "/insights/report/",
        "not-found": MISSING_PAGE,
    }
    # Signed-in users see the same lists as visitors; their header and object pages differ.
    signed_in = {name: shared[name] for name in ("home", "municipality", "event", "practice")}
    return {
        "visitor": {**shared, "login": "/accounts/login/"},
        "member": {
            **signed_in,
            "not-found": shared["not-found"],
            "my-city": "/exchanges/my/",
            "person": f"/network/people/{world['person'].pk}/",
            "profile-form": f"/network/municipalities/{world['florence'].pk}/profile/",
            "settings": "/accounts/settings/",
            "api-tokens": "/api-tokens/",
            "api-token-form": "/api-tokens/new/",
            "practice-form": "/practices/new/",
            "request-form": f"/exchanges/requests/new/?with={world['cluj'].pk}",
            "request": f"/exchanges/requests/{world['exchange'].pk}/",
        },
        "coordinator": {
            **signed_in,
            "event-form": "/events/new/",
            "practice-form": "/practices/new/",
            "rounds": "/exchanges/rounds/",
            "requests": "/exchanges/requests/",
            "documents": "/documents/",
            # with the form inviting a municipality (suggested peers, or any by name)
            "request": f"/exchanges/requests/{world['exchange'].pk}/",
            "archive-list": "/archive/",
            "archive-upload": "/archive/upload/",
            "archive-review": f"/archive/reports/{world['report'].pk}/",
            "insights": "/insights/",
        },
    }


def browser_context(browser, live_server, user, viewport):
    context = browser.new_context(viewport=viewport, locale="en-GB", timezone_id="Europe/Rome")
    if user is not None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies["sessionid"].value
        context.add_cookies([{"name": "sessionid", "value": cookie, "url": live_server.url}])
    return context


def check_page(page, axe, url, *, run_axe: bool) -> list[str]:
    """What is wrong with the page at ``url``: axe findings, overflow, missing style."""
    response = page.goto(url)
    problems = []
    if not page.evaluate(STYLED):
        problems.append(f"unstyled page (HTTP {response.status})")
    # Against the narrower of the window and the layout viewport (a classic scrollbar
    # takes its width from the window), so no overflow hides behind the scrollbar.
    overflow = page.evaluate(
        "document.documentElement.scrollWidth"
        " - Math.min(window.innerWidth, document.documentElement.clientWidth)"
    )
    if overflow > 0:
        problems.append(f"{overflow} px wider than the window")
    if response.status >= 400 and page.locator(".page-error").count() != 1:
        problems.append(f"HTTP {response.status} without the site's error page")
    if response.status >= 400 and not url.endswith(MISSING_PAGE):
        problems.append(f"HTTP {response.status}: the page was not shown")
    if not run_axe:
        return problems
    results = axe.run(page, options=AXE_OPTIONS)
    for violation in results.response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            targets = [node["target"] for node in violation["nodes"]][:3]
            problems.append(f"axe {violation['impact']} {violation['id']}: {targets}")
    return problems


def screenshot(page, blank_page, path: Path) -> list[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    png = page.screenshot(path=str(path), full_page=True)
    colours = blank_page.evaluate(COLOURS_IN_PNG, base64.b64encode(png).decode())
    return [] if colours > 5 else [f"blank screenshot {path.name} ({colours} colours)"]


def test_every_page_is_accessible_fits_the_screen_and_is_styled(live_server, browser):
    world = build_network()
    users = {"visitor": None, "member": world["member"], "coordinator": world["coordinator"]}
    axe = Axe()
    failures = []

    for role, pages in pages_for(world).items():
        for width, viewport in VIEWPORTS.items():
            context = browser_context(browser, live_server, users[role], viewport)
            page, blank_page = context.new_page(), context.new_page()
            for language in ("en", "it"):
                for name, path in pages.items():
                    url = f"{live_server.url}/{language}{path}"
                    run_axe = language == "en" or width == "desktop"
                    problems = check_page(page, axe, url, run_axe=run_axe)
                    if language == "en" and (name in SCREENSHOT_PAGES or role == "visitor"):
                        shot = ARTEFACTS / f"{role}-{name}-{width}.png"
                        problems += screenshot(page, blank_page, shot)
                    failures += [f"{role} {width} {url}: {problem}" for problem in problems]
            context.close()

    assert failures == [], "\n".join(failures)
