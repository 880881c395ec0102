"""A municipality's best peers: ranking, reasons in words (English and Italian), history,
the same-country rule and cities with an empty profile."""

import datetime as dt
import math

import pytest
from django.utils import translation

from citypeers.matching.models import ExchangePreferences
from citypeers.matching.reasons import reason_texts
from citypeers.matching.suggestions import best_peers
from tests.factories import EventFactory, EventParticipantFactory, PracticeFactory
from tests.matching.suggestions_world import ON, small_network, town

pytestmark = pytest.mark.django_db


def peers(municipality, **options) -> list[str]:
    return [s.municipality.name for s in best_peers(municipality, on=ON, **options)]


def texts(suggestion, language="en") -> list[str]:
    with translation.override(language):
        return [reason.text for reason in reason_texts(suggestion)]


def meet(a, b, day: dt.date, status="concluded"):
    event = EventFactory(
        starts_at=dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC), status=status
    )
    EventParticipantFactory(event=event, municipality=a)
    EventParticipantFactory(event=event, municipality=b, position=1)


def test_best_peer_and_its_reasons_in_english():
    world = small_network()

    best, second = best_peers(world.aurelia, on=ON)

    assert (best.municipality, second.municipality) == (world.borova, world.cestin)
    assert best.score == pytest.approx(3 + 2 + 4 / 3 + (1 - math.log10(1.2)) + 0.1)
    assert texts(best) == [
        "Both list housing as a top challenge.",
        "Aurelia's largest foreign community comes from Romania.",
        "Borova's practice “Porta Futuro” answers Aurelia's employment and labour market challenge.",
        "Similar size: 300,000 and 250,000 inhabitants.",
        "Similar share of foreign residents: 12% and 3%.",
    ]
    assert texts(second) == [
        "Both list employment and labour market among their challenges.",
        "Similar size: 300,000 and 280,000 inhabitants.",
        "Similar share of foreign residents: 12% and 11%.",
    ]


def test_best_peer_reasons_in_italian():
    world = small_network()

    best = best_peers(world.aurelia, on=ON)[0]

    assert texts(best, "it") == [
        "Entrambe indicano il tema «abitare» come sfida principale.",
        "Prima comunità straniera di Aurelia per numero: Romania.",
        "La pratica «Porta Futuro» di Borova risponde alla sfida di Aurelia sul tema «lavoro».",
        "Dimensioni simili: 300.000 e 250.000 abitanti.",
        "Quota simile di residenti stranieri: 12% e 3%.",
    ]


def test_reasons_link_the_practices_they_name():
    world = small_network()

    best = best_peers(world.aurelia, on=ON)[0]

    practice = reason_texts(best)[2]
    assert practice.html == (
        "Borova's practice "
        f'<a href="/en/practices/{world.porta_futuro.pk}/">“Porta Futuro”</a> '
        "answers Aurelia's employment and labour market challenge."
    )
    assert practice.facts == {
        "theme": "employment",
        "source": "Borova",
        "target": "Aurelia",
        "practices": [
            {
                "id": world.porta_futuro.pk,
                "name": "Porta Futuro",
                "url": f"/en/practices/{world.porta_futuro.pk}/",
            }
        ],
        "points": round(4 / 3, 6),
    }


def test_suggestions_go_both_ways():
    world = small_network()

    best = best_peers(world.borova, on=ON)[0]

    assert best.municipality == world.aurelia
    assert texts(best)[:3] == [
        "Both list housing as a top challenge.",
        "Aurelia's largest foreign community comes from Romania.",
        "Borova's practice “Porta Futuro” answers Aurelia's employment and labour market challenge.",
    ]


