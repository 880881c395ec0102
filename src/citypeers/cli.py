"""The ``citypeers`` command: Django's management commands under friendlier names.

``citypeers load-geodata`` runs ``load_geodata``; ``citypeers import`` runs
``import_reports`` (``import`` is a Python keyword and cannot name a module).
"""

import os
import sys

COMMAND_ALIASES = {"import": "import_reports"}


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citypeers.config.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 (reads the settings: they refuse a bad environment)
    except ImproperlyConfigured as error:
        sys.exit(f"citypeers: {error}")

    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and not args[1].startswith("-"):
        args[1] = COMMAND_ALIASES.get(args[1], args[1].replace("-", "_"))
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
