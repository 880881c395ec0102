"""HTTP headers for downloads."""

from urllib.parse import quote

from unidecode import unidecode


def content_disposition(filename: str, *, as_attachment: bool = True) -> str:
    """A Content-Disposition value that keeps any file name intact (RFC 6266, RFC 5987).

    ``filename`` carries an ASCII transliteration for old clients; ``filename*`` carries
    the exact name, UTF-8 and percent-encoded, which every current browser prefers.
    """
    disposition = "attachment" if as_attachment else "inline"
    fallback = unidecode(filename, errors="replace", replace_str="_")
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\;%' else "_" for c in fallback)
    header = f'{disposition}; filename="{fallback}"'
    if fallback != filename:
        header += f"; filename*=UTF-8''{quote(filename, safe='')}"
    return header
