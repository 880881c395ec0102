"""Indexed substring search over events' text: title, Italian title, summary, report
(its plain text, ``Event.report_text``: the markup is not searched).

The site search asks for the events whose text contains what was typed, case aside (as
``icontains`` would), without reading every report. SQLite keeps an FTS5 table with the
trigram tokenizer, which answers substring matches from its index; PostgreSQL keeps
trigram GIN indexes (``pg_trgm``) on the same columns, which serve ``icontains`` as it
is. Both follow every write through the database itself, and the schema is (re)created
after every ``migrate`` (``ensure_fulltext_schema`` is idempotent).
"""

from django.db import connection
from django.db.models.expressions import RawSQL

TABLE = "events_event"
# Each index and the columns it reads. The report has its own: a word found in every
# report would otherwise be checked against every report when titles are searched.
INDEXES = {
    "events_event_fts": ("title", "title_it", "summary"),
    "events_event_report_fts": ("report_text",),
}
COLUMNS = tuple(column for columns in INDEXES.values() for column in columns)
# A trigram index finds nothing shorter than three characters: those are read row by row.
MIN_INDEXED_CHARS = 3
# The most events one text condition yields (the latest added): a search shows a few.
MAX_MATCHES = 1000


def _sqlite_schema(fts_table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    insert = f"INSERT INTO {fts_table}(rowid, {names}) VALUES (new.id, {new});"  # noqa: S608 (constant names; user input goes in parameters)
    delete = (
        f"INSERT INTO {fts_table}({fts_table}, rowid, {names}) VALUES ('delete', old.id, {old});"  # noqa: S608 (constant names; user input goes in parameters)
    )
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts_table} USING fts5({names}, "
        f"content='{TABLE}', content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER IF NOT EXISTS {fts_table}_ai AFTER INSERT ON {TABLE} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts_table}_ad AFTER DELETE ON {TABLE} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts_table}_au AFTER UPDATE OF {names} ON {TABLE} "
        f"BEGIN {delete} {insert} END",
    ]


def _postgres_schema() -> list[str]:
    # UPPER(column), as Django's icontains compares, so that the planner uses the index.
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        *(
            f"CREATE INDEX IF NOT EXISTS {TABLE}_{column}_trgm ON {TABLE} "
            f"USING gin (UPPER({column}) gin_trgm_ops)"
            for column in COLUMNS
        ),
    ]


def ensure_fulltext_schema(using_connection=None) -> None:
    """Create the index and its triggers if missing; fill the SQLite index if it was new."""
    conn = using_connection or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            for fts_table, columns in INDEXES.items():
                cursor.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [fts_table]
                )
                existed = cursor.fetchone() is not None
                for statement in _sqlite_schema(fts_table, columns):
                    cursor.execute(statement)
                if not existed:
                    cursor.execute(f"INSERT INTO {fts_table}({fts_table}) VALUES ('rebuild')")  # noqa: S608 (constant names; user input goes in parameters)
        elif conn.vendor == "postgresql":
            for statement in _postgres_schema():
                cursor.execute(statement)


def indexed_matches(text: str, columns: tuple[str, ...]) -> RawSQL | None:
    """Ids of the ``MAX_MATCHES`` latest added events one of whose ``columns`` (those of
    one of the ``INDEXES``) contains ``text``, case aside, as a subquery of the SQLite
    index; None where the index cannot answer (PostgreSQL, whose trigram indexes serve
    ``icontains`` instead, or a text too short for trigrams). A word in every report
    costs no more than a rare one.
    """
    if connection.vendor != "sqlite" or len(text) < MIN_INDEXED_CHARS:
        return None
    (fts_table,) = [table for table, indexed in INDEXES.items() if indexed == columns]
    phrase = '"' + text.replace('"', '""') + '"'
    sql = (
        f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH %s "  # noqa: S608 (constant names; the text goes in a parameter)
        f"ORDER BY rowid DESC LIMIT {MAX_MATCHES}"
    )
    return RawSQL(sql, [phrase])  # noqa: S611 (constant SQL; the text goes in a parameter)
