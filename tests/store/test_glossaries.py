"""GlossaryStore on SQLite and Postgres: migration 0005, round trip, merge under a version check, delete."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from service.errors import ConflictError, NotFoundError
from service.glossary import Dictionary, build_glossary, merge
from service.store.db import make_engine, migrate, session_factory
from service.store.glossaries import GlossaryStore


@pytest.fixture
def store(database_url) -> GlossaryStore:
    engine = make_engine(database_url)
    migrate(engine)
    assert "glossaries" in inspect(engine).get_table_names()
    return GlossaryStore(session_factory(engine))


def glossary(*entries: tuple[str, str], target: str = "zh"):
    return build_glossary("news", [Dictionary("en", target, tuple(entries))], max_entries=100)


def test_round_trip_keeps_entries_order_and_hash(store):
    made = glossary(("LLM", "大语言模型"), ("software", "软件"))
    record = store.create(made, author="mei")
    assert record.glossary.id.startswith("gls_") and record.version == 1 and record.created_by == "mei"
    loaded = store.get(record.glossary.id)
    assert loaded.glossary.dictionaries == made.dictionaries
    assert loaded.glossary.sha256 == made.sha256
    assert loaded.created_at.tzinfo is not None
    assert [r.glossary.id for r in store.list()] == [record.glossary.id]
    assert store.get("gls_none") is None
    with pytest.raises(NotFoundError):
        store.require("gls_none")


def test_replace_needs_the_version_it_read(store):
    record = store.create(glossary(("LLM", "大语言模型")), author="mei")
    update = [Dictionary("en", "zh-Hant", (("software", "軟件"),))]
    merged = merge(record.glossary, update, max_entries=100, name=None)
    written = store.replace(merged, expected_version=record.version)
    assert written.version == 2 and len(written.glossary.dictionaries) == 2
    assert written.glossary.sha256 != record.glossary.sha256
    with pytest.raises(ConflictError):  # a second writer that read version 1 loses, nothing is lost
        store.replace(merged, expected_version=record.version)
    assert store.delete(record.glossary.id) and not store.delete(record.glossary.id)
    with pytest.raises(NotFoundError):
        store.replace(merged, expected_version=2)
