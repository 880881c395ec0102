"""Role predicates and the shape of a permission policy, shared by every app's rules."""

from typing import Generic, TypeVar

import rules
from django.db.models import Model, Q, QuerySet

M = TypeVar("M", bound=Model)

#: Filters every row passes and none passes. ``Q()`` would not do for the first: it
#: vanishes when combined with ``|``.
EVERYTHING = Q(pk__isnull=False)
NOTHING = Q(pk__in=[])


@rules.predicate
def is_signed_in(user) -> bool:
    """Any signed-in, active account, affiliated or not."""
    return bool(user and user.is_authenticated and user.is_active)


@rules.predicate
def is_coordinator(user) -> bool:
    return bool(is_signed_in(user) and user.is_coordinator)


@rules.predicate
def is_admin(user) -> bool:
    return bool(is_signed_in(user) and user.is_admin)


class Policy(Generic[M]):
    """One rule with its two answers, written side by side so that they cannot drift:
    ``allows(user, obj)`` for one object already in hand (no query when what it reads is
    prefetched) and ``filter(user)``, a ``Q`` on ``model`` for the queryset of every object
    the rule allows. A test holds the two together on a generated network.
    """

    model: type[M]

    def allows(self, user, obj: M) -> bool:
        raise NotImplementedError

    def filter(self, user) -> Q:
        raise NotImplementedError

    def queryset(self, user, base: QuerySet[M] | None = None) -> QuerySet[M]:
        """``base`` (all rows by default) narrowed to what the rule allows ``user``."""
        rows = self.model._default_manager.all() if base is None else base
        return rows.filter(self.filter(user))

    def predicate(self, name: str) -> rules.Predicate:
        """The rule as a django-rules predicate, for ``user.has_perm(...)``."""
        return rules.predicate(self.allows, name=name)


# Every signed-in user keeps their own settings (e-mail notifications).
rules.add_perm("accounts.change_own_settings", is_signed_in)
