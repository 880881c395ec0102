"""A round's history: what coordinators did to it, and rounds whose computation stalled."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from citypeers.core.audit import audit_trail
from citypeers.core.models import AuditEntry
from citypeers.matching.enums import RoundStatus
from citypeers.matching.models import STALLED_AFTER, Round
from citypeers.matching.rounds import compute_round
from citypeers.matching.services.rounds import (
    confirm_round,
    record_progress,
    remove_pair,
    restart_round,
    save_round,
    swap_cities,
)
from tests.factories import UserFactory
from tests.matching.round_builders import MONDAY, NOW, TODAY, greedy_trap, round_request

pytestmark = pytest.mark.django_db


def _saved(programme, by) -> Round:
    request = round_request(programme)
    return save_round(request=request, plan=compute_round(request, now=NOW), by=by, today=TODAY)


def _steps(round_) -> list[tuple]:
    return [(entry.action, entry.by, entry.changes) for entry in reversed(audit_trail(round_))]


def _waiting_round(programme, status: str, idle: dt.timedelta) -> Round:
    round_ = Round.objects.create(
        programme=programme, starts_on=MONDAY, ends_on=MONDAY, status=status, progress=40
    )
    Round.objects.filter(pk=round_.pk).update(updated_at=timezone.now() - idle)
    round_.refresh_from_db()
    return round_


def test_every_step_a_coordinator_takes_is_kept_with_who_took_it():
    coordinator = UserFactory(username="carla")
    programme, (a, b, c, _d) = greedy_trap()
    round_ = _saved(programme, coordinator)

    swap_cities(round_=round_, city=c, other=b, by=coordinator, now=NOW)
    remove_pair(round_=round_, pair_id=round_.pairs.get(first=a).pk, by=coordinator)
    confirm_round(round_=round_, by=coordinator, now=NOW)

    steps = _steps(round_)
    assert [(action, by) for action, by, _changes in steps] == [
        ("created", coordinator), ("updated", coordinator), ("part_removed", coordinator),
        ("confirmed", coordinator),
    ]  # fmt: skip
    created, swapped, removed, confirmed = (changes for _action, _by, changes in steps)
    assert created["starts_on"] == [None, str(round_.starts_on)]
    assert swapped == {"pairs": [["Aville – Cburg", "Bton – Dmadrid"],
                                 ["Aville – Bton", "Cburg – Dmadrid"]]}  # fmt: skip
    assert removed == {"pairs": [["Aville – Bton"], []]}
    assert confirmed == {"status": ["ready", "confirmed"]}


def test_a_refused_step_leaves_no_entry():
    programme, (a, b, _c, _d) = greedy_trap()
    round_ = _saved(programme, None)
    before = AuditEntry.objects.count()

    with pytest.raises(ValidationError):
        swap_cities(round_=round_, city=a, other=a, by=None, now=NOW)

    assert AuditEntry.objects.count() == before


def test_a_stalled_round_is_computed_again_and_a_live_one_is_not():
    coordinator = UserFactory()
    programme, _cities = greedy_trap()
    stalled = _waiting_round(programme, RoundStatus.COMPUTING, STALLED_AFTER)
    live = _waiting_round(programme, RoundStatus.COMPUTING, STALLED_AFTER / 3)

    restart_round(round_=stalled, by=coordinator)
    with pytest.raises(ValidationError, match="shows no progress for 15 minutes"):
        restart_round(round_=live, by=coordinator)

    stalled.refresh_from_db()
    live.refresh_from_db()
    assert (stalled.status, stalled.progress) == (RoundStatus.DRAFT, 0)
    assert _steps(stalled) == [("restarted", coordinator, {"status": ["computing", "draft"]})]
    assert (live.status, live.progress, _steps(live)) == (RoundStatus.COMPUTING, 40, [])


def test_progress_is_a_sign_of_life():
    programme, _cities = greedy_trap()
    round_ = _waiting_round(programme, RoundStatus.COMPUTING, STALLED_AFTER * 2)
    assert round_.is_stalled(timezone.now())

    record_progress(round_id=round_.pk, percent=50, note="Pairing")

    round_.refresh_from_db()
    assert not round_.is_stalled(timezone.now())


def test_the_page_of_a_stalled_round_offers_to_compute_it_again(
    coordinator_client, django_capture_on_commit_callbacks
):
    programme, _cities = greedy_trap()
    round_ = _waiting_round(programme, RoundStatus.DRAFT, STALLED_AFTER * 2)
    url = reverse("matching:round", args=[round_.pk])

    page = coordinator_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        again = coordinator_client.post(
            reverse("matching:round_recompute", args=[round_.pk]), follow=True
        )

    assert "round-stalled" in page and "Compute again" in page
    round_.refresh_from_db()
    assert round_.status == RoundStatus.READY
    text = again.content.decode()
    assert "The round is being computed again." in text
    assert "Computed again" in text  # the history on the page


def test_a_live_round_page_offers_nothing_and_refuses_a_forced_post(coordinator_client):
    programme, _cities = greedy_trap()
    round_ = _waiting_round(programme, RoundStatus.COMPUTING, dt.timedelta(minutes=1))

    page = coordinator_client.get(reverse("matching:round", args=[round_.pk])).content.decode()
    forced = coordinator_client.post(
        reverse("matching:round_recompute", args=[round_.pk]), follow=True
    )

    assert "round-stalled" not in page and "Compute again" not in page
    assert "is computed again" in forced.content.decode()
    round_.refresh_from_db()
    assert (round_.status, round_.progress) == (RoundStatus.COMPUTING, 40)
