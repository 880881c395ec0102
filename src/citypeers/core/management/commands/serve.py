import os
import shutil
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


def gunicorn_argv(gunicorn: str, bind: str, workers: int) -> list[str]:
    """gunicorn's command line: the application is loaded and warmed up once, before the
    workers fork (see config/wsgi.py), so no worker's first request pays for it."""
    return [
        gunicorn,
        "citypeers.config.wsgi",
        "--preload",
        "--bind",
        bind,
        "--workers",
        str(workers),
    ]


class Command(BaseCommand):
    help = "Serve the site: gunicorn in production, Django's development server with --dev."

    def add_arguments(self, parser):
        parser.add_argument("--dev", action="store_true", help="run the development server")
        parser.add_argument("--bind", default="127.0.0.1:8000", help="address:port to listen on")
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "3"))
        )

    def handle(self, *args, dev, bind, workers, **options):
        if dev:
            if not settings.DEBUG:
                raise CommandError(
                    "The development server runs in development mode: set DEBUG=1 (make run does)."
                )
            from citypeers.archive.extraction import warm_up  # only here: it loads the name lists

            self.stdout.write("Loading the report archive's place and name lists (once)...")
            warm_up()
            call_command("runserver", bind, use_reloader=False)
            return
        if settings.DEBUG:
            raise CommandError(
                "DEBUG is on: production serving needs DEBUG=0 and a SECRET_KEY in the "
                "environment (use --dev for the development server)."
            )
        gunicorn = shutil.which("gunicorn") or os.path.join(
            os.path.dirname(sys.executable), "gunicorn"
        )
        if not os.path.exists(gunicorn):
            raise CommandError("gunicorn is not installed in this environment.")
        call_command("collectstatic", interactive=False, verbosity=0)
        os.environ["CITYPEERS_WARM_UP"] = "1"
        os.execv(gunicorn, gunicorn_argv(gunicorn, bind, workers))
