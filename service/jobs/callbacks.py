"""Job completion callbacks: POST the job summary to the job's `callback_url`, signed, retried.

Headers: `X-Bisum-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with BISUM_CALLBACK_SECRET>`
and `X-Bisum-Timestamp: <unix seconds>`. The timestamp is also in the body (`sent_at`), so the signature
covers it: a receiver checks the HMAC in constant time and rejects old timestamps (replays).
Any non-2xx answer or transport error is retried with exponential backoff (service/llm/retry.py's
`backoff_delay` over BISUM_CALLBACK_BASE_DELAY_S .. BISUM_CALLBACK_MAX_DELAY_S), up to
BISUM_CALLBACK_MAX_ATTEMPTS in all: the count is kept on the job, so a restart does not start it over, and
the outcome is recorded there (`callback.status`). Destinations are checked (public addresses only, see
targets.py) at creation and before every attempt.

`attempt_delivery` is one attempt. On Postgres each attempt is one run of the procrastinate task
`bisum.deliver_callback`: a failed one raises `CallbackPending` and procrastinate's retry strategy
(queue.CallbackRetry) runs the task again after the backoff, so no worker slot sleeps. In-process
(SQLite), `deliver` loops in the callback's own task, beside the item slots."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from anyio import to_thread

from service.config import Settings
from service.errors import InputError
from service.jobs import targets
from service.jobs.models import JobRecord
from service.jobs.repository import JobStore
from service.llm.retry import RetryPolicy, backoff_delay

log = logging.getLogger("bisum.jobs.callbacks")
SIGNATURE_HEADER = "X-Bisum-Signature"
TIMESTAMP_HEADER = "X-Bisum-Timestamp"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str) -> bool:
    """What a receiver does (and the tests): constant-time comparison of the expected signature."""
    return hmac.compare_digest(sign(secret, body), signature)


async def check_callback_url(url: str, settings: Settings) -> None:
    """At job creation: a callback needs a secret to sign with, an allowed host (if configured) and a
    public destination (targets.py)."""
    if settings.callback_secret is None:
        raise InputError("callback_url needs BISUM_CALLBACK_SECRET to be configured on the server")
    await targets.check(url, settings)


async def _post(
    client: httpx.AsyncClient, target: targets.Target, body: bytes, headers: dict[str, str]
) -> httpx.Response:
    """POST to the checked address; the URL's host name stays in Host and in TLS SNI / certificate checks."""
    if not target.pinned:
        return await client.post(target.url, content=body, headers=headers)
    request = client.build_request("POST", target.url, content=body, headers=headers)
    request.headers["host"] = target.netloc
    request.extensions["sni_hostname"] = target.host
    return await client.send(request)


def payload(job: JobRecord, sent_at: int) -> dict[str, Any]:
    view = job.view().model_dump(mode="json", exclude={"callback"})
    return {
        "event": f"job.{job.status}",
        "job": view,
        "results_url": f"/v1/jobs/{job.id}/results",
        "sent_at": sent_at,
    }


def callback_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(
        max_attempts=settings.callback_max_attempts,
        base_delay_s=settings.callback_base_delay_s,
        max_delay_s=settings.callback_max_delay_s,
    )


def backoff(attempt: int, settings: Settings) -> float:
    """Seconds before the attempt after `attempt` (jittered, so failed receivers are not retried in step)."""
    return backoff_delay(attempt, callback_policy(settings))


class CallbackPending(Exception):
    """An attempt failed and another is allowed: procrastinate runs the task again (queue.CallbackRetry)."""

    def __init__(self, job_id: str, attempt: int, error: str) -> None:
        super().__init__(f"callback of {job_id}: attempt {attempt} failed ({error})")
        self.attempt = attempt


@dataclass(frozen=True)
class Attempt:
    outcome: Literal["delivered", "pending", "failed"]
    number: int  # this attempt's number (from 1); 0 when nothing was sent
    error: str = ""


async def attempt_delivery(
    store: JobStore, settings: Settings, job_id: str, *, client: httpx.AsyncClient | None = None
) -> Attempt:
    """One attempt at the callback of a finished job, recorded on the job: `pending` means it failed and
    may be tried again after `backoff(number)`."""
    job = await to_thread.run_sync(store.get, job_id)
    if job is None or not job.callback_url or job.callback_status == "delivered":
        return Attempt("delivered", 0)
    if settings.callback_secret is None:
        await to_thread.run_sync(
            lambda: store.set_callback(
                job_id, status="failed", attempts=0, error="BISUM_CALLBACK_SECRET unset"
            )
        )
        return Attempt("failed", 0)
    attempt = job.callback_attempts + 1
    if attempt > settings.callback_max_attempts:  # a retry scheduled before a restart, already spent
        return Attempt("failed", job.callback_attempts)
    secret = settings.callback_secret.get_secret_value()
    sent_at = int(time.time())
    body = json.dumps(payload(job, sent_at), ensure_ascii=False, separators=(",", ":")).encode()
    headers = {
        "content-type": "application/json",
        "user-agent": "bisum-callback",
        SIGNATURE_HEADER: sign(secret, body),
        TIMESTAMP_HEADER: str(sent_at),
        "X-Bisum-Job": job.id,
        "X-Bisum-Attempt": str(attempt),
    }
    try:
        target = await targets.check(job.callback_url, settings)
    except targets.CallbackTargetError as exc:  # e.g. DNS now answers a private address
        refused = exc.message
        await to_thread.run_sync(
            lambda: store.set_callback(job_id, status="failed", attempts=attempt, error=refused)
        )
        log.error("callback refused", extra={"job_id": job_id, "error": refused})
        return Attempt("failed", attempt, refused)
    owned = client is None
    client = client or httpx.AsyncClient(timeout=settings.callback_timeout_s, follow_redirects=False)
    try:
        answer = await _post(client, target, body, headers)
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"[:500]
    else:
        if 200 <= answer.status_code < 300:
            await to_thread.run_sync(lambda: store.set_callback(job_id, status="delivered", attempts=attempt))
            log.info("callback delivered", extra={"job_id": job_id, "attempt": attempt})
            return Attempt("delivered", attempt)
        error = f"HTTP {answer.status_code}"
    finally:
        if owned:
            await client.aclose()
    final = attempt >= settings.callback_max_attempts
    await to_thread.run_sync(
        lambda: store.set_callback(
            job_id, status="failed" if final else "pending", attempts=attempt, error=error
        )
    )
    log.warning("callback failed", extra={"job_id": job_id, "attempt": attempt, "error": error})
    return Attempt("failed" if final else "pending", attempt, error)


async def deliver(
    store: JobStore,
    settings: Settings,
    job_id: str,
    *,
    client: httpx.AsyncClient | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> bool:
    """In-process mode: attempt until delivered or out of attempts; True once a 2xx was received. Runs
    in its own task (InProcessBackend), never in an item slot."""
    owned = client is None
    client = client or httpx.AsyncClient(timeout=settings.callback_timeout_s, follow_redirects=False)
    try:
        while True:
            attempt = await attempt_delivery(store, settings, job_id, client=client)
            if attempt.outcome != "pending":
                return attempt.outcome == "delivered"
            await sleep(backoff(attempt.number, settings))
    finally:
        if owned:
            await client.aclose()
