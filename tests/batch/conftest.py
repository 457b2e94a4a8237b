"""Batch test harness: the project's FakeLLM over real HTTP, settings and environments pointing at it,
and `bisum batch` run as a real subprocess (for kill and resume tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.config import Settings
from service.devtools.fake_llm import FakeLLM

FAST_RETRIES: dict[str, Any] = {
    "max_attempts": 2,
    "retry_base_delay_s": 0.01,
    "retry_max_delay_s": 0.05,
    "max_retry_after_s": 2.0,
    "request_timeout_s": 1.0,
    "connect_timeout_s": 1.0,
}


@pytest.fixture
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(latency_ms=5, seed=11, keep_requests=0) as server:
        yield server


def fake_settings(fake: FakeLLM, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "openai_base_url": fake.base_url,
        "openai_api_key": "sk-batch-test",
        "model": "fake",
        "database_url": f"sqlite:///{tmp_path}/store.sqlite3",
        **FAST_RETRIES,
        **overrides,
    }
    return Settings(_env_file=None, **values)


def batch_env(fake: FakeLLM, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BISUM_", "OPENAI_"))}
    env.update(
        {
            "OPENAI_BASE_URL": fake.base_url,
            "OPENAI_API_KEY": "sk-batch-test",
            "BISUM_MODEL": "fake",
            "BISUM_DATABASE_URL": f"sqlite:///{tmp_path}/store.sqlite3",
            "BISUM_LOG_LEVEL": "WARNING",
            **{f"BISUM_{k.upper()}": str(v) for k, v in FAST_RETRIES.items()},
            **extra,
        }
    )
    return env


def batch_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "service.cli", "batch", *args]


def run_batch_cli(
    args: list[str], env: dict[str, str], cwd: Path, *, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    # cwd: a temporary folder, so no developer .env is read
    return subprocess.run(
        batch_command(*args), env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=timeout
    )
