"""Harness for the proof suite: the real app served by uvicorn on an ephemeral port, talking over real
HTTP to the project's FakeLLM, both in background threads of the test process."""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from service.api.app import create_app
from service.config import Settings
from service.devtools.fake_llm import FakeLLM
from service.metrics import REGISTRY

OPENAI_KEY = "sk-proof-4f1c9e0b7a3d"  # must never appear in a log line


def fake_settings(fake: FakeLLM, **overrides: Any) -> Settings:
    """Small timeouts and delays so every fault resolves in well under a second or two."""
    values: dict[str, Any] = {
        "openai_base_url": fake.base_url,
        "openai_api_key": OPENAI_KEY,
        "model": "fake",
        "max_attempts": 2,
        "retry_base_delay_s": 0.01,
        "retry_max_delay_s": 0.05,
        "request_timeout_s": 1.0,
        "connect_timeout_s": 1.0,
        "max_retry_after_s": 2.0,
        "database_url": f"sqlite:///{tempfile.mkdtemp(prefix='bisum-proof-')}/bisum.sqlite3",
        **overrides,
    }
    return Settings(_env_file=None, **values)


class LiveServer:
    """uvicorn serving `app` from a daemon thread (lifespan included) on 127.0.0.1:<ephemeral>."""

    def __init__(self, app: FastAPI, **options: Any) -> None:
        self.app = app
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", access_log=False, **options
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="live-bisum", daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the bisum app did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(15)


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def llm_outcomes() -> dict[str, float]:
    from service.metrics import LLM_OUTCOMES

    return {outcome: metric("bisum_llm_calls_total", outcome=outcome) for outcome in LLM_OUTCOMES}


def delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {key: after[key] - before[key] for key in after if after[key] != before[key]}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    # Retry-After 0.1 s: honoured by the retry layer, short enough to keep the suite fast.
    with FakeLLM(seed=7, retry_after_s=0.1) as server:
        yield server


@pytest.fixture(scope="module")
def live(fake: FakeLLM) -> Iterator[LiveServer]:
    with LiveServer(create_app(fake_settings(fake))) as server:
        yield server


@pytest.fixture
def api(live: LiveServer, fake: FakeLLM) -> Iterator[httpx.Client]:
    fake.reset()
    with httpx.Client(base_url=live.url, timeout=30) as client:
        yield client
