"""Backups of a running site, and their restore on a fresh install.

A snapshot is a folder: the database (SQLite's online backup API, or ``pg_dump`` on
PostgreSQL, both consistent while the site keeps running), the media files, and
``manifest.json`` with the SHA-256 of each file. The database is copied first: a file
uploaded while the media are being copied is at worst an extra file, never a missing one.
A restore checks every checksum before it touches anything.
"""

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils.translation import gettext as _

MANIFEST = "manifest.json"
FORMAT = 1
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message says why."""


def create_backup(*, path: Path) -> dict:
    """Write a snapshot of the database and the media files into the new folder `path`."""
    path = Path(path)
    if path.exists() and any(path.iterdir()):
        raise BackupError(_("%(path)s is not empty: choose a new folder") % {"path": path})
    path.mkdir(parents=True, exist_ok=True)
    engine = _engine()
    database_file = path / DATABASE_FILES[engine]
    if engine == "sqlite":
        _sqlite_backup(database_file)
    else:
        _pg_dump(database_file)
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir():
        shutil.copytree(media, path / "media", symlinks=False)
    files = {name: _sha256(path / name) for name in _files_in(path) if name != MANIFEST}
    manifest = {
        "format": FORMAT,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "engine": engine,
        "database": database_file.name,
        "files": files,
    }
    (path / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), "utf-8")
    return manifest


def restore_backup(*, path: Path, replace: bool = False) -> dict:
    """Bring back the snapshot in `path`: the database, then the media files.

    Refuses (BackupError, nothing changed) a snapshot whose files do not match their
    checksums, one of another database engine, or, without `replace`, a site that
    already holds accounts or files.
    """
    path = Path(path)
    manifest = verify_backup(path=path)
    if manifest["engine"] != _engine():
        raise BackupError(
            _("the snapshot is of a %(theirs)s database; this site runs on %(ours)s")
            % {"theirs": manifest["engine"], "ours": _engine()}
        )
    media = Path(settings.MEDIA_ROOT)
    if not replace and (_has_accounts() or (media.is_dir() and any(_files_in(media)))):
        raise BackupError(
            _("this site already holds data: restore on a fresh install, or pass --replace")
        )
    database_file = path / manifest["database"]
    if manifest["engine"] == "sqlite":
        _sqlite_restore(database_file)
    else:
        _pg_restore(database_file)
    if media.exists():
        shutil.rmtree(media)
    if (path / "media").is_dir():
        shutil.copytree(path / "media", media)
    else:
        media.mkdir(parents=True)
    return manifest


def verify_backup(*, path: Path) -> dict:
    """The manifest of the snapshot in `path`, once every file matches its checksum."""
    path = Path(path)
    try:
        manifest = json.loads((path / MANIFEST).read_text("utf-8"))
        expected = dict(manifest["files"])
        manifest["engine"], manifest["database"]  # noqa: B018 (both are required)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(
            _("%(path)s is not a citypeers snapshot (no readable manifest)") % {"path": path}
        ) from error
    found = {name for name in _files_in(path) if name != MANIFEST}
    problems = [_("%(name)s is missing") % {"name": n} for n in sorted(set(expected) - found)]
    problems += [
        _("%(name)s is not in the manifest") % {"name": n} for n in sorted(found - set(expected))
    ]
    problems += [
        _("%(name)s does not match its checksum") % {"name": n}
        for n in sorted(found & set(expected))
        if _sha256(path / n) != expected[n]
    ]
    if problems:
        raise BackupError(
            _("the snapshot is damaged, nothing was restored: %(problems)s")
            % {"problems": "; ".join(problems)}
        )
    return manifest


def _engine() -> str:
    return "sqlite" if connection.vendor == "sqlite" else connection.vendor


def _files_in(folder: Path) -> list[str]:
    """Every file under `folder`, as sorted POSIX paths relative to it."""
    return sorted(
        Path(root, name).relative_to(folder).as_posix()
        for root, _dirs, names in os.walk(folder)
        for name in names
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _has_accounts() -> bool:
    return get_user_model().objects.exists()


def _sqlite_backup(target: Path) -> None:
    connection.ensure_connection()
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)  # pages copied while writers go on (WAL)
    copy.close()


def _sqlite_restore(source: Path) -> None:
    connection.ensure_connection()
    with sqlite3.connect(source) as snapshot:
        snapshot.backup(connection.connection)  # replaces every page of the site's database
    snapshot.close()


def _pg_arguments() -> tuple[list[str], dict]:
    """Connection options for pg_dump and pg_restore, and the password in their environment."""
    db = connection.settings_dict
    options = ["--dbname", db["NAME"], "--no-password"]
    if db.get("HOST"):
        options += ["--host", db["HOST"]]
    if db.get("PORT"):
        options += ["--port", str(db["PORT"])]
    if db.get("USER"):
        options += ["--username", db["USER"]]
    return options, {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}


def _run(command: list[str], env: dict) -> None:
    program = shutil.which(command[0])
    if program is None:
        raise BackupError(
            _("%(program)s is not installed (it comes with the PostgreSQL client)")
            % {"program": command[0]}
        )
    result = subprocess.run([program, *command[1:]], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]}: {result.stderr.strip()}")


def _pg_dump(target: Path) -> None:
    options, env = _pg_arguments()
    # one transaction with a snapshot of its own: consistent while the site writes
    _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(target), *options], env)


def _pg_restore(source: Path) -> None:
    options, env = _pg_arguments()
    connection.close()  # the restore drops and recreates every table
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            *options,
            str(source),
        ],
        env,
    )
