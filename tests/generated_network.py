"""A small random network for tests that hold a rule's two forms together.

Every kind of user the rules tell apart (visitor, unaffiliated account, officer of a
municipality, member of an organisation, coordinator, admin) meets events, practices and
documents whose parties, partners, authors, statuses and visibilities are drawn at random.
"""

import random
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser

from citypeers.accounts.enums import Role
from tests.factories import (
    AffiliationFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PracticeFactory,
    UserFactory,
)

VISIBILITIES = ("public", "members", "participants")
STATUSES = ("draft", "published", "archived")


@dataclass
class Network:
    users: dict = field(default_factory=dict)
    municipalities: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    events: list = field(default_factory=list)
    practices: list = field(default_factory=list)
    documents: list = field(default_factory=list)


def _users(rng, network: Network) -> None:
    network.users["visitor"] = AnonymousUser()
    network.users["unaffiliated"] = UserFactory(role=Role.USER)
    network.users["coordinator"] = UserFactory(role=Role.COORDINATOR)
    network.users["admin"] = UserFactory(role=Role.ADMIN, is_superuser=True)
    network.users["inactive officer"] = UserFactory(role=Role.USER, is_active=False)
    AffiliationFactory(
        user=network.users["inactive officer"], municipality=network.municipalities[0]
    )
    for i, municipality in enumerate(network.municipalities[:3]):
        user = UserFactory(role=Role.USER)
        AffiliationFactory(user=user, municipality=municipality)
        network.users[f"officer {i}"] = user
    for i, organisation in enumerate(network.organisations[:2]):
        user = UserFactory(role=Role.USER)
        AffiliationFactory(user=user, organisation=organisation)
        network.users[f"organisation member {i}"] = user
    both = UserFactory(role=Role.USER)
    AffiliationFactory(user=both, municipality=rng.choice(network.municipalities))
    AffiliationFactory(user=both, organisation=rng.choice(network.organisations))
    network.users["officer and organisation member"] = both


def build_network(seed: int, *, documents: bool = True) -> Network:
    """Users, bodies, events, practices and (optionally) documents, drawn from ``seed``."""
    rng = random.Random(seed)
    network = Network()
    network.municipalities = [MunicipalityFactory() for _ in range(5)]
    network.organisations = [OrganisationFactory() for _ in range(3)]
    _users(rng, network)
    for _ in range(6):
        event = EventFactory(status=rng.choice(("planned", "concluded", "cancelled")))
        for municipality in rng.sample(network.municipalities, rng.randint(0, 2)):
            EventParticipantFactory(event=event, municipality=municipality)
        for organisation in rng.sample(network.organisations, rng.randint(0, 1)):
            EventParticipantFactory(event=event, municipality=None, organisation=organisation)
        network.events.append(event)
    signed_in = [u for u in network.users.values() if u.is_authenticated]
    for i in range(8):
        runs_by_city = rng.random() < 0.7
        practice = PracticeFactory(
            status=STATUSES[i] if i < len(STATUSES) else rng.choice(STATUSES),
            municipality=rng.choice(network.municipalities) if runs_by_city else None,
            organisation=None if runs_by_city else rng.choice(network.organisations),
            created_by=rng.choice([None, *signed_in]),
        )
        practice.partners.set(rng.sample(network.organisations, rng.randint(0, 2)))
        network.practices.append(practice)
    if documents:
        items = network.events + network.practices
        for _ in range(14):
            network.documents.append(
                DocumentFactory(item=rng.choice(items), visibility=rng.choice(VISIBILITIES))
            )
    return network


def fresh(user):
    """The user as a new request would load it (no cached bodies)."""
    if not user.is_authenticated:
        return user
    return type(user).objects.get(pk=user.pk)


def disagreements(policy, objects, users: dict) -> list[str]:
    """Where ``policy.allows`` and ``policy.queryset`` answer differently, by user and row.

    Rows are read back fresh (as a page would load them) so no cache hides a query.
    Also fails when the rule decides nothing (allows all or none for every user), since
    such a network could not catch a broken rule.
    """
    pks = [obj.pk for obj in objects]
    problems, answers = [], set()
    for name, user in users.items():
        rows = policy.model._default_manager.filter(pk__in=pks)
        allowed = {row.pk for row in rows if policy.allows(fresh(user), row)}
        queried = set(policy.queryset(fresh(user)).filter(pk__in=pks).values_list("pk", flat=True))
        if allowed != queried:
            problems.append(f"{name}: predicate {sorted(allowed)} != query {sorted(queried)}")
        answers.add(frozenset(allowed))
    if len(answers) < 2:
        problems.append("the rule gave every user the same answer: the network proves nothing")
    return problems
