"""Meeting-report extraction: free text in, the record of spec/meeting-report.md out.

Pure Python (no Django), so it runs fast and is tested alone.
"""

from .gazetteer import Gazetteer, Place, load_gazetteer
from .reading import MAX_REPORT_BYTES, ReportError, decode_report, html_to_text, read_report
from .record import FIELDS, Extraction, extract_details
from .themes import theme_slugs


def extract_report(text: str, *, source: str) -> dict:
    """The spec's record for one report text; `source` is the file's base name."""
    return extract_details(text, source=source).record


__all__ = [
    "FIELDS",
    "MAX_REPORT_BYTES",
    "Extraction",
    "Gazetteer",
    "Place",
    "ReportError",
    "decode_report",
    "extract_details",
    "extract_report",
    "html_to_text",
    "load_gazetteer",
    "read_report",
    "theme_slugs",
]
