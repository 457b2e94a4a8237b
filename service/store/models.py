"""Tables. A draft is one article's output under one content key; its revisions are append-only
(machine output, editor edits, regenerations, approval), so the machine draft is never overwritten.
A job is a CMS batch of articles; each job item is one article and points at its draft once done."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

Json = JSON().with_variant(JSONB(), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend: SQLite stores no offset and hands back naive values, which
    would reach the API as date-times without a zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC datetimes")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # summary | translation
    # Tagged hash of (normalised text, kind, targets, prompt, model, parameters): the idempotency key.
    content_key: Mapped[str] = mapped_column(String(80), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    source_language: Mapped[str] = mapped_column(String(16), index=True)
    source_sha256: Mapped[str] = mapped_column(String(80))
    title: Mapped[str | None] = mapped_column(Text)
    source_original: Mapped[str] = mapped_column(Text)
    source_normalized: Mapped[str] = mapped_column(Text)
    detection: Mapped[dict[str, Any]] = mapped_column(Json)
    request: Mapped[dict[str, Any]] = mapped_column(Json)  # targets, length, prompt_version, target
    current_revision: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str | None] = mapped_column(String(120))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    rejected_by: Mapped[str | None] = mapped_column(String(120))
    rejected_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    reject_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="draft", order_by="Revision.number", cascade="all, delete-orphan"
    )


class Revision(Base):
    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("draft_id", "number", name="uq_revision_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # machine | edit | regenerate | repair | approval…
    author: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16))
    output: Mapped[dict[str, Any]] = mapped_column(Json)  # the full API response body of this revision
    diff: Mapped[list[dict[str, Any]]] = mapped_column(Json)  # [{field, before, after}]
    note: Mapped[str | None] = mapped_column(Text)

    draft: Mapped[Draft] = relationship(back_populates="revisions")


class DraftRequester(Base):
    """An API principal that asked for a draft (its first request or a repeat): clients see these."""

    __tablename__ = "draft_requesters"

    draft_id: Mapped[str] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), primary_key=True)
    principal: Mapped[str] = mapped_column(String(120), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    # queued | running | done | failed (no article succeeded) | cancelled
    status: Mapped[str] = mapped_column(String(16), index=True)
    options: Mapped[dict[str, Any]] = mapped_column(Json)  # length, targets, prompt_version
    total: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    callback_url: Mapped[str | None] = mapped_column(Text)
    callback_status: Mapped[str | None] = mapped_column(String(16))  # pending | delivered | failed
    callback_attempts: Mapped[int] = mapped_column(Integer, default=0)
    callback_error: Mapped[str | None] = mapped_column(Text)


class JobItem(Base):
    """One article of a job. Counts are derived from these rows (GROUP BY status), never kept twice."""

    __tablename__ = "job_items"
    __table_args__ = (
        UniqueConstraint("job_id", "position", name="uq_job_item_position"),
        Index("ix_job_items_status_job", "status", "job_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[str] = mapped_column(String(200))
    article: Mapped[dict[str, Any]] = mapped_column(Json)  # text | html, title, url, source_language
    status: Mapped[str] = mapped_column(String(16))  # queued | running | done | failed | cancelled
    draft_id: Mapped[str | None] = mapped_column(String(40))
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # claims, i.e. workers that started it
    tries: Mapped[int | None] = mapped_column(Integer)  # the article's own attempts (LLM retries included)
    # "<worker name>#<claim token>": who holds it now. Reports are accepted only from this holder.
    worker_id: Mapped[str | None] = mapped_column(String(120))
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ReviewSession(Base):
    """A review-page sign-in. The cookie holds a random id; only its sha256 is stored."""

    __tablename__ = "review_sessions"

    id_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_name: Mapped[str] = mapped_column(String(120))
    key_fingerprint: Mapped[str] = mapped_column(String(64))  # HMAC of the API key: rotating it ends these
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class GlossaryRow(Base):
    """A DeepL-shaped glossary: its dictionaries (one per language pair, entries as [source, target]
    pairs) in one JSON column, read and written whole; `version` guards concurrent PATCHes."""

    __tablename__ = "glossaries"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    dictionaries: Mapped[list[dict[str, Any]]] = mapped_column(Json)
    sha256: Mapped[str] = mapped_column(String(80))
    entry_count: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
