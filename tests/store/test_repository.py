"""DraftStore on SQLite and Postgres: migrations from empty, idempotency key, optimistic concurrency."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from service.errors import ConflictError
from service.store.db import make_engine, migrate, session_factory
from service.store.repository import DraftStore, NewDraft


def new_draft(
    draft_id: str, key: str, *, status: str = "draft", language: str = "zh", title: str = "t"
) -> NewDraft:
    return NewDraft(
        id=draft_id,
        kind="summary",
        content_key=key,
        status=status,
        source_language=language,
        source_sha256="sha256:x",
        title=title,
        source_original="原文",
        source_normalized=f"正文 {title}",
        detection={"language": language},
        request={"length": "medium"},
        output={"summary": {"en": None}, "status": status},
        author="test",
    )


@pytest.fixture
def store(database_url) -> DraftStore:
    engine = make_engine(database_url)
    migrate(engine)
    return DraftStore(session_factory(engine))


def test_upgrade_from_empty_creates_the_schema_and_is_repeatable(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"drafts", "revisions", "alembic_version"} <= tables


def test_create_and_read_back(store):
    record, created = store.create(new_draft("drf_1", "sha256:k1"))
    assert created and record.current_revision == 1
    assert store.get("drf_1").content_key == "sha256:k1"
    assert store.get_by_key("sha256:k1").id == "drf_1"
    assert [r.kind for r in store.revisions("drf_1")] == ["machine"]
    assert store.get("drf_nope") is None


def test_same_content_key_twice_returns_the_first_draft(store):
    store.create(new_draft("drf_a", "sha256:same"))
    record, created = store.create(new_draft("drf_b", "sha256:same"))
    assert not created and record.id == "drf_a"
    assert store.get("drf_b") is None


def test_revisions_append_and_stale_writers_conflict(store):
    store.create(new_draft("drf_1", "sha256:k"))
    updated = store.add_revision(
        "drf_1",
        expected_revision=1,
        kind="edit",
        author="ed",
        status="needs_review",
        output={"summary": {}, "status": "needs_review"},
        diff=[{"field": "x", "before": 1, "after": 2}],
    )
    assert updated.current_revision == 2 and updated.status == "needs_review"
    with pytest.raises(ConflictError):
        store.add_revision(
            "drf_1", expected_revision=1, kind="edit", author="late", status="draft", output={}, diff=[]
        )
    revisions = store.revisions("drf_1")
    assert [(r.number, r.kind) for r in revisions] == [(1, "machine"), (2, "edit")]
    assert revisions[0].output == {"summary": {"en": None}, "status": "draft"}  # machine draft untouched


def test_list_filters_search_and_pages(store):
    for i in range(5):
        store.create(
            new_draft(
                f"drf_{i}",
                f"sha256:{i}",
                status="draft" if i % 2 else "needs_review",
                language="en" if i < 2 else "zh",
                title=f"title {i}",
            )
        )
    items, total = store.list(status="draft")
    assert total == 2 and {d.id for d in items} == {"drf_1", "drf_3"}
    _, total_en = store.list(language="en")
    assert total_en == 2
    found, _ = store.list(q="title 4")
    assert [d.id for d in found] == ["drf_4"]
    page, total_all = store.list(page=2, page_size=2)
    assert total_all == 5 and len(page) == 2
