"""Role predicates shared by every app's permission rules."""

import rules


@rules.predicate
def is_member(user) -> bool:
    """Any signed-in, active user: the audience of members-only material."""
    return bool(user and user.is_authenticated and user.is_active)


@rules.predicate
def is_coordinator(user) -> bool:
    return bool(is_member(user) and user.is_coordinator)


@rules.predicate
def is_admin(user) -> bool:
    return bool(is_member(user) and user.is_admin)
