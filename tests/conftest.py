"""Shared fixtures: seeds, settings for an LLM-backed or extractive app, and OpenAI-shaped replies."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import respx
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from service.api.app import create_app
from service.config import Settings

# The tests run normalise/detect/finalize inline (no CPU worker processes to start per app): the pool
# changes where that work runs, never its result. tests/test_cpu.py covers the pool itself.
os.environ.setdefault("BISUM_CPU_WORKERS", "0")

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
LLM_BASE = "http://llm.test/v1"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def chat_completion(
    content: str, *, finish_reason: str = "stop", prompt_tokens: int = 900, completion_tokens: int = 400
) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "test-model",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def reply(payload: dict | str, **kwargs) -> httpx.Response:
    content = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return httpx.Response(200, json=chat_completion(content, **kwargs))


def llm_settings(**overrides) -> Settings:
    values = {
        "openai_base_url": LLM_BASE,
        "openai_api_key": "test-key",
        "model": "test-model",
        "max_attempts": 2,
        "retry_base_delay_s": 0.01,
        "retry_max_delay_s": 0.02,
        "request_timeout_s": 2.0,
        "database_url": _fresh_database(),
        **overrides,
    }
    return Settings(_env_file=None, **values)


def offline_settings(**overrides) -> Settings:
    overrides.setdefault("database_url", _fresh_database())
    return Settings(_env_file=None, openai_base_url=None, openai_api_key=None, **overrides)


def _fresh_database() -> str:
    """Each app under test gets its own SQLite file, so stored drafts never leak between tests."""
    return f"sqlite:///{tempfile.mkdtemp(prefix='bisum-test-')}/bisum.sqlite3"


@pytest.fixture
def llm_mock() -> Iterator[respx.Router]:
    with respx.mock(base_url=LLM_BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def llm_app(llm_mock: respx.Router) -> Iterator[TestClient]:
    with TestClient(create_app(llm_settings())) as client:
        yield client


@pytest.fixture
def offline_app() -> Iterator[TestClient]:
    with TestClient(create_app(offline_settings())) as client:
        yield client


# --- database backends: a fresh SQLite file, and a fresh schema in the local Postgres (`test`).
# Postgres tests skip when no server answers, except under CI where they must run.

POSTGRES_ADMIN = os.environ.get("BISUM_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_available() -> bool:
    try:
        with create_engine(POSTGRES_ADMIN, connect_args={"connect_timeout": 3}).connect() as connection:
            connection.execute(text("select 1"))
        return True
    except Exception:
        return False


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/store.sqlite3"
        return
    with fresh_postgres_schema("bisum_test") as url:
        yield url


@contextmanager
def fresh_postgres_schema(prefix: str) -> Iterator[str]:
    """A URL whose search_path is a new, empty schema in the local Postgres, dropped afterwards.
    Skips without a server, except under CI where Postgres is required."""
    if not _postgres_available():
        if os.environ.get("CI"):
            pytest.fail(f"Postgres is required in CI and did not answer at {POSTGRES_ADMIN}")
        pytest.skip("no Postgres server on 127.0.0.1:5432")
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES_ADMIN}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
