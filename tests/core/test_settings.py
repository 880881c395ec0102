import pytest

from tests.fresh_process import run_project


def run_settings(**env):
    return run_project(
        "-c",
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        unset=frozenset({"SECRET_KEY", "DEBUG"}),
        **env,
    )


def test_production_refuses_the_development_secret_key():
    result = run_settings(DEBUG="0")

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_starts_with_a_secret_key_from_the_environment():
    result = run_settings(DEBUG="0", SECRET_KEY="a-real-secret-from-the-environment")

    assert result.returncode == 0, result.stderr


def test_production_server_refuses_to_start_with_debug_on():
    result = run_project("-m", "citypeers", "serve", "--bind", "127.0.0.1:1", DEBUG="1")

    assert result.returncode != 0
    assert "DEBUG is on" in result.stderr


@pytest.mark.parametrize("key", ["", "   "])
def test_production_refuses_an_empty_secret_key(key):
    result = run_settings(DEBUG="0", SECRET_KEY=key)

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_debug_is_off_unless_asked_for():
    unset = run_settings(SECRET_KEY="a-real-secret-from-the-environment")
    asked = run_settings(DEBUG="1")

    assert (unset.returncode, unset.stdout) == (0, "False\n")
    assert (asked.returncode, asked.stdout) == (0, "True\n")


def test_without_debug_and_without_a_key_nothing_starts():
    result = run_settings()

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_development_server_asks_for_development_mode():
    result = run_project(
        *("-m", "citypeers", "serve", "--dev", "--bind", "127.0.0.1:1"),
        unset=frozenset({"DEBUG"}),
        SECRET_KEY="a-real-secret-from-the-environment",
    )

    assert result.returncode != 0
    assert "set DEBUG=1" in result.stderr
