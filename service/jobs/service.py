"""JobService: what the Jobs API does, whichever backend runs the items.

Create validates everything that would otherwise fail every article the same way (prompt version,
targets, size, callback), stores the job and its items in one transaction, then hands the items to the
backend. Clients see their own jobs; editors see all."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Protocol

from anyio import to_thread

from service.config import Settings
from service.drafts import DraftService, response_body
from service.errors import InputError, NotFoundError, UpstreamUnavailableError
from service.guidance import checked_context
from service.jobs.callbacks import check_callback_url
from service.jobs.models import JobRecord, JobRequest
from service.jobs.repository import JobStore, NewItem
from service.principal import Principal

log = logging.getLogger("bisum.jobs")
RESULTS_PAGE = 200


class TooManyArticlesError(InputError):
    code = "too_many_articles"


class QueueUnavailableError(UpstreamUnavailableError):
    code = "queue_unavailable"


class JobBackend(Protocol):
    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def submit(self, job: JobRecord) -> None: ...
    async def notify(self, job: JobRecord) -> None: ...


class JobService:
    def __init__(
        self, store: JobStore, backend: JobBackend, drafts: DraftService, settings: Settings
    ) -> None:
        self.store = store
        self.backend = backend
        self.drafts = drafts
        self.settings = settings

    async def create(self, request: JobRequest, principal: Principal) -> JobRecord:
        if len(request.articles) > self.settings.job_max_articles:
            raise TooManyArticlesError(
                f"{len(request.articles)} articles; a job takes at most {self.settings.job_max_articles} "
                "(BISUM_JOB_MAX_ARTICLES): split it",
                detail={"max_articles": self.settings.job_max_articles},
            )
        self.drafts.pipeline.prompts.get("summarize", request.prompt_version)  # unknown version -> 422
        callback_url = str(request.callback_url) if request.callback_url else None
        if callback_url:
            await check_callback_url(callback_url, self.settings)
        await self.drafts.glossary_for(request.glossary_id)  # unknown glossary -> 404 before any item
        for context in {request.context, *(a.context for a in request.articles)}:
            checked_context(context, self.settings)  # over the cap -> 422 before any item
        options = request.model_dump(mode="json", include={"length", "targets", "prompt_version"})
        # Stored only when asked for, so older jobs' options (and what GET shows for them) stay as they were:
        # glossary_id and context when given, repair when set, include when not empty.
        options |= request.model_dump(mode="json", include={"glossary_id", "context"}, exclude_none=True)
        if request.repair is not None:
            options["repair"] = request.repair
        if request.include:
            options["include"] = list(request.include)
        items = [NewItem(a.id, a.model_dump(mode="json", exclude={"id"})) for a in request.articles]
        job = await to_thread.run_sync(
            lambda: self.store.create(
                options=options, items=items, created_by=principal.name, callback_url=callback_url
            )
        )
        try:
            await self.backend.submit(job)
        except Exception as exc:
            log.exception("could not enqueue job", extra={"job_id": job.id})
            await to_thread.run_sync(self.store.cancel, job.id)  # never leave items nobody will run
            raise QueueUnavailableError("the job queue is unavailable; try again later") from exc
        log.info("job created", extra={"job_id": job.id, "articles": job.total, "by": principal.name})
        return job

    async def get(self, job_id: str, principal: Principal) -> JobRecord:
        job = await to_thread.run_sync(self.store.get, job_id)
        if job is None or (principal.role != "editor" and job.created_by != principal.name):
            raise NotFoundError(f"no job {job_id}")  # other clients' jobs do not exist for you
        return job

    async def cancel(self, job_id: str, principal: Principal) -> JobRecord:
        await self.get(job_id, principal)
        job, changed = await to_thread.run_sync(self.store.cancel, job_id)
        if changed:
            log.info("job cancelled", extra={"job_id": job_id, "by": principal.name})
            await self.backend.notify(job)
        return job

    async def results(self, job_id: str) -> AsyncIterator[dict]:
        """Finished items in position order, a page at a time (a big job is never loaded whole)."""
        after = -1
        while True:
            page = await to_thread.run_sync(lambda a=after: self._results_page(job_id, a))
            for line in page:
                yield line
            if len(page) < RESULTS_PAGE:
                return
            after = page[-1]["position"]

    def _results_page(self, job_id: str, after: int) -> list[dict]:
        """One page of item lines, each done one with its draft's current revision, shaped like
        POST /v1/summaries' answer (one query for the page's drafts)."""
        page = self.store.results(job_id, after=after, limit=RESULTS_PAGE)
        done = [line["draft_id"] for line in page if line["status"] == "done" and line["draft_id"]]
        drafts = self.drafts.store.get_many(done)
        for line in page:
            if line["status"] != "done":
                continue
            record = drafts.get(line["draft_id"]) if line["draft_id"] else None
            if record is not None:
                line["response"] = response_body(record)
            else:  # the draft is gone (deleted by hand): the line says so, as it always did
                line["error"] = {"code": None, "message": None}
        return page
