"""A visitor follows a members' document link, logs in, lands on the document's page and
the browser saves the file."""

import re

import pytest
from playwright.sync_api import expect

from citypeers.documents.samples import pdf_with_text
from tests.documents.conftest import make_event
from tests.factories import AffiliationFactory, DocumentFactory, MunicipalityFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"
NAME = "Spotkanie_Gdańsk–Wenecja.pdf"


@pytest.fixture
def members_document():
    gdansk = MunicipalityFactory(name="Gdańsk", country__code="PL")
    user = UserFactory(username="ola")
    AffiliationFactory(user=user, municipality=gdansk)
    event = make_event(municipalities=[gdansk])
    content = pdf_with_text(["Gdansk - Venice peer exchange"])
    return DocumentFactory(item=event, visibility="members", name=NAME, content=content), content


def test_visitor_logs_in_and_gets_the_download(live_server, page, members_document, tmp_path):
    document, content = members_document

    page.goto(f"{live_server.url}{document.get_absolute_url()}")

    expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next=/en/documents/\d+/$"))
    expect(page.locator(".messages")).to_have_text("Download only for logged in users")
    page.fill("input[name=username]", "ola")
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/en/documents/{document.pk}/")
    expect(page.locator("main h1")).to_have_text(document.title)
    with page.expect_download() as waiting:
        page.click("main a.button")
    download = waiting.value
    saved = tmp_path / "saved.pdf"
    download.save_as(saved)

    assert download.suggested_filename == NAME
    assert saved.read_bytes() == content


def test_visitor_is_told_in_italian_on_the_italian_site(live_server, page, members_document):
    document, _ = members_document
    url = document.get_absolute_url().replace("/en/", "/it/", 1)

    page.goto(f"{live_server.url}{url}")

    expect(page).to_have_url(re.compile(r"/it/accounts/login/"))
    expect(page.locator(".messages")).to_have_text("Download solo per gli utenti loggati")


def test_officer_attaches_a_file_from_the_event_page(live_server, page, members_document, tmp_path):
    document, _ = members_document
    event = document.event
    upload = tmp_path / "Programma_Venezia.pdf"
    upload.write_bytes(pdf_with_text(["Programme of the visit"]))
    page.goto(f"{live_server.url}/en/accounts/login/?next={event.get_absolute_url()}")
    page.fill("input[name=username]", "ola")
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")

    page.click("text=Attach a document")
    page.fill("input[name=title]", "Programme of the visit")
    page.select_option("#id_language", "it")
    page.select_option("#id_visibility", "participants")
    page.set_input_files("input[name=file]", str(upload))
    page.click("main button[type=submit]")

    expect(page).to_have_url(f"{live_server.url}{event.get_absolute_url()}")
    expect(page.locator(".messages")).to_have_text("“Programme of the visit” was attached.")
    listed = page.locator(".documents .document > a").all_inner_texts()
    assert listed[:1] == ["Programme of the visit"]
    with page.expect_download() as waiting:
        page.locator(".documents .document > a", has_text="Programme of the visit").click()
    assert waiting.value.suggested_filename == "Programma_Venezia.pdf"