def test_pair_that_met_recently_ranks_lower_and_says_when_it_comes_back():
    world = small_network()
    meet(world.aurelia, world.borova, dt.date(2021, 3, 3))

    first, second = best_peers(world.aurelia, on=ON)

    assert (first.municipality, second.municipality) == (world.cestin, world.borova)
    assert second.met_on == dt.date(2021, 3, 3)
    assert texts(second)[-1] == "Met on 3 March 2021: suggested again from 3 March 2023."
    assert texts(second, "it")[-1] == (
        "Si sono incontrate il 3 marzo 2021: suggerite di nuovo dal 3 marzo 2023."
    )


def test_pair_that_met_long_ago_or_whose_meeting_was_cancelled_is_not_penalised():
    world = small_network()
    meet(world.aurelia, world.borova, dt.date(2019, 3, 3))
    meet(world.aurelia, world.borova, dt.date(2022, 3, 3), status="cancelled")

    best = best_peers(world.aurelia, on=ON)[0]

    assert best.municipality == world.borova
    assert best.met_on is None
    assert "met_recently" not in [reason.kind for reason in best.reasons]


def test_planned_meeting_says_so():
    world = small_network()
    meet(world.aurelia, world.borova, dt.date(2022, 9, 1), status="planned")

    suggestion = next(s for s in best_peers(world.aurelia, on=ON) if s.municipality == world.borova)

    assert texts(suggestion)[-1] == (
        "A meeting is planned on 1 September 2022: suggested again from 31 August 2024."
    )


def test_cities_of_the_same_country_are_not_suggested_unless_asked():
    world = small_network()

    same_country_left_out = peers(world.aurelia)
    same_country_allowed = peers(world.aurelia, different_countries=False)

    assert same_country_left_out == ["Borova", "Cestin"]
    assert same_country_allowed == ["Borova", "Cestin", "Dolna"]


def test_city_with_no_profile_gets_peers_of_its_size():
    world = small_network()

    suggestions = best_peers(world.elvas, on=ON)

    assert [s.municipality.name for s in suggestions] == ["Borova", "Cestin", "Aurelia", "Dolna"]
    assert [texts(s) for s in suggestions[:1]] == [
        ["Similar size: 200,000 and 250,000 inhabitants."]
    ]
    assert [s.score for s in suggestions] == pytest.approx(
        [1 - math.log10(r) for r in (1.25, 1.4, 1.5, 200 / 30)]
    )


def test_empty_profile_of_a_candidate_is_matched_on_size_only():
    world = small_network()
    fenwick = town("Fenwick", "FR", 300_000, "Europe/Paris")
    ExchangePreferences.objects.create(municipality=fenwick, opted_in=True)

    suggestion = next(s for s in best_peers(world.aurelia, on=ON) if s.municipality == fenwick)

    assert texts(suggestion) == ["Similar size: 300,000 and 300,000 inhabitants."]
    assert suggestion.score == pytest.approx(1.0)


def test_cities_with_nothing_in_common_are_not_suggested():
    world = small_network()
    tiny = town("Tiny", "FR", 600, "Europe/Paris")
    ExchangePreferences.objects.create(municipality=tiny, opted_in=True)

    assert "Tiny" not in peers(world.aurelia)


def test_suggestions_do_not_require_opting_in_but_respect_office_hours():
    world = small_network()
    ExchangePreferences.objects.create(
        municipality=world.cestin,
        opted_in=True,
        office_opens=dt.time(20),
        office_closes=dt.time(22),
    )

    assert peers(world.aurelia) == ["Borova"]


def test_limit_keeps_the_best():
    world = small_network()

    assert peers(world.elvas, limit=2) == ["Borova", "Cestin"]


def test_many_practices_are_counted_after_the_first_three():
    world = small_network()
    for name in ("Bridge", "Compass", "Door"):
        PracticeFactory(municipality=world.borova, name=name, themes=["employment"])

    best = best_peers(world.aurelia, on=ON)[0]

    assert texts(best)[2] == (
        "Borova's practices “Bridge”, “Compass”, “Door” and 1 other answer "
        "Aurelia's employment and labour market challenge."
    )
