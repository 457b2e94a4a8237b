"""The retry layer on its own: what is retried, how long it waits, what it finally raises."""

from __future__ import annotations

import httpx
import openai
import pytest

from service.errors import UpstreamRejectedError, UpstreamTimeoutError, UpstreamUnavailableError
from service.llm.retry import RetryPolicy, backoff_delay, call_with_retries, parse_retry_after

REQUEST = httpx.Request("POST", "http://llm.test/v1/chat/completions")


def status_error(status: int, headers: dict | None = None) -> openai.APIStatusError:
    response = httpx.Response(
        status, headers=headers or {}, request=REQUEST, json={"error": {"message": "x"}}
    )
    cls = {429: openai.RateLimitError, 500: openai.InternalServerError, 401: openai.AuthenticationError}.get(
        status, openai.APIStatusError
    )
    return cls("x", response=response, body=None)


class Script:
    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


@pytest.fixture
def slept():
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    fake_sleep.waits = waits
    return fake_sleep


def test_parse_retry_after_forms():
    assert parse_retry_after(httpx.Headers({"retry-after": "7"})) == 7
    assert parse_retry_after(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert parse_retry_after(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0
    assert parse_retry_after(httpx.Headers({})) is None
    assert parse_retry_after(httpx.Headers({"retry-after": "soon"})) is None


def test_backoff_grows_and_is_capped():
    policy = RetryPolicy(base_delay_s=0.5, max_delay_s=2.0)
    assert 0.375 <= backoff_delay(1, policy) <= 0.5
    assert 0.75 <= backoff_delay(2, policy) <= 1.0
    assert 1.5 <= backoff_delay(5, policy) <= 2.0


async def test_retries_429_honouring_retry_after(slept):
    call = Script(status_error(429, {"retry-after": "3"}), "ok")
    assert await call_with_retries(call, RetryPolicy(max_attempts=3), sleep=slept) == "ok"
    assert call.calls == 2 and slept.waits == [3.0]


async def test_gives_up_after_max_attempts_with_retry_after(slept):
    call = Script(*[status_error(429, {"retry-after": "2"})] * 3)
    with pytest.raises(UpstreamUnavailableError) as raised:
        await call_with_retries(call, RetryPolicy(max_attempts=3), sleep=slept)
    assert raised.value.retry_after == 2 and raised.value.status == 429
    assert call.calls == 3


async def test_long_retry_after_fails_fast(slept):
    call = Script(status_error(429, {"retry-after": "600"}))
    with pytest.raises(UpstreamUnavailableError) as raised:
        await call_with_retries(call, RetryPolicy(max_attempts=3, max_retry_after_s=20), sleep=slept)
    assert raised.value.retry_after == 600 and call.calls == 1 and slept.waits == []


async def test_timeouts_become_upstream_timeout(slept):
    call = Script(*[openai.APITimeoutError(request=REQUEST)] * 2)
    with pytest.raises(UpstreamTimeoutError):
        await call_with_retries(call, RetryPolicy(max_attempts=2), sleep=slept)
    assert call.calls == 2


async def test_client_errors_are_not_retried(slept):
    call = Script(status_error(401))
    with pytest.raises(UpstreamRejectedError):
        await call_with_retries(call, RetryPolicy(max_attempts=3), sleep=slept)
    assert call.calls == 1


async def test_on_retry_hook_sees_each_failure(slept):
    seen = []
    call = Script(status_error(500), openai.APIConnectionError(request=REQUEST), "ok")
    await call_with_retries(
        call, RetryPolicy(max_attempts=3), on_retry=lambda e, d: seen.append(type(e)), sleep=slept
    )
    assert seen == [openai.InternalServerError, openai.APIConnectionError]
