"""A scriptable fake OpenAI-compatible chat-completions server for tests, benchmarks and manual runs.

It speaks real HTTP/1.1 with keep-alive on top of a small ``asyncio.start_server`` implementation, which
keeps it cheap (benchmarks push thousands of requests through it) and gives exact control over transport
faults (dropping a connection mid-body, never answering).

Endpoints::

    POST /v1/chat/completions   non-streaming only ("stream": true -> 400)
    GET  /v1/models             the configured model
    GET  /v1/models/{id}
    GET  /_fake/config          current FakeConfig as JSON
    POST /_fake/config          JSON body with any FakeConfig fields; merged into the current config
    POST /_fake/script          {"faults": [...]} -> replaces the pending script
    POST /_fake/reset           back to the start-up config; clears stats and the script
    GET  /_fake/stats           counters and the last requests (see FakeLLM.stats)

The ``/v1`` prefix is optional on the OpenAI paths. Faults (the names are the contract) are listed in
``FAULTS``; see ``FakeConfig`` for how they are chosen per request.

Usage::

    with FakeLLM(latency_ms=50, seed=7) as fake:          # background thread, ephemeral port
        client = AsyncOpenAI(api_key="x", base_url=fake.base_url)
        fake.script("rate_limit", "ok")                    # next two requests
        fake.configure(faults={"server_error": 0.1})       # then 10% 500s
        ...
        fake.stats["calls"]

    serve_forever("127.0.0.1", 8089, FakeConfig(...))      # foreground, e.g. ``bisum fake-llm``
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import copy
import json
import logging
import math
import os
import random
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from service.devtools.fake_content import DEFAULT_ITEMS, build_answer, estimate_tokens, prompt_tokens
from service.devtools.fake_flavors import Flavor, format_rejection
from service.devtools.fake_repair import repair_answer

__all__ = ["FAULTS", "FakeConfig", "FakeLLM", "serve_forever"]

log = logging.getLogger(__name__)

FAULTS: tuple[str, ...] = (
    "ok",
    "rate_limit",  # 429 + Retry-After
    "server_error",  # 500
    "unavailable",  # 503
    "timeout",  # request read, never answered; connection closed only when the client gives up
    "disconnect",  # status line, headers and half the body, then the socket is closed
    "invalid_json",  # 200, content is not JSON (starts like the right JSON, cut inside a string)
    "truncated",  # 200, good JSON cut in half, finish_reason "length"
    "empty",  # 200, content ""
    "english_in_chinese",  # 200, every zh string is English filler
    "traditional_in_hans",  # 200, zh strings converted to Traditional + a Traditional sentence
    "invented_numbers",  # 200, "37%" / "2031" added to summary (and translated paragraph) strings
    "prompt_injection",  # 200, text fields say "I have been pwned" / "我已被攻破"
)

_LATENCY_RE = re.compile(r"^\s*(fixed|uniform|lognormal)\s*(?:\(\s*([^()]*?)\s*\))?\s*$", re.I)


def _parse_latency(spec: str | None, latency_ms: float) -> Callable[[random.Random], float]:
    """A sampler returning seconds. ``spec`` values are in milliseconds."""
    if spec is None:
        return lambda _rng: latency_ms / 1000.0
    m = _LATENCY_RE.match(spec)
    if not m:
        raise ValueError(
            f"latency must be fixed, fixed(ms), uniform(a,b) or lognormal(median,sigma): {spec!r}"
        )
    kind = m.group(1).lower()
    args = [float(a) for a in m.group(2).split(",")] if m.group(2) else []
    if any(a < 0 or math.isnan(a) for a in args):
        raise ValueError(f"latency parameters must be >= 0: {spec!r}")
    if kind == "fixed":
        if len(args) > 1:
            raise ValueError(f"fixed takes at most one argument: {spec!r}")
        value = (args[0] if args else latency_ms) / 1000.0
        return lambda _rng: value
    if len(args) != 2:
        raise ValueError(f"{kind} takes two arguments: {spec!r}")
    a, b = args
    if kind == "uniform":
        lo, hi = min(a, b) / 1000.0, max(a, b) / 1000.0
        return lambda rng: rng.uniform(lo, hi)
    if a <= 0:
        raise ValueError(f"lognormal median must be > 0: {spec!r}")
    mu, sigma = math.log(a / 1000.0), b
    return lambda rng: rng.lognormvariate(mu, sigma)


class FakeConfig(BaseModel):
    """Behaviour of the fake server. Every field can be changed at run time (``configure`` / HTTP).

    Per chat request the fault is the next ``script`` entry if any, else drawn from ``faults`` (the rest of
    the probability is "ok"). The latency is slept before every chat answer, error statuses and
    ``disconnect`` included (``timeout`` never answers at all); /v1/models and /_fake/* answer at once."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    model: str = Field(
        default="bisum-fake-llm", description="Listed by /v1/models; used when a request has none"
    )
    flavor: Flavor = Field(
        default="openai",
        description="Which server's response_format support to imitate: openai (all), llama_cpp (500 on "
        "json_schema), deepseek (400 on json_schema; json_object needs 'json' in the prompt), lm_studio "
        "(400 on json_object); see fake_flavors",
    )
    latency_ms: float = Field(default=0.0, ge=0, description="Fixed latency per completion, milliseconds")
    latency: str | None = Field(
        default=None,
        description="Distribution in ms overriding latency_ms: 'fixed', 'fixed(200)', 'uniform(50,150)', "
        "'lognormal(100,0.5)' (median, sigma)",
    )
    faults: dict[str, float] = Field(
        default_factory=dict, description="Fault -> probability per request; the remainder is 'ok'"
    )
    script: list[str] = Field(
        default_factory=list, description="Faults consumed one per request before the ratios apply"
    )
    retry_after_s: float = Field(default=1.0, ge=0, description="Retry-After header value for rate_limit")
    seed: int | None = Field(
        default=None, description="Makes fault draws, latencies and content reproducible"
    )
    items: int = Field(default=DEFAULT_ITEMS, ge=0, le=50, description="Item count of string arrays")
    keep_requests: int = Field(default=50, ge=0, description="How many recent request bodies stats keep")

    @field_validator("faults")
    @classmethod
    def _check_faults(cls, v: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(v) - set(FAULTS))
        if unknown:
            raise ValueError(f"unknown fault(s) {unknown}; known: {list(FAULTS)}")
        if any(p < 0 or math.isnan(p) for p in v.values()):
            raise ValueError("fault ratios must be >= 0")
        if sum(v.values()) > 1.0 + 1e-9:
            raise ValueError(f"fault ratios sum to {sum(v.values()):.3f} > 1")
        return v

    @field_validator("script")
    @classmethod
    def _check_script(cls, v: list[str]) -> list[str]:
        unknown = sorted({f for f in v if f not in FAULTS})
        if unknown:
            raise ValueError(f"unknown fault(s) {unknown}; known: {list(FAULTS)}")
        return v

    @model_validator(mode="after")
    def _check_latency(self) -> FakeConfig:
        _parse_latency(self.latency, self.latency_ms)
        return self


# --- HTTP plumbing ---------------------------------------------------------------------------

_REASONS = {
    200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large",
    429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable",
}  # fmt: skip
_MAX_BODY = 64 * 1024 * 1024
_MAX_HEADERS = 200


class _BadRequest(Exception):
    pass


@dataclass
class _Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    keep_alive: bool


async def _read_request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> _Request | None:
    line = await reader.readline()
    while line in (b"\r\n", b"\n"):
        line = await reader.readline()
    if not line:
        return None
    parts = line.decode("latin-1").split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise _BadRequest("malformed request line")
    method, target, version = parts
    headers: dict[str, str] = {}
    for _ in range(_MAX_HEADERS):
        hline = await reader.readline()
        if not hline:
            raise asyncio.IncompleteReadError(b"", None)
        if hline in (b"\r\n", b"\n"):
            break
        name, sep, value = hline.decode("latin-1").partition(":")
        if not sep:
            raise _BadRequest("malformed header")
        headers[name.strip().lower()] = value.strip()
    else:
        raise _BadRequest("too many headers")

    if headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    if "chunked" in headers.get("transfer-encoding", "").lower():
        chunks = []
        total = 0
        while True:
            size_line = await reader.readline()
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                break
            total += size
            if total > _MAX_BODY:
                raise _BadRequest("body too large")
            chunks.append(await reader.readexactly(size))
            await reader.readline()
        body = b"".join(chunks)
    else:
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError:
            raise _BadRequest("bad content-length") from None
        if length < 0 or length > _MAX_BODY:
            raise _BadRequest("bad content-length")
        body = await reader.readexactly(length) if length else b""

    conn = headers.get("connection", "").lower()
    keep_alive = "close" not in conn if version == "HTTP/1.1" else "keep-alive" in conn
    return _Request(method.upper(), target.split("?", 1)[0], headers, body, keep_alive)


def _head(status: int, length: int, keep_alive: bool, extra: dict[str, str] | None = None) -> bytes:
    lines = [
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}",
        "Content-Type: application/json",
        f"Content-Length: {length}",
        f"Connection: {'keep-alive' if keep_alive else 'close'}",
        f"X-Request-Id: req_{uuid.uuid4().hex[:24]}",
    ]
    lines.extend(f"{k}: {v}" for k, v in (extra or {}).items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _error_body(message: str, type_: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


@dataclass
class _Plan:
    fault: str
    delay_s: float
    content_seed: int
    retry_after_s: float
    model: str
    items: int


# --- the server ------------------------------------------------------------------------------


class FakeLLM:
    """The fake server. ``start()`` runs it in a background thread; ``serve()`` in the current loop."""

    def __init__(
        self, config: FakeConfig | dict[str, Any] | None = None, *, host: str = "127.0.0.1", port: int = 0,
        **overrides: Any,
    ) -> None:  # fmt: skip
        base = config.model_dump() if isinstance(config, FakeConfig) else dict(config or {})
        self._initial = FakeConfig.model_validate({**base, **overrides})
        self.host = host
        self.port = port
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._conns: set[asyncio.Task[Any]] = set()
        self._start_error: BaseException | None = None
        self._apply_reset()

    # -- state (all under self._lock) --

    def _apply_reset(self) -> None:
        with self._lock:
            self._config = self._initial.model_copy(deep=True)
            self._script: collections.deque[str] = collections.deque(self._config.script)
            self._reseed()
            self._latency = _parse_latency(self._config.latency, self._config.latency_ms)
            self._calls = 0
            self._by_fault: dict[str, int] = {}
            self._prompt_tokens = 0
            self._completion_tokens = 0
            self._in_flight = 0
            self._max_in_flight = 0
            self._requests: collections.deque[Any] = collections.deque(maxlen=self._config.keep_requests)

    def _reseed(self) -> None:
        seed = self._config.seed
        if seed is None:
            seed = int.from_bytes(os.urandom(8), "big")
        self._fault_rng = random.Random(f"{seed}:faults")
        self._latency_rng = random.Random(f"{seed}:latency")
        self._content_rng = random.Random(f"{seed}:content")

    @property
    def config(self) -> FakeConfig:
        with self._lock:
            return self._config.model_copy(deep=True)

    def configure(self, **fields: Any) -> FakeConfig:
        """Merge ``fields`` into the current config. ``script`` replaces the pending script; ``seed``
        re-seeds the random sources; ``keep_requests`` keeps the newest stored bodies."""
        with self._lock:
            new = FakeConfig.model_validate({**self._config.model_dump(), **fields})
            self._config = new
            self._latency = _parse_latency(new.latency, new.latency_ms)
            if "script" in fields:
                self._script = collections.deque(new.script)
            if "seed" in fields:
                self._reseed()
            if "keep_requests" in fields:
                self._requests = collections.deque(self._requests, maxlen=new.keep_requests)
            return new.model_copy(deep=True)

    def script(self, *faults: str) -> None:
        """Replace the pending script: the next ``len(faults)`` requests get these faults, in order."""
        self.configure(script=list(faults))

    def reset(self) -> None:
        """Back to the config given at construction; clears the stats, the script and the request log."""
        self._apply_reset()

    @property
    def stats(self) -> dict[str, Any]:
        """A snapshot: calls, by_fault, prompt/completion/total tokens, in_flight, max_in_flight,
        script_remaining, and ``requests`` (the last ``keep_requests`` chat request bodies, oldest first)."""
        with self._lock:
            return {
                "calls": self._calls,
                "by_fault": dict(self._by_fault),
                "prompt_tokens": self._prompt_tokens,
                "completion_tokens": self._completion_tokens,
                "total_tokens": self._prompt_tokens + self._completion_tokens,
                "in_flight": self._in_flight,
                "max_in_flight": self._max_in_flight,
                "script_remaining": list(self._script),
                "requests": copy.deepcopy(list(self._requests)),
            }

    @property
    def last_request(self) -> dict[str, Any] | None:
        with self._lock:
            return copy.deepcopy(self._requests[-1]) if self._requests else None

    def _begin_call(self, body: Any, fault: str | None = None) -> _Plan:
        with self._lock:
            cfg = self._config
            if fault is None:
                if self._script:
                    fault = self._script.popleft()
                else:
                    r = self._fault_rng.random()
                    fault = "ok"
                    acc = 0.0
                    for name in FAULTS:
                        p = cfg.faults.get(name, 0.0)
                        if p <= 0:
                            continue
                        acc += p
                        if r < acc:
                            fault = name
                            break
            self._calls += 1
            self._by_fault[fault] = self._by_fault.get(fault, 0) + 1
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)
            if self._requests.maxlen:
                self._requests.append(body)
            model = body.get("model") if isinstance(body, dict) else None
            return _Plan(
                fault=fault,
                delay_s=max(0.0, self._latency(self._latency_rng)),
                content_seed=self._content_rng.getrandbits(64),
                retry_after_s=cfg.retry_after_s,
                model=model if isinstance(model, str) and model else cfg.model,
                items=cfg.items,
            )

    def _end_call(self, prompt: int = 0, completion: int = 0) -> None:
        with self._lock:
            self._in_flight -= 1
            self._prompt_tokens += prompt
            self._completion_tokens += completion

    # -- lifecycle --

    @property
    def base_url(self) -> str:
        host = self.host
        if host in ("0.0.0.0", ""):
            host = "127.0.0.1"
        elif ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/v1"

    def start(self) -> str:
        """Serve from a daemon thread with its own event loop; returns ``base_url``."""
        if self._thread is not None:
            return self.base_url
        ready = threading.Event()
        self._start_error = None
        self._thread = threading.Thread(target=self._thread_main, args=(ready,), name="fake-llm", daemon=True)
        self._thread.start()
        if not ready.wait(15):
            raise RuntimeError("fake LLM did not start in time")
        if self._start_error is not None:
            self._thread.join(5)
            self._thread = None
            raise self._start_error
        return self.base_url

    def stop(self) -> None:
        """Stop serving (also ends a ``serve()`` running in another loop); open connections are dropped."""
        thread, loop, event = self._thread, self._loop, self._stop_event
        if loop is not None and event is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)
        if thread is not None:
            thread.join(10)
            self._thread = None

    def __enter__(self) -> FakeLLM:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _thread_main(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self.serve(ready=ready.set))
        except BaseException as exc:  # surfaced to start()
            if not ready.is_set():
                self._start_error = exc
                ready.set()
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def serve(self, ready: Callable[[], None] | None = None) -> None:
        """Serve in the running event loop until ``stop()`` (or cancellation)."""
        self._loop = asyncio.get_running_loop()
        self._stop_event = asyncio.Event()
        server = await asyncio.start_server(self._handle, self.host, self.port, backlog=2048)
        self.port = server.sockets[0].getsockname()[1]
        if ready is not None:
            ready()
        try:
            await self._stop_event.wait()
        finally:
            server.close()
            for task in list(self._conns):
                task.cancel()
            if self._conns:
                await asyncio.gather(*self._conns, return_exceptions=True)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 5)

    # -- connection handling --

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._conns.add(task)
        try:
            while True:
                try:
                    req = await _read_request(reader, writer)
                except _BadRequest as exc:
                    await self._send_json(
                        writer, 400, _error_body(str(exc), "invalid_request_error", None), False
                    )
                    break
                if req is None:
                    break
                if not await self._dispatch(req, reader, writer):
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, OSError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            if task is not None:
                self._conns.discard(task)
            with contextlib.suppress(Exception):
                writer.close()

    @staticmethod
    async def _send_json(
        writer: asyncio.StreamWriter, status: int, payload: Any, keep_alive: bool,
        extra: dict[str, str] | None = None,
    ) -> bool:  # fmt: skip
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        writer.write(_head(status, len(data), keep_alive, extra) + data)
        await writer.drain()
        return keep_alive

    async def _dispatch(
        self, req: _Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        path = req.path.rstrip("/") or "/"
        ka = req.keep_alive
        if path in ("/v1/chat/completions", "/chat/completions"):
            if req.method != "POST":
                return await self._send_json(
                    writer, 405, _error_body("use POST", "invalid_request_error", None), ka
                )
            return await self._chat(req, reader, writer)
        if path in ("/v1/models", "/models"):
            return await self._send_json(writer, 200, {"object": "list", "data": [self._model_card()]}, ka)
        if path.startswith(("/v1/models/", "/models/")):
            model_id = path.split("/models/", 1)[1]
            return await self._send_json(writer, 200, {**self._model_card(), "id": model_id}, ka)
        if path.startswith("/_fake/"):
            return await self._admin(path, req, writer)
        err = _error_body(f"Unknown path {req.path}", "invalid_request_error", "unknown_url")
        return await self._send_json(writer, 404, err, ka)

    def _model_card(self) -> dict[str, Any]:
        return {"id": self.config.model, "object": "model", "created": 0, "owned_by": "bisum-fake"}

    async def _admin(self, path: str, req: _Request, writer: asyncio.StreamWriter) -> bool:
        ka = req.keep_alive
        try:
            payload = json.loads(req.body) if req.body.strip() else {}
        except ValueError:
            return await self._send_json(
                writer, 400, _error_body("body is not JSON", "invalid_request_error", None), ka
            )
        try:
            if path == "/_fake/stats" and req.method == "GET":
                return await self._send_json(writer, 200, self.stats, ka)
            if path == "/_fake/config" and req.method == "GET":
                return await self._send_json(writer, 200, self.config.model_dump(), ka)
            if path == "/_fake/config" and req.method == "POST":
                if not isinstance(payload, dict):
                    raise ValueError("config body must be a JSON object")
                return await self._send_json(writer, 200, self.configure(**payload).model_dump(), ka)
            if path == "/_fake/script" and req.method == "POST":
                faults = payload.get("faults") if isinstance(payload, dict) else payload
                if not isinstance(faults, list):
                    raise ValueError('script body must be {"faults": [...]} or a JSON list')
                self.script(*faults)
                return await self._send_json(
                    writer, 200, {"script_remaining": self.stats["script_remaining"]}, ka
                )
            if path == "/_fake/reset" and req.method == "POST":
                self.reset()
                return await self._send_json(writer, 200, {"ok": True}, ka)
        except (ValidationError, ValueError, TypeError) as exc:
            return await self._send_json(
                writer, 400, _error_body(str(exc), "invalid_request_error", None), ka
            )
        err = _error_body(f"Unknown admin call {req.method} {path}", "invalid_request_error", "unknown_url")
        return await self._send_json(writer, 404, err, ka)

    async def _chat(self, req: _Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        ka = req.keep_alive
        try:
            body = json.loads(req.body)
        except ValueError:
            body = None
        problem = None
        if not isinstance(body, dict):
            problem = ("We could not parse the JSON body of your request.", None)
        elif not isinstance(body.get("messages"), list) or not body["messages"]:
            problem = ("'messages' must be a non-empty array.", "invalid_value")
        elif body.get("stream"):
            problem = (
                "Streaming is not supported by the fake LLM; send stream=false.",
                "unsupported_parameter",
            )
        if problem is not None:
            self._begin_call(body, fault="bad_request")
            self._end_call()
            return await self._send_json(
                writer, 400, _error_body(problem[0], "invalid_request_error", problem[1]), ka
            )
        assert isinstance(body, dict)
        with self._lock:
            flavor = self._config.flavor
        rejection = format_rejection(flavor, body)
        if rejection is not None:  # refused before any fault or latency, like request validation
            self._begin_call(body, fault="format_rejected")
            self._end_call()
            return await self._send_json(writer, rejection[0], rejection[1], ka)

        plan = self._begin_call(body)
        prompt = completion = 0
        try:
            if plan.fault == "timeout":
                await _wait_for_client_to_leave(reader)
                return False
            if plan.delay_s > 0:
                await asyncio.sleep(plan.delay_s)
            if plan.fault == "rate_limit":
                ra = plan.retry_after_s
                ra_text = str(int(ra)) if float(ra).is_integer() else f"{ra:g}"
                err = _error_body(
                    "Rate limit reached for requests (fake). Please try again later.", "requests",
                    "rate_limit_exceeded",
                )  # fmt: skip
                return await self._send_json(writer, 429, err, ka, {"Retry-After": ra_text})
            if plan.fault == "server_error":
                err = _error_body(
                    "The server had an error while processing your request (fake).", "server_error", None
                )
                return await self._send_json(writer, 500, err, ka)
            if plan.fault == "unavailable":
                err = _error_body(
                    "The server is overloaded or not ready yet (fake).", "server_error", "unavailable"
                )
                return await self._send_json(writer, 503, err, ka)

            # A repair request (DRAFT + CHECKS blocks) is answered by fake_repair; anything else is generated.
            answer = repair_answer(body, plan.fault) or build_answer(
                body, plan.fault, random.Random(plan.content_seed), plan.items
            )
            prompt = prompt_tokens(body)
            completion = estimate_tokens(answer.content)
            payload = {
                "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": plan.model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": answer.content, "refusal": None},
                        "logprobs": None,
                        "finish_reason": answer.finish_reason,
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt,
                    "completion_tokens": completion,
                    "total_tokens": prompt + completion,
                },
                "system_fingerprint": "fp_bisum_fake",
            }
            if plan.fault == "disconnect":
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                writer.write(_head(200, len(data), False) + data[: len(data) // 2])
                await writer.drain()
                return False  # _handle closes the socket: the client sees EOF mid-body
            return await self._send_json(writer, 200, payload, ka)
        finally:
            self._end_call(prompt, completion)


async def _wait_for_client_to_leave(reader: asyncio.StreamReader) -> None:
    """Hold the connection open, answering nothing, until the peer closes it (or the server stops)."""
    with contextlib.suppress(ConnectionError, OSError):
        while await reader.read(65536):
            pass


def serve_forever(
    host: str = "127.0.0.1", port: int = 8089, config: FakeConfig | dict[str, Any] | None = None,
    *, announce: bool = True,
) -> None:  # fmt: skip
    """Run the fake server in the foreground until interrupted (Ctrl-C)."""
    fake = FakeLLM(config, host=host, port=port)

    def _ready() -> None:
        if announce:
            print(
                f"fake LLM listening on {fake.base_url} (admin: POST /_fake/config, GET /_fake/stats)",
                flush=True,
            )

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(fake.serve(ready=_ready))
