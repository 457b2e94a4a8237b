"""Database faults through the real HTTP API (uvicorn on a local socket, extractive engine): a Postgres
cluster of the test's own (stopped, restarted, frozen) and SQLite in a temporary folder (read-only, disk
full, locked). Every fault is a 503 `store_unavailable` with Retry-After and the request id, on a
connection that stays usable; /readyz says 503 while the store cannot write; the service heals without
a restart once the fault is gone."""

from __future__ import annotations

import http.client
import json
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from service.api.app import create_app
from service.config import Settings
from tests.conftest import seed
from tests.proof.conftest import LiveServer
from tests.proof.pgcluster import PgCluster

STORE_TIMEOUT_S = 1.5
ARTICLE = seed("003")


def settings(database_url: str) -> Settings:
    return Settings(
        _env_file=None,
        openai_base_url=None,
        openai_api_key=None,
        database_url=database_url,
        store_timeout_s=STORE_TIMEOUT_S,
        job_backend="inprocess",
        job_poll_interval_s=3600,  # no idle polling: the read-only remount needs every file closed
    )


class KeepAlive:
    """One HTTP/1.1 connection; `same_socket()` tells whether the server kept it across answers."""

    def __init__(self, port: int, timeout: float = 20) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        self.connection.connect()
        self.socket = self.connection.sock

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict, dict]:
        request_id = uuid.uuid4().hex
        headers = {"x-request-id": request_id, "content-type": "application/json"}
        self.connection.request(method, path, json.dumps(body) if body else None, headers)
        answer = self.connection.getresponse()
        payload = json.loads(answer.read() or b"null")
        answer_headers = {k.lower(): v for k, v in answer.getheaders()}
        assert answer_headers.get("x-request-id") == request_id
        return answer.status, answer_headers, payload

    def same_socket(self) -> bool:
        return self.connection.sock is self.socket

    def close(self) -> None:
        self.connection.close()


def new_article() -> dict:
    """A write every time: a new article is a new content key."""
    return {"text": f"{ARTICLE}\n\nReference {uuid.uuid4().hex}."}


def assert_store_unavailable(status: int, headers: dict, body: dict, reason: str = "") -> None:
    assert status == 503, body
    assert body["error"]["code"] == "store_unavailable"
    assert reason in body["error"]["detail"]["reason"]
    assert int(headers["retry-after"]) >= 1


def assert_fault_then_recovery(
    live: LiveServer, break_store, heal_store, *, reason: str = "", ready_while_broken: bool = False
):
    client = KeepAlive(live.port)
    try:
        status, _, body = client.request("POST", "/v1/summaries", new_article())
        assert status == 200, body
        break_store()
        try:
            assert_store_unavailable(*client.request("POST", "/v1/summaries", new_article()), reason)
            status, headers, body = client.request("GET", "/readyz")
            if ready_while_broken:
                assert status == 200
            else:
                assert_store_unavailable(status, headers, body, reason)
            assert client.same_socket(), "the server dropped the keep-alive connection"
        finally:
            heal_store()
        status, _, body = client.request("POST", "/v1/summaries", new_article())
        assert status == 200, body
        assert client.request("GET", "/readyz")[0] == 200
        assert client.same_socket()
    finally:
        client.close()


# --- Postgres ------------------------------------------------------------------------------------


@pytest.fixture
def cluster() -> Iterator[PgCluster]:
    pg = PgCluster().init()
    pg.start()
    try:
        yield pg
    finally:
        pg.remove()


@pytest.fixture
def pg_live(cluster: PgCluster) -> Iterator[LiveServer]:
    with LiveServer(create_app(settings(cluster.url))) as server:
        yield server


def test_postgres_stopped_is_503_and_a_restart_heals_without_restarting_bisum(cluster, pg_live):
    assert_fault_then_recovery(pg_live, cluster.stop, cluster.start, reason="unreachable")


def test_postgres_frozen_answers_503_in_bounded_time_and_heals(cluster, pg_live):
    # KeepAlive's 20 s socket timeout is the bound asserted: without a deadline the request hangs.
    assert_fault_then_recovery(pg_live, cluster.freeze, cluster.thaw)


