"""Atom feed of published event reports."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from citypeers.events import selectors
from citypeers.events.titles import event_title


class ReportFeed(Feed):
    feed_type = Atom1Feed
    title = _("citypeers: event reports")
    subtitle = _("Reports of the network's peer exchanges, consultations and workshops.")
    link = reverse_lazy("events:list")

    def items(self):
        return selectors.published_reports()

    def item_title(self, item):
        return event_title(item, translation.get_language())

    def item_description(self, item):
        # The report was sanitised when it was saved (services.sanitize_report).
        return item.report

    def item_pubdate(self, item):
        return item.report_published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_guid(self, item):
        return f"tag:citypeers,{item.starts_at:%Y-%m-%d}:event-report-{item.pk}"

    def item_categories(self, item):
        return [t.theme for t in item.themes.all()]
