from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from tqdm import tqdm

from citypeers.practices.fulltext import rebuild_fulltext_index
from citypeers.practices.models import Practice
from citypeers.practices.services import refresh_practice_embeddings

BATCH = 256


class Command(BaseCommand):
    help = "Rebuild the practices' search indexes: full text, then the vectors."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="recompute every vector, changed or not"
        )

    def handle(self, *args, **options):
        rebuild_fulltext_index()
        self.stdout.write(_("Full-text index rebuilt."))
        ids = list(Practice.objects.order_by("pk").values_list("pk", flat=True))
        computed = 0
        with tqdm(
            total=len(ids), unit="practice", desc=_("Vectors"), disable=options["verbosity"] < 1
        ) as bar:
            for start in range(0, len(ids), BATCH):
                batch = Practice.objects.filter(pk__in=ids[start : start + BATCH]).select_related(
                    "municipality", "organisation"
                )
                computed += refresh_practice_embeddings(list(batch), force=options["force"])
                bar.update(len(ids[start : start + BATCH]))
        self.stdout.write(
            _("%(computed)d of %(total)d vectors computed.")
            % {"computed": computed, "total": len(ids)}
        )
