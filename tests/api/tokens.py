"""Calling the API as someone: with their personal API token, as programs do."""

from citypeers.api.services import create_token


def sign_in(client, user) -> None:
    """Send a new read token of ``user`` with every later request of ``client``."""
    secret = create_token(user=user, name="Tests", scope="read").secret
    client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {secret}"


def sign_out(client) -> None:
    client.defaults.pop("HTTP_AUTHORIZATION", None)
