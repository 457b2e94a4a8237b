"""Scale-out mode (Postgres): jobs go through procrastinate, a Postgres task queue, to `bisum worker`s.

- The API defers one procrastinate job per job item (`bisum.summarize_item`), in one batch query.
- Each worker runs procrastinate's worker loop with `--concurrency` slots and one AdaptiveLimiter.
- A worker that dies stops heart-beating; every worker periodically asks procrastinate for jobs held by
  workers silent for `worker_stalled_after_s` and puts them back to `todo` (`JobManager.get_stalled_jobs`
  + `retry_job`), so another worker takes the item over (JobStore.claim with takeover).
- Callbacks are procrastinate jobs too (`bisum.deliver_callback`), so they survive a restart: one run is
  one delivery attempt, and a failed one is run again by procrastinate's retry strategy (`CallbackRetry`,
  the callback backoff) instead of sleeping in a worker slot.

procrastinate's tables live in the same database and schema (search_path) as ours; migration 0002
installs them."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from procrastinate import App, JobContext, PsycopgConnector, RetryDecision, RetryStrategy
from procrastinate.exceptions import ConnectorException
from procrastinate.jobs import Job
from sqlalchemy.engine import make_url

from service.config import Settings
from service.drafts import DraftService
from service.errors import StoreUnavailableError
from service.jobs.callbacks import CallbackPending, attempt_delivery, backoff
from service.jobs.execute import ItemRunner, build_item_runner, worker_name
from service.jobs.models import JobRecord
from service.jobs.repository import JobStore

log = logging.getLogger("bisum.jobs.queue")
ITEM_TASK = "bisum.summarize_item"
CALLBACK_TASK = "bisum.deliver_callback"


def conninfo(database_url: str) -> str:
    """SQLAlchemy's `postgresql+psycopg://u:p@h/db?options=...` -> libpq's `postgresql://u:p@h/db?...`."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class WorkerState:
    """What tasks need, handed to them through procrastinate's `additional_context`."""

    settings: Settings
    store: JobStore
    items: ItemRunner


async def summarize_item(context: JobContext, job_id: str, position: int) -> None:
    state: WorkerState = context.additional_context["bisum"]
    # takeover: procrastinate hands an item out again only once its previous worker went silent.
    closed = await state.items.run(job_id, position, takeover=True)
    if closed is not None and closed.callback_url:
        await context.app.tasks[CALLBACK_TASK].defer_async(job_id=job_id)


async def deliver_callback(context: JobContext, job_id: str) -> None:
    """One delivery attempt; a failed one with attempts left raises CallbackPending (see CallbackRetry)."""
    state: WorkerState = context.additional_context["bisum"]
    attempt = await attempt_delivery(state.store, state.settings, job_id)
    if attempt.outcome == "pending":
        raise CallbackPending(job_id, attempt.number, attempt.error)


# Article failures never raise out of a task (they are recorded on the job); what does is the database or
# a bug: those jobs go back to the queue with backoff (2 s, 4 s, … 8.5 min) instead of being lost.
INFRA_RETRY = RetryStrategy(max_attempts=9, exponential_wait=2)


class CallbackRetry(RetryStrategy):
    """procrastinate's RetryStrategy for `bisum.deliver_callback`: it retries a failed delivery
    (CallbackPending) or an unreachable store, never a bug, and waits the callback backoff
    (BISUM_CALLBACK_BASE_DELAY_S doubling to BISUM_CALLBACK_MAX_DELAY_S, jittered; RetryStrategy's own
    waits are whole seconds from fixed numbers). The attempt count stored on the job decides the last
    delivery attempt; max_attempts only bounds the runs (deliveries plus store outages)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            max_attempts=settings.callback_max_attempts + (INFRA_RETRY.max_attempts or 0),
            retry_exceptions=(CallbackPending, StoreUnavailableError),
        )
        self.settings = settings

    def get_retry_decision(self, *, exception: BaseException, job: Job) -> RetryDecision | None:
        if super().get_retry_decision(exception=exception, job=job) is None:
            return None
        attempt = exception.attempt if isinstance(exception, CallbackPending) else 1
        return RetryDecision(retry_in={"seconds": backoff(attempt, self.settings)})


def build_queue_app(settings: Settings, **pool: Any) -> App:
    app = App(connector=PsycopgConnector(conninfo=conninfo(settings.database_url), **pool))
    app.task(name=ITEM_TASK, pass_context=True, queue=settings.job_queue, retry=INFRA_RETRY)(summarize_item)
    app.task(name=CALLBACK_TASK, pass_context=True, queue=settings.job_queue, retry=CallbackRetry(settings))(
        deliver_callback
    )
    return app


class ProcrastinateBackend:
    """The API side: enqueue items and callbacks; the workers do the rest."""

    def __init__(self, settings: Settings) -> None:
        self.app = build_queue_app(settings, min_size=1, max_size=4)

    async def start(self) -> None:
        await self.app.open_async()

    async def stop(self) -> None:
        await self.app.close_async()

    async def submit(self, job: JobRecord) -> None:
        await self.app.tasks[ITEM_TASK].batch_defer_async(
            *({"job_id": job.id, "position": position} for position in range(job.total))
        )

    async def notify(self, job: JobRecord) -> None:
        if job.callback_url:
            await self.app.tasks[CALLBACK_TASK].defer_async(job_id=job.id)


async def retry_stalled_jobs(app: App, settings: Settings) -> None:
    """Forever: put the jobs of workers that stopped heart-beating back in the queue."""
    while True:
        await asyncio.sleep(settings.worker_stalled_check_s)
        try:
            stalled = await app.job_manager.get_stalled_jobs(
                queue=settings.job_queue, seconds_since_heartbeat=settings.worker_stalled_after_s
            )
            for job in stalled:
                try:
                    await app.job_manager.retry_job(job)
                except ConnectorException:
                    continue  # another worker retried it first
                log.warning("retrying a stalled job", extra={"queue_job": job.id, "kwargs": job.task_kwargs})
        except Exception:  # the database blinked: try again next round
            log.exception("stalled-job check failed")


async def run_queue_worker(
    settings: Settings,
    drafts: DraftService,
    store: JobStore,
    *,
    concurrency: int,
    name: str | None = None,
    wait: bool = True,
) -> None:
    """procrastinate's worker loop over a built graph (service/wiring.py builds it: `run_worker`)."""
    name = name or worker_name()
    state = WorkerState(settings, store, build_item_runner(settings, drafts, store, name, concurrency))
    app = build_queue_app(settings, min_size=2, max_size=concurrency + 4)
    async with app.open_async():
        reaper = asyncio.create_task(retry_stalled_jobs(app, settings), name="bisum-stalled-jobs")
        try:
            await app.run_worker_async(
                queues=[settings.job_queue],
                concurrency=concurrency,
                name=name,
                wait=wait,
                additional_context={"bisum": state},
                update_heartbeat_interval=settings.worker_heartbeat_s,
                stalled_worker_timeout=settings.worker_stalled_after_s,
            )
        finally:
            reaper.cancel()
