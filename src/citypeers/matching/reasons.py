"""A suggestion's reasons as plain sentences in the active language, built from its data.

Every sentence is one gettext string with named placeholders, so that a translation can
reorder them. Each reason comes as plain text (the command line, JSON), as HTML with the
practices it names linked (the pages), and as facts for machines.
"""

from dataclasses import dataclass, field

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from citypeers.core.formatting import date_text, list_text, number_text
from citypeers.core.themes import theme_label
from citypeers.matching.compatibility import Reason, ReasonKind
from citypeers.matching.suggestions import Suggestion, best_peers
from citypeers.network.models import country_name

#: How many practices a sentence names before it counts the rest.
NAMED_PRACTICES = 3


@dataclass(frozen=True)
class ReasonText:
    kind: str
    text: str
    html: SafeString
    facts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Piece:
    """A placeholder's value that is written differently in text and in HTML."""

    text: str
    html: SafeString


@dataclass(frozen=True)
class ShownPeer:
    """A suggestion as a page shows it: its reasons in words, its score against the best."""

    suggestion: Suggestion
    country: str  # the peer's country, named in the active language
    reasons: list[ReasonText]
    relative: float  # the score as a share of the best peer's, 0 to 1


def reason_texts(suggestion: Suggestion) -> list[ReasonText]:
    """The suggestion's reasons, largest first, in the active language."""
    return [RENDERERS[reason.kind](reason, suggestion) for reason in suggestion.reasons]


def shown_peers(municipality, *, limit: int) -> list[ShownPeer]:
    """The municipality's best peers with their reasons in the active language."""
    suggestions = best_peers(municipality, limit=limit)
    best = max((s.score for s in suggestions), default=0.0)
    return [
        ShownPeer(
            suggestion=s,
            country=country_name(s.municipality.country_id),
            reasons=reason_texts(s),
            relative=round(max(s.score, 0.0) / best, 3) if best > 0 else 0.0,
        )
        for s in suggestions
    ]


def _sentence(kind: str, template: str, values: dict, facts: dict) -> ReasonText:
    text = template % {k: v.text if isinstance(v, Piece) else v for k, v in values.items()}
    # As {% blocktranslate %} does: the translated sentence as it is, its values escaped.
    html = template % {
        k: v.html if isinstance(v, Piece) else conditional_escape(v) for k, v in values.items()
    }
    return ReasonText(kind=str(kind), text=text, html=mark_safe(html), facts=facts)  # noqa: S308 (values escaped above)


def _theme(slug: str) -> str:
    """A theme's label as a word inside a sentence."""
    label = str(theme_label(slug))
    return label[:1].lower() + label[1:]


def shared_challenge(reason: Reason, suggestion: Suggestion) -> ReasonText:
    if reason.priorities == (1, 1):
        template = _("Both list %(theme)s as a top challenge.")
    else:
        template = _("Both list %(theme)s among their challenges.")
    facts = {"theme": reason.theme, "priorities": list(reason.priorities)}
    return _sentence(reason.kind, template, {"theme": _theme(reason.theme)}, _with(reason, facts))


def complementary_practice(reason: Reason, suggestion: Suggestion) -> ReasonText:
    links = sorted(
        (suggestion.practices[pk] for pk in reason.practices if pk in suggestion.practices),
        key=lambda link: (link.name.casefold(), link.pk),
    )
    template = ngettext(
        "%(city)s's practice %(practices)s answers %(other)s's %(theme)s challenge.",
        "%(city)s's practices %(practices)s answer %(other)s's %(theme)s challenge.",
        len(reason.practices),
    )
    values = {
        "city": suggestion.name_of(reason.source),
        "other": suggestion.name_of(reason.target),
        "theme": _theme(reason.theme),
        "practices": _practice_names(links, len(reason.practices)),
    }
    facts = {
        "theme": reason.theme,
        "source": values["city"],
        "target": values["other"],
        "practices": [{"id": p.pk, "name": p.name, "url": p.url} for p in links],
    }
    return _sentence(reason.kind, template, values, _with(reason, facts))


