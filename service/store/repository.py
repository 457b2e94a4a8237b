"""DraftStore: the only code that touches the tables. Synchronous SQLAlchemy; async callers run it in a
worker thread (`anyio.to_thread`). Returns plain records, never ORM objects, so nothing lazy-loads later."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from service.errors import ConflictError
from service.store import faults
from service.store.models import Draft, DraftRequester, Job, JobItem, Revision


@dataclass(frozen=True)
class RevisionRecord:
    number: int
    kind: str
    author: str
    created_at: datetime
    status: str
    output: dict[str, Any]
    diff: list[dict[str, Any]]
    note: str | None


@dataclass(frozen=True)
class DraftRecord:
    id: str
    kind: str
    content_key: str
    status: str
    source_language: str
    title: str | None
    source_original: str
    source_normalized: str
    request: dict[str, Any]
    current_revision: int
    approved_by: str | None
    approved_at: datetime | None
    rejected_by: str | None
    reject_reason: str | None
    created_at: datetime
    updated_at: datetime
    output: dict[str, Any]  # the current revision's output


@dataclass(frozen=True)
class NewDraft:
    id: str
    kind: str
    content_key: str
    status: str
    source_language: str
    source_sha256: str
    title: str | None
    source_original: str
    source_normalized: str
    detection: dict[str, Any]
    request: dict[str, Any]
    output: dict[str, Any]
    author: str


def now() -> datetime:
    return datetime.now(UTC)


class DraftStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def unavailable(self) -> str | None:
        """None when the store can take a write now, else why not (readiness; see store/faults.py)."""
        return faults.probe(self._sessions.kw["bind"])

    def get(self, draft_id: str) -> DraftRecord | None:
        with self._sessions() as session:
            draft = session.get(Draft, draft_id)
            return _record(session, draft) if draft else None

    def get_by_key(self, content_key: str) -> DraftRecord | None:
        with self._sessions() as session:
            draft = session.scalar(select(Draft).where(Draft.content_key == content_key))
            return _record(session, draft) if draft else None

    def get_many(self, draft_ids: Collection[str]) -> dict[str, DraftRecord]:
        """Drafts by id, each with its current revision, in one query (a page of a job's results)."""
        if not draft_ids:
            return {}
        query = (
            select(Draft, Revision)
            .join(Revision, and_(Revision.draft_id == Draft.id, Revision.number == Draft.current_revision))
            .where(Draft.id.in_(set(draft_ids)))
        )
        with self._sessions() as session:
            rows = session.execute(query).all()
            return {draft.id: _as_record(draft, revision.output) for draft, revision in rows}

    def create(self, new: NewDraft) -> tuple[DraftRecord, bool]:
        """Insert a draft with its machine revision, atomically. If another writer (process, worker)
        stored the same content key first, the unique constraint makes us return theirs: (record, False)."""
        stamp = now()
        with self._sessions() as session:
            draft = Draft(
                id=new.id,
                kind=new.kind,
                content_key=new.content_key,
                status=new.status,
                source_language=new.source_language,
                source_sha256=new.source_sha256,
                title=new.title,
                source_original=new.source_original,
                source_normalized=new.source_normalized,
                detection=new.detection,
                request=new.request,
                current_revision=1,
                created_at=stamp,
                updated_at=stamp,
            )
            draft.revisions.append(
                Revision(
                    number=1,
                    kind="machine",
                    author=new.author,
                    created_at=stamp,
                    status=new.status,
                    output=new.output,
                    diff=[],
                    note=None,
                )
            )
            session.add(draft)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                existing = self.get_by_key(new.content_key)
                if existing is None:  # pragma: no cover - the conflicting row vanished (deleted) meanwhile
                    raise
                return existing, False
            return _record(session, draft), True

    def add_revision(
        self,
        draft_id: str,
        *,
        expected_revision: int,
        kind: str,
        author: str,
        status: str,
        output: dict[str, Any],
        diff: list[dict[str, Any]],
        note: str | None = None,
        draft_updates: dict[str, Any] | None = None,
    ) -> DraftRecord:
        """Append revision `expected_revision + 1`. Optimistic concurrency: if someone else added a
        revision since the caller read the draft, raise ConflictError instead of losing their change."""
        stamp = now()
        number = expected_revision + 1
        with self._sessions() as session:
            moved = session.execute(
                update(Draft)
                .where(Draft.id == draft_id, Draft.current_revision == expected_revision)
                .values(current_revision=number, status=status, updated_at=stamp, **(draft_updates or {}))
            )
            if moved.rowcount != 1:
                session.rollback()
                raise ConflictError(
                    f"draft {draft_id} changed since revision {expected_revision}; reload and try again"
                )
            session.add(
                Revision(
                    draft_id=draft_id,
                    number=number,
                    kind=kind,
                    author=author,
                    created_at=stamp,
                    status=status,
                    output=output,
                    diff=diff,
                    note=note,
                )
            )
            session.commit()
            draft = session.get(Draft, draft_id)
            session.refresh(draft)
            return _record(session, draft)

    def set_status(self, draft_id: str, *, expected_revision: int, **values: Any) -> DraftRecord:
        """Status-only change (reject) guarded like add_revision."""
        with self._sessions() as session:
            moved = session.execute(
                update(Draft)
                .where(Draft.id == draft_id, Draft.current_revision == expected_revision)
                .values(updated_at=now(), **values)
            )
            if moved.rowcount != 1:
                session.rollback()
                raise ConflictError(f"draft {draft_id} changed meanwhile; reload and try again")
            session.commit()
            draft = session.get(Draft, draft_id)
            session.refresh(draft)
            return _record(session, draft)

    def list(
        self,
        *,
        status: str | None = None,
        language: str | None = None,
        q: str | None = None,
        page: int = 1,
        page_size: int = 20,
        requester: str | None = None,
        script: str | None = None,
    ) -> tuple[list[DraftRecord], int]:
        query = select(Draft)
        if requester is not None:
            query = query.where(_requested_by(requester))
        if status:
            query = query.where(Draft.status == status)
        if language:
            query = query.where(Draft.source_language == language)
        if script:  # the detected script (Hans, Hant, Latn) lives in the detection document
            query = query.where(Draft.detection["script"].as_string() == script)
        if q:
            pattern = f"%{q}%"
            query = query.where(or_(Draft.title.ilike(pattern), Draft.source_normalized.ilike(pattern)))
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            drafts = session.scalars(
                query.order_by(Draft.created_at.desc(), Draft.id)
                .offset((page - 1) * page_size)
                .limit(page_size)
            ).all()
            return [_record(session, d) for d in drafts], total

    def add_requester(self, draft_id: str, principal: str) -> None:
        """Record that `principal` asked for this draft (idempotent; concurrent repeats are fine)."""
        with self._sessions() as session:
            if session.get(DraftRequester, (draft_id, principal)) is not None:
                return
            session.add(DraftRequester(draft_id=draft_id, principal=principal, created_at=now()))
            try:
                session.commit()
            except IntegrityError:
                session.rollback()  # the same principal's concurrent request recorded it first

    def requested_by(self, draft_id: str, principal: str) -> bool:
        """The principal asked for the draft, directly or through one of its jobs."""
        with self._sessions() as session:
            found = session.scalar(select(Draft.id).where(Draft.id == draft_id, _requested_by(principal)))
            return found is not None

    def revisions(self, draft_id: str) -> list[RevisionRecord]:
        with self._sessions() as session:
            rows = session.scalars(
                select(Revision).where(Revision.draft_id == draft_id).order_by(Revision.number)
            ).all()
            return [_revision(r) for r in rows]

    def approved_with_edits(self) -> Iterator[tuple[DraftRecord, list[RevisionRecord]]]:
        """Approved drafts that an editor changed, with all their revisions (the feedback export)."""
        edited = select(Revision.draft_id).where(Revision.kind == "edit")
        query = (
            select(Draft).where(Draft.status == "approved", Draft.id.in_(edited)).order_by(Draft.approved_at)
        )
        with self._sessions() as session:
            for draft in session.scalars(query).all():
                yield _record(session, draft), [_revision(r) for r in draft.revisions]


def _requested_by(principal: str):  # type: ignore[no-untyped-def]
    """A draft the principal requested, or one made for a job it created."""
    direct = exists().where(DraftRequester.draft_id == Draft.id, DraftRequester.principal == principal)
    via_job = exists().where(
        JobItem.draft_id == Draft.id, JobItem.job_id == Job.id, Job.created_by == principal
    )
    return or_(direct, via_job)


def _record(session: Session, draft: Draft) -> DraftRecord:
    current = session.scalar(
        select(Revision).where(Revision.draft_id == draft.id, Revision.number == draft.current_revision)
    )
    return _as_record(draft, current.output if current else {})


def _as_record(draft: Draft, output: dict[str, Any]) -> DraftRecord:
    return DraftRecord(
        id=draft.id,
        kind=draft.kind,
        content_key=draft.content_key,
        status=draft.status,
        source_language=draft.source_language,
        title=draft.title,
        source_original=draft.source_original,
        source_normalized=draft.source_normalized,
        request=draft.request,
        current_revision=draft.current_revision,
        approved_by=draft.approved_by,
        approved_at=draft.approved_at,
        rejected_by=draft.rejected_by,
        reject_reason=draft.reject_reason,
        created_at=draft.created_at,
        updated_at=draft.updated_at,
        output=output,
    )


def _revision(row: Revision) -> RevisionRecord:
    return RevisionRecord(
        number=row.number,
        kind=row.kind,
        author=row.author,
        created_at=row.created_at,
        status=row.status,
        output=row.output,
        diff=row.diff,
        note=row.note,
    )
