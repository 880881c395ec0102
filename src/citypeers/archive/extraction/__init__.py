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


# Short invented reports, one per language the archive reads: extracting them loads the
# gazetteer, the name lists and the word frequencies, and compiles the patterns met first.
_WARM_UP_TEXTS = (
    "Peer exchange between Lyon and Porto\n\nOn 12 March 2025 Ms Anna Berg, head of the "
    "integration office of the City of Lyon, welcomed a delegation from Porto to discuss "
    "housing and language courses for newcomers.",
    "Scambio tra Bologna e Graz\n\nIl 4 aprile 2025 la delegazione del Comune di Graz, "
    "guidata dall'assessore Marco Neri, ha visitato Bologna per conoscere i servizi di "
    "accoglienza.",
    "Encuentro entre Valencia y Lisboa\n\nEl 5 de mayo de 2025 la concejala Laura Gil "
    "recibió en Valencia a técnicos del ayuntamiento de Lisboa.",
    "Besuch aus Wrocław in Leipzig\n\nAm 6. Juni 2025 empfing Bürgermeister Jan Vogt eine "
    "Delegation der Stadt Wrocław in Leipzig.",
    "Wizyta studyjna w Gdańsku\n\nW dniu 7 lipca 2025 r. prezydent Tomasz Nowak przyjął "
    "w Gdańsku delegację z Rygi.",
    "Întâlnire la Cluj-Napoca\n\nPe 8 septembrie 2025 primarul Ion Pop a primit la "
    "Cluj-Napoca o delegație din Chișinău.",
    "Συνάντηση στην Πάτρα\n\nΣτις 9 Οκτωβρίου 2025 ο δήμαρχος Νίκος Παππάς υποδέχθηκε "
    "στην Πάτρα αντιπροσωπεία από τη Λευκωσία.",
)


def warm_up() -> None:
    """Load and compile now what the first report of a process would otherwise pay for
    (several seconds), so that a server's first upload is as quick as the next ones."""
    load_gazetteer().town_index()
    for text in _WARM_UP_TEXTS:
        extract_report(text, source="warm-up.txt")


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
    "warm_up",
]