def _practice_names(links, count: int) -> Piece:
    shown = links[:NAMED_PRACTICES]
    quote = _("“%(name)s”")
    texts = [quote % {"name": p.name} for p in shown]
    htmls = [format_html('<a href="{}">{}</a>', p.url, quote % {"name": p.name}) for p in shown]
    rest = count - len(shown)
    if rest > 0:
        more = ngettext("%(count)d other", "%(count)d others", rest) % {"count": rest}
        texts.append(more)
        htmls.append(conditional_escape(more))
    return Piece(
        text=list_text(texts),
        # The parts are escaped; CLDR's connectors ("and", "e", "und") carry no markup.
        html=mark_safe(list_text(htmls)),  # noqa: S308 (parts escaped)
    )


#: How a community's rank is said; beyond these, "one of the main communities".
RANKED_COMMUNITIES = {
    1: lambda: _("%(city)s's largest foreign community comes from %(country)s."),
    2: lambda: _("%(city)s's second-largest foreign community comes from %(country)s."),
    3: lambda: _("%(city)s's third-largest foreign community comes from %(country)s."),
}


def migration_tie(reason: Reason, suggestion: Suggestion) -> ReasonText:
    ranked = RANKED_COMMUNITIES.get(reason.rank)
    template = (
        ranked()
        if ranked
        else _("One of %(city)s's main foreign communities comes from %(country)s.")
    )
    values = {"city": suggestion.name_of(reason.source), "country": country_name(reason.country)}
    facts = {"source": values["city"], "country": reason.country, "rank": reason.rank}
    return _sentence(reason.kind, template, values, _with(reason, facts))


def comparable_size(reason: Reason, suggestion: Suggestion) -> ReasonText:
    first, second = _both(suggestion, "population")
    values = {
        "first": number_text(first),
        "second": number_text(second),
    }
    template = _("Similar size: %(first)s and %(second)s inhabitants.")
    return _sentence(reason.kind, template, values, _with(reason, {"populations": [first, second]}))


def comparable_foreign_share(reason: Reason, suggestion: Suggestion) -> ReasonText:
    first, second = _both(suggestion, "foreign_share")
    values = {"first": _percent(first), "second": _percent(second)}
    template = _("Similar share of foreign residents: %(first)s%% and %(second)s%%.")
    return _sentence(reason.kind, template, values, _with(reason, {"shares": [first, second]}))


def met_recently(reason: Reason, suggestion: Suggestion) -> ReasonText:
    met_on = suggestion.met_on
    if met_on is not None and met_on > suggestion.on:
        template = _("A meeting is planned on %(met)s: suggested again from %(until)s.")
    else:
        template = _("Met on %(met)s: suggested again from %(until)s.")
    values = {"met": date_text(met_on) if met_on else "", "until": date_text(reason.until)}
    facts = {"met_on": met_on.isoformat() if met_on else None, "until": reason.until.isoformat()}
    return _sentence(reason.kind, template, values, _with(reason, facts))


def _percent(share: float) -> str:
    """A share to one decimal, none when it is whole: 12, 12.5 (12,5 in Italian)."""
    return number_text(round(share, 1), places=(0, 1))


def _both(suggestion: Suggestion, attribute: str) -> tuple:
    """The figure of the city the suggestion is for, then the peer's."""
    return (
        getattr(suggestion.profiles[suggestion.of.pk], attribute),
        getattr(suggestion.profiles[suggestion.municipality.pk], attribute),
    )


def _with(reason: Reason, facts: dict) -> dict:
    return {**facts, "points": round(reason.points, 6)}


RENDERERS = {
    ReasonKind.SHARED_CHALLENGE: shared_challenge,
    ReasonKind.COMPLEMENTARY_PRACTICE: complementary_practice,
    ReasonKind.MIGRATION_TIE: migration_tie,
    ReasonKind.COMPARABLE_SIZE: comparable_size,
    ReasonKind.COMPARABLE_FOREIGN_SHARE: comparable_foreign_share,
    ReasonKind.MET_RECENTLY: met_recently,
}
