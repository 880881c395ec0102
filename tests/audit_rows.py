"""Read the one audit-trail table of a history page (``core/_audit_trail.html``)."""

from dataclasses import dataclass

from bs4 import BeautifulSoup


@dataclass(frozen=True)
class AuditRow:
    who: str
    action: str
    changes: list[tuple[str, str]]  # (field label, new value)


def audit_rows(html: str) -> list[AuditRow]:
    """The rows of the page's audit trail, newest first, as the page shows them."""
    table = BeautifulSoup(html, "html.parser").find("table", class_="audit-trail")
    if table is None:
        return []
    rows = []
    for tr in table.tbody.find_all("tr"):
        cells = tr.find_all("td")
        if len(cells) < 4:
            continue
        changes = [
            (li.get_text().partition(":")[0].strip(), li.ins.get_text() if li.ins else "")
            for li in cells[3].find_all("li")
        ]
        rows.append(AuditRow(cells[1].get_text(strip=True), cells[2].get_text(strip=True), changes))
    return rows


def new_value(row: AuditRow, label: str) -> str:
    """The value a row gave to the field labelled ``label`` ("" if it did not change it)."""
    return next((new for name, new in row.changes if name.lower() == label.lower()), "")
