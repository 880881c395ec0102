"""Documents benchmark: a 10 MB file through the permission-checked download view.

Prints the throughput of the view (full middleware stack, session, permission check,
download log, streamed FileResponse) against reading the same stored file straight from
disk, as a ratio measured in the same run (with a bare FileResponse of the file between
the two, to show what the request and the check cost), and the peak Python memory while
the view serves the file (tracemalloc): streaming keeps it far below the file's size.
"""

import datetime as dt
import secrets
import statistics
import time
import tracemalloc

from _setup import setup_django

setup_django("documents")

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402 (after setup)
from django.http import FileResponse  # noqa: E402
from django.test import Client  # noqa: E402

from citypeers.accounts.enums import Role  # noqa: E402
from citypeers.accounts.services import create_user  # noqa: E402
from citypeers.documents.samples import pdf_with_text  # noqa: E402
from citypeers.documents.services import attach_document  # noqa: E402
from citypeers.documents.views import STREAM_BLOCK_BYTES  # noqa: E402
from citypeers.events.models import Event  # noqa: E402

SIZE = 10 * 1024 * 1024
ROUNDS = 7
CHUNK = 256 * 1024

starts_at = dt.datetime(2021, 3, 4, 9, 30, tzinfo=dt.UTC)
event = Event.objects.create(
    kind="peer_exchange",
    title="Benchmark exchange",
    starts_at=starts_at,
    ends_at=starts_at + dt.timedelta(hours=2),
)
user = create_user(
    username="bench",
    email="bench@example.org",
    password=secrets.token_urlsafe(),  # never used: the client is signed in directly
    role=Role.USER,
    validate=False,
)
content = pdf_with_text(["Ten megabytes"], padding=SIZE)
document = attach_document(
    item=event,
    upload=SimpleUploadedFile("ten-megabytes.pdf", content),
    title="Ten megabytes",
    language="en",
    visibility="members",
    by=user,
)
path = document.file.path
url = document.get_absolute_url()
client = Client()
client.force_login(user)


first_byte_delays: list[float] = []


def through_view() -> int:
    start = time.perf_counter()
    response = client.get(url)
    chunks = iter(response.streaming_content)
    received = len(next(chunks))
    first_byte_delays.append(time.perf_counter() - start)
    assert response.status_code == 200, response.status_code
    received += sum(len(chunk) for chunk in chunks)
    response.close()
    return received


def plain_file_response() -> int:
    """The same streaming without Django's stack, session, check or log: the floor."""
    response = FileResponse(open(path, "rb"))  # noqa: SIM115 (closed by the response)
    response.block_size = STREAM_BLOCK_BYTES
    received = sum(len(chunk) for chunk in response.streaming_content)
    response.close()
    return received


def from_disk() -> int:
    received = 0
    with open(path, "rb") as stored:
        while chunk := stored.read(CHUNK):
            received += len(chunk)
    return received


def throughput(read) -> float:
    """Median MB/s over ROUNDS reads (after one warm-up read)."""
    read()
    rates = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        received = read()
        rates.append(received / (time.perf_counter() - start) / 1e6)
        assert received == len(content)
    return statistics.median(rates)


view_rate = throughput(through_view)
first_byte = statistics.median(first_byte_delays) * 1000
plain_rate = throughput(plain_file_response)
disk_rate = throughput(from_disk)

tracemalloc.start()
tracemalloc.reset_peak()
through_view()
_, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()

print(f"file: {len(content) / 2**20:.1f} MiB, median of {ROUNDS} reads")
print(f"download view (permission check, log, streamed): {view_rate:8.1f} MB/s")
print(f"  of which time to the first chunk (session, check, log): {first_byte:.1f} ms")
print(f"FileResponse alone (no request, no check):      {plain_rate:8.1f} MB/s")
print(f"straight from disk:                              {disk_rate:8.1f} MB/s")
print(
    f"ratio view / disk: {view_rate / disk_rate:.3f}; view / FileResponse alone: {view_rate / plain_rate:.2f}"
)
print(
    f"peak Python memory while serving: {peak / 1e6:.2f} MB "
    f"({peak / len(content):.1%} of the file: streamed, not loaded whole)"
)
