"""Writers of bench/load.py: members filling the site's real forms over HTTP.

Each writer signs in, then in turn adds a follow-up (an action if it is a coordinator,
a progress note otherwise), edits its city's profile (posting the version the form
carries) and attaches a text file to its event, each time loading the form first for its
CSRF token. A redirect after a post is an acknowledged write, recorded with the unique
token the write carries; any other answer is a failure; no answer (the server was
killed) is counted apart and the step is tried again.
"""

import itertools
import threading
import time
from dataclasses import dataclass

import httpx
from _http import PASSWORD, Tally, form_fields


class Unanswered(Exception):
    """The server did not answer (it was down): try the step again."""


@dataclass
class Account:
    username: str
    municipality_id: int
    event_id: int
    follow_up_id: int
    coordinator: bool


class Writer:
    def __init__(self, base: str, account: Account, tally: Tally):
        self.base, self.account, self.tally = base, account, tally
        self.client = httpx.Client(base_url=base, timeout=60)
        self.numbers = itertools.count()

    def call(self, method: str, path: str, **kwargs) -> httpx.Response:
        try:
            response = self.client.request(method, path, **kwargs)
        except httpx.TransportError as error:
            self.tally.count(unanswered=1)
            time.sleep(0.2)
            raise Unanswered from error
        self.tally.count(requests=1)
        return response

    def form(self, path: str) -> dict[str, str] | None:
        page = self.call("GET", path)
        if page.status_code != 200:
            self.tally.fail(f"GET {path}", page)
            return None
        return form_fields(page.text, path)

    def post(self, kind: str, path: str, token: str, data: dict, files=None) -> bool:
        response = self.call("POST", path, data=data, files=files)
        if response.status_code in (301, 302, 303):
            self.tally.ack(kind, token)
            return True
        self.tally.fail(f"POST {path} ({kind} {token})", response)
        return False

    def sign_in(self) -> None:
        path = "/en/accounts/login/"
        while True:
            try:
                data = self.form(path)
                data.update(username=self.account.username, password=PASSWORD)
                response = self.call("POST", path, data=data)
            except Unanswered:
                continue
            if response.status_code != 302:
                raise RuntimeError(f"{self.account.username} could not sign in")
            return

    def token(self, kind: str) -> str:
        return f"{kind}-{self.account.username}-{next(self.numbers)}"

    def follow_up(self) -> None:
        account = self.account
        if account.coordinator:
            path, kind, field = (
                f"/en/events/{account.event_id}/follow-ups/new/",
                "action",
                "description",
            )
        else:
            path, kind, field = (
                f"/en/events/follow-ups/{account.follow_up_id}/progress/",
                "progress",
                "note",
            )
        data, token = self.form(path), self.token(kind)
        if data is not None:
            self.post(kind, path, token, {**data, field: token})

    def profile(self) -> None:
        path = f"/en/network/municipalities/{self.account.municipality_id}/profile/"
        data, token = self.form(path), self.token("profile")
        if data is not None:
            self.post("profile", path, token, {**data, "notes": token})

    def upload(self) -> None:
        path = f"/en/documents/events/{self.account.event_id}/attach/"
        data, token = self.form(path), self.token("document")
        if data is not None:
            text = f"Minutes {token}\n".encode() * 20
            files = {"file": (f"{token}.txt", text, "text/plain")}
            self.post("document", path, token, {**data, "title": token}, files=files)

    def run(self, signed_in: threading.Barrier, stop: threading.Event) -> None:
        try:
            self.sign_in()
        finally:
            signed_in.wait()  # the clock starts once every writer has signed in
        try:
            self.write_until(stop)
        except Exception as error:  # noqa: BLE001 (a broken writer is a failure to report)
            with self.tally.lock:
                self.tally.failures.append(f"{self.account.username} stopped: {error!r}")

    def write_until(self, stop: threading.Event) -> None:
        steps = itertools.cycle([self.follow_up, self.profile, self.upload])
        step = next(steps)
        while not stop.is_set():
            try:
                step()
            except Unanswered:
                continue  # the same step again, once the server is back
            step = next(steps)
        self.client.close()


def run_writers(base: str, accounts: list[Account], tally: Tally, seconds: float, during=None):
    """Run one writer per account for ``seconds``; ``during()`` runs meanwhile, at mid-time."""
    stop, signed_in = threading.Event(), threading.Barrier(len(accounts) + 1)
    writers = [Writer(base, account, tally) for account in accounts]
    threads = [threading.Thread(target=w.run, args=(signed_in, stop)) for w in writers]
    for thread in threads:
        thread.start()
    signed_in.wait()
    time.sleep(seconds / 2)
    outcome = during() if during else None
    time.sleep(seconds / 2)
    stop.set()
    for thread in threads:
        thread.join()
    return outcome
