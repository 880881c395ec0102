"""Who may see and change what in events. Pure predicates over (user, object)."""

import rules

from citypeers.accounts.rules import is_coordinator, is_member


def _affiliated_bodies(user) -> tuple[set[int], set[int]]:
    """(municipality ids, organisation ids) the user works for, cached on the user object."""
    cached = getattr(user, "_event_bodies", None)
    if cached is None:
        municipalities, organisations = set(), set()
        for municipality_id, organisation_id in user.affiliations.values_list(
            "municipality_id", "organisation_id"
        ):
            if municipality_id:
                municipalities.add(municipality_id)
            if organisation_id:
                organisations.add(organisation_id)
        cached = (municipalities, organisations)
        user._event_bodies = cached
    return cached


@rules.predicate
def takes_part_in_event(user, event) -> bool:
    """The user works for a municipality or organisation taking part in the event."""
    if not is_member(user) or event is None:
        return False
    municipalities, organisations = _affiliated_bodies(user)
    if not municipalities and not organisations:
        return False
    return any(
        p.municipality_id in municipalities or p.organisation_id in organisations
        for p in event.participants.all()  # prefetched on event pages: no query
    )


@rules.predicate
def works_for_participating_municipality(user, action) -> bool:
    """For follow-ups: the user works for a municipality that took part in the event."""
    if not is_member(user) or action is None:
        return False
    municipalities, _organisations = _affiliated_bodies(user)
    if not municipalities:
        return False
    return any(p.municipality_id in municipalities for p in action.event.participants.all())


@rules.predicate
def report_is_published(user, event) -> bool:
    """A draft report (concluded without publishing) stays with those who edit the event."""
    return event is not None and event.report_published_at is not None


can_manage_events = is_coordinator
can_edit_event = is_coordinator
can_see_meeting_link = is_coordinator | takes_part_in_event
can_add_follow_up_progress = is_coordinator | works_for_participating_municipality
can_see_flags = is_coordinator
can_see_report = report_is_published | can_edit_event
# Members' progress notes name their authors: for the event's own participants only.
can_see_follow_up_progress = is_coordinator | takes_part_in_event
can_see_history = is_coordinator

rules.add_perm("events.add_event", can_manage_events)
rules.add_perm("events.change_event", can_edit_event)
rules.add_perm("events.see_meeting_link", can_see_meeting_link)
rules.add_perm("events.add_follow_up_progress", can_add_follow_up_progress)
rules.add_perm("events.see_flags", can_see_flags)
rules.add_perm("events.see_report", can_see_report)
rules.add_perm("events.see_follow_up_progress", can_see_follow_up_progress)
rules.add_perm("events.see_history", can_see_history)
