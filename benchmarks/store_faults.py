"""How long a request takes to fail when the draft store is faulty, with the default BISUM_STORE_TIMEOUT_S.

    python benchmarks/store_faults.py             # 3 rounds per fault
    python benchmarks/store_faults.py --rounds 5 --store-timeout 4

Serves the app with uvicorn in-process (extractive engine) over a Postgres cluster of its own (initdb +
pg_ctl as the postgres user, a free port, a temporary folder; needs the server binaries) and over SQLite,
then times `POST /v1/summaries` (a new article each time) and `GET /readyz` while the store is stopped,
frozen (SIGSTOP) or locked. Target: every answer within 10 s. Writes results/store_faults.json."""

from __future__ import annotations

import argparse
import http.client
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._harness import seed_text, table, write_result
from service.api.app import create_app
from service.config import Settings
from tests.proof.conftest import LiveServer
from tests.proof.pgcluster import PgCluster


def settings(url: str, store_timeout: float | None) -> Settings:
    extra = {} if store_timeout is None else {"store_timeout_s": store_timeout}
    return Settings(
        _env_file=None,
        openai_base_url=None,
        openai_api_key=None,
        database_url=url,
        job_backend="inprocess",
        **extra,
    )


def timed(port: int, method: str, path: str, body: dict | None = None) -> tuple[int, float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    connection.request(method, path, json.dumps(body) if body else None, {"content-type": "application/json"})
    status = connection.getresponse().status
    elapsed = time.perf_counter() - started
    connection.close()
    return status, elapsed


def measure(name: str, live: LiveServer, fault: Callable[[], None], heal: Callable[[], None], rounds: int):
    article = seed_text("003")
    rows = []
    for _ in range(rounds):
        assert (
            timed(live.port, "POST", "/v1/summaries", {"text": f"{article}\n\n{uuid.uuid4().hex}"})[0] == 200
        )
        fault()
        try:
            post = timed(live.port, "POST", "/v1/summaries", {"text": f"{article}\n\n{uuid.uuid4().hex}"})
            ready = timed(live.port, "GET", "/readyz")
        finally:
            heal()
        rows.append((post, ready))
    posts = [p[1] for p, _ in rows]
    readies = [r[1] for _, r in rows]
    return {
        "fault": name,
        "statuses": sorted({p[0] for p, _ in rows} | {r[0] for _, r in rows}),
        "post_median_s": round(statistics.median(posts), 2),
        "post_max_s": round(max(posts), 2),
        "readyz_median_s": round(statistics.median(readies), 2),
        "readyz_max_s": round(max(readies), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--store-timeout", type=float, default=None, help="default: the settings' default")
    args = parser.parse_args()
    timeout = (
        args.store_timeout if args.store_timeout is not None else Settings(_env_file=None).store_timeout_s
    )
    results = []

    cluster = PgCluster().init()
    cluster.start()
    try:
        with LiveServer(create_app(settings(cluster.url, args.store_timeout))) as live:
            results.append(measure("postgres stopped", live, cluster.stop, cluster.start, args.rounds))
            results.append(
                measure("postgres frozen (SIGSTOP)", live, cluster.freeze, cluster.thaw, args.rounds)
            )
    finally:
        cluster.remove()

    path = Path(tempfile.mkdtemp(prefix="bisum-bench-")) / "bisum.sqlite3"
    holder: list[sqlite3.Connection] = []

    def lock() -> None:
        holder.append(sqlite3.connect(path, isolation_level=None, check_same_thread=False))
        holder[-1].execute("BEGIN EXCLUSIVE")

    with LiveServer(create_app(settings(f"sqlite:///{path}", args.store_timeout))) as live:
        results.append(measure("sqlite locked", live, lock, lambda: holder.pop().rollback(), args.rounds))

    print(f"store timeout {timeout} s, {args.rounds} rounds")
    print(
        table(
            results, ["fault", "statuses", "post_median_s", "post_max_s", "readyz_median_s", "readyz_max_s"]
        )
    )
    write_result("store_faults", {"store_timeout_s": timeout, "rounds": args.rounds, "results": results})


if __name__ == "__main__":
    main()
