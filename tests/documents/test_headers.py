from urllib.parse import unquote

from citypeers.documents.headers import content_disposition


def filename_star(header: str) -> str:
    """The file name a RFC 6266 client reads: ``filename*`` decoded."""
    value = header.split("filename*=", 1)[1]
    charset, _, encoded = value.split("'", 2)
    return unquote(encoded, encoding=charset)


def test_content_disposition_keeps_non_ascii_name():
    header = content_disposition("Spotkanie_Gdańsk–Wenecja.pdf")

    assert header == (
        'attachment; filename="Spotkanie_Gdansk-Wenecja.pdf"; '
        "filename*=UTF-8''Spotkanie_Gda%C5%84sk%E2%80%93Wenecja.pdf"
    )
    assert filename_star(header) == "Spotkanie_Gdańsk–Wenecja.pdf"


def test_content_disposition_plain_ascii_name_has_no_extended_form():
    assert content_disposition("report-2021.pdf") == 'attachment; filename="report-2021.pdf"'


def test_content_disposition_escapes_quotes_and_separators():
    header = content_disposition('a "quoted"; name.pdf')

    assert header.startswith('attachment; filename="a _quoted__ name.pdf"; ')
    assert filename_star(header) == 'a "quoted"; name.pdf'
