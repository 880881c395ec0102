"""``citypeers practices import FILE`` and ``citypeers practices search QUERY`` (spec/practices-io.md)."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from citypeers.practices.imports import catalogue_lines, import_practices
from citypeers.practices.search import InvalidSearch, search


class Command(BaseCommand):
    help = "Import a catalogue of practices (JSON Lines) or search the published practices."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        importing = actions.add_parser("import", help="import a JSON Lines catalogue")
        importing.add_argument("file", help="a UTF-8 JSON Lines file, or - for standard input")
        searching = actions.add_parser("search", help="search the published practices")
        searching.add_argument("query", nargs="+", help="words to search for, in any language")
        searching.add_argument("--language", default=None, help="ISO 639-1 code of the query")
        searching.add_argument("--theme", default=None, help="a theme slug")
        searching.add_argument("--country", default=None, help="ISO 3166-1 alpha-2 code")
        searching.add_argument("--limit", type=int, default=20, help="how many results (20)")
        searching.add_argument("--json", action="store_true", help="print a JSON array")

    def handle(self, *args, **options):
        if options["action"] == "import":
            self._import(options["file"], options["verbosity"])
        else:
            self._search(options)

    def _read_lines(self, path: str) -> list[str]:
        try:
            if path == "-":
                return catalogue_lines(sys.stdin.buffer.read().decode("utf-8-sig"))
            # newline="": no translation of line ends, catalogue_lines splits them
            with open(path, encoding="utf-8-sig", newline="") as source:
                return catalogue_lines(source.read())
        except FileNotFoundError:
            raise CommandError(_("no such file: %(path)s") % {"path": path}) from None
        except UnicodeDecodeError:
            raise CommandError(_("%(path)s is not UTF-8 text") % {"path": path}) from None
        except OSError as error:
            raise CommandError(str(error)) from None

    def _import(self, path: str, verbosity: int) -> None:
        lines = self._read_lines(path)
        with tqdm(
            total=len(lines),
            unit="line",
            desc=_("Importing"),
            disable=verbosity < 1 or not sys.stderr.isatty(),
            file=sys.stderr,
            leave=False,
        ) as bar:
            report = import_practices(self._counted(lines, bar))
        for number, reason in report.rejected:
            self.stderr.write(
                _("line %(number)d rejected: %(reason)s") % {"number": number, "reason": reason}
            )
        self.stdout.write(
            _("created %(created)d, updated %(updated)d, rejected %(rejected)d")
            % {
                "created": report.created,
                "updated": report.updated,
                "rejected": len(report.rejected),
            }
        )

    @staticmethod
    def _counted(lines, bar):
        for line in lines:
            yield line
            bar.update(1)

    def _search(self, options) -> None:
        query = " ".join(options["query"])
        filters = {"theme": options["theme"], "country": options["country"]}
        if options["limit"] < 1:
            raise CommandError(_("--limit must be at least 1"))
        try:
            results = search(
                query, language=options["language"], filters=filters, limit=options["limit"]
            )
        except InvalidSearch as error:
            raise CommandError(str(error)) from None
        rows = [
            {
                "key": result.practice.key,
                "name": result.practice.name,
                "municipality": str(result.practice.runner) if result.practice.runner else None,
                "score": round(result.score, 6),
                "why": "+".join(result.why),
            }
            for result in results
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False))
            return
        if not rows:
            self.stdout.write(
                _(
                    "No practice found. Try fewer or more general words, another language, "
                    "or no --theme and --country."
                )
            )
        for rank, (row, result) in enumerate(zip(rows, results, strict=True), start=1):
            self.stdout.write(
                f"{rank:>3}. {row['name']} ({row['municipality'] or '-'}) "
                f"[{row['why']}] {result.reason} — {row['key'] or ''}"
            )
