"""AdaptiveLimiter: concurrency cap, AIMD on 429s, pause until Retry-After, rpm/tpm token buckets."""

from __future__ import annotations

import asyncio
import time

import pytest

from service.batch.limiter import AdaptiveLimiter, _Bucket


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_never_more_calls_than_the_concurrency() -> None:
    limiter = AdaptiveLimiter(3)
    running = peak = 0

    async def call() -> None:
        nonlocal running, peak
        async with limiter.slot(10):
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.005)
            running -= 1

    await asyncio.gather(*(call() for _ in range(20)))
    assert peak == 3
    assert limiter.active == 0


async def test_a_burst_of_429s_halves_the_limit_once_then_success_recovers_it() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter(16, clock=clock)
    for _ in range(10):  # the in-flight calls of one congestion event all come back 429
        limiter.rate_limited(2.0)
    assert limiter.current_concurrency == 8
    assert (limiter.rate_limit_events, limiter.decreases) == (10, 1)

    clock.now += 2.5  # a 429 after the pause is a new event
    limiter.rate_limited(None)
    assert limiter.current_concurrency == 4

    successes = 0
    while limiter.current_concurrency < 16:
        limiter.succeeded()
        successes += 1
    # Additive: +1 per `limit` successes, so 4 -> 16 takes sum(4..15) = 114 successes, not one.
    assert successes == sum(range(4, 16))
    limiter.succeeded()
    assert limiter.current_concurrency == 16


async def test_never_below_one() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter(2, clock=clock)
    for _ in range(5):
        limiter.rate_limited(0)
        clock.now += 2
    assert limiter.current_concurrency == 1


async def test_new_slots_wait_out_retry_after() -> None:
    limiter = AdaptiveLimiter(4)
    limiter.rate_limited(0.2)
    assert limiter.paused_for > 0.1
    started = time.monotonic()
    async with limiter.slot(1):
        waited = time.monotonic() - started
    assert waited >= 0.19  # held back until the Retry-After had passed (a lower bound: not flaky)


async def test_lowered_limit_holds_back_waiters_and_a_cancelled_waiter_leaks_nothing() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter(2, clock=clock)
    release = asyncio.Event()
    entered: list[int] = []

    async def call(number: int) -> None:
        async with limiter.slot(1):
            entered.append(number)
            await release.wait()

    first = [asyncio.create_task(call(n)) for n in (1, 2)]
    await asyncio.sleep(0)
    waiting = [asyncio.create_task(call(n)) for n in (3, 4)]
    await asyncio.sleep(0.01)
    assert sorted(entered) == [1, 2]
    limiter.rate_limited(0)  # limit 2 -> 1; no pause (Retry-After 0)
    waiting[0].cancel()
    release.set()
    await asyncio.gather(*first, waiting[1], return_exceptions=True)
    assert sorted(entered) == [1, 2, 4]
    assert limiter.active == 0
    assert limiter.current_concurrency == 1


def test_request_bucket_paces_calls_at_the_configured_rate() -> None:
    clock = Clock()
    bucket = _Bucket(120, clock)  # 2 per second, burst of 2
    waits = [bucket.reserve(1) for _ in range(6)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2:] == pytest.approx([0.5, 1.0, 1.5, 2.0])
    clock.now += 10  # refills, but never above the burst
    assert [bucket.reserve(1) for _ in range(3)] == pytest.approx([0.0, 0.0, 0.5])


def test_token_bucket_lets_a_call_bigger_than_the_burst_through_in_debt() -> None:
    clock = Clock()
    bucket = _Bucket(6000, clock)  # 100 tokens/s
    assert bucket.reserve(250) == pytest.approx(1.5)  # waits for the 150 it is short of
    assert bucket.reserve(100) == pytest.approx(2.5)  # and the next caller pays for it


async def test_rpm_budget_spaces_the_slots() -> None:
    limiter = AdaptiveLimiter(10, rpm=1200)  # 20/s, a burst of 20
    started = time.monotonic()
    for _ in range(25):
        async with limiter.slot(0):
            pass
    assert time.monotonic() - started >= 0.2  # the 5 beyond the burst wait 0.05 s each at least


def test_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        AdaptiveLimiter(0)
    with pytest.raises(ValueError):
        AdaptiveLimiter(2, rpm=-1)
