"""Who may see and change what in events.

Event pages are public; what is for the event's own parties (the meeting link, members'
progress notes) follows one policy, ``event_parties``: the user works for a municipality
or organisation taking part in the event.
"""

import rules
from django.db.models import Q

from citypeers.accounts.rules import EVERYTHING, NOTHING, Policy, is_coordinator
from citypeers.events.enums import EventStatus
from citypeers.events.models import Event, EventParticipant, FollowUpAction
from citypeers.network.rules import bodies_of


class EventParties(Policy[Event]):
    """Events one of whose participants is a body the user works for."""

    model = Event

    def allows(self, user, event) -> bool:
        bodies = bodies_of(user)
        if event is None or not bodies:
            return False
        return any(
            bodies.include(municipality_id=p.municipality_id, organisation_id=p.organisation_id)
            for p in event.participants.all()  # prefetched on event pages: no query
        )

    def filter(self, user) -> Q:
        bodies = bodies_of(user)
        if not bodies:
            return NOTHING
        return Q(pk__in=EventParticipant.objects.filter(bodies.q()).values("event_id"))


class FollowUpParties(Policy[FollowUpAction]):
    """Follow-up actions of events in which a municipality the user works for took part."""

    model = FollowUpAction

    def allows(self, user, action) -> bool:
        municipalities = bodies_of(user).municipalities
        if action is None or not municipalities:
            return False
        return any(p.municipality_id in municipalities for p in action.event.participants.all())

    def filter(self, user) -> Q:
        municipalities = bodies_of(user).municipalities
        if not municipalities:
            return NOTHING
        taking_part = EventParticipant.objects.filter(municipality__in=sorted(municipalities))
        return Q(event__in=taking_part.values("event_id"))


class ReportReaders(Policy[Event]):
    """Events whose report a user may read: published reports for everyone; a draft
    report (concluded without publishing) stays with those who edit events."""

    model = Event

    def allows(self, user, event) -> bool:
        if event is None:
            return False
        return event.report_published_at is not None or is_coordinator(user)

    def filter(self, user) -> Q:
        return EVERYTHING if is_coordinator(user) else Q(report_published_at__isnull=False)


event_parties = EventParties()
follow_up_parties = FollowUpParties()
report_readers = ReportReaders()


def is_cancellable(event: Event) -> bool:
    """Only a planned event can be cancelled: a concluded one keeps its report."""
    return event.status == EventStatus.PLANNED


def is_concludable(event: Event) -> bool:
    """A cancelled event has no report to write; a concluded one may have its report edited."""
    return event.status != EventStatus.CANCELLED


takes_part_in_event = event_parties.predicate("takes_part_in_event")


@rules.predicate
def event_is_cancellable(user, event) -> bool:
    return event is not None and is_cancellable(event)


@rules.predicate
def event_is_concludable(user, event) -> bool:
    return event is not None and is_concludable(event)


can_manage_events = is_coordinator
can_edit_event = is_coordinator
can_see_meeting_link = is_coordinator | takes_part_in_event
can_add_follow_up_progress = is_coordinator | follow_up_parties.predicate("follows_up_own_event")
can_see_flags = is_coordinator
can_see_report = report_readers.predicate("can_see_report")
# Members' progress notes name their authors: for the event's own participants only.
can_see_follow_up_progress = is_coordinator | takes_part_in_event
can_see_history = is_coordinator
# A series belongs to the whole network: its names in other languages are the coordinators'.
can_translate_series = is_coordinator

rules.add_perm("events.add_event", can_manage_events)
rules.add_perm("events.change_event", can_edit_event)
rules.add_perm("events.cancel_event", can_edit_event & event_is_cancellable)
rules.add_perm("events.conclude_event", can_edit_event & event_is_concludable)
rules.add_perm("events.see_meeting_link", can_see_meeting_link)
rules.add_perm("events.add_follow_up_progress", can_add_follow_up_progress)
rules.add_perm("events.see_flags", can_see_flags)
rules.add_perm("events.see_report", can_see_report)
rules.add_perm("events.see_follow_up_progress", can_see_follow_up_progress)
rules.add_perm("events.see_history", can_see_history)
rules.add_perm("events.translate_series", can_translate_series)
