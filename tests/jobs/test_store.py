"""JobStore and ItemRunner on SQLite and Postgres: who may claim and report an item, when a job closes,
and why an article is never summarised twice (content key + the drafts' unique constraint)."""

from __future__ import annotations

import asyncio
import socket
import subprocess

import pytest
from sqlalchemy import func, inspect, select

from service.batch import AdaptiveLimiter, Article, BatchOptions, process_article
from service.devtools.fake_llm import FakeLLM
from service.errors import ConflictError
from service.jobs.execute import ItemRunner, holder_alive, worker_name
from service.jobs.repository import JobStore, NewItem
from service.store.db import make_engine, migrate, session_factory
from service.store.models import Draft
from service.wiring import build_drafts, build_job_store
from tests.jobs.conftest import article, fake_settings


@pytest.fixture
def store(database_url) -> JobStore:
    engine = make_engine(database_url)
    migrate(engine)
    return JobStore(session_factory(engine))


def new_job(store: JobStore, n: int = 2, **kwargs):
    items = [NewItem(a["id"], {k: v for k, v in a.items() if k != "id"}) for a in map(article, range(n))]
    return store.create(
        options={"length": "short"}, items=items, created_by="cms", callback_url=None, **kwargs
    )


def test_migration_creates_the_job_tables_and_on_postgres_the_queue(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)  # repeatable
    tables = set(inspect(engine).get_table_names())
    assert {"jobs", "job_items"} <= tables
    queue_tables = {"procrastinate_jobs", "procrastinate_workers", "procrastinate_events"}
    assert queue_tables <= tables if engine.dialect.name == "postgresql" else not queue_tables & tables
    uniques = inspect(engine).get_unique_constraints("job_items")
    assert any(set(u["column_names"]) == {"job_id", "position"} for u in uniques)


def test_a_taken_over_item_can_only_be_reported_by_its_new_holder(store):
    job = new_job(store)
    assert store.claim(job.id, 0, "a#1", takeover=True, max_attempts=3)[0] == "claimed"
    outcome, item = store.claim(job.id, 0, "b#1", takeover=True, max_attempts=3)  # a presumed dead
    assert outcome == "claimed" and item.worker_id == "b#1" and item.attempts == 2
    assert store.complete(job.id, 0, "a#1", draft_id="drf_a") is False  # the stale holder is refused
    assert store.complete(job.id, 0, "b#1", draft_id="drf_b") is True
    assert store.complete(job.id, 0, "b#1", draft_id="drf_c") is False  # and nobody reports twice
    assert store.item(job.id, 0).draft_id == "drf_b"
    # a finished item is never claimed again, whoever asks
    assert store.claim(job.id, 0, "c#1", takeover=True, max_attempts=3) == ("skipped", None)


def test_the_in_process_pick_never_takes_a_running_item(store):
    job = new_job(store, 1)
    assert store.claim_next("a#1", max_attempts=3).position == 0
    assert store.claim_next("b#1", max_attempts=3) is None
    assert store.claim(job.id, 0, "b#1", takeover=False, max_attempts=3) == ("skipped", None)


def test_an_item_whose_workers_keep_dying_is_failed_and_the_job_closes(store):
    job = new_job(store, 1)
    for n in range(2):
        assert store.claim(job.id, 0, f"w{n}#1", takeover=True, max_attempts=2)[0] == "claimed"
    assert store.claim(job.id, 0, "w9#1", takeover=True, max_attempts=2) == ("abandoned", None)
    item = store.item(job.id, 0)
    assert (item.status, item.error_code) == ("failed", "worker_lost")
    closed = store.finish_if_complete(job.id)
    assert closed is not None and closed.status == "failed"


def test_a_job_closes_exactly_once_when_its_last_item_finishes(store):
    job = new_job(store, 2)
    store.claim(job.id, 0, "a#1", takeover=False, max_attempts=3)
    store.mark_started(job.id)
    store.complete(job.id, 0, "a#1", draft_id="drf_0")
    assert store.finish_if_complete(job.id) is None  # item 1 is still queued
    store.claim(job.id, 1, "a#2", takeover=False, max_attempts=3)
    store.complete(job.id, 1, "a#2", error_code="empty_input", error_message="empty")
    closed = store.finish_if_complete(job.id)
    assert closed.status == "done" and closed.counts == {"done": 1, "failed": 1}
    assert closed.started_at <= closed.finished_at
    assert store.finish_if_complete(job.id) is None  # the second caller sends no second callback


