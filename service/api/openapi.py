"""The error statuses each route documents in the OpenAPI, all in the one error shape
(`{"error": {"code", "message", "detail"}}`, service/api/errors.py)."""

from __future__ import annotations

from typing import Any

from service.schemas import ErrorResponse

DESCRIPTIONS: dict[int, str] = {
    401: "Missing or invalid API key",
    403: "The key's role may not do this (an editor key is needed)",
    404: "No such resource (or not yours)",
    409: "The resource's state forbids it: already approved, or a stale revision",
    413: "Request body over BISUM_MAX_BODY_BYTES",
    422: "Invalid input: empty, binary, bad encoding, too long, unknown option or field",
    502: "The model's output was unusable after one repair, or the provider refused the request",
    503: "LLM endpoint (or job queue) rate-limited / unavailable, or no endpoint configured; see Retry-After",
    504: "The LLM endpoint timed out",
}
GENERATION = (401, 413, 422, 502, 503, 504)  # routes that call the model


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorResponse, "description": DESCRIPTIONS[status]} for status in statuses}
