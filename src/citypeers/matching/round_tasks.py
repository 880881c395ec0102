"""The task that computes a round for its page, reporting progress as it goes.

Whatever happens inside, the round ends ready for review or failed with the error: never
left "computing". A failed round can be queued again from its page.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from citypeers.matching.models import Round
from citypeers.matching.rounds import Progress, compute_round, request_of
from citypeers.matching.services.rounds import (
    begin_computing,
    fail_round,
    record_progress,
    store_plan,
)

logger = logging.getLogger(__name__)


def start_computing(round_: Round) -> None:
    """Queue the round's computation once the transaction that opened it commits."""
    round_id = round_.pk
    transaction.on_commit(lambda: compute_round_task.enqueue(round_id))


@task()
def compute_round_task(round_id: int) -> None:
    """Compute and store the round; a round already computed or confirmed is left alone."""
    if not begin_computing(round_id=round_id):
        return
    try:
        round_ = Round.objects.select_related("programme").get(pk=round_id)
        plan = compute_round(request_of(round_), now=timezone.now(), progress=_reporter(round_id))
        store_plan(round_id=round_id, plan=plan)
    except BaseException as error:
        logger.exception("round %s failed", round_id)
        fail_round(round_id=round_id, error=failure_text(error))
        if not isinstance(error, Exception):
            raise


def failure_text(error: BaseException) -> str:
    """What the round's page says went wrong: the core's own words for data it refused."""
    if isinstance(error, ValueError):
        return _("The round could not be computed: %(error)s") % {"error": str(error).strip()}
    return _("The round could not be computed (%(kind)s): %(error)s") % {
        "kind": type(error).__name__,
        "error": error,
    }


def _reporter(round_id: int) -> Progress:
    """A progress callback that writes only when the percentage moves."""
    last = [-1]

    def report(percent: int, note: str) -> None:
        if percent != last[0]:
            last[0] = percent
            record_progress(round_id=round_id, percent=percent, note=note)

    return report
