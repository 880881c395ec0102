"""HTTP clients of bench/load.py: timed GETs at a given concurrency, and form-filling writers.

Real HTTP through httpx, one client (and connection pool) per simulated user thread.
"""

import itertools
import threading
import time
from dataclasses import dataclass, field

import httpx
from bs4 import BeautifulSoup

PASSWORD = "bench-password-8c1e"  # noqa: S105 (accounts of a scratch bench database)


@dataclass
class Level:
    """The outcome of one endpoint at one concurrency."""

    samples: list[float]
    seconds: float
    errors: list[str]

    @property
    def throughput(self) -> float:
        return len(self.samples) / self.seconds if self.seconds else 0.0


def measure(urls: str | list[str], *, clients: int, requests: int, seconds: float) -> Level:
    """GET ``urls`` in turn from ``clients`` threads until ``requests`` answers or ``seconds``
    passed; only 200 answers are timed, the rest are errors. The clock starts once every
    client is ready."""
    urls = [urls] if isinstance(urls, str) else urls
    samples, errors, clock = [], [], {}
    counter = itertools.count()
    lock = threading.Lock()

    def start_clock():
        clock["began"], clock["deadline"] = time.perf_counter(), time.monotonic() + seconds

    ready = threading.Barrier(clients, action=start_clock)

    def user():
        with httpx.Client(timeout=60) as client:
            ready.wait()
            while (number := next(counter)) < requests and time.monotonic() < clock["deadline"]:
                url = urls[number % len(urls)]
                start = time.perf_counter()
                try:
                    response = client.get(url)
                except httpx.HTTPError as error:
                    with lock:
                        errors.append(f"{type(error).__name__}: {error}")
                    continue
                took = time.perf_counter() - start
                with lock:
                    if response.status_code == 200:
                        samples.append(took)
                    else:
                        errors.append(f"{response.status_code}: {excerpt(response.text)}")

    threads = [threading.Thread(target=user) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Level(samples, time.perf_counter() - clock["began"], errors)


def excerpt(html: str, limit: int = 200) -> str:
    """The error messages of a page if it shows any, else the start of its text."""
    soup = BeautifulSoup(html, "html.parser")
    shown = soup.select("[role=alert]") or soup.select(".errorlist")
    text = " | ".join(node.get_text(" ", strip=True) for node in shown) or soup.get_text(" ")
    return " ".join(text.split())[:limit]


def form_fields(html: str, action_contains: str = "") -> dict[str, str]:
    """What a browser would post from the page's form (the one whose action matches)."""
    soup = BeautifulSoup(html, "html.parser")
    posting = soup.find_all("form", method="post")
    forms = [f for f in posting if f.get("action") in (None, "") or action_contains in f["action"]]
    values: dict[str, str] = {}
    for node in forms[0].find_all(["input", "select", "textarea"]):
        name = node.get("name")
        kind = node.get("type", "text")
        if not name or kind in {"submit", "file", "button"}:
            continue
        if kind in {"checkbox", "radio"}:
            if node.has_attr("checked"):
                values[name] = node.get("value", "on")
        elif node.name == "select":
            chosen = node.find("option", selected=True) or node.find("option")
            values[name] = chosen.get("value", "") if chosen else ""
        elif node.name == "textarea":
            values[name] = node.get_text()
        else:
            values[name] = node.get("value", "")
    return values


@dataclass
class Tally:
    """What the writers saw, shared between their threads."""

    requests: int = 0
    unanswered: int = 0
    failures: list[str] = field(default_factory=list)
    acknowledged: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ack(self, kind: str, token: str) -> None:
        with self.lock:
            self.acknowledged.setdefault(kind, []).append(token)

    def count(self, **changes) -> None:
        with self.lock:
            for name, value in changes.items():
                setattr(self, name, getattr(self, name) + value)

    def fail(self, what: str, response: httpx.Response) -> None:
        with self.lock:
            self.failures.append(f"{what}: {response.status_code} {excerpt(response.text)}")

    def total(self) -> int:
        return sum(len(tokens) for tokens in self.acknowledged.values())
