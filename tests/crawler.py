"""A bounded, breadth-first crawl of the site with Django's test client.

It follows the links a user is shown (``<a href>``, feed and calendar links, the
addresses in API answers) on the same site, so it reaches what that user can reach by
clicking, and keeps each answer's status and bytes for the tests to search.
"""

import html
import json
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

HREF = re.compile(rb"""href\s*=\s*["']([^"']+)["']""")
ICS_URL = re.compile(rb"^URL[;:](?:[^:\r\n]*:)?(\S+)", re.MULTILINE)
# Language switches, logging out, the admin (its own guard and tests), files served
# as they are, and the links whose page changes something stored.
SKIPPED = re.compile(
    r"^/(i18n|static|media)/|^/[a-z]{2}/admin/|/logout/|/(delete|remove|cancel|confirm)/$"
)
FOLLOWED = re.compile(r"^/(en/|api/v1/)")
DROPPED_PARAMETERS = {"next"}


@dataclass
class Page:
    url: str
    status: int
    body: bytes


@dataclass
class Crawl:
    pages: dict[str, Page] = field(default_factory=dict)

    def server_errors(self) -> list[str]:
        return [f"{page.status} {url}" for url, page in self.pages.items() if page.status >= 500]


def normalised(href: str, base: str) -> str | None:
    """The same-site address ``href`` points to from ``base``, or None when not followed."""
    parts = urlsplit(urljoin(base, html.unescape(href.strip())))
    if parts.scheme not in {"", "http", "https"} or parts.netloc not in {"", "testserver"}:
        return None
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in DROPPED_PARAMETERS]
    url = urlunsplit(("", "", parts.path, urlencode(query), ""))
    if SKIPPED.search(parts.path) or not FOLLOWED.match(parts.path):
        return None
    return url


def body_of(response) -> bytes:
    """The answer's bytes as a reader gets them: streamed files read whole, calendar lines
    unfolded, and the headers (a file name travels in one) put in front."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    headers = "\n".join(f"{name}: {value}" for name, value in response.items())
    body = body.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    return headers.encode("utf-8", "replace") + b"\n\n" + body


def _json_links(url: str, data) -> list[str]:
    """Addresses in an API answer, and each listed item's own address (``list/<id>``)."""
    found = []
    if isinstance(data, dict):
        for item in data.get("items", []) if isinstance(data.get("items"), list) else []:
            if isinstance(item, dict) and "id" in item:
                found.append(f"{urlsplit(url).path.rstrip('/')}/{item['id']}")
        values = list(data.values())
    elif isinstance(data, list):
        values = data
    else:
        return [data] if isinstance(data, str) and data.startswith(("/", "http")) else []
    for value in values:
        found += _json_links(url, value)
    return found


def links_of(url: str, response, body: bytes) -> list[str]:
    kind = response.get("Content-Type", "")
    raw = [m.decode("utf-8", "replace") for m in HREF.findall(body)]
    if "text/calendar" in kind:
        raw += [m.decode("utf-8", "replace") for m in ICS_URL.findall(body)]
    if "json" in kind and response.status_code == 200:
        raw += _json_links(url, json.loads(response.content))
    if response.status_code in {301, 302, 303, 307, 308}:
        raw.append(response["Location"])
    return [link for link in (normalised(href, url) for href in raw) if link]


def crawl(client, starts: list[str], *, limit: int = 300, variants: int = 4) -> Crawl:
    """Visit ``starts`` and every address reachable from them, breadth first.

    At most ``limit`` pages, and at most ``variants`` query strings of one path (the
    filters of a list combine without end); redirects are recorded, then followed as links.
    """
    result, queue = Crawl(), deque(dict.fromkeys(starts))
    queued, per_path = set(queue), Counter()
    while queue and len(result.pages) < limit:
        url = queue.popleft()
        response = client.get(url)
        body = body_of(response)
        result.pages[url] = Page(url, response.status_code, body)
        for link in links_of(url, response, body):
            path = urlsplit(link).path
            if link in queued or per_path[path] >= variants:
                continue
            queued.add(link)
            per_path[path] += 1
            queue.append(link)
    return result
