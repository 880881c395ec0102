"""Full-text search over practices: SQLite FTS5 by default, PostgreSQL in production.

Both indexes are kept in sync by the database itself (triggers), so every save, delete
and cascade is seen whatever code path made it. The schema is (re)created after every
``migrate`` (``ensure_fulltext_schema`` is idempotent), which also survives SQLite's
table rebuilds during later migrations.

Queries are analysed in Python (``engine.text``) the same way for both databases:
accents folded, every word required, as a prefix or through its stems.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet

from citypeers.practices.engine import text as search_text

TABLE = "practices_practice"
FTS_TABLE = "practices_practice_fts"
# bm25 weights of the FTS5 columns: names, text, stems.
SQLITE_WEIGHTS = (8.0, 2.0, 1.0)
TRIGRAM_LANGUAGES = ("pl", "mt")
TRIGRAM_MAX_WORDS = 3
TRIGRAM_BELOW = 5


@dataclass(frozen=True)
class TextHit:
    practice_id: int
    score: float


def _sqlite_schema() -> list[str]:
    columns = "search_names, search_body, search_stems"
    new = "new.search_names, new.search_body, new.search_stems"
    old = "old.search_names, old.search_body, old.search_stems"
    insert = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new});"  # noqa: S608 (constant names; user input goes in parameters)
    delete = (
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.id, {old});"  # noqa: S608 (constant names; user input goes in parameters)
    )
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({columns}, "
        f"content='{TABLE}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON {TABLE} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON {TABLE} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE ON {TABLE} "
        f"BEGIN {delete} {insert} END",
    ]


def _postgres_config_case(available: set[str]) -> str:
    """SQL choosing the text search configuration from the practice's language."""
    branches = " ".join(
        f"WHEN '{code}' THEN '{config}'"
        for code, config in search_text.STEMMED_LANGUAGES.items()
        if config in available
    )
    return f"(CASE NEW.language {branches} ELSE 'simple' END)::regconfig"


def _postgres_schema(available: set[str]) -> list[str]:
    config = _postgres_config_case(available)
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector",
        f"""CREATE OR REPLACE FUNCTION {TABLE}_search_vector() RETURNS trigger AS $$
        BEGIN
          NEW.search_vector :=
            setweight(to_tsvector({config}, coalesce(NEW.search_names, '')), 'A') ||
            setweight(to_tsvector('simple', coalesce(NEW.search_names, '')), 'A') ||
            setweight(to_tsvector({config}, coalesce(NEW.search_body, '')), 'C') ||
            setweight(to_tsvector('simple', coalesce(NEW.search_body, '')), 'D');
          RETURN NEW;
        END $$ LANGUAGE plpgsql""",
        f"DROP TRIGGER IF EXISTS {TABLE}_search_vector_trigger ON {TABLE}",
        f"CREATE TRIGGER {TABLE}_search_vector_trigger BEFORE INSERT OR UPDATE ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_search_vector()",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_search_vector_gin ON {TABLE} USING gin(search_vector)",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_search_names_trgm ON {TABLE} "
        "USING gin(search_names gin_trgm_ops)",
    ]


def _postgres_configs(cursor) -> set[str]:
    cursor.execute("SELECT cfgname FROM pg_ts_config")
    return {row[0] for row in cursor.fetchall()}


def ensure_fulltext_schema(using_connection=None) -> None:
    """Create the full-text index and its triggers if missing; fill it if it was new."""
    conn = using_connection or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE]
            )
            existed = cursor.fetchone() is not None
            for statement in _sqlite_schema():
                cursor.execute(statement)
            if not existed:
                cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")  # noqa: S608 (constant names; user input goes in parameters)
        elif conn.vendor == "postgresql":
            cursor.execute(
                "SELECT 1 FROM information_schema.columns WHERE table_name = %s "
                "AND column_name = 'search_vector'",
                [TABLE],
            )
            existed = cursor.fetchone() is not None
            cursor.execute(
                "SELECT 1 FROM pg_trigger WHERE tgname = %s", [f"{TABLE}_search_vector_trigger"]
            )
            if existed and cursor.fetchone() is not None:
                return
            for statement in _postgres_schema(_postgres_configs(cursor)):
                cursor.execute(statement)
            if not existed:
                cursor.execute(f"UPDATE {TABLE} SET search_names = search_names")  # noqa: S608 (constant names; user input goes in parameters)


