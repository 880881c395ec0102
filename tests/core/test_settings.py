import os
import subprocess
import sys


def run_settings(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**environment, "DJANGO_SETTINGS_MODULE": "citypeers.config.settings"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_the_development_secret_key():
    result = run_settings(DEBUG="0")

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_starts_with_a_secret_key_from_the_environment():
    result = run_settings(DEBUG="0", SECRET_KEY="a-real-secret-from-the-environment")

    assert result.returncode == 0, result.stderr


def test_production_server_refuses_to_start_with_debug_on():
    result = subprocess.run(
        [sys.executable, "-m", "citypeers", "serve", "--bind", "127.0.0.1:1"],
        env={**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "citypeers.config.settings"},
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0
    assert "DEBUG is on" in result.stderr
