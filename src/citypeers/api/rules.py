"""Who may see and change API tokens: each signed-in user their own, nobody else's."""

import rules
from django.db.models import Q

from citypeers.accounts.rules import NOTHING, Policy, is_signed_in
from citypeers.api.models import ApiToken


class TokenOwners(Policy[ApiToken]):
    """Tokens a user may see and revoke: the ones they created (coordinators too)."""

    model = ApiToken

    def allows(self, user, token) -> bool:
        return token is not None and is_signed_in(user) and token.user_id == user.pk

    def filter(self, user) -> Q:
        return Q(user=user.pk) if is_signed_in(user) else NOTHING


token_owners = TokenOwners()

rules.add_perm("api.add_token", is_signed_in)
rules.add_perm("api.revoke_token", token_owners.predicate("owns_token"))
