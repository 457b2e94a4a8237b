"""The procrastinate side: URL conversion, `bisum worker` refusing SQLite, and a worker (in this process,
draining the queue) running a job and its signed callback on Postgres."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.api.app import create_app
from service.cli import app as cli
from service.config import get_settings
from service.jobs.callbacks import SIGNATURE_HEADER, verify
from service.jobs.queue import conninfo
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
        # own, deferred by the item that closed the job: a second run (any worker) delivers it.
        await run_worker(settings, concurrency=2, name="solo", wait=False)
        await run_worker(settings, concurrency=2, name="solo", wait=False)
        job = api.get(f"/v1/jobs/{job_id}").json()
        lines = api.get(f"/v1/jobs/{job_id}/results").text.splitlines()
    assert job["status"] == "done" and job["counts"]["done"] == 4 and len(lines) == 4
    assert job["callback"]["status"] == "delivered" and job["callback"]["attempts"] == 2
    assert fake.stats["calls"] == 4
    delivery = receiver.received[-1]
    assert verify(CALLBACK_SECRET, delivery["body"], delivery["headers"][SIGNATURE_HEADER])
