"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citypeers.config.settings")
application = get_wsgi_application()

# `citypeers serve` asks for this: gunicorn loads the application once, before it starts its
# workers (--preload), so they share the archive's name lists instead of each loading them at
# its first upload.
if os.environ.get("CITYPEERS_WARM_UP") == "1":
    from citypeers.archive.extraction import warm_up

    warm_up()