# --- SQLite --------------------------------------------------------------------------------------


def _close_connections(live: LiveServer) -> None:
    """Close the idle pools (drafts and jobs): a read-only remount needs no file open for writing."""
    for store in (live.app.state.drafts.store, live.app.state.jobs.store):
        store._sessions.kw["bind"].dispose()


def _can_mount() -> bool:
    return os.geteuid() == 0


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root only): can be filled, and remounted read-only for root too."""
    if not _can_mount():
        pytest.skip("needs root to mount a tmpfs")
    mount = tmp_path / "mnt"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {result.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_sqlite_read_only_is_503_and_writable_again_heals(tmpfs: Path):
    with LiveServer(create_app(settings(f"sqlite:///{tmpfs}/bisum.sqlite3"))) as live:

        def read_only() -> None:
            _close_connections(live)
            subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)

        def writable() -> None:
            subprocess.run(["mount", "-o", "remount,rw", str(tmpfs)], check=True)

        assert_fault_then_recovery(live, read_only, writable, reason="read-only")


def test_sqlite_read_only_file_without_root(tmp_path: Path):
    """chmod only binds non-root users; the same fault as above, where it can be made."""
    if os.geteuid() == 0:
        pytest.skip("root ignores file modes: the tmpfs test covers read-only")
    folder = tmp_path / "db"
    with LiveServer(create_app(settings(f"sqlite:///{folder}/bisum.sqlite3"))) as live:
        files = lambda: [folder, *folder.iterdir()]  # noqa: E731

        def read_only() -> None:
            _close_connections(live)
            for path in files():
                path.chmod(0o555 if path.is_dir() else 0o444)

        def writable() -> None:
            for path in files():
                path.chmod(0o755 if path.is_dir() else 0o644)

        assert_fault_then_recovery(live, read_only, writable, reason="read-only")


def test_sqlite_disk_full_is_503_and_freeing_space_heals(tmpfs: Path):
    filler = tmpfs / "filler"
    with LiveServer(create_app(settings(f"sqlite:///{tmpfs}/bisum.sqlite3"))) as live:

        def fill() -> None:
            with filler.open("wb") as out:
                try:
                    while True:
                        out.write(b"\0" * 65536)
                        out.flush()
                except OSError:
                    pass

        assert_fault_then_recovery(live, fill, filler.unlink, reason="disk is full")


def test_sqlite_locked_past_the_busy_timeout_is_503_and_heals(tmp_path: Path):
    path = tmp_path / "bisum.sqlite3"
    holder: list[sqlite3.Connection] = []
    with LiveServer(create_app(settings(f"sqlite:///{path}"))) as live:

        def lock() -> None:
            other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            other.execute("BEGIN EXCLUSIVE")
            holder.append(other)

        def unlock() -> None:
            holder.pop().rollback()

        # Readers are not blocked in WAL mode, so the store stays "ready"; writers get a 503.
        assert_fault_then_recovery(live, lock, unlock, reason="locked", ready_while_broken=True)


def test_sqlite_disk_full_without_root(tmp_path: Path):
    """Where no tmpfs can be mounted: SQLite's max_page_count makes the same SQLITE_FULL error. /readyz
    cannot see this one (the disk has room), so only the writes are checked."""
    if _can_mount() and not os.environ.get("BISUM_TEST_SIMULATE_FULL_DISK"):
        pytest.skip("root fills a real (tmpfs) disk in test_sqlite_disk_full_is_503_and_freeing_space_heals")
    with LiveServer(create_app(settings(f"sqlite:///{tmp_path}/bisum.sqlite3"))) as live:
        engines = [
            store._sessions.kw["bind"] for store in (live.app.state.drafts.store, live.app.state.jobs.store)
        ]

        def cap(dbapi_connection, _record) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        def fill() -> None:
            for engine in engines:
                event.listen(engine, "connect", cap)
                engine.dispose()

        def free() -> None:
            for engine in engines:
                event.remove(engine, "connect", cap)
                engine.dispose()

        assert_fault_then_recovery(live, fill, free, reason="disk is full", ready_while_broken=True)
