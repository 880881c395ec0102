"""The network of exchanges: which municipalities met which, and how often, for the
network graph and the map of Europe.

Only events the viewer may see count (``events.selectors.events_held``), and only those
held (concluded), narrowed by the Insights page's filters when given; positions come from
the directory. The graph, the map and their tables show the MOST_LINKS pairs with the
most meetings: years of events join thousands of pairs, more than a page can draw or a
reader take in. Two queries (three when more pairs met than are shown), whatever the size
of the network.
"""

from dataclasses import dataclass, field

from citypeers.events.selectors import events_held, exchange_link_count, exchange_links
from citypeers.insights.selectors import Filters, events_in
from citypeers.network.models import Municipality
from citypeers.network.selectors import map_data, municipalities_for_map

MOST_LINKS = 200


@dataclass(frozen=True)
class Link:
    """Two municipalities that met, with the number of events they both took part in."""

    first: Municipality
    second: Municipality
    meetings: int


@dataclass
class ExchangeNetwork:
    """Every municipality on the map (members and those that met another), by name, and
    the pairs that met, most meetings first."""

    municipalities: list[Municipality] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    total_links: int = 0  # every pair that met, of which ``links`` are the strongest

    @property
    def links_left_out(self) -> bool:
        return self.total_links > len(self.links)

    def linked(self) -> list[Municipality]:
        """The municipalities that met at least one other: the nodes of the graph."""
        ids = {m.pk for link in self.links for m in (link.first, link.second)}
        return [m for m in self.municipalities if m.pk in ids]

    def rows(self) -> list[tuple[Municipality, list[tuple[Municipality, int]]]]:
        """Per municipality on the map, the others it met with the number of meetings, most
        first: the map's table."""
        partners: dict[int, list[tuple[Municipality, int]]] = {}
        for link in self.links:
            partners.setdefault(link.first.pk, []).append((link.second, link.meetings))
            partners.setdefault(link.second.pk, []).append((link.first, link.meetings))
        return [(m, partners.get(m.pk, [])) for m in self.municipalities]

    def graph_data(self) -> dict:
        """What the network graph draws: the municipalities that met, and their links."""
        return map_data(self.linked(), self._pairs(), colours_from=self.municipalities)

    def map_data(self) -> dict:
        """What the map draws: every municipality on it, and the links."""
        return map_data(self.municipalities, self._pairs())

    def _pairs(self) -> list[tuple[int, int, int]]:
        return [(link.first.pk, link.second.pk, link.meetings) for link in self.links]


def exchange_network(user, *, filters: Filters | None = None) -> ExchangeNetwork:
    """The exchanges held among the events ``user`` may see (and that pass the Insights
    page's ``filters``), on the directory's map."""
    events = events_held(user)
    if filters is not None:
        events = events.filter(pk__in=events_in(filters).values("pk"))
    pairs = exchange_links(events, limit=MOST_LINKS)
    total = len(pairs) if len(pairs) < MOST_LINKS else exchange_link_count(events)
    ids = {pair.first_id for pair in pairs} | {pair.second_id for pair in pairs}
    by_id = {m.pk: m for m in municipalities_for_map(ids)}
    return ExchangeNetwork(
        municipalities=list(by_id.values()),
        links=[Link(by_id[pair.first_id], by_id[pair.second_id], pair.meetings) for pair in pairs],
        total_links=total,
    )
