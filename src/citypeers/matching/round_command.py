"""``citypeers match round``: a round computed on the spot, with a progress bar on stderr.

Same request check and computation as the site's task (``rounds``); nothing is stored
unless ``--save`` is given, which stores the round ready for review on the site.
"""

import datetime as dt
import json
import sys

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from tqdm import tqdm

from citypeers.events.timezones import format_range
from citypeers.matching.round_reasons import reason_text
from citypeers.matching.rounds import (
    SIT_OUT_LABELS,
    UNPLACED_LABELS,
    RoundPlan,
    RoundRequest,
    check_round_request,
    compute_round,
)
from citypeers.matching.services.rounds import save_round
from citypeers.network.models import Programme


def add_round_arguments(parser) -> None:
    parser.add_argument("--programme", required=True, help="the programme's name or short name")
    parser.add_argument("--from", dest="starts_on", required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="ends_on", required=True, help="last day, YYYY-MM-DD")
    parser.add_argument("--minutes", type=int, default=90, help="meeting length (90)")
    parser.add_argument(
        "--moderator", action="append", default=[], metavar="USERNAME:PER_DAY",
        help="a coordinator who moderates, and how many meetings a day (repeat for each)",
    )  # fmt: skip
    parser.add_argument(
        "--same-country-allowed", action="store_true", help="also pair cities of one country"
    )
    parser.add_argument(
        "--common-language", action="store_true", help="only pairs with a common language"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON document")
    parser.add_argument(
        "--save", action="store_true", help="store the round, ready for review on the site"
    )


def run_round_command(options: dict, stdout) -> None:
    """Parse, check, compute with a progress bar, print; save when asked."""
    request = _request(options)
    today = timezone.localdate()
    try:
        check_round_request(request, today=today)
    except ValidationError as error:
        raise CommandError(" ".join(error.messages)) from None
    with tqdm(total=100, desc=_("Computing the round"), file=sys.stderr, leave=False,
              disable=options.get("verbosity", 1) < 1) as bar:  # fmt: skip

        def progress(percent: int, note: str) -> None:
            bar.set_postfix_str(note, refresh=False)
            bar.update(max(0, percent - bar.n))

        try:
            plan = compute_round(request, now=timezone.now(), progress=progress)
        except ValueError as error:
            raise CommandError(str(error)) from None
    saved = (
        save_round(request=request, plan=plan, by=None, today=today) if options["save"] else None
    )
    if options["json"]:
        stdout.write(json.dumps(round_document(request, plan, saved), ensure_ascii=False, indent=2))
    else:
        _print_text(plan, saved, stdout)


def _request(options: dict) -> RoundRequest:
    return RoundRequest(
        programme=_programme(options["programme"]),
        starts_on=_date(options["starts_on"], "--from"),
        ends_on=_date(options["ends_on"], "--to"),
        meeting_minutes=options["minutes"],
        different_countries=not options["same_country_allowed"],
        common_language=options["common_language"],
        moderators=tuple(_moderator(text) for text in options["moderator"]),
    )


def _programme(name: str) -> Programme:
    found = list(Programme.objects.filter(Q(name__iexact=name) | Q(short_name__iexact=name))[:2])
    if len(found) != 1:
        known = ", ".join(Programme.objects.order_by("name").values_list("name", flat=True))
        raise CommandError(
            _("no programme called “%(name)s” (known: %(known)s)")
            % {"name": name, "known": known or _("none")}
        )
    return found[0]


def _date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(
            _("%(option)s wants a date as YYYY-MM-DD, not “%(text)s”")
            % {"option": option, "text": text}
        ) from None


def _moderator(text: str):
    username, _colon, per_day = text.rpartition(":")
    if not username or not per_day.lstrip("-").isdigit():
        raise CommandError(
            _("--moderator wants USERNAME:MEETINGS_A_DAY, not “%(text)s”") % {"text": text}
        )
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(_("no account called “%(name)s”") % {"name": username})
    return user, int(per_day)


def _slot(pair) -> str:
    if pair.starts_at is None:
        return ""
    return format_range(pair.starts_at, pair.ends_at, [pair.first.timezone, pair.second.timezone])


def _city(city) -> dict:
    return {"id": city.pk, "name": city.name, "country": city.country_id}


def round_document(request: RoundRequest, plan: RoundPlan, saved=None) -> dict:
    """The round as JSON-ready data: what the ``--json`` option prints."""
    names = {pk: city.name for pk, city in plan.cities.items()}
    return {
        "programme": request.programme.name,
        "from": request.starts_on.isoformat(),
        "to": request.ends_on.isoformat(),
        "meeting_minutes": request.meeting_minutes,
        "total_score": plan.total_score,
        "pairs": [
            {
                "first": _city(pair.first),
                "second": _city(pair.second),
                "score": pair.score,
                "reasons": [{**data, "text": reason_text(data, names)} for data in pair.reasons],
                "starts_at": pair.starts_at.isoformat() if pair.starts_at else None,
                "ends_at": pair.ends_at.isoformat() if pair.ends_at else None,
                "local_times": _slot(pair),
                "moderator": pair.moderator.username if pair.moderator else None,
                "unplaced_reason": pair.unplaced_reason or None,
            }
            for pair in plan.pairs
        ],
        "sitting_out": [
            {**_city(plan.cities[entry["municipality"]]), "reason": str(entry["reason"])}
            for entry in plan.sitting_out
        ],
        "empty_profiles": [_city(plan.cities[pk]) for pk in plan.flagged],
        "saved_round": saved.pk if saved else None,
    }


def _print_text(plan: RoundPlan, saved, stdout) -> None:
    names = {pk: city.name for pk, city in plan.cities.items()}
    placed = [pair for pair in plan.pairs if pair.starts_at is not None]
    for pair in placed:
        stdout.write(f"{pair.first} ({pair.first.country_id}) – {pair.second} "
                     f"({pair.second.country_id})  {pair.score:.2f}  {_slot(pair)}  "
                     f"{pair.moderator.username}")  # fmt: skip
        for data in pair.reasons:
            stdout.write(f"    {reason_text(data, names)}")
    unplaced = [pair for pair in plan.pairs if pair.starts_at is None]
    if unplaced:
        stdout.write(_("No slot:"))
    for pair in unplaced:
        reason = UNPLACED_LABELS[pair.unplaced_reason]
        stdout.write(f"  {pair.first} – {pair.second}  {pair.score:.2f}: {reason}")
    if plan.sitting_out:
        stdout.write(_("Sitting out:"))
    for entry in plan.sitting_out:
        stdout.write(f"  {plan.cities[entry['municipality']]}: {SIT_OUT_LABELS[entry['reason']]}")
    for pk in plan.flagged:
        stdout.write(_("Empty profile (paired on its size alone): %(city)s")
                     % {"city": plan.cities[pk]})  # fmt: skip
    stdout.write(
        _("%(pairs)d pairs, %(placed)d with a slot, total score %(total).2f")
        % {"pairs": len(plan.pairs), "placed": len(placed), "total": plan.total_score}
    )
    if saved is not None:
        stdout.write(_("Saved as round %(pk)d, ready for review on the site.") % {"pk": saved.pk})