def test_cancel_cancels_queued_items_only_and_a_closed_job_stays_closed(store):
    job = new_job(store, 3)
    store.claim(job.id, 0, "a#1", takeover=False, max_attempts=3)
    cancelled, changed = store.cancel(job.id)
    assert changed and cancelled.status == "cancelled"
    assert cancelled.counts == {"running": 1, "cancelled": 2}
    assert store.cancel(job.id)[1] is False
    assert store.claim(job.id, 1, "b#1", takeover=True, max_attempts=3) == ("skipped", None)
    store.complete(job.id, 0, "a#1", draft_id="drf_0")  # the article in flight is kept
    assert store.finish_if_complete(job.id) is None and store.get(job.id).status == "cancelled"
    done = new_job(store, 1)
    store.claim(done.id, 0, "a#1", takeover=False, max_attempts=3)
    store.complete(done.id, 0, "a#1", draft_id="drf_x")
    store.finish_if_complete(done.id)
    with pytest.raises(ConflictError):
        store.cancel(done.id)


def test_restart_requeues_only_items_whose_holder_is_gone(store):
    job = new_job(store, 3)
    me = f"{worker_name('server')}#abc"
    exited = subprocess.Popen(["true"])
    exited.wait()
    dead = f"server-{socket.gethostname()}-{exited.pid}#y"
    store.claim(job.id, 0, me, takeover=False, max_attempts=3)  # this process: alive
    store.claim(job.id, 1, "server-elsewhere-1#x", takeover=False, max_attempts=3)  # another host
    store.claim(job.id, 2, dead, takeover=False, max_attempts=3)  # this host, process gone
    assert holder_alive(me) and not holder_alive(dead) and not holder_alive("server-elsewhere-1#x")
    assert store.requeue_running(holder_alive) == 2
    assert [store.item(job.id, p).status for p in range(3)] == ["running", "queued", "queued"]


# --- never summarised twice ------------------------------------------------------------------


async def test_two_workers_on_one_article_store_one_draft(database_url):
    """Worker A is presumed dead and B takes the item over while A is in fact still summarising it: both
    reach the model (different processes share no single-flight), but the drafts' unique content key
    makes the second writer get the first draft back, and only B may report the item."""
    with FakeLLM(seed=3, latency_ms=200) as fake:
        settings = fake_settings(fake, database_url=database_url)
        drafts_a, drafts_b = build_drafts(settings), build_drafts(settings)  # two processes' worth
        store = build_job_store(settings)
        job = new_job(store, 1)
        runner_a = ItemRunner(store, drafts_a, AdaptiveLimiter(2), "wa", max_claims=3)
        runner_b = ItemRunner(store, drafts_b, AdaptiveLimiter(2), "wb", max_claims=3)
        _, item_a = store.claim(job.id, 0, "wa#1", takeover=True, max_attempts=3)
        _, item_b = store.claim(job.id, 0, "wb#1", takeover=True, max_attempts=3)
        try:
            closed = await asyncio.gather(runner_a.execute(item_a, "wa#1"), runner_b.execute(item_b, "wb#1"))
        finally:
            await drafts_a.pipeline.llm.aclose()
            await drafts_b.pipeline.llm.aclose()
        assert fake.stats["calls"] == 2
    assert closed[0] is None and closed[1] is not None and closed[1].status == "done"
    with session_factory(make_engine(database_url))() as session:
        assert session.scalar(select(func.count()).select_from(Draft)) == 1
        draft_id = session.scalar(select(Draft.id))
    item = store.item(job.id, 0)
    assert (item.status, item.worker_id, item.draft_id) == ("done", "wb#1", draft_id)


async def test_an_item_retaken_after_its_draft_was_stored_costs_no_llm_call(database_url):
    """A worker dies after storing the draft and before marking the item done: the worker that takes
    the item over finds the draft under its content key and makes no LLM call."""
    with FakeLLM(seed=4) as fake:
        settings = fake_settings(fake, database_url=database_url)
        drafts = build_drafts(settings)
        store = build_job_store(settings)
        job = new_job(store, 1)
        runner = ItemRunner(store, drafts, AdaptiveLimiter(2), "w", max_claims=3)
        try:
            _, item = store.claim(job.id, 0, "dead#1", takeover=True, max_attempts=3)
            first = await process_article(
                drafts,
                Article(id=item.article_id, **item.article),
                BatchOptions(length="short"),
                runner.limiter,
            )
            assert first.ok and fake.stats["calls"] == 1  # ...and then the worker died
            closed = await runner.run(job.id, 0, takeover=True)
        finally:
            await drafts.pipeline.llm.aclose()
        assert fake.stats["calls"] == 1
    assert closed is not None and closed.counts == {"done": 1}
    item = store.item(job.id, 0)
    assert item.draft_id == first.response.id and item.attempts == 2
