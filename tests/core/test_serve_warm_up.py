"""The served site loads the report archive's name lists before its first request."""

from citypeers.core.management.commands.serve import gunicorn_argv
from tests.fresh_process import run_project

_PROBE = (
    "import citypeers.config.wsgi\n"
    "from citypeers.archive.extraction.gazetteer import load_gazetteer\n"
    "from citypeers.archive.extraction.given_names import given_names\n"
    "print(load_gazetteer.cache_info().currsize, given_names.cache_info().currsize)\n"
)


def _load_wsgi(**env: str) -> list[str]:
    result = run_project("-c", _PROBE, unset=frozenset({"CITYPEERS_WARM_UP"}), DEBUG="1", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_gunicorn_loads_the_application_once_before_forking_its_workers():
    argv = gunicorn_argv("/usr/bin/gunicorn", "127.0.0.1:8000", 3)

    assert argv[:2] == ["/usr/bin/gunicorn", "citypeers.config.wsgi"]
    assert "--preload" in argv
    assert argv[argv.index("--workers") + 1] == "3"


def test_the_served_application_has_the_name_lists_loaded_before_any_request():
    assert _load_wsgi(CITYPEERS_WARM_UP="1") == ["1", "1"]


def test_importing_the_application_elsewhere_loads_nothing_more():
    assert _load_wsgi() == ["0", "0"]
