"""The upload checks alone: names, sizes, types by extension and by content."""

import hashlib

import pytest
from django.core.exceptions import ValidationError

from citypeers.documents.uploads import check_upload, clean_file_name, sniff_content_type
from tests.documents import specimens

LIMIT = 1024 * 1024


def rejection(upload, *, max_bytes: int = LIMIT) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_upload(upload, max_bytes=max_bytes)
    return caught.value


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("minutes.pdf", specimens.pdf(), "application/pdf"),
        ("photo.PNG", specimens.png(), "image/png"),
        (
            "agenda.docx",
            specimens.docx(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("notes.odt", specimens.odt(), "application/vnd.oasis.opendocument.text"),
        ("agenda.txt", specimens.text(), "text/plain"),
        ("figures.csv", b"city,residents\nGda\xc5\x84sk,4000\n", "text/csv"),
    ],
)
def test_check_upload_accepts_allowed_types(name, content, content_type):
    checked = check_upload(specimens.upload(name, content), max_bytes=LIMIT)

    assert (checked.name, checked.content_type, checked.size) == (name, content_type, len(content))
    assert checked.sha256 == hashlib.sha256(content).hexdigest()


def test_check_upload_refuses_executable_renamed_pdf():
    error = rejection(specimens.upload("report.pdf", specimens.windows_executable()))

    assert error.code == "content"
    assert "is not a PDF document" in error.messages[0]
    assert "application/x-msdownload" in error.messages[0]


def test_check_upload_refuses_linux_executable_renamed_txt():
    error = rejection(specimens.upload("notes.txt", specimens.linux_executable()))

    assert error.code == "content"


def test_check_upload_refuses_text_renamed_pdf():
    error = rejection(specimens.upload("report.pdf", specimens.text()))

    assert error.messages == [
        "The content of the file is not a PDF document (it looks like text/plain)."
    ]


def test_check_upload_refuses_plain_zip_renamed_docx():
    error = rejection(specimens.upload("agenda.docx", specimens.plain_zip()))

    assert error.code == "content"


def test_check_upload_refuses_unlisted_extension():
    error = rejection(specimens.upload("setup.exe", specimens.windows_executable()))

    assert error.code == "extension"
    assert ".pdf" in error.messages[0]


def test_check_upload_refuses_name_without_extension():
    error = rejection(specimens.upload("minutes", specimens.pdf()))

    assert error.code == "extension"


def test_check_upload_refuses_empty_file():
    error = rejection(specimens.upload("empty.pdf", b""))

    assert error.messages == ["The file is empty."]


def test_check_upload_refuses_file_over_the_limit():
    content = specimens.pdf(padding=3000)

    error = rejection(specimens.upload("big.pdf", content), max_bytes=2000)

    assert error.code == "too_large"
    assert "the limit is 2 kilobytes" in error.messages[0]


def test_check_upload_accepts_file_at_the_limit():
    content = specimens.pdf()

    checked = check_upload(specimens.upload("exact.pdf", content), max_bytes=len(content))

    assert checked.size == len(content)


def test_clean_file_name_refuses_nul_byte():
    with pytest.raises(ValidationError) as caught:
        clean_file_name("minutes\x00.pdf")

    assert caught.value.messages == ["The file name contains a NUL byte."]


@pytest.mark.parametrize("name", ["../../etc/passwd.pdf", "..\\boot.pdf", "a/b.pdf", ".."])
def test_clean_file_name_refuses_folders(name):
    with pytest.raises(ValidationError) as caught:
        clean_file_name(name)

    assert caught.value.code == "name_path"


def test_clean_file_name_refuses_300_characters():
    with pytest.raises(ValidationError) as caught:
        clean_file_name("a" * 296 + ".pdf")

    assert caught.value.messages == ["The file name is 300 characters long; the limit is 255."]


def test_clean_file_name_keeps_non_ascii_and_normalises_the_rest():
    decomposed = "Spotkanie_Gdan\u0301sk–Wenecja.pdf"

    cleaned = clean_file_name("  ." + decomposed.replace("_", "\t_") + " ")

    assert cleaned == "Spotkanie _Gdańsk–Wenecja.pdf"


def test_sniff_content_type_says_unknown_for_binary_noise():
    assert sniff_content_type(bytes(range(256)) * 4) is None
