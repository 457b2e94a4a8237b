"""Database faults fail closed, in bounded time, and heal without a restart.

- Classify: connection refused or lost, a frozen server past the deadline, read-only file, disk full,
  lock held past the busy timeout, pool exhausted -> `is_unavailable` (the API answers 503
  `store_unavailable` with Retry-After). Constraint violations and SQL bugs are not faults of the store.
- Heal: every such error invalidates the pool (`handle_error` marks it a disconnect), so the next call
  opens fresh connections instead of reusing one that was opened read-only or whose server restarted.
  Postgres connections are pinged at checkout (a restart is found before the request's first statement).
- Bound: Postgres gets connect / statement / lock timeouts, and a deadline per checkout enforced from the
  client side (`StallGuard`), because a SIGSTOPped server enforces none of its own timeouts and the kernel
  still acknowledges our packets, so TCP keepalives never fire either. SQLite's bound is its busy timeout.
- SQLite opens a write-protected file read-only without saying so, and that connection stays read-only
  after the file is writable again: a new connection to a file we may not write is refused instead.
"""

from __future__ import annotations

import logging
import math
import os
import socket
import threading
import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from service.errors import StoreUnavailableError

log = logging.getLogger("bisum.store")
# A ping is one round trip: a connection that needs longer is treated as stale and replaced.
PING_DEADLINE_S = 2.0
# Free bytes under which /readyz reports an SQLite store as not ready (a commit needs a few pages + WAL).
MIN_FREE_BYTES = 256 * 1024


def is_unavailable(exc: BaseException) -> bool:
    """True for errors that mean "the database cannot serve now", as opposed to a bug or bad data."""
    if isinstance(exc, StoreUnavailableError):
        return True
    if isinstance(exc, OperationalError | InterfaceError | PoolTimeoutError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def describe(exc: BaseException) -> str:
    """A short, client-safe reason (no host names, paths or SQL)."""
    if isinstance(exc, StoreUnavailableError):
        return exc.reason
    text = str(getattr(exc, "orig", exc) or "").lower()
    for needle, reason in (
        ("readonly", "the database is read-only"),
        ("read-only", "the database is read-only"),
        ("disk is full", "the database's disk is full"),
        ("no space", "the database's disk is full"),
        ("locked", "the database is locked by another writer"),
        ("timeout", "the database did not answer in time"),
        ("timed out", "the database did not answer in time"),
        ("canceling statement", "the database did not answer in time"),
    ):
        if needle in text:
            return reason
    if isinstance(exc, PoolTimeoutError):
        return "no database connection became free in time"
    return "the database is unreachable"


def install(engine: Engine, timeout_s: float) -> None:
    """Fault handling for one engine (make_engine calls this)."""
    event.listen(engine, "handle_error", _invalidate_on_fault)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _refuse_read_only_sqlite, insert=True)  # before the WAL pragma
    elif engine.dialect.name == "postgresql":
        _guard_postgres(engine, timeout_s)


def _invalidate_on_fault(context: ExceptionContext) -> StoreUnavailableError | None:
    """Drop the pool on a store fault, and raise it as the domain's StoreUnavailableError instead: every
    caller (API, CLI, batch, jobs) then handles it as the BisumError it is."""
    exc = context.sqlalchemy_exception
    if exc is None or not is_unavailable(exc):
        return None
    context.is_disconnect = True  # drop this connection and the pool's others: reconnect next time
    log.warning("draft store unavailable", extra={"error": f"{type(exc.orig).__name__}: {exc.orig}"[:300]})
    return StoreUnavailableError(describe(exc))


def _refuse_read_only_sqlite(dbapi_connection: Any, _record: Any) -> None:
    path = _sqlite_path(dbapi_connection)
    if path and not os.access(path, os.W_OK):
        import sqlite3

        dbapi_connection.close()
        raise sqlite3.OperationalError("attempt to write a readonly database (the file is write-protected)")


def _sqlite_path(dbapi_connection: Any) -> str | None:
    rows = dbapi_connection.execute("PRAGMA database_list").fetchall()
    main = next((row[2] for row in rows if row[1] == "main"), "")
    return main or None  # "" for :memory:


