"""An upload cut off half-way, over a real socket to the live server: nothing is kept."""

import socket
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from citypeers.documents.models import Document
from tests.documents import specimens
from tests.documents.test_upload import BOUNDARY, raw_multipart

pytestmark = pytest.mark.django_db(transaction=True)


def send_half(live_server, path: str, cookies: str, body: bytes) -> bytes:
    """Announce the whole body, send half of it, stop sending, and read the answer."""
    address = urlsplit(live_server.url)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {address.netloc}\r\nCookie: {cookies}\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.create_connection((address.hostname, address.port), timeout=30) as connection:
        connection.sendall(head + body[: len(body) // 2])
        connection.shutdown(socket.SHUT_WR)  # the client goes away mid-upload
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_upload_cut_off_half_way_leaves_no_row_and_no_file(
    live_server, client, coordinator, event, stored_files
):
    client.force_login(coordinator)
    client.get(reverse("documents:attach_to_event", kwargs={"event_pk": event.pk}))
    cookies = "; ".join(f"{key}={morsel.value}" for key, morsel in client.cookies.items())
    token = client.cookies["csrftoken"].value
    body = raw_multipart(b"minutes.pdf", specimens.pdf(padding=400_000), csrfmiddlewaretoken=token)
    path = reverse("documents:attach_to_event", kwargs={"event_pk": event.pk})

    answer = send_half(live_server, path, cookies, body)

    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 400 Bad Request"
    assert "the upload was cut off: try again" in rest.decode()
    assert (Document.objects.count(), stored_files()) == (0, [])
