from django.db.models import QuerySet

from citypeers.api.models import ApiToken
from citypeers.api.rules import token_owners


def tokens_of(user) -> QuerySet[ApiToken]:
    """The tokens ``user`` created, newest first, revoked ones included."""
    return token_owners.queryset(user)
