"""Slow and greedy clients against `bisum serve`'s uvicorn options (service/api/server.py), over raw
sockets: slow headers and slow bodies are cut off at their deadlines, a silent connection too; over the
connection cap new requests get a 503 at once; oversized headers a 400. Prompt clients are unaffected."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator

import pytest

from service.api.app import create_app
from service.api.server import GuardedH11Protocol, uvicorn_options
from tests.conftest import offline_settings
from tests.proof.conftest import LiveServer

HEADER_TIMEOUT_S = 1.0
BODY_TIMEOUT_S = 1.0
GIVE_UP_S = 15  # how long the test dribbles before concluding the server would wait forever


class FastDeadlines(GuardedH11Protocol):
    header_timeout_s = HEADER_TIMEOUT_S
    body_timeout_s = BODY_TIMEOUT_S


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    settings = offline_settings(http_max_connections=6, http_max_header_bytes=8 * 1024)
    options = {**uvicorn_options(settings), "http": FastDeadlines}
    with LiveServer(create_app(settings), **options) as server:
        yield server


def connect(live: LiveServer) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", live.port), timeout=GIVE_UP_S)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def closed_by_server(sock: socket.socket) -> bool:
    """True once the server has closed the connection (a read returns EOF or the socket is reset)."""
    sock.setblocking(False)
    try:
        data = sock.recv(65536)
    except BlockingIOError:
        return False
    except ConnectionError:
        return True
    finally:
        sock.setblocking(True)
    return data == b"" or (b"HTTP/1.1" in data and b"connection: close" in data.lower())


def dribble(sock: socket.socket, data: bytes) -> bool:
    """Send one byte every 0.2 s; True if the server closed the connection before we finished."""
    deadline = time.monotonic() + GIVE_UP_S
    for byte in data:
        if closed_by_server(sock) or time.monotonic() > deadline:
            return closed_by_server(sock) or time.monotonic() <= deadline
        try:
            sock.sendall(bytes([byte]))
        except (BrokenPipeError, ConnectionResetError):
            return True
        time.sleep(0.2)
    return closed_by_server(sock)


def response(sock: socket.socket) -> bytes:
    """One whole response (status line, headers and a Content-Length body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        ),
        0,
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def test_slow_headers_are_cut_off(live):
    sock = connect(live)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bisum\r\n")
    assert dribble(sock, b"X-Slow: " + b"a" * 200), "the server waited for headers indefinitely"
    sock.close()


def test_a_silent_connection_is_closed(live):
    sock = connect(live)
    deadline = time.monotonic() + GIVE_UP_S
    while not closed_by_server(sock):
        assert time.monotonic() < deadline, "the server kept a silent connection open"
        time.sleep(0.1)
    sock.close()


def test_slow_bodies_are_cut_off(live):
    sock = connect(live)
    body = b'{"text": "' + b"a" * 400 + b'"}'
    sock.sendall(
        b"POST /v1/detect HTTP/1.1\r\nHost: bisum\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
    )
    assert dribble(sock, body), "the server waited for the body indefinitely"
    sock.close()


def test_prompt_clients_keep_their_keep_alive_connection(live):
    sock = connect(live)
    for _ in range(3):
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bisum\r\n\r\n")
        assert response(sock).startswith(b"HTTP/1.1 200")
        time.sleep(HEADER_TIMEOUT_S / 2)  # under the deadline, between requests
    body = b'{"text": "The council approved the budget on Monday after a long debate."}'
    sock.sendall(
        b"POST /v1/detect HTTP/1.1\r\nHost: bisum\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    assert response(sock).startswith(b"HTTP/1.1 200")
    sock.close()


def test_over_the_connection_cap_new_requests_get_503_at_once(live):
    idle = [connect(live) for _ in range(6)]
    try:
        sock = connect(live)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bisum\r\n\r\n")
        assert response(sock).startswith(b"HTTP/1.1 503")
        sock.close()
    finally:
        for other in idle:
            other.close()
    time.sleep(0.2)  # the server notices the closed connections
    sock = connect(live)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bisum\r\n\r\n")
    assert response(sock).startswith(b"HTTP/1.1 200")
    sock.close()


def test_oversized_headers_are_a_400(live):
    sock = connect(live)
    # h11 measures the part of a request still incomplete: headers that keep growing past the cap.
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bisum\r\nX-Big: " + b"a" * 16_000)
    time.sleep(0.2)
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        sock.sendall(b"\r\n\r\n")
    assert response(sock).startswith(b"HTTP/1.1 400")
    sock.close()


def test_bisum_serve_runs_uvicorn_with_these_options(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from service.cli import app
    from service.config import get_settings

    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: seen.update(kwargs))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BISUM_HTTP_MAX_CONNECTIONS", "77")
    monkeypatch.setenv("BISUM_HTTP_HEADER_TIMEOUT_S", "4")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["serve"])
        assert result.exit_code == 0, result.output
        assert seen["http"] is GuardedH11Protocol and seen["limit_concurrency"] == 77
        assert seen["timeout_keep_alive"] == 5 and seen["h11_max_incomplete_event_size"] == 16 * 1024
        assert get_settings().http_header_timeout_s == 4
    finally:
        get_settings.cache_clear()
