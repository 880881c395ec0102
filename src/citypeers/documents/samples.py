"""Small real files made in code: the demo's attachments (and the tests' specimens).

``pdf_with_text`` writes a valid one-page PDF 1.4 by hand (catalogue, page tree, page,
Helvetica, a content stream and a correct cross-reference table): no library needed for
a few lines of text (transliterated to ASCII for the standard Helvetica font).
"""

from unidecode import unidecode


def _pdf_string(text: str) -> str:
    """The text in the standard font's ASCII range (Gdańsk -> Gdansk), escaped for PDF."""
    ascii_text = unidecode(text, errors="replace", replace_str="?")
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_with_text(lines: list[str], *, padding: int = 0) -> bytes:
    """A one-page A4 PDF showing ``lines``; ``padding`` bytes of comment make it bigger."""
    text_ops = ["BT", "/F1 14 Tf", "56 780 Td", "18 TL"]
    for line in lines:
        text_ops.append(f"({_pdf_string(line)}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    if padding:
        line = b"% " + b"x" * 76 + b"\n"
        out += line * (padding // len(line) + 1)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)


def text_file(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")
