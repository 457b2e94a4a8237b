"""Pure ASGI middleware: request ids, the access log + request metrics, and the request body cap."""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service import metrics
from service.logs import request_id_var

access_log = logging.getLogger("bisum.access")


class RequestIdMiddleware:
    """Takes X-Request-ID from the caller (or makes one), exposes it to logs and echoes it back."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        supplied = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = supplied[:64] if supplied.isprintable() and supplied else uuid.uuid4().hex
        token = request_id_var.set(request_id)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            request_id_var.reset(token)


class AccessLogMiddleware:
    """One log line and one metrics sample per request: method, route template, status, duration.
    Inside RequestIdMiddleware, so the line carries the request id; outside the body cap, so 413s count."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app raises before answering
        recorded = False

        def record() -> None:
            nonlocal recorded
            if recorded:
                return
            recorded = True
            elapsed = time.perf_counter() - started
            method, route = scope["method"], route_template(scope)
            metrics.HTTP_REQUESTS.labels(method, route, str(status)).inc()
            metrics.HTTP_DURATION.labels(method, route).observe(elapsed)
            access_log.info(
                "request",
                extra={
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 1),
                },
            )

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                record()  # before the last byte leaves: a client that saw the answer sees it counted
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            record()


def route_template(scope: Scope) -> str:
    """The matched route's path template (`/v1/summaries`), never the raw path: unmatched paths would
    otherwise make one label value per URL a scanner tries."""
    path = getattr(scope.get("route"), "path", None)
    if path:
        return path
    # Not routed (rejected by the body cap first, or 404/405): match against the app's routes ourselves.
    for route in _leaf_routes(getattr(scope.get("app"), "routes", ())):
        if route.matches(scope)[0] is not Match.NONE:
            return route.path
    return "unmatched"


def _leaf_routes(routes: Iterable[Any]) -> Iterator[Any]:
    for route in routes:
        if isinstance(getattr(route, "path", None), str):
            yield route
        # FastAPI keeps included routers as wrappers around the original APIRouter.
        yield from _leaf_routes(getattr(getattr(route, "original_router", None), "routes", ()))


class BodyLimitMiddleware:
    """413 for bodies over `max_bytes`: at once from Content-Length, or as soon as a chunked body
    passes the cap, so an oversized upload is never read whole nor reaches the handler."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(send)
            return
        received = 0
        started = rejected = False

        async def counting_receive() -> Message:
            nonlocal received, rejected
            if rejected:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # Answer 413 here rather than raise: FastAPI turns any exception raised while it
                    # reads the body into a 400. The app is told the client left and stops reading.
                    rejected = True
                    if not started:
                        await self._reject(send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if rejected:
                return  # the 413 is already out; drop the app's answer to the cut-off body
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counting_receive, guarded_send)

    async def _reject(self, send: Send) -> None:
        body = json.dumps(
            {
                "error": {
                    "code": "body_too_large",
                    "message": f"request body exceeds the limit of {self.max_bytes} bytes",
                    "detail": {"max_bytes": self.max_bytes},
                }
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
