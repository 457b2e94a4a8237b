"""Scale-out on Postgres: the API enqueues through procrastinate, two `bisum worker` processes run the
items, one is killed mid-job. Every article must end done exactly once: one draft per article, and no
more LLM calls than articles plus the items the killed worker had in flight."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.jobs.conftest import article, fake_settings, wait_until

ARTICLES = 30
# Short heartbeats so a dead worker's items move on within seconds, not the production 30 s.
WORKER_ENV = {
    "BISUM_WORKER_HEARTBEAT_S": "0.5",
    "BISUM_WORKER_STALLED_AFTER_S": "2",
    "BISUM_WORKER_STALLED_CHECK_S": "0.5",
    "BISUM_MAX_ATTEMPTS": "2",
    "BISUM_RETRY_BASE_DELAY_S": "0.01",
    "BISUM_REQUEST_TIMEOUT_S": "10",
    "BISUM_LOG_LEVEL": "WARNING",
}


@pytest.fixture
def slow_fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=5, latency="uniform(200,300)") as server:
        yield server


def start_worker(name: str, database_url: str, fake: FakeLLM, cwd: Path) -> subprocess.Popen:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("BISUM_", "OPENAI_"))},
        **WORKER_ENV,
        "BISUM_DATABASE_URL": database_url,
        "OPENAI_BASE_URL": fake.base_url,
        "OPENAI_API_KEY": "sk-test",
        "BISUM_MODEL": "fake",
    }
    command = [sys.executable, "-m", "service.cli", "worker", "--concurrency", "3", "--name", name]
    # cwd outside the repo: no .env is read; the package comes from the environment's install.
    log = open(cwd / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(command, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)


def test_two_workers_one_killed_every_article_done_exactly_once(postgres_url, slow_fake, tmp_path):
    settings = fake_settings(slow_fake, database_url=postgres_url)
    engine = create_engine(postgres_url)

    def query(sql: str, **params):
        with engine.connect() as connection:
            return connection.execute(text(sql), params).all()

    workers: dict[str, subprocess.Popen] = {}
    try:
        with TestClient(create_app(settings)) as api:  # migrates: our tables and procrastinate's
            workers = {name: start_worker(name, postgres_url, slow_fake, tmp_path) for name in ("wa", "wb")}
            # both heart-beating before the job exists, so both take part from its first article
            wait_until(lambda: query("SELECT count(*) FROM procrastinate_workers")[0][0] == 2, timeout=60)
            response = api.post("/v1/jobs", json={"articles": [article(i) for i in range(ARTICLES)]})
            assert response.status_code == 202
            job_id = response.json()["job_id"]
            queued = query("SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'bisum.summarize_item'")
            assert queued[0][0] == ARTICLES  # one procrastinate job per article

            # Mid-job: worker A holds items and some articles are done, but not all.
            def a_busy_mid_job():
                rows = query("SELECT status, worker_id FROM job_items WHERE job_id = :job", job=job_id)
                done = sum(1 for status, _ in rows if status == "done")
                held = sum(1 for status, w in rows if status == "running" and w.startswith("wa#"))
                return held and 0 < done < ARTICLES - 6

            wait_until(a_busy_mid_job, timeout=60)
            # Freeze, then look: the snapshot of what A holds is exact. Then kill it outright.
            workers["wa"].send_signal(signal.SIGSTOP)
            # A COMMIT that A sent just before it stopped may still be on its way to the server: let it
            # land, so an item A finished is not counted as one it held (seen once on a loaded machine).
            time.sleep(1.0)
            in_flight = query(
                "SELECT position FROM job_items WHERE job_id = :job AND status = 'running' "
                "AND worker_id LIKE 'wa#%'",
                job=job_id,
            )
            workers["wa"].kill()
            workers["wa"].wait(timeout=10)
            assert in_flight, "worker A held no item when it was killed"

            final = wait_until(
                lambda: (j := api.get(f"/v1/jobs/{job_id}").json())["status"] in ("done", "failed") and j,
                timeout=90,
            )
            results = [line for line in api.get(f"/v1/jobs/{job_id}/results").text.splitlines() if line]
    finally:
        for process in workers.values():
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
        for log in sorted(tmp_path.glob("*.log")):  # shown by pytest when the test failed
            print(f"--- {log.name}\n{log.read_text(errors='replace')[-4000:]}")

    assert final["status"] == "done"
    assert final["counts"] == {"total": ARTICLES, "queued": 0, "running": 0, "done": ARTICLES, "failed": 0,
                               "cancelled": 0}  # fmt: skip
    assert len(results) == ARTICLES

    items = query(
        "SELECT position, status, draft_id, attempts, worker_id FROM job_items WHERE job_id = :j", j=job_id
    )
    drafts = query("SELECT id, content_key FROM drafts")
    # Exactly once: one draft per article, every item points at its own, nobody stored a second one.
    assert len(drafts) == ARTICLES
    assert len({key for _, key in drafts}) == ARTICLES
    assert sorted(draft for _, _, draft, _, _ in items) == sorted(d for d, _ in drafts)
    # The killed worker's items were taken over by the survivor (a second claim), the rest ran once.
    taken_over = {position for (position,) in in_flight}
    for position, status, _draft, attempts, holder in items:
        assert status == "done"
        if position in taken_over:
            assert attempts == 2 and holder.startswith("wb#")
    # No article was summarised twice once finished: at most one extra call per item A had in flight.
    calls = slow_fake.stats["calls"]
    assert ARTICLES <= calls <= ARTICLES + len(taken_over)
    # procrastinate put A's jobs back (retry of stalled jobs) and every job ended succeeded.
    statuses = dict(query("SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY status"))
    assert statuses == {"succeeded": ARTICLES}
    engine.dispose()
