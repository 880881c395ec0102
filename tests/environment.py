"""Loaded by pytest before Django's settings (``-p tests.environment`` in pyproject.toml).

The settings start in production mode unless ``DEBUG=1`` asks for development mode;
the suite runs in development mode (static files from the apps, the development key),
as ``make run`` does. pytest-django still turns Django's DEBUG off for each test.
"""

import os

os.environ.setdefault("DEBUG", "1")
