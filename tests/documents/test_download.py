"""The download view: streamed bytes, honest headers, the login round trip, the log."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from citypeers.config import settings as project_settings
from citypeers.documents.models import DocumentDownload
from tests.documents import specimens
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def test_download_streams_the_file_with_its_name_and_type(member_client, event):
    content = specimens.pdf("Spotkanie")
    document = DocumentFactory(item=event, name="Spotkanie_Gdańsk–Wenecja.pdf", content=content)

    response = member_client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert response.streaming
    assert b"".join(response.streaming_content) == content
    assert response["Content-Disposition"] == (
        'attachment; filename="Spotkanie_Gdansk-Wenecja.pdf"; '
        "filename*=UTF-8''Spotkanie_Gda%C5%84sk%E2%80%93Wenecja.pdf"
    )
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(content))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"


def test_download_of_text_file_keeps_a_safe_type(client, event):
    document = DocumentFactory(
        item=event, visibility="public", name="agenda.txt", content=b"<script>alert(1)</script>\n"
    )

    response = client.get(document.get_absolute_url())

    assert response["Content-Type"] == "text/plain"
    assert response["Content-Disposition"] == 'attachment; filename="agenda.txt"'
    assert "Cache-Control" not in response


def test_download_by_post_is_refused(member_client, event):
    document = DocumentFactory(item=event)

    response = member_client.post(document.get_absolute_url())

    assert response.status_code == 405
    assert DocumentDownload.objects.count() == 0


def test_download_with_missing_stored_file_is_404_not_500(member_client, event, media_root):
    document = DocumentFactory(item=event)
    (media_root / document.file.name).unlink()

    response = member_client.get(document.get_absolute_url())

    assert response.status_code == 404
    assert DocumentDownload.objects.count() == 0


def test_media_root_is_not_served_by_any_url(client, event):
    document = DocumentFactory(item=event, visibility="public")

    response = client.get(f"/media/{document.file.name}")

    assert response.status_code == 404


def test_visitor_logs_in_and_lands_on_the_document_page_that_offers_the_download(
    client, event, member
):
    """After the log-in a download asked for, the browser lands on a page (not on a raw
    file, which would leave it showing the login form): the document's page."""
    content = specimens.pdf("For members")
    document = DocumentFactory(item=event, visibility="members", content=content, title="Minutes")
    page_url = reverse("documents:detail", kwargs={"pk": document.pk})

    login_page = client.get(document.get_absolute_url(), follow=True)
    after_login = client.post(
        login_page.redirect_chain[-1][0],
        {"username": member.username, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
    )
    landing = client.get(after_login["Location"])
    button = BeautifulSoup(landing.content, "html.parser").select_one("main a.button")
    download = client.get(button["href"])

    assert login_page.redirect_chain == [(f"/en/accounts/login/?next={page_url}", 302)]
    assert "Download only for logged in users" in login_page.content.decode()
    assert (after_login["Location"], landing.status_code) == (page_url, 200)
    assert landing.context["document"] == document
    assert "Minutes" in landing.content.decode()
    assert button["href"] == document.get_absolute_url()
    assert b"".join(download.streaming_content) == content
    assert list(DocumentDownload.objects.values_list("user", flat=True)) == [member.pk]


def test_document_page_is_refused_like_the_download(client, event, outsider):
    document = DocumentFactory(item=event, visibility="participants")
    page_url = reverse("documents:detail", kwargs={"pk": document.pk})

    visitor = client.get(page_url)
    client.force_login(outsider)
    other_city = client.get(page_url)

    assert visitor["Location"] == f"/en/accounts/login/?next={page_url}"
    assert other_city.status_code == 404
    assert document.title not in other_city.content.decode()


def test_visitor_asking_in_italian_is_told_in_italian(client, event):
    document = DocumentFactory(item=event, visibility="members")
    url = reverse("documents:download", kwargs={"pk": document.pk}).replace("/en/", "/it/", 1)

    login_page = client.get(url, follow=True)

    page_url = f"/it/documents/{document.pk}/"
    assert login_page.redirect_chain[-1][0] == f"/it/accounts/login/?next={page_url}"
    assert "Download solo per gli utenti loggati" in login_page.content.decode()


def test_each_download_is_logged_with_who_and_when(client, event, member, coordinator):
    document = DocumentFactory(item=event, visibility="public")
    client.get(document.get_absolute_url())  # a visitor: not logged
    for user in (member, coordinator, member):
        client.force_login(user)
        client.get(document.get_absolute_url())

    log = list(document.downloads.order_by("pk").values_list("user", flat=True))

    assert log == [member.pk, coordinator.pk, member.pk]
    assert all(download.downloaded_at for download in document.downloads.all())


@pytest.mark.parametrize(
    ("visibility", "queries"),
    [
        ("members", 5),  # session, user, document, the bodies the user works for, log
        ("participants", 6),  # ... and the event's participants
    ],
)
def test_download_costs_a_fixed_number_of_queries(
    member_client, event, visibility, queries, django_assert_num_queries
):
    document = DocumentFactory(item=event, visibility=visibility)

    with django_assert_num_queries(queries):
        response = member_client.get(document.get_absolute_url())

    assert response.status_code == 200


def test_stored_files_live_outside_the_static_root():
    media, static = project_settings.MEDIA_ROOT.resolve(), project_settings.STATIC_ROOT.resolve()

    assert not media.is_relative_to(static)
    assert not static.is_relative_to(media)
