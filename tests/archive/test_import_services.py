import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from citypeers.archive.enums import ImportAction
from citypeers.archive.models import ImportedReport, ReportParticipant
from citypeers.archive.services import (
    import_report_path,
    import_report_text,
    report_paths,
    resolve_municipality,
    resolve_organisation,
)
from citypeers.events import services as event_services
from citypeers.events.models import Event, EventParticipant, EventPerson, EventPresentation
from citypeers.network.models import Country, Municipality, Organisation, Person, PersonRole
from tests.archive.archive_scoring import shared_dir

pytestmark = pytest.mark.django_db

GOOD = (
    "The 3rd online peer-to-peer exchange took place on 4 May 2022 between the municipalities of "
    "Lyon (France) and Porto (Portugal), moderated by IOM. From Lyon: Ms Claire Martin, Head of "
    "the Welcome Service; Mr Paul Durand, social worker."
)


def _snapshot() -> dict:
    return {
        "reports": sorted(
            ImportedReport.objects.values_list(
                "source_name", "sha256", "start_date", "year_inferred"
            )
        ),
        "municipalities": sorted(Municipality.objects.values_list("geonames_id", flat=True)),
        "organisations": sorted(Organisation.objects.values_list("name", "kind")),
        "people": sorted(Person.objects.values_list("name", flat=True)),
        "roles": sorted(
            PersonRole.objects.values_list(
                "person__name", "title", "municipality_id", "organisation_id"
            )
        ),
        "events": list(
            Event.objects.order_by("starts_at").values_list(
                "kind", "ordinal", "starts_at", "ends_at", "status", "format"
            )
        ),
        "event_parties": EventParticipant.objects.count(),
        "event_people": EventPerson.objects.count(),
        "event_presentations": EventPresentation.objects.count(),
        "participants": sorted(
            ReportParticipant.objects.values_list("report__source_name", "person__name", "title")
        ),
    }


def test_import_seed_reports_twice_leaves_same_rows():
    paths = report_paths([shared_dir() / "seeds" / "texts"])
    first = [import_report_path(path=p).action for p in paths]
    after_first = _snapshot()

    second = [import_report_path(path=p).action for p in paths]

    assert first == [ImportAction.CREATED] * 5
    assert second == [ImportAction.UNCHANGED] * 5
    assert _snapshot() == after_first
    assert len(after_first["reports"]) == 5
    assert Organisation.objects.filter(name="IOM").count() == 1


def test_import_seed_reports_infers_missing_year_from_series():
    paths = report_paths([shared_dir() / "seeds" / "texts"])

    for path in paths:
        import_report_path(path=path)

    seventh = ImportedReport.objects.get(source_name__startswith="000_")
    assert (seventh.sequence, seventh.start_date, seventh.year_inferred) == (
        7,
        dt.date(2021, 2, 18),
        True,
    )
    eighth = ImportedReport.objects.get(source_name__startswith="001_")
    assert (eighth.start_date, eighth.year_inferred) == (dt.date(2021, 3, 8), False)


def test_import_edited_report_updates_same_event():
    import_report_text(text=GOOD, source_name="lyon.txt")

    outcome = import_report_text(
        text=GOOD.replace("4 May 2022", "5 May 2022"), source_name="lyon.txt"
    )

    report = ImportedReport.objects.get()
    assert outcome.action == ImportAction.UPDATED
    assert report.start_date == dt.date(2022, 5, 5)
    assert "5 May 2022" in report.text
    assert Person.objects.filter(name="Claire Martin").count() == 1


def test_import_person_merged_by_name_and_municipality():
    import_report_text(text=GOOD, source_name="a.txt")

    import_report_text(
        text=GOOD.replace("3rd", "4th").replace("4 May", "9 June"), source_name="b.txt"
    )

    claire = Person.objects.get(name="Claire Martin")
    assert claire.roles.get().municipality.name == "Lyon"
    assert ReportParticipant.objects.filter(person=claire).count() == 2


def test_import_dry_run_writes_nothing():
    outcome = import_report_text(text=GOOD, source_name="lyon.txt", dry_run=True)

    assert outcome.action == ImportAction.CREATED
    assert "new person: Claire Martin" in outcome.changes
    assert ImportedReport.objects.count() == 0
    assert Person.objects.count() == 0
    assert Organisation.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "not text"),
        ("huge.txt", b"The municipality of Lyon. " * 420_000, "too large"),
        ("nowhere.txt", b"An online webinar on 4 May 2022 about housing.", "names no municipality"),
        (
            "feb31.txt",
            b"The municipality of Lyon met online on 31 February 2021.",
            "does not exist",
        ),
    ],
)
def test_import_bad_file_reported_and_nothing_written(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)

    outcome = import_report_path(path=path)

    assert outcome.action == ImportAction.FAILED
    assert name in outcome.message
    assert reason in outcome.message
    assert ImportedReport.objects.count() == 0
    assert Person.objects.count() == 0


