"""Who is a member of the network and who may change what in its directory.

A *member* is a signed-in user affiliated to a municipality or an organisation: the
bodies they work for (``bodies_of``) are the root of every "own" rule on the platform.
"""

from dataclasses import dataclass

import rules
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from citypeers.accounts.rules import EVERYTHING, NOTHING, Policy, is_coordinator, is_signed_in
from citypeers.network.models import Municipality, Organisation, Person, Programme


@dataclass(frozen=True)
class Bodies:
    """The municipalities and organisations (ids) a user works for."""

    municipalities: frozenset[int] = frozenset()
    organisations: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.municipalities or self.organisations)

    def include(self, *, municipality_id=None, organisation_id=None) -> bool:
        return municipality_id in self.municipalities or organisation_id in self.organisations

    def q(self, municipality: str = "municipality", organisation: str = "organisation") -> Q:
        """A filter on rows whose ``municipality`` or ``organisation`` is one of these bodies."""
        if not self:
            return NOTHING
        return Q(**{f"{municipality}__in": sorted(self.municipalities)}) | Q(
            **{f"{organisation}__in": sorted(self.organisations)}
        )


NO_BODIES = Bodies()


def bodies_of(user) -> Bodies:
    """The bodies ``user`` works for: one query, then cached on the user object."""
    if not is_signed_in(user):
        return NO_BODIES
    cached = getattr(user, "_citypeers_bodies", None)
    if cached is None:
        rows = list(user.affiliations.values_list("municipality_id", "organisation_id"))
        cached = Bodies(
            municipalities=frozenset(m for m, _o in rows if m),
            organisations=frozenset(o for _m, o in rows if o),
        )
        user._citypeers_bodies = cached
    return cached


@rules.predicate
def is_member(user) -> bool:
    """A member of the network: signed in and working for a municipality or organisation."""
    return bool(bodies_of(user))


@rules.predicate
def has_a_municipality(user) -> bool:
    return bool(bodies_of(user).municipalities)


class MunicipalityOfficers(Policy[Municipality]):
    """Municipalities whose affairs (profile, practices filed under them) a user may handle:
    the ones they work for, and every municipality for a coordinator."""

    model = Municipality

    def allows(self, user, municipality) -> bool:
        if municipality is None:
            return False
        return is_coordinator(user) or municipality.pk in bodies_of(user).municipalities

    def filter(self, user) -> Q:
        if is_coordinator(user):
            return EVERYTHING
        return Q(pk__in=sorted(bodies_of(user).municipalities)) if is_member(user) else NOTHING


municipality_officers = MunicipalityOfficers()
works_for_municipality = municipality_officers.predicate("works_for_municipality")

can_edit_profile = municipality_officers.predicate("can_edit_profile")


class PeopleReaders(Policy[Person]):
    """Who may see named people: a person's name, the roles they hold and their contact
    details, wherever they are shown (pages, partials, feeds, calendars, the API).

    The network's members (affiliated to a municipality or an organisation) and its
    coordinators see them; everyone else sees roles and bodies without names. The rule
    does not depend on the person: it is about who asks.
    """

    model = Person
    #: The rule in words, shown on the About page.
    rule = _(
        "The names of people, the roles they hold and their contact details are shown to "
        "members of the network (users affiliated to one of its municipalities or "
        "organisations) and to its coordinators. Everyone else sees the municipalities, "
        "organisations and roles that take part, without names."
    )
    #: Why a signed-in user who is not a member is refused a person's page, and the way in.
    reason = _(
        "People's pages are for members of the network's municipalities and organisations. "
        "Your account is not linked to one yet: a coordinator of the programme can link it "
        "to the municipality or organisation you work for."
    )

    def allows(self, user, person=None) -> bool:
        return bool(is_coordinator(user) or is_member(user))

    def filter(self, user) -> Q:
        return EVERYTHING if self.allows(user) else NOTHING


people_readers = PeopleReaders()
can_see_people = people_readers.predicate("can_see_people")


class NameTranslators(Policy[Organisation]):
    """Who may add the names an organisation has in other languages (and those of the
    programmes it coordinates): the network's coordinators, and the organisation's own
    members, who know how it is called at home. A programme with no coordinating
    organisation is the coordinators' alone."""

    model = Organisation

    def allows(self, user, organisation) -> bool:
        if is_coordinator(user):
            return True
        return organisation is not None and organisation.pk in bodies_of(user).organisations

    def filter(self, user) -> Q:
        if is_coordinator(user):
            return EVERYTHING
        return Q(pk__in=sorted(bodies_of(user).organisations)) if is_member(user) else NOTHING


name_translators = NameTranslators()
can_translate_names = name_translators.predicate("can_translate_names")


@rules.predicate
def can_translate_programme_names(user, programme: Programme) -> bool:
    return name_translators.allows(user, programme.coordinator)


rules.add_perm("network.edit_profile", can_edit_profile)
rules.add_perm("network.translate_names", can_translate_names)
rules.add_perm("network.translate_programme_names", can_translate_programme_names)
rules.add_perm("network.see_people", can_see_people)
