"""A store fault reaches every caller as the domain's StoreUnavailableError (service/store/faults.py
replaces the driver's error): the CLI prints one line and exits 1 instead of a traceback."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.config import get_settings
from service.errors import StoreUnavailableError
from service.store.db import make_engine, migrate, session_factory
from service.store.repository import DraftStore
from tests.conftest import SEEDS


@pytest.fixture
def locked_store(tmp_path, monkeypatch):
    path = tmp_path / "bisum.sqlite3"
    migrate(make_engine(f"sqlite:///{path}"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BISUM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BISUM_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("BISUM_STORE_TIMEOUT_S", "0.3")
    get_settings.cache_clear()
    yield path
    holder.rollback()
    get_settings.cache_clear()


def test_the_cli_says_the_store_is_unavailable_in_one_line(locked_store):
    result = CliRunner().invoke(app, ["summarize", str(next(SEEDS.glob("003_*.txt")))])
    assert result.exit_code == 1, result.output
    assert "the draft store is unavailable: the database is locked by another writer" in result.output
    assert "Traceback" not in result.output


def test_the_store_raises_the_domain_error(locked_store):
    store = DraftStore(session_factory(make_engine(f"sqlite:///{locked_store}", timeout_s=0.3)))
    assert store.list()[1] == 0  # readers are not blocked (WAL)
    with pytest.raises(StoreUnavailableError) as raised:
        store.add_requester("drf_missing", "cms")
    assert raised.value.reason == "the database is locked by another writer"
