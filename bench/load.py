"""Load and faults benchmark: the real server (gunicorn, 2 workers, DEBUG off) over HTTP.

With the full directory, 50,000 events and 100,000 practices (built once per data
version, then restored from a snapshot under var/bench/), on SQLite and, when a server
can be had, on PostgreSQL:

1. read load: throughput and p50/p95/p99 of the main pages and an API list at 1, 8 and
   32 concurrent clients, each as a ratio to /healthz (no database) in the same run;
2. 16 writers filling the real forms (follow-ups, city profile edits, uploads);
3. halfway through, SIGKILL of the gunicorn master and workers, an integrity check and
   a search for every acknowledged write, a restart; the same search at the end;
4. a read-only media folder during an upload: a clear error, no orphan row.

It prints figures and never fails on timings. BENCH_WRITE_SECONDS (60),
BENCH_LEVEL_SECONDS (4) and BENCH_LEVEL_REQUESTS (400) shorten a run; BENCH_EVENTS and
BENCH_PRACTICES (their own snapshot) shrink the data for a quick try.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _server import ROOT, Server, postgres_server

DATA_VERSION = "1"  # raise it when what the builders make changes
EVENTS = int(os.environ.get("BENCH_EVENTS", 50_000))
PRACTICES = int(os.environ.get("BENCH_PRACTICES", 100_000))
EMBEDDED, WRITERS = 32, 16  # a few computed vectors seed all the others (bench/_data.py)
LEVELS = (1, 8, 32)
LEVEL_SECONDS = float(os.environ.get("BENCH_LEVEL_SECONDS", 4))
LEVEL_REQUESTS = int(os.environ.get("BENCH_LEVEL_REQUESTS", 400))
WRITE_SECONDS = float(os.environ.get("BENCH_WRITE_SECONDS", 60))
CACHE = ROOT / "var" / "bench"


def data_key(engine: str) -> str:
    """Changes with the schema (every migration) and with the bench's data builders."""
    digest = hashlib.sha256(f"{DATA_VERSION} {EVENTS} {PRACTICES}".encode())
    sources = sorted((ROOT / "src" / "citypeers").glob("*/migrations/*.py"))
    for path in [*sources, ROOT / "bench" / "_data.py"]:
        digest.update(path.read_bytes())
    return f"load-{engine}-{digest.hexdigest()[:12]}"


def main() -> None:
    """Each database in a process of its own (Django's settings are read once)."""
    script = str(Path(__file__).resolve())
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    subprocess.run([sys.executable, script, "sqlite"], check=True, env=env)
    with postgres_server() as (url, why):
        if url is None:
            print(f"\nPostgreSQL skipped: {why}.")
            return
        subprocess.run(
            [sys.executable, script, "postgres"],
            check=True,
            env={**os.environ, "DATABASE_URL": url, "PYTHONUNBUFFERED": "1"},
        )


def set_up(engine: str) -> Path:
    scratch = Path(tempfile.mkdtemp(prefix=f"citypeers-bench-load-{engine}-"))
    os.environ.update(
        CITYPEERS_VAR=str(scratch), MEDIA_ROOT=str(scratch / "media"), DEBUG="1",
        DJANGO_SETTINGS_MODULE="citypeers.config.settings",
    )  # fmt: skip
    if engine == "sqlite":
        os.environ.pop("DATABASE_URL", None)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return scratch


def load_data(engine: str) -> str:
    """Restore the snapshot of this data version, or build the data and snapshot it."""
    import random

    from _data import PracticeGenerator, embed_practices, fill_events, store_vectors
    from django.core.management import call_command

    from citypeers.core.backups import create_backup, restore_backup
    from citypeers.network.models import Municipality

    snapshot = CACHE / data_key(engine)
    started = time.perf_counter()
    if (snapshot / "manifest.json").exists():
        restore_backup(path=snapshot, replace=True)
        return (
            f"restored from {snapshot.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s"
        )
    call_command("load_geodata", verbosity=0)  # citypeers load-geodata
    rng = random.Random(20210308)
    towns = Municipality.objects.order_by("-population").values_list("pk", "country_id")
    fill_events(0, EVENTS, dict(towns[:3000]), rng)
    PracticeGenerator(rng).insert(PRACTICES, [pk for pk, _country in towns[:2000]])
    store_vectors(embed_practices(EMBEDDED))
    CACHE.mkdir(parents=True, exist_ok=True)
    create_backup(path=snapshot)
    return (
        f"built in {time.perf_counter() - started:.0f} s, snapshot in {snapshot.relative_to(ROOT)}"
    )


