"""Review sign-in: server-side sessions, CSRF tokens, same-origin checks and a sign-in throttle.

- Signing in with an API key starts a session: the cookie (HttpOnly, SameSite=Strict, path /review)
  carries a random id, never the key; the store keeps the id's sha256, the key's name and fingerprint
  and the expiry (BISUM_REVIEW_SESSION_TTL_S). Sign-out revokes it; rotating the key ends it too.
- CSRF tokens are an HMAC keyed by the session id: unguessable without the cookie, and the same in every
  worker process (the session is in the database).
- Failed sign-ins are throttled per client address (BISUM_REVIEW_LOGIN_MAX_FAILURES per
  BISUM_REVIEW_LOGIN_WINDOW_S), then 429 with Retry-After. The count is per process and keyed by the
  address the server sees (behind a proxy, run uvicorn with --proxy-headers so that is the client's).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlsplit

from anyio import to_thread
from fastapi import Request

from service.api.auth import key_fingerprint
from service.config import Settings
from service.errors import PermissionDeniedError
from service.principal import OPEN_PRINCIPAL, ROLE_RANK, Principal
from service.store.db import make_engine, session_factory
from service.store.review_sessions import ReviewSessionStore

COOKIE = "bisum_session"
_MAX_COOKIE_CHARS = 100  # our ids are 43 characters; anything far longer is not one of ours
_OPEN_MODE_SECRET = secrets.token_bytes(32)


@dataclass(frozen=True)
class Session:
    principal: Principal
    session_id: str = field(repr=False)  # from the cookie ("" in open mode); never in a repr or log

    @property
    def can_edit(self) -> bool:
        return ROLE_RANK[self.principal.role] >= ROLE_RANK["editor"]

    @property
    def csrf(self) -> str:
        # Open mode has no session; a per-process secret stands in (open mode is localhost-only).
        secret = self.session_id.encode() if self.session_id else _OPEN_MODE_SECRET
        return hmac.new(secret, b"bisum-review-csrf", hashlib.sha256).hexdigest()


class LoginThrottle:
    """Failed sign-ins per client address in a sliding window (in memory, bounded)."""

    MAX_ADDRESSES = 10_000

    def __init__(self, max_failures: int, window_s: float, clock: Callable[[], float] = time.monotonic):
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def retry_after(self, address: str) -> int | None:
        """Seconds until this address may try again, or None if it may now."""
        recent = self._recent(address)
        if len(recent) < self.max_failures:
            return None
        return max(1, math.ceil(recent[0] + self.window_s - self._clock()))

    def failed(self, address: str) -> None:
        if address not in self._failures and len(self._failures) >= self.MAX_ADDRESSES:
            for other in list(self._failures):  # forget quiet addresses first, then the oldest
                if not self._recent(other):
                    del self._failures[other]
            if len(self._failures) >= self.MAX_ADDRESSES:
                del self._failures[next(iter(self._failures))]
        self._recent(address).append(self._clock())

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)

    def _recent(self, address: str) -> deque[float]:
        recent = self._failures.setdefault(address, deque())
        cutoff = self._clock() - self.window_s
        while recent and recent[0] <= cutoff:
            recent.popleft()
        return recent


@dataclass
class ReviewAuth:
    sessions: ReviewSessionStore
    throttle: LoginThrottle
    ttl: timedelta


def build_review_auth(settings: Settings) -> ReviewAuth:
    """On the already-migrated database (build_drafts migrates)."""
    return ReviewAuth(
        ReviewSessionStore(session_factory(make_engine(settings.database_url))),
        LoginThrottle(settings.review_login_max_failures, settings.review_login_window_s),
        timedelta(seconds=settings.review_session_ttl_s),
    )


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def current_session(request: Request) -> Session | None:
    keyring = request.app.state.keyring
    if keyring.open:
        return Session(OPEN_PRINCIPAL, "")
    session_id = request.cookies.get(COOKIE)
    if not session_id or len(session_id) > _MAX_COOKIE_CHARS:
        return None
    auth: ReviewAuth = request.app.state.review_auth
    record = await to_thread.run_sync(auth.sessions.get, session_id)
    if record is None:
        return None  # expired or signed out: sign in again
    principal = keyring.principal_for(record.key_name, record.key_fingerprint)
    return Session(principal, session_id) if principal is not None else None  # None: the key was rotated


async def start_session(request: Request, principal: Principal, key: str) -> str:
    auth: ReviewAuth = request.app.state.review_auth
    return await to_thread.run_sync(
        lambda: auth.sessions.create(
            key_name=principal.name, key_fingerprint=key_fingerprint(key), ttl=auth.ttl
        )
    )


async def end_session(request: Request, session: Session) -> None:
    if session.session_id:
        auth: ReviewAuth = request.app.state.review_auth
        await to_thread.run_sync(auth.sessions.revoke, session.session_id)


def check_origin(request: Request) -> None:
    """Same-origin POSTs only. Browsers send Sec-Fetch-Site on every request, and a page cannot forge it.
    Our `Referrer-Policy: no-referrer` makes them send `Origin: null` (and no Referer) on form posts, so
    Origin and Referer are compared only when they carry a value; one of the signals must be there."""
    fetch_site = request.headers.get("sec-fetch-site")
    origin = request.headers.get("origin")
    source = (origin if origin != "null" else None) or request.headers.get("referer")
    host = request.headers.get("host", "").lower()
    if (
        (fetch_site is None and source is None)
        or (fetch_site is not None and fetch_site != "same-origin")
        or (source is not None and urlsplit(source).netloc.lower() != host)
    ):
        raise PermissionDeniedError("this form was not submitted from this site")
