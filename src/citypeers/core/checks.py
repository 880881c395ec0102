"""citypeers' own deployment checks, run with Django's by ``check --deploy`` and
``citypeers check-deploy``: what production must never run with."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def check_production_settings(app_configs=None, **kwargs) -> list[Error]:
    errors = []
    if settings.DEBUG:
        errors.append(
            Error(
                "DEBUG is on: pages show tracebacks and settings to anyone.",
                hint="Unset DEBUG in production (DEBUG=1 is for development only).",
                id="citypeers.E001",
            )
        )
    if settings.SECRET_KEY in ("", settings.DEVELOPMENT_SECRET_KEY):
        errors.append(
            Error(
                "SECRET_KEY is empty or the development key: sessions and tokens can be forged.",
                hint="Set SECRET_KEY to a long random value, the same in every worker.",
                id="citypeers.E002",
            )
        )
    if not settings.HTTPS:
        errors.append(
            Error(
                "HTTPS is not set: no redirect to HTTPS, no HSTS, cookies may travel in clear.",
                hint="Serve the site over HTTPS and set HTTPS=1 (docs/operations.md).",
                id="citypeers.E003",
            )
        )
    return errors
