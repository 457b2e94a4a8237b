"""Jobs fixtures: the FakeLLM over real HTTP, settings pointing at it, articles, a Postgres schema of
one's own, and a local HTTP receiver for callbacks."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from service.config import Settings
from service.devtools.fake_llm import FakeLLM
from tests.conftest import _fresh_database, fresh_postgres_schema

CLIENT_KEY, OTHER_KEY, EDITOR_KEY = "cms-key-1", "cms-key-2", "editor-key-1"
KEYS = [
    {"name": "cms", "role": "client", "key": CLIENT_KEY},
    {"name": "other-cms", "role": "client", "key": OTHER_KEY},
    {"name": "mei", "role": "editor", "key": EDITOR_KEY},
]
CLIENT = {"Authorization": f"Bearer {CLIENT_KEY}"}
OTHER = {"Authorization": f"Bearer {OTHER_KEY}"}
EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
CALLBACK_SECRET = "whsec-test-5b1f"


def article(i: int) -> dict[str, Any]:
    """A short English news article, different for every i (so every one has its own content key)."""
    return {
        "id": f"cms-{i:03d}",
        "title": f"Council vote {i}",
        "text": (
            f"The city council of Riverton approved a budget of {100 + i} million dollars on Monday "
            f"after a debate that lasted {i + 2} hours. Mayor Ana Lopez said the plan funds {i + 3} new "
            "schools and repairs to the harbour bridge.\n\n"
            f"Opposition members argued that the {100 + i} million dollar plan relies on optimistic tax "
            "forecasts. The budget takes effect in July."
        ),
    }


def fake_settings(fake: FakeLLM, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "openai_base_url": fake.base_url,
        "openai_api_key": "sk-test",
        "model": "fake",
        "max_attempts": 2,
        "retry_base_delay_s": 0.01,
        "retry_max_delay_s": 0.05,
        "request_timeout_s": 5.0,
        "database_url": _fresh_database(),
        "job_poll_interval_s": 0.2,
        "callback_base_delay_s": 0.01,
        "callback_max_delay_s": 0.05,
        # The test receivers listen on loopback, which callbacks refuse unless allowed explicitly.
        "callback_allow_private_networks": True,
        **overrides,
    }
    return Settings(_env_file=None, **values)


def wait_until(predicate: Callable[[], Any], *, timeout: float = 30.0, interval: float = 0.05) -> Any:
    """Poll until `predicate()` is truthy; a generous bound so a stuck job fails instead of hanging."""
    deadline = time.monotonic() + timeout
    while True:
        if value := predicate():
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not reached within {timeout}s")
        time.sleep(interval)


@pytest.fixture
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=11) as server:
        yield server


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh schema in the local Postgres (procrastinate's tables go in it too, via search_path)."""
    with fresh_postgres_schema("bisum_jobs") as url:
        yield url


class CallbackReceiver:
    """A tiny HTTP server on 127.0.0.1 recording every POST; answers `statuses` in turn, then 200."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.received: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                receiver.received.append({"headers": dict(self.headers.items()), "body": body})
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/bisum"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> CallbackReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r["body"]) for r in self.received]
