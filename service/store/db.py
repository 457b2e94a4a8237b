"""Engine, sessions and migrations. SQLite file by default (created on first use, WAL so readers do
not block the writer); `postgresql+psycopg://...` for scale-out. Schema changes go through Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from service.store import faults

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 0x6269_7375_6D00  # an arbitrary constant, the same in every bisum process


def make_engine(url: str, timeout_s: float = 8.0) -> Engine:
    """`timeout_s` bounds every store call (see service/store/faults.py): BISUM_STORE_TIMEOUT_S."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"timeout": timeout_s, "check_same_thread": False}, pool_timeout=timeout_s
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(timeout_s * 1000)}")
            cursor.close()

    else:
        # No pool_pre_ping: faults.install pings at checkout itself, under the stall guard's deadline.
        engine = create_engine(
            url,
            pool_size=10,
            max_overflow=20,
            pool_timeout=timeout_s,
            connect_args=faults.postgres_connect_args(timeout_s),
        )
    faults.install(engine, timeout_s)
    return engine


def migrate(engine: Engine) -> None:
    """`alembic upgrade head` on this engine (idempotent; safe to run at every start)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # API replicas and workers start together: one migrates, the others wait here, then find it done.
            faults.lift_deadline(engine, connection.connection.dbapi_connection)
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