def rebuild_fulltext_index() -> None:
    """Recompute the whole full-text index from the rows (after bulk loads or repairs)."""
    ensure_fulltext_schema()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")  # noqa: S608 (constant names; user input goes in parameters)
        elif connection.vendor == "postgresql":
            cursor.execute(f"UPDATE {TABLE} SET search_names = search_names")  # noqa: S608 (constant names; user input goes in parameters)
    refresh_planner_statistics()


def refresh_planner_statistics() -> None:
    """Let the query planner know the table's shape after many rows came in.

    Without statistics SQLite takes the status index to be selective and scans 90% of
    the table to check a handful of ids (40 ms instead of 2 at 100,000 practices).
    """
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {TABLE}")


def text_matches(
    query: str, *, allowed: QuerySet, language: str | None = None, limit: int = 100
) -> list[TextHit]:
    """Practices among ``allowed`` that every word of the query matches, best first.

    One query: the full-text condition and rank are added to the filtered queryset
    (``extra()``, since neither an FTS5 MATCH nor a computed tsquery has an ORM
    lookup), so the database starts from the index and checks the filters per match.
    """
    if limit <= 0:
        return []
    if connection.vendor == "postgresql":
        tsquery = search_text.tsquery_text(query, language)
        if tsquery is None:
            return []
        tokens = search_text.query_words(query)
        hits = _hits(_postgres_matching(allowed, tsquery, tokens, trigrams=False), limit)
        if len(hits) >= TRIGRAM_BELOW or len(tokens) > TRIGRAM_MAX_WORDS:
            return hits
        matching = _postgres_matching(allowed, tsquery, tokens, trigrams=True)
    else:
        match = search_text.fts5_match(query, language)
        if match is None:
            return []
        matching = _sqlite_matching(allowed, match)
    return _hits(matching, limit)


def _hits(matching: QuerySet, limit: int) -> list[TextHit]:
    return [TextHit(pk, float(rank)) for pk, rank in matching.values_list("pk", "fts_rank")[:limit]]


def _sqlite_matching(allowed: QuerySet, match: str) -> QuerySet:
    weights = ", ".join(str(weight) for weight in SQLITE_WEIGHTS)
    return allowed.extra(  # noqa: S610 (constant SQL; user words go in params)
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = {TABLE}.id", f"{FTS_TABLE} MATCH %s"],
        params=[match],
        # bm25() is lower for better matches; negated so that higher is better everywhere.
        select={"fts_rank": f"-bm25({FTS_TABLE}, {weights})"},
        order_by=["-fts_rank"],
    )


def _postgres_matching(
    allowed: QuerySet, tsquery: str, tokens: list[str], *, trigrams: bool
) -> QuerySet:
    """Lexemes (words and their Snowball stems, made in Python) against the tsvector.

    With ``trigrams``, Polish and Maltese names (languages with no stemmer) also match
    by trigram similarity: a short query that found little may be a name mistyped.
    """
    column = f'"{TABLE}"'
    rank = f"ts_rank({column}.search_vector, to_tsquery('simple', %s))"
    condition = f"{column}.search_vector @@ to_tsquery('simple', %s)"
    select_params, params = [tsquery], [tsquery]
    if trigrams:
        phrase = " ".join(tokens)
        languages = ", ".join(f"'{code}'" for code in TRIGRAM_LANGUAGES)
        rank += (
            f" + CASE WHEN {column}.language IN ({languages}) "
            f"THEN word_similarity(%s, {column}.search_names) ELSE 0 END"
        )
        condition = (
            f"({condition} OR ({column}.language IN ({languages}) "
            f"AND %s <%% {column}.search_names))"
        )
        select_params.append(phrase)
        params.append(phrase)
    return allowed.extra(  # noqa: S610 (constant SQL; user words go in params)
        select={"fts_rank": rank},
        select_params=select_params,
        where=[condition],
        params=params,
        order_by=["-fts_rank", "pk"],
    )
