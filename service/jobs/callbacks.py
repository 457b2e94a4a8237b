"""Job completion callbacks: POST the job summary to the job's `callback_url`, signed, retried.

Headers: `X-Bisum-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with BISUM_CALLBACK_SECRET>`
and `X-Bisum-Timestamp: <unix seconds>`. The timestamp is also in the body (`sent_at`), so the signature
covers it: a receiver checks the HMAC in constant time and rejects old timestamps (replays).
Any non-2xx answer or transport error is retried with exponential backoff, up to
BISUM_CALLBACK_MAX_ATTEMPTS; the outcome is recorded on the job (`callback.status`). Destinations are
checked (public addresses only, see targets.py) at creation and before every attempt."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import random
import time
from typing import Any

import httpx
from anyio import to_thread

from service.config import Settings
from service.errors import InputError
from service.jobs import targets
from service.jobs.models import JobRecord
from service.jobs.repository import JobStore

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


def backoff(attempt: int, settings: Settings) -> float:
    """Exponential, capped, with jitter so many failed receivers do not get retried in lock step."""
    base = min(settings.callback_max_delay_s, settings.callback_base_delay_s * 2 ** (attempt - 1))
    return base * random.uniform(0.75, 1.0)


async def deliver(
    store: JobStore, settings: Settings, job_id: str, *, client: httpx.AsyncClient | None = None
) -> bool:
    """Send the callback of a finished job, retrying; True once a 2xx was received."""
    job = await to_thread.run_sync(store.get, job_id)
    if job is None or not job.callback_url or job.callback_status == "delivered":
        return True
    if settings.callback_secret is None:
        await to_thread.run_sync(
            lambda: store.set_callback(
                job_id, status="failed", attempts=0, error="BISUM_CALLBACK_SECRET unset"
            )
        )
        return False
    secret = settings.callback_secret.get_secret_value()
    owned = client is None
    client = client or httpx.AsyncClient(timeout=settings.callback_timeout_s, follow_redirects=False)
    error = ""
    try:
        for attempt in range(1, settings.callback_max_attempts + 1):
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
                await to_thread.run_sync(
                    lambda a=attempt, e=exc.message: store.set_callback(
                        job_id, status="failed", attempts=a, error=e
                    )
                )
                log.error("callback refused", extra={"job_id": job_id, "error": exc.message})
                return False
            try:
                answer = await _post(client, target, body, headers)
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"[:500]
            else:
                if 200 <= answer.status_code < 300:
                    await to_thread.run_sync(
                        lambda a=attempt: store.set_callback(job_id, status="delivered", attempts=a)
                    )
                    log.info("callback delivered", extra={"job_id": job_id, "attempt": attempt})
                    return True
                error = f"HTTP {answer.status_code}"
            final = attempt == settings.callback_max_attempts
            await to_thread.run_sync(
                lambda a=attempt, f=final, e=error: store.set_callback(
                    job_id, status="failed" if f else "pending", attempts=a, error=e
                )
            )
            log.warning("callback failed", extra={"job_id": job_id, "attempt": attempt, "error": error})
            if not final:
                await asyncio.sleep(backoff(attempt, settings))
        return False
    finally:
        if owned:
            await client.aclose()
