"""Importing catalogues (spec/practices-io.md) and the command-line contract."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from citypeers.core.audit import audit_trail
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.imports import import_practices
from citypeers.practices.models import Practice


def _line(**changes):
    record = {
        "key": "cat-1",
        "name": "Casa delle Culture",
        "name_en": "House of Cultures",
        "language": "it",
        "municipality": "Bari",
        "country": "IT",
        "themes": ["intercultural"],
        "summary": "Uno spazio di incontro.",
        "description": "<p>Corsi e <script>alert(1)</script>mostre.</p>",
        "published": True,
    }
    record.update(changes)
    return json.dumps(record, ensure_ascii=False)


def test_import_creates_then_updates_by_key(directory):
    first = import_practices([_line()])
    second = import_practices([_line(summary="Un luogo di cultura.")])

    practice = Practice.objects.get(key="cat-1")
    assert (first.created, first.updated, second.created, second.updated) == (1, 0, 0, 1)
    assert practice.summary == "Un luogo di cultura."
    assert practice.municipality.name == "Bari"
    assert "<script>" not in practice.description
    assert [e.action for e in audit_trail(practice)] == ["updated", "created"]


def test_import_finds_municipalities_by_any_name(directory):
    report = import_practices([_line(key="a", municipality="Cracovia", country="PL")])

    assert report.rejected == []
    assert Practice.objects.get(key="a").municipality.name == "Kraków"


def test_import_reports_bad_lines_with_number_and_reason_and_keeps_the_rest(directory):
    lines = [
        _line(key="ok-1"),
        _line(key="bad-1", municipality="Atlantis"),
        "",
        _line(key="bad-2", themes=["gardening"]),
        _line(key="bad-3", name=""),
        "{not json",
        _line(key="bad-4", language="zz"),
        _line(key="ok-2", published=False),
    ]

    report = import_practices(lines)

    assert (report.created, report.updated) == (2, 0)
    reasons = dict(report.rejected)
    assert sorted(reasons) == [2, 4, 5, 6, 7]
    assert "unknown municipality 'Atlantis'" in reasons[2]
    assert "unknown theme 'gardening'" in reasons[4]
    assert "missing name" in reasons[5]
    assert "not valid JSON" in reasons[6]
    assert "language" in reasons[7]
    assert sorted(Practice.objects.values_list("key", flat=True)) == ["ok-1", "ok-2"]
    assert Practice.objects.get(key="ok-2").status == PracticeStatus.DRAFT


def test_cli_import_prints_the_summary(directory, tmp_path):
    path = tmp_path / "catalogue.jsonl"
    path.write_text(_line() + "\n" + _line(key="x", municipality="Nowhere") + "\n", "utf-8")
    out, err = io.StringIO(), io.StringIO()

    call_command("practices", "import", str(path), stdout=out, stderr=err)

    assert "created 1, updated 0, rejected 1" in out.getvalue()
    assert "line 2 rejected: unknown municipality 'Nowhere'" in err.getvalue()


def test_cli_import_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("practices", "import", str(tmp_path / "missing.jsonl"))


def test_cli_search_json_follows_the_contract(small_collection):
    out, more = io.StringIO(), io.StringIO()

    call_command("practices", "search", "Porta", "Futuro", "--json", "--limit", "3", stdout=out)
    call_command("practices", "search", "refugees", "--json", "--limit", "3", stdout=more)

    rows = json.loads(out.getvalue())
    others = json.loads(more.getvalue())
    assert rows[0]["key"] == "job_orientation_youth-it"
    assert rows[0]["name"] == "Porta Futuro"
    assert rows[0]["municipality"] == "Bari"
    assert rows[0]["why"] == "text+meaning"
    assert set(rows[0]) == {"key", "name", "municipality", "score", "why"}
    assert len(others) == 3
    assert others[0]["score"] >= others[1]["score"] >= others[2]["score"]


def test_cli_search_filters_and_cross_lingual(small_collection):
    out = io.StringIO()

    call_command(
        "practices",
        "search",
        "alloggio per rifugiati",
        "--language",
        "it",
        "--country",
        "PL",
        "--theme",
        "housing",
        "--json",
        stdout=out,
    )

    assert [row["key"] for row in json.loads(out.getvalue())] == ["refugee_housing-pl"]


def test_cli_search_nonsense_says_nothing_was_found(small_collection):
    out, as_json = io.StringIO(), io.StringIO()

    call_command("practices", "search", "xyzzy", "nonsense", stdout=out)
    call_command("practices", "search", "xyzzy", "nonsense", "--json", stdout=as_json)

    assert out.getvalue().startswith("No practice found. Try fewer or more general words")
    assert json.loads(as_json.getvalue()) == []


def test_cli_search_unknown_theme_is_a_clear_error(small_collection):
    with pytest.raises(CommandError, match="Unknown theme 'nope'"):
        call_command("practices", "search", "housing", "--theme", "nope", "--json")


def test_cli_search_only_published(small_collection):
    Practice.objects.filter(key="single-mural-krakow").update(status="draft")
    out = io.StringIO()

    call_command("practices", "search", "MURAL", "--json", stdout=out)

    assert "single-mural-krakow" not in out.getvalue()


def test_cli_reindex_rebuilds_both_indexes(small_collection):
    out = io.StringIO()
    Practice.objects.update(embedding=None, embedding_digest="")

    call_command("reindex", stdout=out, verbosity=0)

    assert "20 of 20 vectors computed" in out.getvalue()
    assert not Practice.objects.filter(embedding__isnull=True).exists()


def test_import_rejects_text_the_database_cannot_store_and_goes_on(directory):
    lines = [
        _line(key="bad-nul", summary="a\u0000b"),
        '{"key": "bad-sur", "name": "x\\ud800"}',
        _line(key="ok"),
    ]

    report = import_practices(lines)

    assert report.created == 1
    assert sorted(dict(report.rejected)) == [1, 2]
    assert "NUL or an unpaired surrogate" in dict(report.rejected)[1]
    assert list(Practice.objects.values_list("key", flat=True)) == ["ok"]


def test_import_file_with_a_byte_order_mark_keeps_its_first_line(directory, tmp_path):
    catalogue = tmp_path / "catalogue.jsonl"
    catalogue.write_text(
        _line(key="first") + "\n" + _line(key="second") + "\n", encoding="utf-8-sig"
    )

    call_command("practices", "import", str(catalogue), stdout=io.StringIO())

    assert sorted(Practice.objects.values_list("key", flat=True)) == ["first", "second"]


def test_import_deeply_nested_line_is_rejected_and_the_rest_imported(directory):
    lines = [_line(key="before"), "[" * 100_000 + "]" * 100_000, _line(key="after")]

    report = import_practices(lines)

    assert report.created == 2
    assert report.rejected == [(2, "JSON nested too deeply")]
    assert sorted(Practice.objects.values_list("key", flat=True)) == ["after", "before"]


def test_cli_import_splits_lines_at_line_feeds_only(directory, tmp_path):
    catalogue = tmp_path / "catalogue.jsonl"
    summary = "Welcome\u2028desk\u2029and\x85more"
    records = [
        _line(key="one", summary=summary),
        _line(key="two", municipality="Nowhere"),
        _line(key="three"),
        _line(key="four", municipality="Atlantis"),
    ]
    catalogue.write_bytes(
        "\r\n".join(records[:2]).encode() + b"\n" + "\n".join(records[2:]).encode()
    )
    out, err = io.StringIO(), io.StringIO()

    call_command("practices", "import", str(catalogue), stdout=out, stderr=err)

    assert "created 2, updated 0, rejected 2" in out.getvalue()
    assert err.getvalue().splitlines() == [
        "line 2 rejected: unknown municipality 'Nowhere' in IT",
        "line 4 rejected: unknown municipality 'Atlantis' in IT",
    ]
    assert Practice.objects.get(key="one").summary == summary
