"""The CPU-bound steps of a request (normalise + detect, and finalize: zh-Hant derivation and the checks)
run here, in worker processes, so the API's event loop only waits for them (issue 13 item 5).

On the loop, 30-90 ms of pure-Python CPU per request serialises with everything else the loop does:
under 50 concurrent clients `/healthz` waited behind it. Threads would not help (the GIL); processes do.
The loop thread pays only for pickling the arguments and the result (well under a millisecond).

`BISUM_CPU_WORKERS`: processes for the server (`None` = one per core but one, at most 4); 0 = inline, on
the calling thread, which is what the CLI and the tests use (no pool to start for one article)."""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, wait
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger("bisum.cpu")

MAX_AUTO_WORKERS = 4


def server_cpu_workers(setting: int | None) -> int:
    """`BISUM_CPU_WORKERS` for the server: as set, or (None) one process per core but one, at most 4."""
    if setting is not None:
        return max(0, setting)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(MAX_AUTO_WORKERS, cores - 1))  # the event loop keeps a core


class CpuPool:
    """`await pool.run(fn, *args, **kwargs)`: `fn(*args, **kwargs)` in a worker process (`workers` > 0)
    or inline (0). `fn` and its arguments must pickle: module-level functions, plain data, models."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = max(0, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._ready = threading.Event()
        if self.workers:
            # forkserver: workers fork from a clean single-threaded server that imported the text stages
            # and the checks once (OpenCC dictionaries, regexes), not from this threaded process.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["service.pipeline", "service.finalize"])
            try:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=context, initializer=_init_worker, initargs=(os.getpid(),)
                )
            except OSError as exc:
                # A process that may not exec its own interpreter again (its user cannot search the
                # folder the interpreter lives in) cannot start multiprocessing's helpers: the broken
                # pipe shows here. Threads it is; the service still answers.
                log.warning("cpu pool could not start, running CPU work in threads: %s", exc)
                self._ready.set()
                return
            # Starting the forkserver and the workers takes a second or two and would block whoever
            # submits first: a thread does it; until it is done, work runs in threads.
            threading.Thread(target=self._warm_up, name="cpu-pool-start", daemon=True).start()
        else:
            self._ready.set()

    def _warm_up(self) -> None:
        pool = self._pool
        if pool is None:
            return
        try:
            wait([pool.submit(_warm) for _ in range(self.workers)])
        except Exception:  # a pool that cannot start (no /dev/shm...): threads it is
            self._pool = None
        self._ready.set()

    async def run(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        if not self.workers:
            return fn(*args, **kwargs)
        call = functools.partial(fn, *args, **kwargs)
        loop = asyncio.get_running_loop()
        executor: Executor | None = self._pool if self._ready.is_set() else None
        return await loop.run_in_executor(executor, call)  # None: the loop's default thread pool

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _init_worker(parent_pid: int) -> None:
    # Ctrl-C reaches the whole process group; the server decides what an interrupt means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=exit_with, args=(parent_pid,), name="exit-with-server", daemon=True).start()


def _warm() -> None:
    """Loads what the first request would: langdetect's profiles."""
    from service.text.detect import detect

    detect(["warm up the language profiles before the first request"])


def exit_with(parent_pid: int) -> None:
    """A SIGKILLed parent (server, batch) cannot shut its pool down, and the pool's pipes never show EOF
    (every worker holds both ends of its call queue): each worker watches its parent and exits with it.
    The forkserver then exits too, once no process holds its "alive" pipe."""
    while _alive(parent_pid):
        time.sleep(0.5)
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed process is a zombie until its parent reaps it
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True