def probe(engine: Engine) -> str | None:
    """None when the store can take a write now, else the reason it cannot (for /readyz)."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            if engine.dialect.name == "sqlite":
                path = _sqlite_path(connection.connection.dbapi_connection)
                if path and not os.access(path, os.W_OK):
                    return "the database is read-only"
                if path:
                    stat = os.statvfs(os.path.dirname(path))
                    if stat.f_bavail * stat.f_frsize < MIN_FREE_BYTES:
                        return "the database's disk is full"
    except Exception as exc:
        log.warning("store probe failed", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})
        return describe(exc) if is_unavailable(exc) else "the database failed a health check"
    return None


def postgres_connect_args(timeout_s: float) -> dict[str, Any]:
    """libpq options: connect timeout (the whole start-up; libpq's minimum is 2 s) and TCP keepalives.
    Half the store timeout: a stale pooled connection (ping cut after PING_DEADLINE_S) plus a reconnect
    to a frozen server then fail within the store timeout together."""
    return {
        "connect_timeout": max(2, math.ceil(timeout_s / 2)),
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }


def _guard_postgres(engine: Engine, timeout_s: float) -> None:
    guard = StallGuard(timeout_s)
    engine.pool._bisum_stall_guard = guard  # type: ignore[attr-defined]  # so migrate() can lift it
    milliseconds = int(timeout_s * 1000)

    @event.listens_for(engine, "connect")
    def _server_timeouts(dbapi_connection: Any, record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {milliseconds}")
            cursor.execute(f"SET lock_timeout = {milliseconds}")
        dbapi_connection.commit()
        record.info["bisum_fresh"] = True

    @event.listens_for(engine, "checkout")
    def _arm_and_ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if not record.info.pop("bisum_fresh", False):  # just connected: nothing to find out
            guard.arm(dbapi_connection, min(PING_DEADLINE_S, timeout_s))
            try:
                engine.dialect.do_ping(dbapi_connection)
            except Exception as exc:  # the server restarted, or is frozen (the guard cut the socket)
                guard.disarm(dbapi_connection)
                raise DisconnectionError(f"stale connection: {exc}") from exc
        guard.arm(dbapi_connection)

    @event.listens_for(engine, "checkin")
    def _disarm(dbapi_connection: Any, _record: Any) -> None:
        if dbapi_connection is not None:
            guard.disarm(dbapi_connection)

    @event.listens_for(engine, "invalidate")
    def _disarm_invalidated(dbapi_connection: Any, _record: Any, _exc: Any) -> None:
        if dbapi_connection is not None:
            guard.disarm(dbapi_connection)


def lift_deadline(engine: Engine, dbapi_connection: Any) -> None:
    """For work that may legitimately wait long on one connection (migrations under the advisory lock)."""
    guard: StallGuard | None = getattr(engine.pool, "_bisum_stall_guard", None)
    if guard is not None:
        guard.disarm(dbapi_connection)


class StallGuard:
    """A deadline per checked-out connection. One watcher thread shuts down the socket of a connection
    held past it: the blocked read in the driver returns at once with "server closed the connection",
    which SQLAlchemy treats as a disconnect. Costs two dict operations per checkout."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._deadlines: dict[int, tuple[float, int]] = {}
        self._lock = threading.Lock()
        self._watcher: threading.Thread | None = None
        self._tick = min(0.25, timeout_s / 4)

    def arm(self, dbapi_connection: Any, seconds: float | None = None) -> None:
        with self._lock:
            self._deadlines[id(dbapi_connection)] = (
                time.monotonic() + (seconds if seconds is not None else self.timeout_s),
                dbapi_connection.fileno(),
            )
            if self._watcher is None:
                self._watcher = threading.Thread(target=self._watch, name="bisum-store-guard", daemon=True)
                self._watcher.start()

    def disarm(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._deadlines.pop(id(dbapi_connection), None)

    def _watch(self) -> None:
        while True:
            time.sleep(self._tick)
            now = time.monotonic()
            with self._lock:
                expired = [(key, fd) for key, (deadline, fd) in self._deadlines.items() if deadline <= now]
                for key, fd in expired:
                    del self._deadlines[key]
                    _cut(fd)  # under the lock: the fd cannot be closed and reused by a checkin meanwhile
            for _key, _fd in expired:
                log.error(
                    "store call exceeded its deadline; connection cut", extra={"timeout_s": self.timeout_s}
                )


def _cut(fd: int) -> None:
    try:
        duplicate = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        duplicate.close()
