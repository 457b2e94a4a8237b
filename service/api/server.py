"""How `bisum serve` runs uvicorn: slow clients cannot hold connections open (slowloris).

uvicorn's h11 protocol has a keep-alive timeout between requests, but nothing bounds how long a client
may take to send a request's headers or its body: a client that sends one byte every few seconds keeps
its connection (and a slot under `limit_concurrency`) forever. `GuardedH11Protocol` adds two deadlines
and closes the connection when one passes:

- headers: from the connection's start, or the end of the previous response, until the request line and
  headers are complete (BISUM_HTTP_HEADER_TIMEOUT_S);
- body: from the end of the headers until the body is complete (BISUM_HTTP_BODY_TIMEOUT_S).

uvicorn's own options do the rest: `limit_concurrency` (BISUM_HTTP_MAX_CONNECTIONS: over it, new
requests get a 503 at once), `timeout_keep_alive` (BISUM_HTTP_KEEPALIVE_TIMEOUT_S) and h11's
`h11_max_incomplete_event_size` (BISUM_HTTP_MAX_HEADER_BYTES: larger headers are a 400)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from service.config import Settings, get_settings

log = logging.getLogger("bisum.server")


class GuardedH11Protocol(H11Protocol):
    # None: from the settings (read once per process; `serve --workers N` starts N processes).
    header_timeout_s: ClassVar[float | None] = None
    body_timeout_s: ClassVar[float | None] = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = get_settings() if self.header_timeout_s is None or self.body_timeout_s is None else None
        self._timeouts = {
            "headers": self.header_timeout_s or (settings.http_header_timeout_s if settings else 10.0),
            "body": self.body_timeout_s or (settings.http_body_timeout_s if settings else 30.0),
        }
        self._phase: str | None = None
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._follow()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)

    def _follow(self) -> None:
        """Arm the deadline of what we wait for from the client now: headers, a body, or nothing."""
        state = self.conn.their_state
        phase = "headers" if state is h11.IDLE else "body" if state is h11.SEND_BODY else None
        if self.transport.is_closing():
            phase = None
        if phase == self._phase:
            return
        self._cancel()
        self._phase = phase
        if phase is not None:
            self._deadline = self.loop.call_later(self._timeouts[phase], self._expired, phase)

    def _cancel(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self, phase: str) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        log.warning(
            "closing a connection: the client was too slow sending the request %s",
            phase,
            extra={
                "client": f"{self.client[0]}:{self.client[1]}" if self.client else None,
                "timeout_s": self._timeouts[phase],
            },
        )
        self.transport.close()


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for `uvicorn.run` / `uvicorn.Config`."""
    return {
        "http": GuardedH11Protocol,
        "limit_concurrency": settings.http_max_connections,
        "timeout_keep_alive": settings.http_keepalive_timeout_s,
        "h11_max_incomplete_event_size": settings.http_max_header_bytes,
    }
