"""Request limits over a real socket: a body over the cap gets 413 before it has been sent in full; text
over the character limit gets 422; neither reaches the LLM nor the draft store."""

from __future__ import annotations

import json
import re
import selectors
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.proof.conftest import LiveServer, fake_settings, metric

MAX_BODY = 20_000
MAX_CHARS = 3_000


class StoreSpy:
    """Stands in for the draft store and records every attribute the app touches."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.touched: list[str] = []

    def __getattr__(self, name: str) -> Any:
        self.touched.append(name)
        return getattr(self._store, name)


@pytest.fixture(scope="module")
def limited(fake: FakeLLM) -> Iterator[LiveServer]:
    settings = fake_settings(fake, max_body_bytes=MAX_BODY, max_input_chars=MAX_CHARS)
    with LiveServer(create_app(settings)) as server:
        yield server


@pytest.fixture
def spy(limited: LiveServer, fake: FakeLLM) -> Iterator[StoreSpy]:
    fake.reset()
    drafts = limited.app.state.drafts
    original = drafts.store
    drafts.store = StoreSpy(original)
    try:
        yield drafts.store
    finally:
        drafts.store = original


def raw_exchange(port: int, head: bytes, body_parts: list[bytes]) -> tuple[bytes, int]:
    """Send the head, then body parts one by one, pausing after each to see whether the server has
    already answered. Returns the response and how many body bytes had been sent by then."""
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as sock,
        selectors.DefaultSelector() as sel,
    ):
        # A selector (epoll), not select(): a long suite's file descriptors may number past 1024.
        sel.register(sock, selectors.EVENT_READ)
        sock.sendall(head)
        sent = 0
        for part in body_parts:
            if sel.select(0.02):
                break
            try:
                sock.sendall(part)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(part)
        response = b""
        while True:
            head_end = response.find(b"\r\n\r\n")
            if head_end >= 0:
                length = re.search(rb"(?i)content-length: (\d+)", response[:head_end])
                if length and len(response) >= head_end + 4 + int(length[1]):
                    break
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            response += chunk
    return response, sent


def parse(response: bytes) -> tuple[int, dict[str, str], dict]:
    head, _, body = response.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, json.loads(body)


def test_declared_body_over_the_cap_is_refused_before_any_of_it_is_sent(
    limited: LiveServer, fake: FakeLLM, spy: StoreSpy
) -> None:
    before = metric("bisum_http_requests_total", method="POST", route="/v1/summaries", status="413")
    head = (
        f"POST /v1/summaries HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {MAX_BODY + 1}\r\n\r\n"
    ).encode()
    # No body at all: the answer comes from the Content-Length alone.
    response, _ = raw_exchange(limited.port, head, [])
    status, headers, body = parse(response)
    assert status == 413
    assert body["error"]["code"] == "body_too_large"
    assert headers["x-request-id"]
    assert fake.stats["calls"] == 0 and spy.touched == []
    after = metric("bisum_http_requests_total", method="POST", route="/v1/summaries", status="413")
    assert after == before + 1  # counted under the route template


def test_streamed_body_over_the_cap_is_refused_while_it_is_still_arriving(
    limited: LiveServer, fake: FakeLLM, spy: StoreSpy
) -> None:
    head = (
        b"POST /v1/summaries HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    piece = b'{"text": "' + b"a" * 4000
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    parts = [chunk] * 200  # 800 kB offered, 40x the cap; the terminating chunk is never sent
    response, sent = raw_exchange(limited.port, head, parts)
    status, _, body = parse(response)
    assert status == 413 and body["error"]["code"] == "body_too_large"
    assert MAX_BODY < sent < 100 * len(chunk)  # answered soon after the cap, long before the end
    assert fake.stats["calls"] == 0 and spy.touched == []


@pytest.mark.parametrize("field", ["text", "html"])
def test_text_over_the_character_limit_is_422(
    limited: LiveServer, fake: FakeLLM, spy: StoreSpy, field: str
) -> None:
    article = "这是一篇很长的新闻报道。" * (MAX_CHARS // 12 + 1)  # > MAX_CHARS characters, < MAX_BODY bytes
    assert len(article) > MAX_CHARS and len(json.dumps({field: article})) < MAX_BODY
    with httpx.Client(base_url=limited.url) as client:
        response = client.post("/v1/summaries", json={field: article})
        translation = client.post("/v1/translations", json={field: article, "target": "en"})
    for answer in (response, translation):
        assert answer.status_code == 422, answer.text
        error = answer.json()["error"]
        assert error["code"] == "input_too_large"
        assert error["detail"]["limit"] == MAX_CHARS
    assert fake.stats["calls"] == 0 and spy.touched == []
