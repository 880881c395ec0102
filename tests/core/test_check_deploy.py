"""``citypeers check-deploy``: Django's deployment checks plus ours, run on the environment."""

import re

import pytest

from tests.fresh_process import run_project

GOOD = {
    "SECRET_KEY": "k3P9x-2vQ_8mZr4tLw7yB1nC6dF0hJ5sA-uE9gT2pR4oY7iW3qX8",
    "HTTPS": "1",
    "ALLOWED_HOSTS": "citypeers.example.org",
}


def check_deploy(**env):
    unset = frozenset({"SECRET_KEY", "DEBUG", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"})
    return run_project("-m", "citypeers", "check-deploy", unset=unset, **env)


def test_check_deploy_passes_a_production_environment():
    result = check_deploy(**GOOD)

    assert result.returncode == 0, result.stderr
    assert "Every deployment check passed." in result.stdout


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        (
            {"DEBUG": "1", "SECRET_KEY": ""},
            ["citypeers.E001", "citypeers.E002", "security.W009", "security.W018"],
        ),
        ({"HTTPS": "0"}, ["citypeers.E003", "security.W004", "security.W008"]),
        ({"SECRET_KEY": "short"}, ["security.W009"]),
    ],
)
def test_check_deploy_fails_naming_each_problem(changes, problems):
    result = check_deploy(**{**GOOD, **changes})

    assert result.returncode != 0
    assert sorted(set(re.findall(r"\((\w+\.\w+)\)", result.stderr))) == problems
    assert "Every deployment check passed." not in result.stdout


@pytest.mark.parametrize("key", ["", "   ", "citypeers-development-key-not-for-production"])
def test_check_deploy_refuses_to_start_on_an_empty_or_development_key(key):
    result = check_deploy(**{**GOOD, "SECRET_KEY": key})

    assert result.returncode == 1
    assert result.stderr.startswith("citypeers: SECRET_KEY is not set")
    assert "Traceback" not in result.stderr
