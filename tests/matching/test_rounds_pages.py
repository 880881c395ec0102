"""The rounds' pages as a coordinator uses them: open, follow, review, change, confirm."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from citypeers.events.models import Event
from citypeers.matching.enums import RoundStatus
from citypeers.matching.models import Round
from citypeers.matching.rounds import compute_round
from citypeers.matching.services.rounds import save_round
from citypeers.network.models import Municipality
from tests.factories import ProgrammeFactory
from tests.matching.round_builders import MONDAY, NOW, TODAY, city, greedy_trap, round_request

pytestmark = pytest.mark.django_db


def _form(programme, coordinator, **changes) -> dict:
    data = {
        "programme": programme.pk,
        "starts_on": "2030-03-04",
        "ends_on": "2030-03-08",
        "meeting_minutes": 90,
        "different_countries": "on",
        f"moderate_{coordinator.pk}": "on",
        f"per_day_{coordinator.pk}": 3,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_coordinator_opens_a_round_and_sees_it_computed(
    coordinator_client, coordinator, django_capture_on_commit_callbacks
):
    programme, _cities = greedy_trap()

    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            reverse("matching:round_create"), _form(programme, coordinator)
        )

    round_ = Round.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("matching:round", args=[round_.pk])
    assert (round_.status, round_.created_by) == (RoundStatus.READY, coordinator)
    assert list(round_.moderators.values_list("user_id", "per_day")) == [(coordinator.pk, 3)]
    page = _text(coordinator_client.get(response["Location"]))
    assert "Aville (IT) – Cburg (DE)" in page
    assert "Both list Health and social care as a challenge." in page
    assert "09:00–10:30 (CET)" in page
    assert re.search(r"\d{1,2} March 2030, 09:00–10:30 \(CET\)", page)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"starts_on": "2020-01-06"}, "The round cannot start in the past"),
        ({"ends_on": "2030-03-01"}, "The round ends before it starts."),
        ({"moderate_{pk}": None}, "Choose at least one moderator."),
        ({"per_day_{pk}": 0}, "can hold no meeting a day: give at least one, or leave them out."),
    ],
)
def test_bad_round_is_refused_with_a_message_and_nothing_saved(
    coordinator_client, coordinator, changes, message
):
    programme, _cities = greedy_trap()
    changes = {key.format(pk=coordinator.pk): value for key, value in changes.items()}

    response = coordinator_client.post(
        reverse("matching:round_create"), _form(programme, coordinator, **changes)
    )

    assert response.status_code == 400
    assert message in _text(response)
    assert Round.objects.count() == 0


def _saved(programme) -> Round:
    request = round_request(programme)
    return save_round(request=request, plan=compute_round(request, now=NOW), by=None, today=TODAY)


def test_computing_round_shows_a_progress_bar_that_works_without_javascript(
    coordinator_client,
):
    programme, _cities = greedy_trap()
    round_ = Round.objects.create(
        programme=programme, starts_on=MONDAY, ends_on=MONDAY, status="computing", progress=40,
        progress_note="Pairing",
    )  # fmt: skip

    page = _text(coordinator_client.get(reverse("matching:round", args=[round_.pk])))
    progress = coordinator_client.get(reverse("matching:round_progress", args=[round_.pk]))

    url = reverse("matching:round_progress", args=[round_.pk])
    assert f'<progress id="round-progress" max="100" value="40" data-progress-url="{url}">' in page
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in page
    assert "matching/round.js" in page
    assert progress.json() == {
        "status": "computing", "progress": 40, "note": "Pairing", "done": False,
    }  # fmt: skip


def test_review_lists_who_sits_out_and_flags_empty_profiles(coordinator_client):
    programme = ProgrammeFactory()
    city("Aville", "IT", programme=programme, population=80_000)
    city("Bton", "FR", programme=programme, population=80_000)
    city("Lonely", "PL", programme=programme, challenges={"crisis_response": 1})
    round_ = _saved(programme)

    page = _text(coordinator_client.get(reverse("matching:round", args=[round_.pk])))

    assert "Lonely (PL): no compatible partner under this round&#x27;s constraints" in page
    assert re.findall(r'<ul class="round-flagged">(.*?)</ul>', page) == [
        re.sub(r"\s+", " ", "".join(
            f'<li><a href="{c.get_absolute_url()}">{c.name}</a></li>'
            for c in Municipality.objects.filter(name__in=["Aville", "Bton"]).order_by("name")
        ))
    ]  # fmt: skip
    assert "Comparable population." in page


def test_swap_and_remove_from_the_page(coordinator_client):
    programme, (a, b, c, d) = greedy_trap()
    round_ = _saved(programme)
    url = reverse("matching:round", args=[round_.pk])

    swapped = coordinator_client.post(
        reverse("matching:round_swap", args=[round_.pk]), {"city": c.pk, "other": b.pk},
        follow=True,
    )  # fmt: skip
    pair = round_.pairs.get(first=a)
    removed = coordinator_client.post(
        reverse("matching:round_remove", args=[round_.pk]), {"pair": pair.pk}, follow=True
    )

    assert "The two cities changed places." in _text(swapped)
    assert "The pair was removed: both cities sit out." in _text(removed)
    assert removed.redirect_chain == [(url, 302)]
    assert [(p.first.name, p.second.name) for p in round_.pairs.all()] == [("Cburg", "Dmadrid")]


def test_confirm_twice_from_the_page_says_why_the_second_is_refused(coordinator_client):
    programme, _cities = greedy_trap()
    round_ = _saved(programme)
    url = reverse("matching:round_confirm", args=[round_.pk])

    first = coordinator_client.post(url, follow=True)
    second = coordinator_client.post(url, follow=True)

    assert "The round is confirmed: its meetings are planned." in _text(first)
    assert "This round is already confirmed: its meetings are planned." in _text(second)
    assert Event.objects.count() == 2


@pytest.mark.parametrize("count", [1, 3])
def test_round_list_query_count(coordinator_client, count):
    programme, _cities = greedy_trap()
    for _ in range(count):
        Round.objects.create(programme=programme, starts_on=MONDAY, ends_on=MONDAY)

    with CaptureQueriesContext(connection) as queries:
        response = coordinator_client.get(reverse("matching:rounds"))

    assert response.status_code == 200
    assert len(re.findall(r"<tr>", response.content.decode())) == count + 1
    assert len(queries) == 3  # session, user, rounds with their pair counts


@pytest.mark.parametrize("pairs", [1, 3])
def test_round_page_query_count(coordinator_client, pairs):
    programme = ProgrammeFactory()
    for index in range(pairs * 2):
        city(f"City {index}", ["IT", "FR"][index % 2], programme=programme,
             challenges={"housing": 1})  # fmt: skip
    round_ = _saved(programme)

    with CaptureQueriesContext(connection) as queries:
        response = coordinator_client.get(reverse("matching:round", args=[round_.pk]))

    table = re.search(r'<table class="table round-pairs">.*?</table>', _text(response))[0]
    assert len(re.findall(r"<tr>", table)) == pairs + 1
    assert len(queries) == 15  # ... and the round's history
