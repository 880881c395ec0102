"""The project run in a fresh Python process, with an environment the test chooses: what
settings, the server and the deployment checks do at start-up cannot be seen in-process."""

import os
import subprocess
import sys


def run_project(*args: str, unset: frozenset[str] = frozenset(), **env: str):
    """`python ARGS` with the project's settings module, this process's environment less
    the `unset` variables and with `env` added; the exit code is the caller's to check."""
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, *args],
        env={**environment, "DJANGO_SETTINGS_MODULE": "citypeers.config.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )
