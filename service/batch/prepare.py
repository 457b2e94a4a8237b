"""Source preparation (normalise + detect: 5-50 ms of pure-Python CPU per article) off the event loop.

On one event loop that CPU would serialise with everything else and a 1,000-article batch would be
CPU-bound long before the provider is; worker processes run it on the other cores. Small batches (and
one-core machines) use a thread instead: a pool costs a second or so to start."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor, wait

from service.config import Settings
from service.cpu import exit_with as _exit_with
from service.pipeline import Source, prepare_source
from service.schemas import SummaryRequest

POOL_THRESHOLD = 48  # articles to prepare before a process pool pays for its start-up

_settings: Settings | None = None


def default_workers(articles: int) -> int:
    if articles < POOL_THRESHOLD:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(4, cores - 1)  # the event loop keeps a core


class Preparer:
    """`await preparer(request)` -> Source, in a process pool when `workers` > 0, else a thread."""

    def __init__(self, settings: Settings, workers: int = 0) -> None:
        self._settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self._ready = threading.Event()
        self._started: asyncio.Future[bool] | None = None
        self._starting = workers > 0
        if workers > 0:
            # forkserver: children fork from a clean single-threaded server that has the text modules
            # imported once, instead of forking this threaded process or re-importing per worker.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["service.pipeline"])
            self._pool = ProcessPoolExecutor(
                workers, mp_context=context, initializer=_init_worker, initargs=(settings, os.getpid())
            )
            # Starting the forkserver and its workers takes a second or two and blocks whoever submits
            # first: a thread does it, so the event loop never waits on it.
            threading.Thread(target=self._warm_up, name="prepare-pool-start", daemon=True).start()

    @property
    def workers(self) -> int:
        return self._pool._max_workers if self._pool is not None else 0  # type: ignore[attr-defined]

    async def __call__(self, request: SummaryRequest) -> Source:
        if self._pool is None and not self._starting:
            return await asyncio.to_thread(prepare_source, request, self._settings)
        loop = asyncio.get_running_loop()
        if not self._ready.is_set():
            # Wait for the pool without blocking the loop (one thread waits for everybody). Preparing
            # here meanwhile would load the text models into this process too: +60 MB for good.
            if self._started is None:
                self._started = loop.run_in_executor(None, self._ready.wait)
            await asyncio.shield(self._started)
        pool = self._pool
        if pool is None:  # it could not start
            return await asyncio.to_thread(prepare_source, request, self._settings)
        return await loop.run_in_executor(pool, _prepare, request)

    def _warm_up(self) -> None:
        pool = self._pool
        if pool is None:
            return
        try:
            wait([pool.submit(_ping) for _ in range(pool._max_workers)])  # type: ignore[attr-defined]
        except Exception:  # a pool that cannot start: prepare in threads
            self._pool = None
        self._ready.set()

    def close(self) -> None:
        pool, self._pool = self._pool, None
        self._ready.set()  # nobody waits for a pool that is going away
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _init_worker(settings: Settings, batch_pid: int) -> None:
    global _settings
    _settings = settings
    # Ctrl-C reaches the whole process group; the parent decides what an interrupt means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(batch_pid,), name="exit-with-batch", daemon=True).start()


def _ping() -> None:
    pass


def _prepare(request: SummaryRequest) -> Source:
    assert _settings is not None
    return prepare_source(request, _settings)
