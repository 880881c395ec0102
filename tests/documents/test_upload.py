"""Attaching files through the upload page: who may, and every kind of bad input.

Bad input always ends the same way: a clear message, no row, no stored file.
"""

import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from citypeers.documents.models import Document
from tests.documents import specimens
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

BOUNDARY = "citypeers-test-boundary"


def attach_url(event) -> str:
    return reverse("documents:attach_to_event", kwargs={"event_pk": event.pk})


def fields(**changes) -> dict:
    return {
        "title": "Minutes of the exchange",
        "language": "pl",
        "description": "What we agreed on.",
        "visibility": "participants",
        **changes,
    }


def raw_multipart(file_name: bytes, content: bytes, **changes) -> bytes:
    """A multipart body written by hand, so that the file name reaches the server as is."""
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, value in fields(**changes).items()
    ]
    parts.append(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="'.encode()
        + file_name
        + b'"\r\nContent-Type: application/pdf\r\n\r\n'
        + content
        + b"\r\n"
    )
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def post_raw(client, event, body: bytes):
    return client.generic(
        "POST",
        attach_url(event),
        body,
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )


def errors_of(response) -> list[str]:
    form = response.context["form"]
    return [message for messages in form.errors.values() for message in messages]


def test_member_of_participating_municipality_attaches_a_pdf(client, member, event, stored_files):
    content = specimens.pdf("Minutes")
    client.force_login(member)

    response = client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile("Minutes.pdf", content)}
    )

    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    document = Document.objects.get()
    assert (document.event, document.title, document.original_name, document.uploaded_by) == (
        event,
        "Minutes of the exchange",
        "Minutes.pdf",
        member,
    )
    assert (document.size, document.sha256) == (len(content), hashlib.sha256(content).hexdigest())
    assert stored_files() == [document.file.name]
    assert document.file.name.startswith("documents/")
    assert "Minutes" not in document.file.name


def test_coordinator_attaches_to_any_event(coordinator_client, event):
    response = coordinator_client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile("a.png", specimens.png())}
    )

    assert response.status_code == 302
    assert Document.objects.get().content_type == "image/png"


def test_member_of_another_municipality_may_not_attach(client, outsider, event, stored_files):
    client.force_login(outsider)

    get = client.get(attach_url(event))
    post = client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile("a.pdf", specimens.pdf())}
    )

    assert (get.status_code, post.status_code) == (404, 404)
    assert (Document.objects.count(), stored_files()) == (0, [])


def test_member_of_participating_organisation_may_not_attach(client, organisation_member, event):
    client.force_login(organisation_member)

    response = client.get(attach_url(event))

    assert response.status_code == 404


def test_visitor_is_sent_to_log_in_before_attaching(client, event):
    response = client.get(attach_url(event))

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={attach_url(event)}"


def test_upload_page_of_missing_event_is_404(coordinator_client):
    response = coordinator_client.get(
        reverse("documents:attach_to_event", kwargs={"event_pk": 404})
    )

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "report.pdf",
            specimens.windows_executable(),
            "The content of the file is not a PDF document (it looks like "
            "application/x-msdownload).",
        ),
        ("empty.pdf", b"", "The submitted file is empty."),
        ("tool.exe", specimens.windows_executable(), "Files of this type are not accepted."),
        ("agenda.docx", specimens.plain_zip(), "The content of the file is not a Word document"),
    ],
)
def test_bad_file_is_refused_and_nothing_is_left(
    coordinator_client, event, stored_files, name, content, message
):
    response = coordinator_client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile(name, content)}
    )

    assert response.status_code == 400
    assert any(error.startswith(message) for error in errors_of(response)), errors_of(response)
    assert (Document.objects.count(), stored_files()) == (0, [])


def test_file_over_the_limit_is_dropped_on_arrival_and_nothing_is_left(
    coordinator_client, event, stored_files, settings, tmp_path
):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 4096
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024  # bigger uploads would go to a temporary file
    temporary = tmp_path / "uploads"
    temporary.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = temporary
    content = specimens.pdf(padding=200_000)

    response = coordinator_client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile("big.pdf", content)}
    )

    assert errors_of(response) == ["The file is larger than the limit of 4 kilobytes."]
    assert response.context["form"]["title"].value() == "Minutes of the exchange"
    assert (Document.objects.count(), stored_files(), list(temporary.iterdir())) == (0, [], [])


def test_file_at_the_limit_is_accepted(coordinator_client, event, settings):
    content = specimens.pdf()
    settings.DOCUMENT_MAX_UPLOAD_BYTES = len(content)

    response = coordinator_client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile("exact.pdf", content)}
    )

    assert response.status_code == 302
    assert Document.objects.get().size == len(content)