def pages() -> dict[str, list[str]]:
    from citypeers.events.models import Event
    from citypeers.network.models import Municipality

    event = Event.objects.order_by("pk").values_list("pk", flat=True)[EVENTS // 2]
    town = Municipality.objects.order_by("-population").values_list("pk", flat=True)[0]
    lines = (ROOT / "tests" / "practices" / "data" / "queries.jsonl").read_text("utf-8")
    queries = [json.loads(line)["query"] for line in lines.splitlines()]
    return {
        "trivial view (/healthz)": ["/healthz"],
        "home page": ["/en/"],
        "event list": ["/en/events/"],
        "event detail": [f"/en/events/{event}/"],
        "municipality page": [f"/en/network/municipalities/{town}/"],
        "practice search": [f"/en/practices/?q={query}" for query in queries],
        "API list (events)": ["/api/v1/events"],
    }


def read_load(server: Server) -> None:
    from _http import measure
    from _setup import percentile

    print(f"\n{'page':<26}{'clients':>8}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
          f"{'p50 / trivial':>15}{'req/s trivial/page':>20}")  # fmt: skip
    baseline = {}
    for label, paths in pages().items():
        urls = [server.url + path for path in paths]
        for url in urls:  # warm both workers (the vector matrix, templates)
            measure(url, clients=2, requests=4, seconds=60)
        for clients in LEVELS:
            level = measure(urls, clients=clients, requests=LEVEL_REQUESTS, seconds=LEVEL_SECONDS)
            if not level.samples:
                print(f"{label:<26}{clients:>8}  no answer: {level.errors[:3]}")
                continue
            p50, p95, p99 = (percentile(level.samples, f) * 1000 for f in (0.5, 0.95, 0.99))
            baseline.setdefault(clients, (p50, level.throughput))
            base_p50, base_rate = baseline[clients]
            print(f"{label:<26}{clients:>8}{level.throughput:>8.0f}{p50:>9.1f}{p95:>9.1f}"
                  f"{p99:>9.1f}{p50 / base_p50:>15.1f}{base_rate / level.throughput:>20.1f}")  # fmt: skip
            for error in level.errors[:3]:
                print(f"    error ({len(level.errors)} in all): {error}")


def writes_with_kill(server: Server) -> list:
    """The writers' run with a SIGKILL halfway; returns their accounts."""
    from _checks import integrity, lost_writes, writer_accounts
    from _http import Tally
    from _writers import run_writers

    accounts = writer_accounts(WRITERS)
    tally = Tally()

    def kill_check_restart():
        before = {kind: list(tokens) for kind, tokens in tally.acknowledged.items()}
        pids = server.kill()
        print(f"\nSIGKILL at {WRITE_SECONDS / 2:.0f} s: gunicorn master and {len(pids) - 1} "
              f"workers (pids {', '.join(map(str, pids))})")  # fmt: skip
        print(f"  {integrity()}")
        lost = lost_writes(before)
        print(f"  acknowledged before the kill: {sum(map(len, before.values()))}, "
              f"lost: {len(lost)}{' ' + ', '.join(lost[:10]) if lost else ''}")  # fmt: skip
        started = time.perf_counter()
        server.start()
        print(f"  restarted in {time.perf_counter() - started:.1f} s")

    print(f"\n{WRITERS} writers for {WRITE_SECONDS:.0f} s (follow-ups, profile edits, uploads)")
    run_writers(server.url, accounts, tally, WRITE_SECONDS, during=kill_check_restart)
    lost = lost_writes(tally.acknowledged)
    kinds = ", ".join(f"{len(t)} {kind}" for kind, t in sorted(tally.acknowledged.items()))
    print(f"requests answered: {tally.requests}; attempts unanswered while the server was "
          f"down: {tally.unanswered}")  # fmt: skip
    print(f"acknowledged writes: {tally.total()} ({kinds})")
    print(f"failures: {len(tally.failures)}")
    for failure in tally.failures[:20]:
        print(f"  {failure}")
    print(f"lost acknowledged writes: {len(lost)}{' ' + ', '.join(lost[:20]) if lost else ''}")
    print(f"after the run: {integrity()}")
    return accounts


def media_fault(server: Server, scratch: Path, account) -> None:
    from _http import Tally, excerpt
    from _server import read_only
    from _writers import Writer

    from citypeers.documents.models import Document

    writer = Writer(server.url, account, Tally())
    writer.sign_in()
    path = f"/en/documents/events/{account.event_id}/attach/"
    data = writer.form(path)
    media = scratch / "media"
    rows, files = Document.objects.count(), sum(1 for p in media.rglob("*") if p.is_file())
    with read_only(media) as how:
        response = writer.call(
            "POST", path, data={**data, "title": "fault-upload"},
            files={"file": ("fault.txt", b"Minutes of a fault\n" * 20, "text/plain")},
        )  # fmt: skip
    after_files = sum(1 for p in media.rglob("*") if p.is_file())
    print(f"\nmedia folder read-only ({how}) during an upload:")
    print(f'  answer: {response.status_code} "{excerpt(response.text)}"')
    print(f"  document rows: {rows} -> {Document.objects.count()} "
          f"(orphan rows: {Document.objects.filter(title='fault-upload').count()}), "
          f"stored files: {files} -> {after_files}")  # fmt: skip


def run(engine: str) -> None:
    scratch = set_up(engine)
    from django.db import connection

    from citypeers.events.models import Event
    from citypeers.practices.models import Practice

    print(f"\n=== {connection.vendor}: loading the data...", flush=True)
    how = load_data(engine)
    print(f"=== {connection.vendor}: {Event.objects.count():,} events, "
          f"{Practice.objects.count():,} practices ({how})")  # fmt: skip
    env = {**os.environ, "DEBUG": "0"}
    server = Server(env, scratch / "server.log")
    server.start()
    print(f"server: citypeers serve (gunicorn, 2 workers, DEBUG off) on {server.url}")
    try:
        read_load(server)
        accounts = writes_with_kill(server)
        media_fault(server, scratch, accounts[1])
    finally:
        server.stop()
    shutil.rmtree(scratch)  # kept after a failure, with the server's log


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if len(sys.argv) > 1:
        run(sys.argv[1])
    else:
        main()
