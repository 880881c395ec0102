"""Reports sent as PDF or Word files are read as their text; other office files, damaged or
oversized ones are refused with a message naming the file and what to do."""

import zipfile
from io import BytesIO

import pytest

from citypeers.archive.extraction import ReportError, decode_report, extract_report
from citypeers.archive.extraction.reading import MAX_PDF_PAGES, MAX_UNPACKED_BYTES
from tests.archive.office_files import docx_file, pdf_file

VISIT = "On 9 October 2019 the municipality of Graz (Austria) welcomed a delegation from Porto."


def test_a_pdf_report_is_read_page_by_page():
    text = decode_report(pdf_file("Visit of Porto", VISIT), name="visit.pdf")

    assert text == f"Visit of Porto\n\n{VISIT}"
    record = extract_report(text, source="visit.pdf")
    assert {m["name"] for m in record["municipalities"]} == {"Graz", "Porto"}
    assert record["start_date"] == "2019-10-09"


def test_a_word_report_is_read_with_its_tables_row_by_row():
    data = docx_file("Visit of Porto", VISIT, table=[["Name", "City"], ["Ana Ruiz", "Porto"]])

    text = decode_report(data, name="visit.docx")

    assert text.split("\n\n") == ["Visit of Porto", VISIT, "Name; City", "Ana Ruiz; Porto"]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "Word 97-2003"),
        (b"{\\rtf1\\ansi Graz welcomed Porto.}", "RTF"),
    ],
)
def test_an_office_file_that_is_not_read_is_named_with_what_to_do(data, kind):
    with pytest.raises(ReportError) as caught:
        decode_report(data, name="minutes.doc")

    assert caught.value.code == "format"
    assert caught.value.params["format"] == kind
    assert str(caught.value).startswith("minutes.doc: ")
    assert ".txt" in str(caught.value)


def _zip(**members: bytes) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name.replace("__", "/"), data)
    return out.getvalue()


def test_an_opendocument_file_is_named_as_such():
    data = _zip(mimetype=b"application/vnd.oasis.opendocument.text", **{"content.xml": b"<x/>"})

    with pytest.raises(ReportError) as caught:
        decode_report(data, name="minutes.odt")

    assert (caught.value.code, caught.value.params["format"]) == ("format", "OpenDocument")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("minutes.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 20),
        ("minutes.docx", _zip(**{"word/document.xml": b"<not a document"})),
        ("minutes.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n" + b"x" * 50),
    ],
)
def test_a_damaged_pdf_or_word_file_is_refused_naming_it(name, data):
    with pytest.raises(ReportError) as caught:
        decode_report(data, name=name)

    assert caught.value.code == "damaged"
    assert str(caught.value).startswith(f"{name}: ")


def test_a_word_file_that_unpacks_beyond_the_limit_is_refused_before_unpacking():
    data = _zip(**{"word/document.xml": b" " * (MAX_UNPACKED_BYTES + 1)})

    with pytest.raises(ReportError) as caught:
        decode_report(data, name="bomb.docx")

    assert caught.value.code == "too_large"


def test_a_pdf_longer_than_any_report_is_refused():
    data = pdf_file(*["page"] * (MAX_PDF_PAGES + 1))

    with pytest.raises(ReportError) as caught:
        decode_report(data, name="book.pdf")

    assert caught.value.code == "too_many_pages"
