"""Embedded mode (SQLite, one server process): jobs run on the server's own event loop.

A loop claims the oldest queued item whenever a slot is free (at most `job_concurrency` items at once;
the shared AdaptiveLimiter bounds the LLM calls under that), wakes at once when a job is submitted and
polls otherwise. Cancelling a job is seen at the next claim: its queued items are already `cancelled`.
On shutdown the items in flight go back to the queue; on start, items a dead process left `running` are
queued again and undelivered callbacks are sent."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from anyio import to_thread

from service.config import Settings
from service.jobs.callbacks import deliver
from service.jobs.execute import ItemRunner, holder_alive
from service.jobs.models import ItemRecord, JobRecord
from service.jobs.repository import JobStore

log = logging.getLogger("bisum.jobs")


class InProcessBackend:
    def __init__(self, store: JobStore, items: ItemRunner, settings: Settings) -> None:
        self.store = store
        self.items = items
        self.settings = settings
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()
        self._callbacks: set[asyncio.Task[bool]] = set()

    async def start(self) -> None:
        requeued = await to_thread.run_sync(self.store.requeue_running, holder_alive)
        if requeued:
            log.warning("re-queued job items left running by a stopped process", extra={"items": requeued})
        for job_id in await to_thread.run_sync(self.store.pending_callbacks):
            self._send_callback(job_id)
        self._loop_task = asyncio.create_task(self._loop(), name="bisum-jobs")

    async def stop(self) -> None:
        tasks = [t for t in (self._loop_task, *self._running, *self._callbacks) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def submit(self, job: JobRecord) -> None:
        self._wake.set()

    async def notify(self, job: JobRecord) -> None:
        if job.callback_url:
            self._send_callback(job.id)

    async def _loop(self) -> None:
        slots = asyncio.Semaphore(self.items.limiter.max_concurrency)
        while True:
            await slots.acquire()
            self._wake.clear()  # before looking, so a submit during the look is not missed
            owner = self.items.owner()
            try:
                item = await to_thread.run_sync(
                    lambda o=owner: self.store.claim_next(o, max_attempts=self.items.max_claims)
                )
            except Exception:
                log.exception("job runner could not claim an item")
                item = None
            if item is None:
                slots.release()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.settings.job_poll_interval_s)
                continue
            task = asyncio.create_task(
                self._run(item, owner), name=f"bisum-job-{item.job_id}-{item.position}"
            )
            self._running.add(task)
            task.add_done_callback(lambda t: (self._running.discard(t), slots.release()))

    async def _run(self, item: ItemRecord, owner: str) -> None:
        try:
            closed = await self.items.execute(item, owner)
        except asyncio.CancelledError:
            # Shutting down: hand the item back rather than leave it `running` until the next start.
            self.store.release(item.job_id, item.position, owner)
            raise
        if closed is not None:
            await self.notify(closed)

    def _send_callback(self, job_id: str) -> None:
        task = asyncio.create_task(
            deliver(self.store, self.settings, job_id), name=f"bisum-callback-{job_id}"
        )
        self._callbacks.add(task)
        task.add_done_callback(self._callbacks.discard)