def test_upload_without_csrf_token_is_refused(client, coordinator, event, stored_files):
    client.handler.enforce_csrf_checks = True
    client.force_login(coordinator)

    response = client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile("a.pdf", specimens.pdf())}
    )

    assert response.status_code == 403
    assert (Document.objects.count(), stored_files()) == (0, [])


def test_same_file_twice_on_the_same_event_is_refused(coordinator_client, event, stored_files):
    first = DocumentFactory(item=event, title="Agenda", content=specimens.pdf("Agenda"))

    response = coordinator_client.post(
        attach_url(event),
        {**fields(), "file": SimpleUploadedFile("copy.pdf", specimens.pdf("Agenda"))},
    )

    assert errors_of(response) == ["This file is already attached here (as “Agenda”)."]
    assert list(Document.objects.all()) == [first]
    assert stored_files() == [first.file.name]


def test_same_file_on_another_event_is_accepted(coordinator, event, municipality):
    from tests.documents.conftest import make_event

    other = make_event(municipalities=[municipality], title="Second exchange")
    DocumentFactory(item=event, content=specimens.pdf("Agenda"))

    second = DocumentFactory(item=other, content=specimens.pdf("Agenda"))

    assert second.event == other


@pytest.mark.parametrize(
    ("raw_name", "kept_name"),
    [
        (b"../../../etc/evil.pdf", "evil.pdf"),
        (b"..\\..\\evil.pdf", "evil.pdf"),
        (b"min\x00utes.pdf", "minutes.pdf"),
        (b"a" * 296 + b".pdf", "a" * 251 + ".pdf"),
        ("Spotkanie_Gdańsk–Wenecja.pdf".encode(), "Spotkanie_Gdańsk–Wenecja.pdf"),
    ],
)
def test_hostile_names_over_http_are_reduced_to_a_plain_name(
    coordinator_client, event, media_root, stored_files, raw_name, kept_name
):
    response = post_raw(coordinator_client, event, raw_multipart(raw_name, specimens.pdf()))

    assert response.status_code == 302
    document = Document.objects.get()
    assert document.original_name == kept_name
    assert stored_files() == [document.file.name]
    assert (media_root / document.file.name).resolve().is_relative_to(media_root.resolve())


def test_upload_without_file_says_so(coordinator_client, event, stored_files):
    response = coordinator_client.post(attach_url(event), fields())

    assert errors_of(response) == [
        "Choose a file to attach (if you did, the upload was cut off: try again)."
    ]
    assert (Document.objects.count(), stored_files()) == (0, [])


def test_upload_with_bad_fields_keeps_no_file(coordinator_client, event, stored_files):
    response = coordinator_client.post(
        attach_url(event),
        {**fields(title="", language="xx"), "file": SimpleUploadedFile("a.pdf", specimens.pdf())},
    )

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"title", "language"}
    assert (Document.objects.count(), stored_files()) == (0, [])


def test_post_with_nothing_but_a_file_shows_what_is_missing(coordinator_client, event):
    response = coordinator_client.post(
        attach_url(event), {"file": SimpleUploadedFile("a.pdf", specimens.pdf())}
    )

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"title", "language", "visibility"}


def practice_attach_url(practice) -> str:
    return reverse("documents:attach_to_practice", kwargs={"practice_pk": practice.pk})


def test_officer_of_the_practice_municipality_attaches_to_it(client, member, practice):
    client.force_login(member)

    response = client.post(
        practice_attach_url(practice),
        {**fields(), "file": SimpleUploadedFile("leaflet.pdf", specimens.pdf("Leaflet"))},
    )

    assert response.status_code == 302
    assert response["Location"] == practice.get_absolute_url()
    document = Document.objects.get()
    assert (document.practice, document.event, document.item) == (practice, None, practice)


def test_partner_organisation_may_not_attach_to_a_practice(client, organisation_member, practice):
    client.force_login(organisation_member)

    response = client.get(practice_attach_url(practice))

    assert response.status_code == 404


def test_attaching_to_a_draft_practice_one_may_not_see_is_404(client, outsider, practice):
    practice.status = "draft"
    practice.save()
    client.force_login(outsider)

    response = client.get(practice_attach_url(practice))

    assert response.status_code == 404


def test_same_file_on_an_event_and_a_practice_is_accepted(event, practice):
    content = specimens.pdf("Shared")

    on_event = DocumentFactory(item=event, content=content)
    on_practice = DocumentFactory(item=practice, content=content)

    assert on_event.sha256 == on_practice.sha256


def test_same_file_twice_on_a_practice_is_refused(practice):
    DocumentFactory(item=practice, title="Leaflet", content=specimens.pdf("Leaflet"))

    with pytest.raises(ValidationError) as caught:
        DocumentFactory(item=practice, content=specimens.pdf("Leaflet"))

    assert caught.value.messages == ["This file is already attached here (as “Leaflet”)."]
