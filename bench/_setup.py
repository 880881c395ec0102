"""Shared start of every benchmark: Django on a scratch database, never the site's own."""

import os
import sys
import tempfile
import time
from pathlib import Path


def setup_django(name: str) -> Path:
    """Point citypeers at a fresh SQLite file (or $BENCH_DATABASE_URL) and migrate it."""
    scratch = Path(tempfile.mkdtemp(prefix=f"citypeers-bench-{name}-"))
    os.environ["CITYPEERS_VAR"] = str(scratch)
    os.environ["MEDIA_ROOT"] = str(scratch / "media")
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citypeers.config.settings")
    os.environ.setdefault("DEBUG", "1")  # development mode: the development key, no HTTPS
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return scratch


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result
