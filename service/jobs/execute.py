"""One job item, the same way in both modes: claim it, summarise it with the batch core under the
process's limiter, report the outcome as its holder, and close the job when it was the last one.

Why an article is never summarised twice once finished: `process_article` looks its content key up in
the draft store before any LLM call, and the drafts table's unique content key makes a second writer get
the first draft back (DraftStore.create). The item's own row only records which draft it got, and only
its current holder may record it."""

from __future__ import annotations

import logging
import os
import socket
import uuid
from dataclasses import dataclass

from anyio import to_thread

from service.batch import AdaptiveLimiter, Article, BatchOptions, connect_retries, process_article
from service.config import Settings
from service.drafts import DraftService
from service.jobs.models import ItemRecord, JobRecord
from service.jobs.repository import JobStore

log = logging.getLogger("bisum.jobs")


def worker_name(prefix: str = "worker") -> str:
    return f"{prefix}-{socket.gethostname()}-{os.getpid()}"


def holder_alive(owner: str) -> bool:
    """Whether the process named in an item's holder (`<prefix>-<host>-<pid>#<token>`) still runs here.
    A holder on another host, or unparseable, counts as gone."""
    name = owner.split("#", 1)[0]
    rest, _, pid = name.rpartition("-")
    if not pid.isdigit() or not rest.endswith(f"-{socket.gethostname()}"):
        return False
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True


def build_item_runner(
    settings: Settings, drafts: DraftService, store: JobStore, name: str, concurrency: int | None = None
) -> ItemRunner:
    """One limiter per process: every job this process runs shares the endpoint's bounds."""
    limiter = AdaptiveLimiter(concurrency or settings.job_concurrency, settings.job_rpm, settings.job_tpm)
    connect_retries(drafts, limiter)
    return ItemRunner(store, drafts, limiter, name, settings.job_item_max_attempts)


@dataclass
class ItemRunner:
    store: JobStore
    drafts: DraftService
    limiter: AdaptiveLimiter
    name: str  # this process, in job_items.worker_id and the logs
    max_claims: int  # claims per item before it is failed as `worker_lost`

    def owner(self) -> str:
        """A fresh holder token per claim, so even this process cannot report an item it lost."""
        return f"{self.name}#{uuid.uuid4().hex[:8]}"

    async def run(self, job_id: str, position: int, *, takeover: bool) -> JobRecord | None:
        """Claim and run one item. Returns the job if this call closed it (the caller sends the callback)."""
        owner = self.owner()
        outcome, item = await to_thread.run_sync(
            lambda: self.store.claim(job_id, position, owner, takeover=takeover, max_attempts=self.max_claims)
        )
        if outcome == "abandoned":
            log.warning("job item abandoned", extra={"job_id": job_id, "position": position})
            return await to_thread.run_sync(self.store.finish_if_complete, job_id)
        if item is None:
            return None  # finished, cancelled or held by someone else: nothing to do
        return await self.execute(item, owner)

    async def execute(self, item: ItemRecord, owner: str) -> JobRecord | None:
        job_id = item.job_id
        await to_thread.run_sync(self.store.mark_started, job_id)
        options = await to_thread.run_sync(self.store.options, job_id)
        job = await to_thread.run_sync(self.store.get, job_id)
        author = job.created_by if job is not None else "batch"  # drafts are authored by the client
        article = Article(id=item.article_id, **item.article)
        batch_options = BatchOptions(
            length=options.get("length", "medium"),
            targets=options.get("targets"),
            prompt_version=options.get("prompt_version"),
            glossary_id=options.get("glossary_id"),
            context=options.get("context"),
            include=tuple(options.get("include") or ()),
            repair=options.get("repair"),
        )
        try:
            result = await process_article(self.drafts, article, batch_options, self.limiter, author=author)
        except Exception as exc:  # process_article reports per-article failures; this is a bug or an outage
            log.exception("job item crashed", extra={"job_id": job_id, "position": item.position})
            error = ("internal_error", f"{type(exc).__name__}: {exc}")
            reported = await self._report(item, owner, None, error)
        else:
            if result.ok and result.response is not None:
                reported = await self._report(item, owner, result.response.id, None, result.attempts)
            else:
                error = (result.error_code or "failed", result.error_message or "")
                reported = await self._report(item, owner, None, error, result.attempts)
        if not reported:
            # Taken over meanwhile (we were presumed dead): the new holder reports, and finds our draft.
            log.warning("job item taken over", extra={"job_id": job_id, "position": item.position})
            return None
        return await to_thread.run_sync(self.store.finish_if_complete, job_id)

    async def _report(
        self,
        item: ItemRecord,
        owner: str,
        draft_id: str | None,
        error: tuple[str, str] | None,
        tries: int | None = None,
    ) -> bool:
        return await to_thread.run_sync(
            lambda: self.store.complete(
                item.job_id,
                item.position,
                owner,
                draft_id=draft_id,
                error_code=error[0] if error else None,
                error_message=error[1] if error else None,
                tries=tries,
            )
        )
