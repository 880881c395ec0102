from django.core.management.base import CommandError
from django.utils.translation import gettext as _


def run_round_command(options, stdout) -> None:
    """``citypeers match round``: options ``programme``, ``starts_on``, ``ends_on`` (dates)
    and ``json``; writes to ``stdout``."""
    raise CommandError(_("Rounds are not available yet."))
