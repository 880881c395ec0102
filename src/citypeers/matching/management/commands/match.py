"""``citypeers match suggest CITY`` lists a city's best peers with their reasons;
``citypeers match round`` computes a round of exchanges for a programme."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from citypeers.core.formatting import number_text
from citypeers.matching.reasons import reason_texts
from citypeers.matching.round_command import add_round_arguments, run_round_command
from citypeers.matching.suggestions import best_peers, municipalities_called
from citypeers.network.models import Municipality, country_name
from citypeers.network.selectors import municipality_by_name

MAX_PEERS = 100


class Command(BaseCommand):
    help = "Matching: a municipality's best peers with reasons, or a round of exchanges."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        suggest = actions.add_parser("suggest", help="a municipality's best peers, with reasons")
        suggest.add_argument("city", help="a municipality's name (in any language) or its id")
        suggest.add_argument(
            "--country", help="ISO 3166-1 code, when several cities share the name"
        )
        suggest.add_argument("--limit", type=int, default=5, help="how many peers (5)")
        suggest.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default="en",
            help="language of the reasons (en)",
        )
        suggest.add_argument("--json", action="store_true", help="print a JSON array")
        add_round_arguments(
            actions.add_parser("round", help="pair and schedule a programme's opted-in cities")
        )

    def handle(self, *args, **options):
        if options["action"] == "round":
            run_round_command(options, self.stdout)
            return
        if not 1 <= options["limit"] <= MAX_PEERS:
            raise CommandError(_("--limit must be between 1 and %(max)d.") % {"max": MAX_PEERS})
        municipality = self._municipality(options["city"].strip(), options["country"])
        with translation.override(options["language"]):
            rows = self._rows(best_peers(municipality, limit=options["limit"]))
            if options["json"]:
                self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                self._print(municipality, rows)

    def _municipality(self, city: str, country: str | None) -> Municipality:
        """The municipality CITY names (an id, or a name no other municipality has)."""
        if city.isdigit():
            found = Municipality.objects.filter(pk=int(city)).first()
            if found is None:
                raise CommandError(_("No municipality has the id %(id)s.") % {"id": city})
            return found
        found = municipality_by_name(city, country=country)
        if found is None:
            raise CommandError(_("No municipality is called “%(name)s”.") % {"name": city})
        namesakes = municipalities_called(city, country=country)
        if len(namesakes) > 1:
            listed = "; ".join(
                f"{m.name} ({country_name(m.country_id)}, id {m.pk})" for m in namesakes
            )
            raise CommandError(
                _("“%(name)s” names several municipalities: %(list)s. Give the id instead.")
                % {"name": city, "list": listed}
            )
        return found

    @staticmethod
    def _rows(suggestions) -> list[dict]:
        return [
            {
                "id": s.municipality.pk,
                "municipality": s.municipality.name,
                "country": s.municipality.country_id,
                "score": round(s.score, 6),
                "reasons": [{"kind": r.kind, "text": r.text, **r.facts} for r in reason_texts(s)],
            }
            for s in suggestions
        ]

    def _print(self, municipality: Municipality, rows: list[dict]) -> None:
        if not rows:
            self.stdout.write(
                _("No peer can be suggested for %(name)s yet.") % {"name": municipality.name}
            )
        for rank, row in enumerate(rows, start=1):
            self.stdout.write(
                f"{rank}. {row['municipality']} ({country_name(row['country'])}) "
                + _("score %(score)s") % {"score": number_text(row["score"], places=2)}
            )
            for reason in row["reasons"]:
                self.stdout.write(f"   - {reason['text']}")
