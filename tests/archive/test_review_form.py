"""The review form: one row per field and per item, labelled choices, evidence for what is
unsure, directory picks by id, practices linked or ticked for the library."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from citypeers.archive.models import ImportedReport
from citypeers.archive.review_rows import ROWS_MAX, split_unit
from citypeers.archive.services import resolve_municipality
from citypeers.practices.models import Practice
from tests.archive.review_data import review_data
from tests.factories import OrganisationFactory, PracticeFactory

pytestmark = pytest.mark.django_db

REPORT = (
    "Online meeting\n\n"
    "The 5th online peer-to-peer exchange took place on 12 May 2022 between the municipalities "
    "of Lyon (France) and Porto (Portugal), moderated by the International Organization for "
    "Migration (IOM).\n\n"
    "From Lyon: Ms Claire Martin, Head of the Welcome Service; Mr Paul Durand spoke too.\n"
    "Lyon presented “Porta Aperta” (a welcome desk for newcomers) and “Lyon Accueil”."
)


def _upload(client):
    return client.post(
        reverse("archive:upload"), {"file": SimpleUploadedFile("lyon.txt", REPORT.encode())}
    )


def _row(html: str, name: str) -> str:
    return re.search(rf'<tr data-row="{name}">.*?</tr>', html, re.S).group()


def test_review_shows_people_as_rows_with_role_unit_and_body(coordinator_client):
    html = _upload(coordinator_client).content.decode()

    claire = _row(html, "people-0")
    assert 'name="people-0-name" value="Claire Martin"' in claire
    assert 'name="people-0-role" value="Head"' in claire
    assert 'name="people-0-unit" value="Welcome Service"' in claire
    assert 'name="people-0-organization" value="Lyon"' in claire
    assert " | " not in html.split('class="report-text"')[0]
    assert "one a line" not in html


def test_review_offers_organisation_kinds_by_label(coordinator_client):
    html = _upload(coordinator_client).content.decode()

    iom = _row(html, "organizations-0")
    assert 'value="IOM"' in iom
    assert (
        '<option value="international_organization" selected>International organisation</option>'
        in iom
    )
    assert ">international_organization<" not in html


def test_review_quotes_the_sentence_of_a_low_confidence_field(coordinator_client):
    page = _upload(coordinator_client)

    html = page.content.decode()
    people = re.search(
        r'<fieldset class="rows low-confidence" data-field="people">.*?</table>', html, re.S
    )
    assert "people" in page.context["low_confidence"]
    assert (
        "<blockquote>From Lyon: Ms Claire Martin, Head of the Welcome Service; Mr Paul Durand spoke too.</blockquote>"
        in people.group()
    )


def test_review_links_known_practice_and_offers_new_one(coordinator_client):
    lyon = resolve_municipality(name="Lyon", country="FR")
    known = PracticeFactory(name="Lyon accueil", municipality=lyon)

    html = _upload(coordinator_client).content.decode()

    assert 'name="practices-0-create"' in _row(html, "practices-0")
    assert f'<a href="{known.get_absolute_url()}">in the library</a>' in _row(html, "practices-1")
    assert 'name="practices-1-create"' not in html


def test_review_saves_directory_pick_ticked_practice_and_edited_report(
    coordinator_client, coordinator
):
    page = _upload(coordinator_client)
    bordeaux = resolve_municipality(name="Bordeaux", country="FR")
    data = review_data(
        page,
        **{
            "municipalities-0-name": "Bordeaux (Gironde)",
            "municipalities-0-municipality": str(bordeaux.pk),
            "practices-0-create": "on",
            "practices-0-municipality": "Bordeaux",
            "people-0-organization": "Bordeaux",
            "shown_text": "Bordeaux and Porto met.\n\nThey agreed to meet again.",
        },
    )

    response = coordinator_client.post(reverse("archive:review"), data)

    report = ImportedReport.objects.get()
    assert response.status_code == 302
    assert report.record["municipalities"] == [
        {"name": "Bordeaux", "country": "FR"},
        {"name": "Porto", "country": "PT"},
    ]
    assert report.record["people"][0] == {
        "name": "Claire Martin",
        "role": "Head of the Welcome Service",
        "organization": "Bordeaux",
    }
    created = Practice.objects.get()
    assert (created.name, created.status, created.municipality) == (
        "Porta Aperta",
        "draft",
        bordeaux,
    )
    assert report.event.report == "<p>Bordeaux and Porto met.</p><p>They agreed to meet again.</p>"


def test_review_name_typed_over_a_directory_pick_decides(coordinator_client):
    page = _upload(coordinator_client)
    lyon = resolve_municipality(name="Lyon", country="FR")
    data = review_data(
        page,
        **{"municipalities-0-municipality": str(lyon.pk), "municipalities-0-name": "Nantes"},
    )

    coordinator_client.post(reverse("archive:review"), data)

    assert ImportedReport.objects.get().record["municipalities"][0] == {
        "name": "Nantes",
        "country": "FR",
    }


def test_review_refuses_a_row_without_a_name_and_saves_nothing(coordinator_client):
    data = review_data(_upload(coordinator_client), **{"people-0-name": ""})

    response = coordinator_client.post(reverse("archive:review"), data)

    assert response.status_code == 400
    assert "This field is required." in _row(response.content.decode(), "people-0")
    assert ImportedReport.objects.count() == 0
    assert Practice.objects.count() == 0


@pytest.mark.parametrize("declared", [str(ROWS_MAX + 1), "9" * 30])
def test_review_declaring_too_many_rows_is_refused_with_a_bounded_page(
    coordinator_client, declared
):
    data = review_data(_upload(coordinator_client), **{"municipalities-TOTAL_FORMS": declared})

    response = coordinator_client.post(reverse("archive:review"), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert f"Please submit at most {ROWS_MAX} forms." in html
    assert html.count('<tr data-row="municipalities-') == ROWS_MAX
    assert ImportedReport.objects.count() == 0


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Head of the Welcome Service", ("Head", "Welcome Service")),
        (
            "Deputy Director at the Integration Office (MA 17)",
            ("Deputy Director", "Integration Office (MA 17)"),
        ),
        ("Responsabile dell'Ufficio Stranieri", ("Responsabile", "Ufficio Stranieri")),
        ("Deputy Mayor for Migration Policy", ("Deputy Mayor for Migration Policy", "")),
    ],
)
def test_split_unit_separates_the_unit_from_the_role(title, expected):
    assert split_unit(title) == expected


def test_review_picks_organiser_and_location_from_the_directory(coordinator_client):
    iom = OrganisationFactory(name="International Organization for Migration", short_name="IOM")
    page = _upload(coordinator_client)
    html = page.content.decode()
    lyon = resolve_municipality(name="Lyon", country="FR")
    data = review_data(
        page,
        online="false",
        location="Lyon (FR)",
        location_pick=str(lyon.pk),
        organizer="International Organization for Migration",
        organizer_pick=str(iom.pk),
    )

    response = coordinator_client.post(reverse("archive:review"), data)

    record = ImportedReport.objects.get().record
    assert response.status_code == 302
    assert re.search(
        r'<input[^>]+name="location"[^>]+data-directory="[^"]+/municipality.json"', html
    )
    assert re.search(
        r'<input[^>]+name="organizer"[^>]+data-directory="[^"]+/organisation.json"', html
    )
    assert (record["location"], record["organizer"]) == ("Lyon", "IOM")


def test_review_keeps_organiser_and_location_typed_over_or_without_a_pick(coordinator_client):
    iom = OrganisationFactory(name="International Organization for Migration", short_name="IOM")
    page = _upload(coordinator_client)
    lyon = resolve_municipality(name="Lyon", country="FR")
    data = review_data(
        page,
        online="false",
        location="Porto",
        location_pick=str(lyon.pk),
        organizer="Porto Welcome Network",
        organizer_pick=str(iom.pk),
    )

    coordinator_client.post(reverse("archive:review"), data)

    record = ImportedReport.objects.get().record
    assert (record["location"], record["organizer"]) == ("Porto", "Porto Welcome Network")


def test_a_location_picked_in_the_directorys_spelling_is_the_venue(coordinator_client):
    page = _upload(coordinator_client)
    porto = resolve_municipality(name="Porto", country="PT")
    data = review_data(
        page,
        online="false",
        **{"municipalities-1-name": "Oporto", "municipalities-1-country": "PT"},
        location="Porto (PT)",
        location_pick=str(porto.pk),
    )

    coordinator_client.post(reverse("archive:review"), data)

    report = ImportedReport.objects.get()
    assert report.record["location"] == "Porto"
    assert report.event.venue == porto


def test_review_rows_pick_cities_and_organisations_from_the_directory(coordinator_client):
    iom = OrganisationFactory(name="International Organization for Migration", short_name="IOM")
    page = _upload(coordinator_client)
    html = page.content.decode()
    bordeaux = resolve_municipality(name="Bordeaux", country="FR")
    data = review_data(
        page,
        **{
            "municipalities-0-name": "Bordeaux (FR)",
            "municipalities-0-name_pick": str(bordeaux.pk),
            "organizations-0-name": "International Organization for Migration",
            "organizations-0-name_pick": str(iom.pk),
        },
    )

    coordinator_client.post(reverse("archive:review"), data)

    record = ImportedReport.objects.get().record
    assert 'data-directory="/en/network/directory/municipality.json"' in _row(
        html, "municipalities-0"
    )
    assert 'data-directory="/en/network/directory/organisation.json"' in _row(
        html, "organizations-0"
    )
    assert record["municipalities"][0] == {"name": "Bordeaux", "country": "FR"}
    assert record["organizations"][0]["name"] == "IOM"
