"""Reads of the matching app: querysets named by what they return, and what a user may see."""

from django.contrib.auth import get_user_model
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When

from citypeers.accounts.enums import Role
from citypeers.matching.enums import LIVE_REQUEST_STATUSES, RequestStatus
from citypeers.matching.models import ExchangeRequest
from citypeers.matching.rules import request_parties
from citypeers.network.models import Municipality

# --- requests ---------------------------------------------------------------------------

REQUEST_RELATIONS = (
    "requester__country",
    "wanted__country",
    "invited__country",
    "programme",
    "event",
    "created_by",
)


def requests_visible_to(user) -> QuerySet[ExchangeRequest]:
    """The requests ``user`` may see, with what a request's page shows."""
    return request_parties.queryset(
        user, ExchangeRequest.objects.select_related(*REQUEST_RELATIONS)
    )


def request_list(*, status: str = "") -> QuerySet[ExchangeRequest]:
    """Every request as the coordinators' list shows it: live ones first (open before
    invited), newest first within each group; ``status`` narrows it to one status."""
    rows = ExchangeRequest.objects.select_related("requester", "wanted", "invited")
    if status:
        rows = rows.filter(status=status)
    order = Case(
        When(status=RequestStatus.OPEN, then=Value(0)),
        When(status=RequestStatus.INVITED, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return rows.annotate(waiting=order).order_by("waiting", "-created_at", "-pk")


def status_counts() -> dict[str, int]:
    """How many requests stand at each status (one query), for the list's filters."""
    counts = dict.fromkeys(RequestStatus.values, 0)
    rows = ExchangeRequest.objects.order_by().values_list("status").annotate(n=Count("pk"))
    counts.update(dict(rows))
    return counts


def live_request_between(
    first: Municipality, second: Municipality, *, exclude: int | None = None
) -> ExchangeRequest | None:
    """A live request (open or invited) between the two municipalities, either way round,
    as the one asked for or the one invited."""
    a, b = first.pk, second.pk
    pair = Q(requester=a) & (Q(wanted=b) | Q(invited=b)) | Q(requester=b) & (
        Q(wanted=a) | Q(invited=a)
    )
    rows = ExchangeRequest.objects.filter(pair, status__in=LIVE_REQUEST_STATUSES)
    if exclude is not None:
        rows = rows.exclude(pk=exclude)
    return rows.order_by("created_at", "pk").first()


def municipalities_of(user) -> QuerySet[Municipality]:
    """The municipalities ``user`` works for, by name (the ones they may ask for)."""
    if not user.is_authenticated:
        return Municipality.objects.none()
    return Municipality.objects.filter(affiliations__user=user).order_by("name", "pk")


def members_to_notify(municipality_ids) -> QuerySet:
    """Active users affiliated to the municipalities who want e-mail and have an address."""
    return (
        get_user_model()
        .objects.filter(affiliations__municipality__in=list(municipality_ids))
        .filter(is_active=True, email_notifications=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def coordinators_to_notify() -> QuerySet:
    """Active coordinators (and admins) who want e-mail and have an address."""
    return (
        get_user_model()
        .objects.filter(Q(role__in=[Role.COORDINATOR, Role.ADMIN]) | Q(is_superuser=True))
        .filter(is_active=True, email_notifications=True)
        .exclude(email="")
        .order_by("pk")
    )
