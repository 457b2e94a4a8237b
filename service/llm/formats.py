"""Structured-output negotiation: which `response_format` an endpoint accepts.

OpenAI-compatible servers disagree. OpenAI takes `json_schema` (structured outputs); llama-cpp-python's
server answers 500 to it (its request model allows only "text" or "json_object", but it constrains
decoding with `response_format.schema`); DeepSeek answers 400 "This response_format type is unavailable
now" and takes `json_object` if the prompt says "json"; LM Studio takes `json_schema` and rejects
`json_object`. With BISUM_RESPONSE_FORMAT=auto we walk down `AUTO_LADDER` on a rejection that names the
response format, and remember per (base URL, model) where we landed, for the life of the process.

A rejection is not transient: the rejected format is never retried with backoff (the client raises
`FormatRejected`, which the retry layer does not catch), so negotiating costs one call per rejected rung,
not one retry budget per rung."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from typing import Any

import openai
from pydantic import BaseModel

from service.llm.schemas import response_schema

log = logging.getLogger("bisum.llm")


@dataclass(frozen=True)
class FormatMode:
    """One way of asking for JSON. `name` is what provenance records."""

    name: str
    type: str | None  # response_format.type sent, None = no response_format at all
    schema_in_format: bool  # json_object + response_format.schema (llama.cpp turns it into a grammar)

    @property
    def embeds_schema(self) -> bool:
        """The schema is spelled out in the prompt whenever the endpoint is not given it as json_schema."""
        return self.type != "json_schema"

    def wire(self, output_schema: type[BaseModel]) -> dict[str, Any] | None:
        if self.type == "json_schema":
            return {
                "type": "json_schema",
                "json_schema": {
                    "name": output_schema.__name__,
                    "schema": response_schema(output_schema),
                    "strict": True,
                },
            }
        if self.type == "json_object":
            if self.schema_in_format:
                return {"type": "json_object", "schema": response_schema(output_schema)}
            return {"type": "json_object"}
        return None


JSON_SCHEMA = FormatMode("json_schema", "json_schema", schema_in_format=False)
JSON_OBJECT_WITH_SCHEMA = FormatMode("json_object+schema", "json_object", schema_in_format=True)
JSON_OBJECT = FormatMode("json_object", "json_object", schema_in_format=False)
PROMPT = FormatMode("prompt", None, schema_in_format=False)

AUTO_LADDER: tuple[FormatMode, ...] = (JSON_SCHEMA, JSON_OBJECT_WITH_SCHEMA, JSON_OBJECT, PROMPT)
# Explicit BISUM_RESPONSE_FORMAT values: exactly one mode, no fallback (json_object stays bare, as the
# OpenAI API documents it).
EXPLICIT: dict[str, FormatMode] = {"json_schema": JSON_SCHEMA, "json_object": JSON_OBJECT, "prompt": PROMPT}

# Statuses a format rejection comes with: 400/422 from validating servers, 500 from llama-cpp-python
# (its error handler turns the request-validation error into a 500).
_REJECTION_STATUSES = {400, 422, 500}
# Phrases that tie an error to the response format: "response_format" (DeepSeek, LM Studio, llama.cpp's
# validation loc), "json_schema"/"json_object" (llama.cpp: "Input should be 'text' or 'json_object'").
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "text or json_object")


class FormatRejected(Exception):
    """Internal: the endpoint refused the response format itself. Deliberately not an OpenAIError, so
    call_with_retries lets it through at once instead of backing off and resending the same format."""

    def __init__(self, mode: FormatMode, error: openai.APIStatusError) -> None:
        super().__init__(f"{mode.name} rejected ({error.status_code}): {error_text(error)[:300]}")
        self.mode = mode
        self.error = error


def error_text(error: openai.APIStatusError) -> str:
    body = error.body if error.body is not None else ""
    return f"{error.message} {json.dumps(body, ensure_ascii=False, default=str)}"


def is_format_rejection(error: openai.APIStatusError) -> bool:
    """True when the endpoint's answer blames the response format (see _FORMAT_WORDS). A 400/422 saying
    "unavailable" counts too (DeepSeek: "This response_format type is unavailable now"); a bare 500
    "unavailable" does not: that is an overloaded server, retried as usual."""
    if error.status_code not in _REJECTION_STATUSES:
        return False
    text = error_text(error).lower()
    if any(word in text for word in _FORMAT_WORDS):
        return True
    return error.status_code != 500 and "unavailable" in text


class FormatNegotiator:
    """Remembers, per (base URL, model), the first ladder rung still worth trying, and whether a rung has
    been confirmed by an answer. Decisions are logged once each."""

    def __init__(self, setting: str) -> None:
        self.setting = setting
        self._ladder = AUTO_LADDER if setting == "auto" else (EXPLICIT[setting],)
        self._start: dict[tuple[str, str], int] = {}
        self._confirmed: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def candidates(self, base_url: str, model: str) -> tuple[FormatMode, ...]:
        """The modes to try for one call, best first (one mode when the setting is explicit)."""
        return self._ladder[self._start.get((base_url, model), 0) :]

    def current(self, base_url: str, model: str) -> FormatMode:
        return self.candidates(base_url, model)[0]

    def rejected(self, base_url: str, model: str, rejection: FormatRejected) -> None:
        if len(self._ladder) == 1:
            return  # an explicit setting has nothing to fall back to
        key = (base_url, model)
        with self._lock:
            index = self._ladder.index(rejection.mode)
            if self._start.get(key, 0) > index:
                return  # a concurrent call already moved past this rung
            self._start[key] = index + 1
        if index + 1 < len(self._ladder):
            log.warning(
                "llm endpoint rejected a response format, falling back",
                extra={
                    "endpoint": base_url,
                    "model": model,
                    "rejected": rejection.mode.name,
                    "upstream_status": rejection.error.status_code,
                    "fallback": self._ladder[index + 1].name,
                },
            )

    def succeeded(self, base_url: str, model: str, mode: FormatMode) -> None:
        key = (base_url, model)
        with self._lock:
            if key in self._confirmed:
                return
            self._confirmed.add(key)
            self._start[key] = max(self._start.get(key, 0), self._ladder.index(mode))
        log.info(
            "llm response format decided",
            extra={
                "endpoint": base_url,
                "model": model,
                "response_format": mode.name,
                "setting": self.setting,
            },
        )
