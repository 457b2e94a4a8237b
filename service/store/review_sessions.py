"""Review sign-in sessions, server-side. The browser holds a random id (256 bits); the table holds its
sha256, so a copy of the table signs nobody in. A session ends at its expiry, at sign-out (revoked_at),
or when its API key is rotated (the stored key fingerprint no longer matches a configured key)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.orm import Session, sessionmaker

from service.store.models import ReviewSession
from service.store.repository import now


@dataclass(frozen=True)
class ReviewSessionRecord:
    key_name: str
    key_fingerprint: str
    created_at: datetime
    expires_at: datetime


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


class ReviewSessionStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create(self, *, key_name: str, key_fingerprint: str, ttl: timedelta) -> str:
        """A new session; returns its id (only the caller, and then the cookie, ever holds it)."""
        session_id = secrets.token_urlsafe(32)
        stamp = now()
        with self._sessions() as session:
            # Housekeeping on sign-in: sessions that ended more than a day ago are no longer needed.
            session.execute(delete(ReviewSession).where(ReviewSession.expires_at < stamp - timedelta(days=1)))
            session.add(
                ReviewSession(
                    id_sha256=_digest(session_id),
                    key_name=key_name,
                    key_fingerprint=key_fingerprint,
                    created_at=stamp,
                    expires_at=stamp + ttl,
                    revoked_at=None,
                )
            )
            session.commit()
        return session_id

    def get(self, session_id: str) -> ReviewSessionRecord | None:
        """The live session for this id, or None (unknown, expired or signed out)."""
        with self._sessions() as session:
            row = session.get(ReviewSession, _digest(session_id))
            if row is None or row.revoked_at is not None or row.expires_at <= now():
                return None
            return ReviewSessionRecord(row.key_name, row.key_fingerprint, row.created_at, row.expires_at)

    def revoke(self, session_id: str) -> None:
        with self._sessions() as session:
            session.execute(
                update(ReviewSession)
                .where(ReviewSession.id_sha256 == _digest(session_id), ReviewSession.revoked_at.is_(None))
                .values(revoked_at=now())
            )
            session.commit()
