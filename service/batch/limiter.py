"""Client-side flow control toward the LLM endpoint: a concurrency limit that adapts (AIMD), plus
optional requests-per-minute and tokens-per-minute budgets.

- `slot(tokens)` holds one concurrency slot for a call and reserves 1 request + `tokens` from the
  budgets (token buckets that may go into debt, so a call larger than the burst still passes, later).
- `rate_limited(retry_after)` (a 429): pause new calls until Retry-After has passed and halve the
  limit, once per congestion event: the burst of 429s that the in-flight calls all get counts once.
- `succeeded()`: additive recovery, +1 slot per `limit` successes (one "round" at that concurrency),
  up to the configured concurrency.

Single event loop, no threads: every method runs on the loop, so plain attributes need no locks."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import AsyncIterator, Callable

DECREASE_FACTOR = 0.5
DEFAULT_PAUSE_S = 1.0  # a 429 without Retry-After
BURST_S = 1.0  # budgets allow at most this many seconds' worth of calls/tokens at once


class _Bucket:
    """Token bucket refilled continuously at `per_minute / 60` per second, holding at most `capacity`.
    Reservations are taken at once and may leave it negative: the caller sleeps off the debt."""

    def __init__(self, per_minute: float, clock: Callable[[], float]) -> None:
        if per_minute <= 0:
            raise ValueError("rate limits must be positive")
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate * BURST_S)
        self.level = self.capacity
        self._clock = clock
        self._stamp = clock()

    def reserve(self, amount: float) -> float:
        """Take `amount`; return how many seconds to wait before using it."""
        now = self._clock()
        self.level = min(self.capacity, self.level + (now - self._stamp) * self.rate)
        self._stamp = now
        self.level -= amount
        return 0.0 if self.level >= 0 else -self.level / self.rate


class AdaptiveLimiter:
    def __init__(
        self,
        concurrency: int,
        rpm: float | None = None,
        tpm: float | None = None,
        *,
        min_concurrency: int = 1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.max_concurrency = concurrency
        self._min = max(1, min(min_concurrency, concurrency))
        self._limit = concurrency
        self._credit = 0  # successes since the limit last moved
        self._active = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._clock = clock
        self._requests = _Bucket(rpm, clock) if rpm else None
        self._tokens = _Bucket(tpm, clock) if tpm else None
        self._pause_until = 0.0
        self._decrease_guard_until = 0.0
        self.rate_limit_events = 0  # 429s reported (for progress / tests)
        self.decreases = 0  # of them, how many lowered the limit

    # --- the contract ---------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def slot(self, tokens: int) -> AsyncIterator[None]:
        await self._acquire()
        try:
            await self._spend_budget(tokens)
            yield
        finally:
            self._release()

    def rate_limited(self, retry_after: float | None) -> None:
        now = self._clock()
        pause = retry_after if retry_after is not None and retry_after >= 0 else DEFAULT_PAUSE_S
        self._pause_until = max(self._pause_until, now + pause)
        self.rate_limit_events += 1
        if now >= self._decrease_guard_until:
            self._limit = max(self._min, int(self._limit * DECREASE_FACTOR))
            self._credit = 0
            # The other in-flight calls were sent at the old rate; their 429s are the same event.
            self._decrease_guard_until = now + max(pause, DEFAULT_PAUSE_S)
            self.decreases += 1

    def succeeded(self) -> None:
        if self._limit >= self.max_concurrency:
            return
        self._credit += 1
        if self._credit >= self._limit:
            self._limit += 1
            self._credit = 0
            self._wake()

    @property
    def current_concurrency(self) -> int:
        return self._limit

    # --- extras ---------------------------------------------------------------------------------

    @property
    def counts_tokens(self) -> bool:
        """Whether slot(tokens) uses `tokens` (a tokens-per-minute budget is set)."""
        return self._tokens is not None

    @property
    def active(self) -> int:
        return self._active

    @property
    def paused_for(self) -> float:
        return max(0.0, self._pause_until - self._clock())

    # --- internals ------------------------------------------------------------------------------

    async def _acquire(self) -> None:
        while True:
            if (wait := self._pause_until - self._clock()) > 0:
                await asyncio.sleep(wait)
                continue
            if self._active < self.current_concurrency:
                self._active += 1
                return
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except BaseException:
                if waiter.done() and not waiter.cancelled():
                    self._wake()  # we were woken and then cancelled: pass the wake-up on
                else:
                    with contextlib.suppress(ValueError):
                        self._waiters.remove(waiter)
                raise

    async def _spend_budget(self, tokens: int) -> None:
        waits = [0.0]
        if self._requests is not None:
            waits.append(self._requests.reserve(1))
        if self._tokens is not None:
            waits.append(self._tokens.reserve(max(0, tokens)))
        if (wait := max(waits)) > 0:
            await asyncio.sleep(wait)
        # A 429 may have arrived while this call waited for its budget: honour that pause too.
        while (pause := self._pause_until - self._clock()) > 0:
            await asyncio.sleep(pause)

    def _release(self) -> None:
        self._active -= 1
        self._wake()

    def _wake(self) -> None:
        free = self.current_concurrency - self._active
        while free > 0 and self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                free -= 1
