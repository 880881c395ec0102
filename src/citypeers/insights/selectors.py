"""Programme indicators shown on the home page and the dashboard."""

from django.utils import timezone

from citypeers.events.enums import EventStatus
from citypeers.events.models import Event
from citypeers.events.selectors import with_list_relations
from citypeers.network.models import Country, Enrolment, Municipality, Programme
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice


def network_numbers() -> dict[str, int]:
    return {
        "enrolled_municipalities": Enrolment.objects.values("municipality").distinct().count(),
        "enrolled_countries": Country.objects.filter(municipalities__enrolments__isnull=False)
        .distinct()
        .count(),
        "directory_municipalities": Municipality.objects.count(),
        "programmes": Programme.objects.count(),
        "events_held": Event.objects.filter(status=EventStatus.CONCLUDED).count(),
    }


def latest_activity(*, limit: int = 5, now=None) -> dict[str, list[Event]]:
    """What the home page shows: the next events, and the latest ones held."""
    now = now or timezone.now()
    upcoming = Event.objects.filter(ends_at__gte=now).exclude(status=EventStatus.CANCELLED)
    past = Event.objects.filter(ends_at__lt=now, status=EventStatus.CONCLUDED)
    return {
        "upcoming": list(with_list_relations(upcoming.order_by("starts_at", "pk"))[:limit]),
        "recent": list(with_list_relations(past.order_by("-starts_at", "-pk"))[:limit]),
    }


def latest_practices(*, limit: int = 3) -> list[Practice]:
    """The practices most recently published or updated, for the home page's cards
    (published ones only: the home page looks the same to everyone)."""
    published = Practice.objects.filter(status=PracticeStatus.PUBLISHED)
    return list(
        published.select_related("municipality__country", "organisation").order_by(
            "-updated_at", "-pk"
        )[:limit]
    )
