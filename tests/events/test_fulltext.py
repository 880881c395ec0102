"""The events' text index follows every write and finds what ``icontains`` would."""

import pytest
from django.db import connection

from citypeers.events import fulltext
from citypeers.events.models import Event
from citypeers.events.selectors import events_containing
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def found(text: str, columns=("title", "title_it", "summary")) -> list[str]:
    events = Event.objects.filter(events_containing(text, columns))
    return sorted(events.values_list("title", flat=True))


def test_substring_in_any_case_and_in_the_columns_asked_only():
    EventFactory(title="Rehousing schemes")
    EventFactory(title="Second", report="<p>Social HOUSING lists</p>")

    assert found("housing") == ["Rehousing schemes"]
    assert found("housing", ("report_text",)) == ["Second"]


def test_index_follows_updates_and_deletes():
    event = EventFactory(title="Language cafés")
    gone = EventFactory(title="Language tandems")

    event.title = "Job fairs"
    event.save()
    gone.delete()

    assert (found("language"), found("job fair")) == ([], ["Job fairs"])


@pytest.mark.parametrize("text", ['say "hi"', "a* OR b", "{title}: x", "NEAR(a b)", "é"])
def test_query_syntax_is_read_as_text(text):
    EventFactory(title=f"Quoted {text} here")

    assert found(text) == [f"Quoted {text} here"]


def test_short_text_is_still_found():
    EventFactory(title="EU funds")

    assert found("eu") == ["EU funds"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 index is SQLite's")
def test_short_text_is_left_to_the_row_by_row_lookup():

    assert fulltext.indexed_matches("eu", ("title", "title_it", "summary")) is None
    assert fulltext.indexed_matches("eur", ("title", "title_it", "summary")) is not None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_postgres_keeps_a_trigram_index_per_column():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'events_event_%%_trgm'"
        )
        names = sorted(row[0] for row in cursor.fetchall())

    assert names == sorted(f"events_event_{column}_trgm" for column in fulltext.COLUMNS)


def test_a_word_in_every_event_yields_the_latest_added(monkeypatch):
    monkeypatch.setattr(fulltext, "MAX_MATCHES", 2)
    for n in range(3):
        EventFactory(title=f"Meeting {n}")

    assert found("meeting") == ["Meeting 1", "Meeting 2"]
