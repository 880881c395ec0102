"""The indicators of the Insights page, each defined once: its selector, its columns (with
how a coded value reads), the permission it needs, and how it is charted. The page's
tables and charts, the CSV and JSON exports and the printable report all read these."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from citypeers.core.themes import Theme
from citypeers.events.enums import EventKind
from citypeers.insights import selectors

FOLLOW_UP_STATES = {
    "done": pgettext_lazy("follow-up actions", "Done"),
    "open": pgettext_lazy("follow-up actions", "Open"),
    "overdue": pgettext_lazy("follow-up actions", "Overdue"),
}


def _kind(value) -> str:
    return str(_("All kinds")) if value == "all" else str(EventKind(value).label)


def _theme(value) -> str:
    return str(Theme(value).label)


def _state(value) -> str:
    return str(FOLLOW_UP_STATES[value])


def _yes_no(value) -> str:
    return str(_("yes") if value else _("no"))


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    reads: Callable | None = None  # how a coded value reads (a kind, a theme)
    number: bool = False

    def cell(self, row: dict):
        value = row[self.key]
        return self.reads(value) if self.reads else value


@dataclass(frozen=True)
class Indicator:
    key: str
    title: str
    description: str
    columns: tuple[Column, ...]
    compute: Callable  # (filters, user) -> rows
    chart: str = "bar"  # "bar", "line" or "pie"
    permission: str = ""  # empty: public
    stacked: bool = False
    series: tuple[str, ...] = field(default=())  # the charted columns (default: the numbers)

    def visible_to(self, user) -> bool:
        return not self.permission or user.has_perm(self.permission)

    def rows(self, filters, user) -> list[dict]:
        return self.compute(filters, user)

    def table(self, rows: list[dict]) -> dict:
        """Header labels and the cells of each row, as the page and the CSV show them."""
        return {
            "header": [str(column.label) for column in self.columns],
            "rows": [[column.cell(row) for column in self.columns] for row in rows],
        }

    def cells(self, rows: list[dict]) -> dict:
        """The table for the page: each header and cell with whether it is a number."""
        numbers = [column.number for column in self.columns]
        table = self.table(rows)
        return {
            "header": list(zip(table["header"], numbers, strict=True)),
            "rows": [list(zip(row, numbers, strict=True)) for row in table["rows"]],
        }

    def records(self, rows: list[dict]) -> list[dict]:
        """The rows for JSON: every column's value, and how a coded one reads (``_label``)."""
        records = []
        for row in rows:
            record = {}
            for column in self.columns:
                record[column.key] = row[column.key]
                if column.reads:
                    record[f"{column.key}_label"] = column.cell(row)
            records.append(record)
        return records

    def chart_data(self, rows: list[dict]) -> dict:
        """What charts.js draws: categories (the first column, as it reads) and one series
        per charted number column."""
        first = self.columns[0]
        charted = self.series or tuple(c.key for c in self.columns if c.number)
        labels = {c.key: str(c.label) for c in self.columns}
        return {
            "type": self.chart,
            "title": str(self.title),
            "stacked": self.stacked,
            "categories": [str(first.cell(row)) for row in rows],
            "series": [
                {"name": labels[key], "data": [row[key] for row in rows]} for key in charted
            ],
        }


def _public(selector):
    return lambda filters, user: selector(filters)


INDICATORS: dict[str, Indicator] = {
    indicator.key: indicator
    for indicator in (
        Indicator(
            key="exchanges-per-month",
            title=_("Exchanges held per month"),
            description=_("Concluded events of every kind, by the month they started in."),
            columns=(
                Column("month", _("Month")),
                Column("exchanges", _("Exchanges held"), number=True),
            ),
            compute=_public(selectors.exchanges_per_month),
            chart="line",
        ),
        Indicator(
            key="exchanges-per-quarter",
            title=_("Exchanges held per quarter"),
            description=_("Concluded events of every kind, by the quarter they started in."),
            columns=(
                Column("quarter", _("Quarter")),
                Column("exchanges", _("Exchanges held"), number=True),
            ),
            compute=_public(selectors.exchanges_per_quarter),
        ),
        Indicator(
            key="municipalities",
            title=_("Municipalities engaged per country"),
            description=_(
                "Municipalities that took part in an exchange held, against those enrolled "
                "in the programme (in any programme when none is chosen)."
            ),
            columns=(
                Column("country_name", _("Country")),
                Column("engaged", _("Engaged"), number=True),
                Column("enrolled", _("Enrolled"), number=True),
            ),
            compute=_public(selectors.municipalities_per_country),
        ),
        Indicator(
            key="people",
            title=_("People reached"),
            description=_(
                "Different people who took part in exchanges held, per kind of event; "
                "the last row counts each person once."
            ),
            columns=(
                Column("kind", _("Kind of event"), reads=_kind),
                Column("people", _("People"), number=True),
            ),
            compute=_public(selectors.people_reached),
        ),
        Indicator(
            key="events-per-kind",
            title=_("Events per kind"),
            description=_("Events held, still to come and cancelled, per kind."),
            columns=(
                Column("kind", _("Kind of event"), reads=_kind),
                Column("held", _("Held"), number=True),
                Column("upcoming", _("To come"), number=True),
                Column("cancelled", pgettext_lazy("events counted", "Cancelled"), number=True),
            ),
            compute=_public(selectors.events_per_kind),
            stacked=True,
        ),
        Indicator(
            key="themes",
            title=_("Themes covered"),
            description=_(
                "Exchanges held on each theme, and the city profiles that list it among "
                "their challenges."
            ),
            columns=(
                Column("theme", _("Theme"), reads=_theme),
                Column("exchanges", _("Exchanges held"), number=True),
                Column("profiles", _("Profiles listing it as a challenge"), number=True),
                Column("touched", _("Touched by an exchange"), reads=_yes_no),
            ),
            compute=_public(selectors.themes_covered),
        ),
        Indicator(
            key="untouched-challenges",
            title=_("Challenges no exchange has touched yet"),
            description=_(
                "Themes that city profiles list among their challenges and that no exchange "
                "held has covered."
            ),
            columns=(
                Column("theme", _("Theme"), reads=_theme),
                Column("profiles", _("Profiles listing it as a challenge"), number=True),
            ),
            compute=_public(selectors.untouched_challenges),
        ),
        Indicator(
            key="practices",
            title=_("Practices shared and adopted"),
            description=_(
                "Good practices shared, per country, and those another practice says it "
                "was inspired by."
            ),
            columns=(
                Column("country_name", _("Country")),
                Column("shared", _("Shared"), number=True),
                Column("adopted", _("Adopted elsewhere"), number=True),
            ),
            compute=selectors.practices_adopted,
        ),
        Indicator(
            key="follow-ups",
            title=_("Follow-up actions"),
            description=_(
                "Actions agreed at the events: done, open, and overdue (not done by the "
                "day they were due)."
            ),
            columns=(
                Column("state", _("State"), reads=_state),
                Column("actions", _("Actions"), number=True),
            ),
            compute=_public(selectors.follow_ups),
            chart="pie",
            permission="insights.see_follow_up_figures",
        ),
        Indicator(
            key="downloads",
            title=_("Documents downloaded"),
            description=_("Downloads per month, and how many different documents they were."),
            columns=(
                Column("month", _("Month")),
                Column("downloads", _("Downloads"), number=True),
                Column("documents", _("Documents"), number=True),
            ),
            compute=selectors.documents_downloaded,
            permission="documents.see_download_log",
        ),
    )
}


def indicators_for(user) -> list[Indicator]:
    return [indicator for indicator in INDICATORS.values() if indicator.visible_to(user)]
