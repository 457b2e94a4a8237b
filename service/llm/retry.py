"""The one retry layer for LLM calls (the SDK client is built with max_retries=0).

Modelled on openai-python's own policy: retry 408/409/429/5xx, timeouts and dropped connections with
jittered exponential backoff, honouring `retry-after-ms` / `Retry-After` (seconds or HTTP date). What is
different: a Retry-After longer than we are willing to hold a caller for is not slept through; we fail at
once with UpstreamUnavailableError(retry_after=...) so the API can answer 503 + Retry-After and a batch
can reschedule. Each failed attempt is reported to `on_retry` (batch concurrency control, metrics).

One budget per article: a batch article or a job item sets `article_budget` (an `AttemptBudget` of
BISUM_ARTICLE_MAX_ATTEMPTS tries, or the batch's --max-attempts) around the whole article. Every failed
call of that article spends from it, and while it is set it, not the per-call `max_attempts`, decides when
to give up; so no layer above multiplies these retries. `backoff_delay` is the one backoff formula (the
callback retries use it too)."""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

import openai

from service.errors import (
    UpstreamRejectedError,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
)

T = TypeVar("T")
RETRYABLE_STATUS = {408, 409, 429}


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 3
    base_delay_s: float = 0.5
    max_delay_s: float = 8.0
    max_retry_after_s: float = 20.0


@dataclass
class AttemptBudget:
    """An article's tries at the endpoint, shared by every layer that retries it. A try is spent by a
    call that failed in a retryable way (429, 5xx, timeout, dropped connection) and by an unusable answer;
    a call that succeeds spends nothing (a map-reduce article needs several). So an article answered in
    one call makes at most `limit` HTTP calls, whatever fails."""

    limit: int
    spent: int = 0

    @property
    def exhausted(self) -> bool:
        return self.spent >= self.limit

    def spend(self) -> None:
        self.spent += 1


# Set by service/batch/core.py around one article: a context variable, so the calls the draft service and
# the pipeline make for it (map-reduce's gathered ones included) share it without every signature in
# between carrying it, like the request id in service/logs.py.
article_budget: ContextVar[AttemptBudget | None] = ContextVar("bisum_article_budget", default=None)


def parse_retry_after(headers: object) -> float | None:
    """Seconds to wait from `retry-after-ms` or `Retry-After` (delta-seconds or HTTP date)."""
    get = getattr(headers, "get", None)
    if get is None:
        return None
    if (ms := get("retry-after-ms")) is not None:
        try:
            return max(float(ms) / 1000, 0.0)
        except ValueError:
            pass
    value = get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(parsed.timestamp() - time.time(), 0.0)


def backoff_delay(attempt: int, policy: RetryPolicy) -> float:
    """Exponential backoff with jitter in [0.75, 1] of the nominal delay, like openai-python."""
    nominal = min(policy.base_delay_s * 2 ** (attempt - 1), policy.max_delay_s)
    return nominal * (1 - 0.25 * random.random())


def _is_retryable(exc: Exception) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS or exc.status_code >= 500
    return False


def to_domain_error(exc: Exception) -> Exception:
    """Map a final SDK failure to our error hierarchy."""
    if isinstance(exc, openai.APITimeoutError):
        return UpstreamTimeoutError(
            f"the LLM endpoint at {endpoint_url(exc)} did not answer in time "
            "(slow local servers need a larger BISUM_REQUEST_TIMEOUT_S)"
        )
    if isinstance(exc, openai.APIConnectionError):
        return UpstreamUnavailableError(
            f"could not reach the LLM endpoint at {endpoint_url(exc)} (connection failed)"
        )
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in RETRYABLE_STATUS or status >= 500:
            kind = "rate-limited us" if status == 429 else f"answered {status}"
            return UpstreamUnavailableError(
                f"the LLM endpoint {kind}", retry_after=parse_retry_after(exc.response.headers), status=status
            )
        return UpstreamRejectedError(
            f"the LLM endpoint rejected the request ({status}): {_short(exc.message)}",
            detail={"upstream_status": status},
        )
    return exc


async def call_with_retries(
    call: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    *,
    on_retry: Callable[[Exception, float], None] | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    attempt = 0
    while True:
        attempt += 1
        try:
            return await call()
        except openai.OpenAIError as exc:
            if not _is_retryable(exc):
                raise to_domain_error(exc) from exc
            retry_after = (
                parse_retry_after(exc.response.headers) if isinstance(exc, openai.APIStatusError) else None
            )
            budget = article_budget.get()
            if budget is not None:
                budget.spend()
                out_of_tries = budget.exhausted
            else:
                out_of_tries = attempt >= policy.max_attempts
            if out_of_tries or (retry_after or 0) > policy.max_retry_after_s:
                raise to_domain_error(exc) from exc
            delay = retry_after if retry_after is not None else backoff_delay(attempt, policy)
            if on_retry is not None:
                on_retry(exc, delay)
            await sleep(delay)


def endpoint_url(exc: openai.APIConnectionError) -> str:
    """Where the failed request went, without credentials or query: scheme://host:port/path."""
    try:
        url = exc.request.url
    except (AttributeError, RuntimeError):  # an error raised without a request
        return "(unknown URL)"
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{url.host}{port}{url.path}"


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
