"""Settings for citypeers, read once from the environment (every key has a default).

The embedded default is SQLite in WAL mode under ``var/``. Without ``DEBUG=1`` the
settings are production's: they need ``SECRET_KEY``, and production also sets
``DATABASE_URL`` (PostgreSQL), ``ALLOWED_HOSTS`` and ``HTTPS=1`` (docs/operations.md).
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(os.environ.get("CITYPEERS_HOME", PACKAGE_DIR.parent.parent)).resolve()
VAR_DIR = Path(os.environ.get("CITYPEERS_VAR", BASE_DIR / "var")).resolve()


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEVELOPMENT_SECRET_KEY = "citypeers-development-key-not-for-production"  # noqa: S105 (refused when DEBUG is off)
# Production unless DEBUG=1 asks for development mode (make run and the tests do).
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip() or (DEVELOPMENT_SECRET_KEY if DEBUG else "")
if not DEBUG and SECRET_KEY in ("", DEVELOPMENT_SECRET_KEY):
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: with DEBUG off, citypeers refuses to start on an empty key or "
        "on the development key. Set SECRET_KEY to a long random value (or DEBUG=1 to develop)."
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, so that its forms show every language
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.syndication",
    "axes",
    "csp",
    "rules.apps.AutodiscoverRulesConfig",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "citypeers.core",
    "citypeers.accounts",
    "citypeers.network",
    "citypeers.events",
    "citypeers.practices",
    "citypeers.documents",
    "citypeers.matching",
    "citypeers.archive",
    "citypeers.insights",
    "citypeers.search",
    "citypeers.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "citypeers.accounts.language.UserLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "citypeers.accounts.access.AccessMiddleware",
]

ROOT_URLCONF = "citypeers.config.urls"
WSGI_APPLICATION = "citypeers.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "citypeers.core.context_processors.site",
            ],
        },
    }
]

# Database: SQLite in WAL mode with a busy timeout by default, any DATABASE_URL otherwise.
SQLITE_PATH = VAR_DIR / "citypeers.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{SQLITE_PATH}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "matching:my_city"
LOGOUT_REDIRECT_URL = "insights:home"

# Lockout for 15 minutes, each kind of client with its own number of failed attempts
# (citypeers.accounts.lockout): an account from one address after 5, an account from
# any address after 20, an address alone (an office behind one proxy) after 100.
LOCKOUT_RULES = (
    (("username", "ip_address"), 5),
    (("username",), 20),
    (("ip_address",), 100),
)
AXES_HANDLER = "citypeers.accounts.lockout.LockoutHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [list(parameters) for parameters, _limit in LOCKOUT_RULES]
# The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT reverse proxies the
# address the nearest of them wrote to X-Forwarded-For (see docs/operations.md).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
AXES_CLIENT_IP_CALLABLE = "citypeers.accounts.lockout.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

LANGUAGE_CODE = "en"
# The network's languages, in the order the switcher lists them. Django ships no locale
# data for Maltese, so its name is added to LANG_INFO here.
LANGUAGES = [
    ("en", _("English")),
    ("it", _("Italian")),
    ("es", _("Spanish")),
    ("el", _("Greek")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("de", _("German")),
    ("mt", _("Maltese")),
]
LANG_INFO.setdefault("mt", {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"})
# Our catalogues before those of Django and its contrib apps: where both translate a
# message ("Filter", "Email"), the site's own word for it is the one shown.
LOCALE_PATHS = [
    PACKAGE_DIR / app.split(".")[1] / "locale"
    for app in INSTALLED_APPS
    if app.startswith("citypeers.")
]
# Names stored per language (django-modeltranslation, one column per language on the same
# table, so no extra query): a missing translation falls back to English.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# A name written in any language also fills the English column when that is empty, so the
# fallback is the name as first written, never blank.
MODELTRANSLATION_AUTO_POPULATE = "default"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise expects it to exist
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# No URL route serves MEDIA_ROOT: documents leave it only through the permission-checked
# download view. (The value is required by Django's test live server.)
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# API pages: at most 100 rows, whatever the client asks; a rate limit per client address
# and one per API token ("<requests>/<sec|min|hour|day>").
NINJA_PAGINATION_PER_PAGE = 20
NINJA_PAGINATION_MAX_LIMIT = 100
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "300/min")
API_TOKEN_RATE_LIMIT = os.environ.get("API_TOKEN_RATE_LIMIT", "600/min")
NINJA_NUM_PROXIES = TRUSTED_PROXY_COUNT
DOCUMENT_MAX_UPLOAD_BYTES = int(os.environ.get("DOCUMENT_MAX_UPLOAD_BYTES", 25 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
# Calendar feeds (.ics) keep the meetings that ended in the last N days, as calendar
# apps expect: a subscriber's calendar keeps a meeting once it is held.
CALENDAR_FEED_PAST_DAYS = max(0, int(os.environ.get("CALENDAR_FEED_PAST_DAYS", 365)))
# The most events one export of the event list holds (CSV, .xlsx): about 1.5 ms and 25 KB
# of memory each; a longer list is narrowed by its filters first.
EVENT_EXPORT_MAX_ROWS = max(1, int(os.environ.get("EVENT_EXPORT_MAX_ROWS", 5000)))
# Time budget for reading one meeting report (seconds): past it the report is refused.
ARCHIVE_EXTRACTION_SECONDS = float(os.environ.get("ARCHIVE_EXTRACTION_SECONDS", 20))

# Security headers (docs/operations.md). Scripts and styles come from the site's own
# files only: no template holds an inline script, style element or style attribute.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# HTTPS=1: the site is served over HTTPS (directly or by a proxy that says so in
# X-Forwarded-Proto): plain HTTP is redirected, browsers are told to keep to HTTPS (HSTS),
# cookies travel over HTTPS only.
HTTPS = env_bool("HTTPS", False)
if TRUSTED_PROXY_COUNT:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
# Load balancers probe the health check over plain HTTP, inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", 365 * 24 * 3600)) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_bool("HSTS_INCLUDE_SUBDOMAINS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS or env_bool("SECURE_COOKIES", not DEBUG)
SECURE_HSTS_PRELOAD = HTTPS and env_bool("HSTS_PRELOAD", False)
# HSTS for every subdomain and the browsers' preload list bind the whole domain for long:
# the domain's owner decides (HSTS_INCLUDE_SUBDOMAINS, HSTS_PRELOAD), the checks do not.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
if HTTPS:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True

# Long work (e-mail, computing a round) runs as tasks: stored in the database and run by
# `citypeers worker`; CITYPEERS_TASKS=immediate runs them at once (the test suite).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("CITYPEERS_TASKS", "database")]}}

# Matching: weights of the compatibility score (docs/matching.md). A weight left out keeps
# its default; a bad value stops the start-up with its name (citypeers.matching.checks).
MATCHING_WEIGHTS: dict[str, float] = {}

# E-mail: printed to the console unless an SMTP server is configured.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 20))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "citypeers <noreply@localhost>")
# Absolute links in e-mails (tasks have no request to build them from).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
