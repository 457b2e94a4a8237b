"""JobStore: the only code that touches `jobs` and `job_items`. Synchronous SQLAlchemy, like DraftStore;
async callers use `anyio.to_thread`.

Every state change is a conditional UPDATE, so concurrent API replicas and workers cannot step on each
other: an item is claimed only from `queued` (or taken over from a holder procrastinate declared dead),
reported only by its current holder (`status='running' AND worker_id=me`), and a job is finished or
cancelled only from an open state. Counts are derived from the items, never stored twice."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from service.errors import ConflictError, NotFoundError
from service.jobs.models import FINAL_JOB_STATUSES, OPEN_ITEM_STATUSES, ItemRecord, JobRecord
from service.store.models import Job, JobItem
from service.store.repository import now


@dataclass(frozen=True)
class NewItem:
    article_id: str
    article: dict[str, Any]  # text | html, title, url, source_language


ClaimOutcome = Literal["claimed", "skipped", "abandoned"]


def new_job_id() -> str:
    return f"job_{uuid.uuid4().hex}"


class JobStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # --- jobs -----------------------------------------------------------------------------------

    def create(
        self,
        *,
        options: dict[str, Any],
        items: Sequence[NewItem],
        created_by: str,
        callback_url: str | None,
        job_id: str | None = None,
    ) -> JobRecord:
        stamp = now()
        job_id = job_id or new_job_id()
        with self._sessions() as session:
            session.add(
                Job(
                    id=job_id,
                    status="queued",
                    options=options,
                    total=len(items),
                    created_by=created_by,
                    created_at=stamp,
                    callback_url=callback_url,
                    callback_status="pending" if callback_url else None,
                    callback_attempts=0,
                )
            )
            session.flush()  # the job row first: items reference it
            session.add_all(
                JobItem(
                    job_id=job_id,
                    position=position,
                    article_id=item.article_id,
                    article=item.article,
                    status="queued",
                    attempts=0,
                )
                for position, item in enumerate(items)
            )
            session.commit()
        record = self.get(job_id)
        assert record is not None
        return record

    def get(self, job_id: str) -> JobRecord | None:
        with self._sessions() as session:
            job = session.get(Job, job_id)
            if job is None:
                return None
            rows = session.execute(
                select(JobItem.status, func.count()).where(JobItem.job_id == job_id).group_by(JobItem.status)
            ).all()
            return _job_record(job, {status: count for status, count in rows})

    def options(self, job_id: str) -> dict[str, Any]:
        with self._sessions() as session:
            return session.scalar(select(Job.options).where(Job.id == job_id)) or {}

    def mark_started(self, job_id: str) -> None:
        """queued -> running, stamping started_at, on the first claimed item."""
        with self._sessions() as session:
            session.execute(
                update(Job)
                .where(Job.id == job_id, Job.status == "queued")
                .values(status="running", started_at=now())
            )
            session.commit()

    def finish_if_complete(self, job_id: str) -> JobRecord | None:
        """Close the job once no item is open. Returns the record only to the one caller that closed it
        (it sends the callback): the others find the job already closed. A job is `failed` when no article
        succeeded, `done` otherwise (the counts tell the rest)."""
        with self._sessions() as session:
            open_items = session.scalar(
                select(func.count())
                .select_from(JobItem)
                .where(JobItem.job_id == job_id, JobItem.status.in_(OPEN_ITEM_STATUSES))
            )
            if open_items:
                return None
            done = session.scalar(
                select(func.count())
                .select_from(JobItem)
                .where(JobItem.job_id == job_id, JobItem.status == "done")
            )
            moved = session.execute(
                update(Job)
                .where(Job.id == job_id, Job.status.in_(("queued", "running")))
                .values(status="done" if done else "failed", finished_at=now())
            )
            session.commit()
            if moved.rowcount != 1:
                return None
        return self.get(job_id)

    def cancel(self, job_id: str) -> tuple[JobRecord, bool]:
        """Queued items become `cancelled` at once; running ones finish and are recorded. Cancelling a
        cancelled job is a no-op (changed=False); a finished job cannot be cancelled (409)."""
        with self._sessions() as session:
            job = session.get(Job, job_id)
            if job is None:
                raise NotFoundError(f"no job {job_id}")
            stamp = now()
            moved = session.execute(
                update(Job)
                .where(Job.id == job_id, Job.status.in_(("queued", "running")))
                .values(status="cancelled", finished_at=stamp)
            )
            if moved.rowcount == 1:
                session.execute(
                    update(JobItem)
                    .where(JobItem.job_id == job_id, JobItem.status == "queued")
                    .values(status="cancelled", finished_at=stamp)
                )
            session.commit()
        record = self.get(job_id)
        assert record is not None
        if record.status != "cancelled":
            raise ConflictError(f"job {job_id} is already {record.status}")
        return record, moved.rowcount == 1

    def pending_callbacks(self) -> list[str]:
        """Closed jobs whose callback was not delivered yet (the process sending it stopped)."""
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(Job.id).where(Job.status.in_(FINAL_JOB_STATUSES), Job.callback_status == "pending")
                )
            )

    def set_callback(self, job_id: str, *, status: str, attempts: int, error: str | None = None) -> None:
        with self._sessions() as session:
            session.execute(
                update(Job)
                .where(Job.id == job_id)
                .values(callback_status=status, callback_attempts=attempts, callback_error=error)
            )
            session.commit()

    # --- items ----------------------------------------------------------------------------------

    def item(self, job_id: str, position: int) -> ItemRecord | None:
        with self._sessions() as session:
            row = session.scalar(
                select(JobItem).where(JobItem.job_id == job_id, JobItem.position == position)
            )
            return _item_record(row) if row else None

    def positions(self, job_id: str, status: str = "queued") -> list[int]:
        with self._sessions() as session:
            return list(
                session.scalars(
                    select(JobItem.position)
                    .where(JobItem.job_id == job_id, JobItem.status == status)
                    .order_by(JobItem.position)
                )
            )

    def claim(
        self, job_id: str, position: int, owner: str, *, takeover: bool, max_attempts: int
    ) -> tuple[ClaimOutcome, ItemRecord | None]:
        """Make `owner` the item's holder. `takeover` also takes it from a `running` holder: the queue
        only hands an item out again after its previous holder stopped heart-beating. An item that has
        been claimed `max_attempts` times already (an article that kills its workers) is failed instead."""
        claimable = ("queued", "running") if takeover else ("queued",)
        where = and_(JobItem.job_id == job_id, JobItem.position == position, JobItem.status.in_(claimable))
        with self._sessions() as session:
            moved = session.execute(
                update(JobItem)
                .where(where, JobItem.attempts < max_attempts)
                .values(status="running", worker_id=owner, attempts=JobItem.attempts + 1, started_at=now())
            )
            if moved.rowcount == 1:
                session.commit()
                row = session.scalar(
                    select(JobItem).where(JobItem.job_id == job_id, JobItem.position == position)
                )
                return "claimed", _item_record(row)
            abandoned = session.execute(
                update(JobItem)
                .where(where, JobItem.attempts >= max_attempts)
                .values(
                    status="failed",
                    worker_id=owner,
                    finished_at=now(),
                    error_code="worker_lost",
                    error_message=f"abandoned after {max_attempts} attempts: each worker on it stopped",
                )
            )
            session.commit()
            return ("abandoned" if abandoned.rowcount == 1 else "skipped"), None

    def claim_next(self, owner: str, *, max_attempts: int) -> ItemRecord | None:
        """The in-process runner's pick: the oldest job's first queued item."""
        while True:
            with self._sessions() as session:
                candidate = session.execute(
                    select(JobItem.job_id, JobItem.position)
                    .join(Job, Job.id == JobItem.job_id)
                    .where(JobItem.status == "queued")
                    .order_by(Job.created_at, Job.id, JobItem.position)
                    .limit(1)
                ).first()
            if candidate is None:
                return None
            outcome, item = self.claim(
                candidate[0], candidate[1], owner, takeover=False, max_attempts=max_attempts
            )
            if outcome == "claimed":
                return item
            if outcome == "abandoned":
                self.finish_if_complete(candidate[0])
            # skipped: someone else (a cancel) changed it between the select and the update; pick again

    def complete(
        self,
        job_id: str,
        position: int,
        owner: str,
        *,
        draft_id: str | None = None,
        error_code: str | None = None,
        error_message: str | None = None,
        tries: int | None = None,
    ) -> bool:
        """Record the outcome; False if `owner` no longer holds the item (it was taken over): a stale
        holder cannot report twice."""
        with self._sessions() as session:
            moved = session.execute(
                update(JobItem)
                .where(*_held_by(job_id, position, owner))
                .values(
                    status="done" if error_code is None else "failed",
                    draft_id=draft_id,
                    error_code=error_code,
                    error_message=error_message,
                    tries=tries,
                    finished_at=now(),
                )
            )
            session.commit()
            return moved.rowcount == 1

    def release(self, job_id: str, position: int, owner: str) -> bool:
        """Hand an unfinished item back to the queue (graceful shutdown of the in-process runner)."""
        with self._sessions() as session:
            moved = session.execute(
                update(JobItem)
                .where(*_held_by(job_id, position, owner))
                .values(status="queued", worker_id=None, attempts=JobItem.attempts - 1)
            )
            session.commit()
            return moved.rowcount == 1

    def requeue_running(self, alive: Callable[[str], bool]) -> int:
        """In-process mode, at start: items left `running` by a process that is gone (`alive(holder)` is
        False) are queued again. Other live server processes (`serve --workers N`) keep theirs."""
        with self._sessions() as session:
            held = session.execute(
                select(JobItem.id, JobItem.worker_id).where(JobItem.status == "running")
            ).all()
            requeued = 0
            for item_id, holder in held:
                if holder and alive(holder):
                    continue
                moved = session.execute(
                    update(JobItem)
                    .where(
                        JobItem.id == item_id,
                        JobItem.status == "running",
                        JobItem.worker_id == holder if holder else JobItem.worker_id.is_(None),
                    )
                    .values(status="queued", worker_id=None)
                )
                requeued += moved.rowcount
            session.commit()
            return requeued

    def results(self, job_id: str, *, after: int = -1, limit: int = 100) -> list[dict[str, Any]]:
        """Finished items (done / failed / cancelled) after position `after`. A done line names its
        `draft_id`; the job service adds the draft itself, read through the DraftStore."""
        query = (
            select(JobItem)
            .where(
                JobItem.job_id == job_id,
                JobItem.position > after,
                JobItem.status.in_(("done", "failed", "cancelled")),
            )
            .order_by(JobItem.position)
            .limit(limit)
        )
        with self._sessions() as session:
            return [_result(item) for item in session.scalars(query).all()]


def _result(item: JobItem) -> dict[str, Any]:
    line: dict[str, Any] = {
        "position": item.position,
        "article_id": item.article_id,
        "status": item.status,
        "draft_id": item.draft_id,
        # The article's own attempts (what "after N attempts" counts); claims: workers that took it.
        "attempts": item.tries if item.tries is not None else item.attempts,
        "claims": item.attempts,
    }
    if item.status == "cancelled":
        line["error"] = {
            "code": item.error_code or "cancelled",
            "message": item.error_message or "the job was cancelled before this article was summarised",
        }
    elif item.status == "failed":
        line["error"] = {"code": item.error_code, "message": item.error_message}
    # done: JobService.results adds the draft (`response`), read through the DraftStore
    return line


def _job_record(job: Job, counts: dict[str, int]) -> JobRecord:
    return JobRecord(
        id=job.id,
        status=job.status,
        options=job.options,
        total=job.total,
        created_by=job.created_by,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
        callback_url=job.callback_url,
        callback_status=job.callback_status,
        callback_attempts=job.callback_attempts,
        callback_error=job.callback_error,
        counts=counts,
    )


def _held_by(job_id: str, position: int, owner: str) -> tuple:
    """The item is still running under `owner`: the guard on every report, so a stale holder is refused."""
    return (
        JobItem.job_id == job_id,
        JobItem.position == position,
        JobItem.status == "running",
        JobItem.worker_id == owner,
    )


def _item_record(row: JobItem) -> ItemRecord:
    return ItemRecord(
        job_id=row.job_id,
        position=row.position,
        article_id=row.article_id,
        article=row.article,
        status=row.status,
        draft_id=row.draft_id,
        error_code=row.error_code,
        error_message=row.error_message,
        attempts=row.attempts,
        worker_id=row.worker_id,
    )
