"""Every indicator against the small network of ``tests/insights/network.py``, whose
answers are counted by hand there."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from citypeers.insights import selectors
from citypeers.insights.indicators import INDICATORS, indicators_for
from citypeers.insights.selectors import Filters
from tests.factories import OrganisationFactory, PracticeFactory
from tests.insights.network import Network

pytestmark = pytest.mark.django_db

VISITOR = AnonymousUser()
ALL = Filters()


@pytest.fixture
def net():
    return Network()


def test_exchanges_per_month_and_quarter(net):
    assert selectors.exchanges_per_month(ALL) == [
        {"month": "2021-01", "exchanges": 1},
        {"month": "2021-02", "exchanges": 1},
        {"month": "2021-03", "exchanges": 1},
        {"month": "2021-04", "exchanges": 1},
    ]
    assert selectors.exchanges_per_quarter(ALL) == [
        {"quarter": "2021-Q1", "exchanges": 3},
        {"quarter": "2021-Q2", "exchanges": 1},
    ]


def test_exchanges_narrowed_by_each_filter(net):
    months = lambda filters: {  # noqa: E731
        row["month"]: row["exchanges"] for row in selectors.exchanges_per_month(filters)
    }
    assert months(Filters(programme=net.p)) == {"2021-01": 1, "2021-02": 1, "2021-04": 1}
    assert months(Filters(programme=net.q)) == {"2021-03": 1}
    assert months(Filters(country="DE")) == {"2021-01": 1, "2021-03": 1, "2021-04": 1}
    assert months(Filters(theme="housing")) == {"2021-01": 1, "2021-02": 1}
    # The period's both ends are included.
    assert months(Filters(start=dt.date(2021, 2, 10), end=dt.date(2021, 3, 1))) == {
        "2021-02": 1,
        "2021-03": 1,
    }
    assert selectors.exchanges_per_quarter(Filters(programme=net.p)) == [
        {"quarter": "2021-Q1", "exchanges": 2},
        {"quarter": "2021-Q2", "exchanges": 1},
    ]


def test_municipalities_engaged_against_enrolled(net):
    assert selectors.municipalities_per_country(ALL) == [
        {"country": "IT", "country_name": "Italy", "engaged": 2, "enrolled": 3},
        {"country": "DE", "country_name": "Germany", "engaged": 2, "enrolled": 2},
    ]
    assert selectors.municipalities_per_country(Filters(programme=net.p)) == [
        {"country": "IT", "country_name": "Italy", "engaged": 2, "enrolled": 3},
        {"country": "DE", "country_name": "Germany", "engaged": 1, "enrolled": 1},
    ]
    # Berlin and München: e1 and e3 had Italians too, who are not German.
    assert selectors.municipalities_per_country(Filters(country="DE")) == [
        {"country": "DE", "country_name": "Germany", "engaged": 2, "enrolled": 2},
    ]
    # On housing: e1 (Roma, Berlin) and e2 (Roma, Milano); e4 was cancelled.
    assert selectors.municipalities_per_country(Filters(theme="housing")) == [
        {"country": "IT", "country_name": "Italy", "engaged": 2, "enrolled": 3},
        {"country": "DE", "country_name": "Germany", "engaged": 1, "enrolled": 2},
    ]


def test_people_reached(net):
    assert selectors.people_reached(ALL) == [
        {"kind": "peer_exchange", "people": 3},
        {"kind": "consultation", "people": 2},
        {"kind": "webinar", "people": 1},
        {"kind": "all", "people": 5},
    ]
    assert selectors.people_reached(Filters(theme="education")) == [
        {"kind": "consultation", "people": 2},
        {"kind": "all", "people": 2},
    ]


def test_events_per_kind(net):
    assert selectors.events_per_kind(ALL, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) == [
        {"kind": "peer_exchange", "held": 2, "upcoming": 0, "cancelled": 1},
        {"kind": "consultation", "held": 1, "upcoming": 0, "cancelled": 0},
        {"kind": "workshop", "held": 0, "upcoming": 1, "cancelled": 0},
        {"kind": "webinar", "held": 1, "upcoming": 0, "cancelled": 0},
    ]
    assert selectors.events_per_kind(Filters(programme=net.q)) == [
        {"kind": "webinar", "held": 1, "upcoming": 0, "cancelled": 0},
    ]


def test_themes_covered_and_challenges_untouched(net):
    assert selectors.themes_covered(ALL) == [
        {"theme": "housing", "exchanges": 2, "profiles": 1, "touched": True},
        {"theme": "employment", "exchanges": 1, "profiles": 0, "touched": True},
        {"theme": "education", "exchanges": 1, "profiles": 0, "touched": True},
        {"theme": "language", "exchanges": 0, "profiles": 2, "touched": False},
        {"theme": "health", "exchanges": 1, "profiles": 0, "touched": True},
        {"theme": "data", "exchanges": 0, "profiles": 1, "touched": False},
    ]
    assert selectors.untouched_challenges(ALL) == [
        {"theme": "language", "exchanges": 0, "profiles": 2, "touched": False},
        {"theme": "data", "exchanges": 0, "profiles": 1, "touched": False},
    ]
    # In Italy: Roma's profile only; its housing was met, its language not.
    assert selectors.untouched_challenges(Filters(country="IT")) == [
        {"theme": "language", "exchanges": 0, "profiles": 1, "touched": False},
    ]
    # Before any exchange, every listed challenge is untouched.
    early = Filters(end=dt.date(2020, 12, 31))
    assert [row["theme"] for row in selectors.untouched_challenges(early)] == [
        "language",
        "housing",
        "data",
    ]


def test_practices_shared_and_adopted_as_each_viewer_sees_them(net):
    visitor = [
        {"country": "IT", "country_name": "Italy", "shared": 2, "adopted": 1},
        {"country": "DE", "country_name": "Germany", "shared": 1, "adopted": 0},
    ]
    assert selectors.practices_adopted(ALL, VISITOR) == visitor
    # Milano's officer sees the draft that says it was inspired by Milano's archived one.
    officer = [
        {"country": "IT", "country_name": "Italy", "shared": 2, "adopted": 2},
        {"country": "DE", "country_name": "Germany", "shared": 1, "adopted": 0},
    ]
    assert selectors.practices_adopted(ALL, net.milano_officer) == officer
    assert selectors.practices_adopted(ALL, net.coordinator) == officer


def test_practices_narrowed_by_each_filter(net):
    assert selectors.practices_adopted(Filters(theme="housing"), VISITOR) == [
        {"country": "IT", "country_name": "Italy", "shared": 1, "adopted": 1},
    ]
    assert selectors.practices_adopted(Filters(country="DE"), VISITOR) == [
        {"country": "DE", "country_name": "Germany", "shared": 1, "adopted": 0},
    ]
    year_2021 = Filters(start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31))
    assert selectors.practices_adopted(year_2021, VISITOR) == [
        {"country": "IT", "country_name": "Italy", "shared": 2, "adopted": 1},
    ]
    # Programme Q enrols München alone, which runs no practice.
    assert selectors.practices_adopted(Filters(programme=net.q), VISITOR) == []


def test_follow_ups(net):
    today = dt.date(2021, 6, 1)
    assert selectors.follow_ups(ALL, today=today) == [
        {"state": "done", "actions": 1},
        {"state": "open", "actions": 2},
        {"state": "overdue", "actions": 1},
    ]
    assert selectors.follow_ups(Filters(theme="housing"), today=today) == [
        {"state": "done", "actions": 1},
        {"state": "open", "actions": 1},
        {"state": "overdue", "actions": 1},
    ]
    assert selectors.follow_ups(Filters(programme=net.q), today=today) == [
        {"state": "done", "actions": 0},
        {"state": "open", "actions": 0},
        {"state": "overdue", "actions": 0},
    ]


def test_documents_downloaded_counts_what_the_viewer_may_download(net):
    assert selectors.documents_downloaded(ALL, net.coordinator) == [
        {"month": "2021-01", "downloads": 2, "documents": 1},
        {"month": "2021-02", "downloads": 1, "documents": 1},
    ]
    # Milano took part in e3: its officer may download e3's participants' document.
    assert selectors.documents_downloaded(ALL, net.milano_officer) == [
        {"month": "2021-01", "downloads": 2, "documents": 1},
        {"month": "2021-02", "downloads": 1, "documents": 1},
    ]
    assert selectors.documents_downloaded(ALL, VISITOR) == [
        {"month": "2021-01", "downloads": 2, "documents": 1},
    ]
    assert selectors.documents_downloaded(Filters(theme="education"), net.coordinator) == [
        {"month": "2021-02", "downloads": 1, "documents": 1},
    ]
    assert selectors.documents_downloaded(Filters(start=dt.date(2021, 1, 21)), net.coordinator) == [
        {"month": "2021-01", "downloads": 1, "documents": 1},
        {"month": "2021-02", "downloads": 1, "documents": 1},
    ]


def test_coordinator_only_indicators(net):
    public = [key for key, indicator in INDICATORS.items() if not indicator.permission]
    for user in (VISITOR, net.milano_officer):
        assert [indicator.key for indicator in indicators_for(user)] == public
    assert [indicator.key for indicator in indicators_for(net.coordinator)] == list(INDICATORS)
    assert {"follow-ups", "downloads"} == set(INDICATORS) - set(public)


def test_practices_of_bodies_with_no_country_are_named_so():
    iom = OrganisationFactory(name="International Organization for Migration", country=None)
    PracticeFactory(municipality=None, organisation=iom)

    with translation.override("it"):
        rows = selectors.practices_adopted(ALL, VISITOR)

    assert rows == [{"country": "", "country_name": "Nessun paese", "shared": 1, "adopted": 0}]
