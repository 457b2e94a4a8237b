"""The procrastinate side: URL conversion, `bisum worker` refusing SQLite, and a worker (in this process,
draining the queue) running a job and its signed callback on Postgres."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from procrastinate.jobs import Job
from typer.testing import CliRunner

from service.api.app import create_app
from service.cli import app as cli
from service.config import get_settings
from service.errors import StoreUnavailableError
from service.jobs.callbacks import SIGNATURE_HEADER, CallbackPending, verify
from service.jobs.queue import CALLBACK_TASK, CallbackRetry, build_queue_app, conninfo
from service.wiring import run_worker
from tests.jobs.conftest import CALLBACK_SECRET, CallbackReceiver, article, fake_settings


def test_sqlalchemy_url_becomes_a_libpq_conninfo():
    url = "postgresql+psycopg://bisum:s%40cret@db:5432/bisum?options=-csearch_path%3Dtenant1"
    assert conninfo(url) == "postgresql://bisum:s%40cret@db:5432/bisum?options=-csearch_path%3Dtenant1"


def test_worker_needs_postgres(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BISUM_DATABASE_URL", f"sqlite:///{tmp_path}/x.sqlite3")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["worker"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "Postgres" in result.output


async def test_a_worker_runs_the_job_and_its_callback_on_postgres(postgres_url, fake):
    settings = fake_settings(fake, database_url=postgres_url, callback_secret=CALLBACK_SECRET)
    # procrastinate mode: the API only enqueues
    with CallbackReceiver(statuses=[502]) as receiver, TestClient(create_app(settings)) as api:
        body = {"articles": [article(i) for i in range(4)], "callback_url": receiver.url}
        job_id = api.post("/v1/jobs", json=body).json()["job_id"]
        queued = api.get(f"/v1/jobs/{job_id}").json()
        assert queued["status"] == "queued" and queued["counts"]["queued"] == 4
        # wait=False: the worker stops once it found the queue empty. The callback is a queued job of its
        # own, deferred by the item that closed the job; its failed first attempt (502) is run again by
        # procrastinate after the callback backoff (no slot sleeps), and a later run delivers it.
        await run_worker(settings, concurrency=2, name="solo", wait=False)
        for _ in range(100):
            await run_worker(settings, concurrency=2, name="solo", wait=False)
            if api.get(f"/v1/jobs/{job_id}").json()["callback"]["status"] == "delivered":
                break
            await asyncio.sleep(0.05)
        job = api.get(f"/v1/jobs/{job_id}").json()
        lines = api.get(f"/v1/jobs/{job_id}/results").text.splitlines()
    assert job["status"] == "done" and job["counts"]["done"] == 4 and len(lines) == 4
    assert job["callback"]["status"] == "delivered" and job["callback"]["attempts"] == 2
    assert fake.stats["calls"] == 4
    delivery = receiver.received[-1]
    assert verify(CALLBACK_SECRET, delivery["body"], delivery["headers"][SIGNATURE_HEADER])


def _queued(attempts: int) -> Job:
    return Job(id=1, queue="bisum", lock=None, queueing_lock=None, task_name=CALLBACK_TASK, attempts=attempts)


def test_a_failed_callback_is_rescheduled_by_procrastinate_after_the_callback_backoff(fake):
    settings = fake_settings(fake, callback_base_delay_s=30.0, callback_max_delay_s=60.0)
    strategy = CallbackRetry(settings)
    decision = strategy.get_retry_decision(exception=CallbackPending("job_x", 2, "HTTP 502"), job=_queued(1))
    assert decision is not None and decision.retry_at is not None
    # after attempt 2: 60 s nominal (30 x 2, capped at 60), jittered down by at most 25 %
    now = datetime.now(UTC)
    assert now + timedelta(seconds=44) < decision.retry_at <= now + timedelta(seconds=61)
    # an unreachable store is retried too; a bug is not, and the runs are bounded
    assert strategy.get_retry_decision(exception=StoreUnavailableError("down"), job=_queued(0)) is not None
    assert strategy.get_retry_decision(exception=TypeError("bug"), job=_queued(0)) is None
    limit = strategy.max_attempts
    assert strategy.get_retry_decision(exception=CallbackPending("job_x", 2, "x"), job=_queued(limit)) is None


def test_the_callback_task_uses_the_callback_retry_strategy(fake):
    app = build_queue_app(fake_settings(fake))
    assert isinstance(app.tasks[CALLBACK_TASK].retry_strategy, CallbackRetry)