def test_import_command_goes_on_after_bad_file(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text(GOOD, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 file"):
        call_command("import_reports", str(tmp_path), stdout=out, stderr=err)

    assert "a_empty.txt: the file is empty" in err.getvalue()
    assert "b_good.txt: created" in out.getvalue()
    assert list(ImportedReport.objects.values_list("source_name", flat=True)) == ["b_good.txt"]


def test_extract_command_prints_json_array(tmp_path):
    (tmp_path / "lyon.txt").write_text(GOOD, encoding="utf-8")
    out = io.StringIO()

    call_command("extract", str(tmp_path / "lyon.txt"), "--json", stdout=out)

    records = json.loads(out.getvalue())
    assert [r["source"] for r in records] == ["lyon.txt"]
    assert records[0]["sequence"] == 3
    assert records[0]["municipalities"] == [
        {"name": "Lyon", "country": "FR"},
        {"name": "Porto", "country": "PT"},
    ]
    assert ImportedReport.objects.count() == 0


def test_import_seed_reports_creates_their_events():
    for path in report_paths([shared_dir() / "seeds" / "texts"]):
        import_report_path(path=path)

    exchanges = Event.objects.filter(series__isnull=False).order_by("starts_at")
    consultation = Event.objects.get(kind="consultation")
    assert [e.ordinal for e in exchanges] == [7, 8, 9]
    assert Event.objects.count() == 5
    assert (consultation.format, consultation.venue.name) == ("in_person", "Milan")
    assert consultation.source_reports.get().year_inferred is True
    assert consultation.year_inferred is True  # shown as inferred on its pages
    assert [e.year_inferred for e in exchanges] == [True, False, False]
    gdansk_venice = ImportedReport.objects.get(source_name__startswith="002_").event
    assert gdansk_venice.people.count() == 14
    assert gdansk_venice.has_times is True
    bari_krakow = ImportedReport.objects.get(source_name__startswith="001_").event
    assert "Famiglie Senza Confini" in set(
        bari_krakow.presentations.values_list("original_title", flat=True)
    )


def test_import_reuses_event_already_in_the_calendar():
    lyon = resolve_municipality(name="Lyon", country="FR")
    porto = resolve_municipality(name="Porto", country="PT")
    start = dt.datetime(2022, 5, 4, 8, tzinfo=dt.UTC)
    planned = event_services.create_event(
        kind="peer_exchange",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        municipalities=[lyon, porto],
    )

    import_report_text(text=GOOD, source_name="lyon.txt")

    assert Event.objects.count() == 1
    assert ImportedReport.objects.get().event == planned


def test_resolve_organisation_merges_spellings_of_the_same_body():
    malta = Country.objects.create(code="MT", name_en="Malta")
    ministry = Organisation.objects.create(
        name="Ministry for European Affairs and Equality", kind="national_authority", country=malta
    )
    iom = Organisation.objects.create(
        name="International Organization for Migration",
        short_name="IOM",
        kind="international_organization",
    )

    assert (
        resolve_organisation(name="Maltese Ministry for European Affairs and Equality") == ministry
    )
    assert resolve_organisation(name="OIM") == iom
    assert resolve_organisation(name="IOM") == iom
    assert resolve_organisation(name="IOM (Διεθνής Οργανισμός Μετανάστευσης)") == iom
    assert Organisation.objects.count() == 2


@pytest.mark.parametrize("language", ["pl", "mt", "el"])
def test_resolve_organisation_finds_a_body_by_its_original_name_whatever_the_page_language(
    language,
):
    """An import started from a page in Polish still finds the organisations the directory
    holds under their original (English) name, and those named in that language."""
    mpi = Organisation.objects.create(name="Migration Policy Institute Europe", kind="academia")
    commission = Organisation.objects.create(name="European Commission", kind="eu_institution")
    commission.name_pl = "Komisja Europejska"
    commission.save()

    with translation.override(language):
        assert resolve_organisation(name="Migration Policy Institute Europe") == mpi
        assert resolve_organisation(name="Komisja Europejska") == commission
    assert Organisation.objects.count() == 2


def test_resolve_organisation_files_a_body_named_both_ways_under_its_short_name():
    created = resolve_organisation(name="Council of Europe (Rada Europy)")

    assert (created.name, created.kind) == ("Council of Europe", "international_organization")
    assert resolve_organisation(name="Council of Europe (Consejo de Europa)") == created


def test_import_edited_report_cancelling_the_meeting_cancels_the_event():
    planned = GOOD.replace("took place on 4 May 2022", "will take place on 4 May 2030")
    import_report_text(text=planned, source_name="lyon.txt")
    assert ImportedReport.objects.get().event.status == "planned"

    import_report_text(text=planned + " The meeting has been cancelled.", source_name="lyon.txt")

    event = ImportedReport.objects.get().event
    assert event.status == "cancelled"
    assert Event.objects.count() == 1


def _run_import(folder, *options) -> tuple[str, str]:
    """The summary line and the errors of an import that has failed files."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="failed"):
        call_command("import_reports", str(folder), *options, stdout=out, stderr=err)
    return out.getvalue().splitlines()[-1], err.getvalue()


def test_import_dry_run_predicts_an_ordinal_clash_between_files_of_one_batch(tmp_path):
    (tmp_path / "a_lyon.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_lyon_again.txt").write_text(
        GOOD.replace("4 May 2022", "9 June 2022"), encoding="utf-8"
    )
    (tmp_path / "c_bad.txt").write_bytes(b"")
    before = _snapshot()

    dry_summary, dry_errors = _run_import(tmp_path, "--dry-run")
    after_dry_run = _snapshot()
    real_summary, real_errors = _run_import(tmp_path)

    assert dry_summary == "Dry run, nothing written: " + real_summary
    assert real_summary == "1 created, 0 updated, 0 unchanged, 2 failed"
    assert dry_errors == real_errors
    assert "b_lyon_again.txt" in real_errors
    assert after_dry_run == before
