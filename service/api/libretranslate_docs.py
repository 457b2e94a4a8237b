"""OpenAPI description of the LibreTranslate-compatible routes. They read their bodies themselves (JSON,
form-urlencoded or multipart, as LibreTranslate does), so the request schemas are declared here."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

CODES = ["en", "zh", "zt", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"]
# The schemes of service/api/auth.py; `{}`: the key may come in the body instead (or none, with no keys).
KEY_SECURITY: list[dict[str, list[str]]] = [{"bearer": []}, {"apiKeyHeader": []}, {}]


class LibreTranslateErrorBody(BaseModel):
    error: str


class LibreTranslateDetection(BaseModel):
    confidence: float = Field(ge=0, le=100)
    language: str


class LibreTranslateLanguage(BaseModel):
    code: str
    name: str
    targets: list[str]


class LibreTranslateResult(BaseModel):
    translatedText: str | list[str]
    detectedLanguage: LibreTranslateDetection | list[LibreTranslateDetection] | None = None
    alternatives: list[Any] | None = None


def _error(description: str) -> dict[str, Any]:
    return {"model": LibreTranslateErrorBody, "description": description}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("Bad request: missing parameter, unsupported language or format, bad input, no API key"),
    403: _error("Invalid API key"),
    413: {"description": "Request body over the size cap (bisum's error shape)"},
}
TRANSLATE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    429: _error("Slowdown: the LLM endpoint is rate-limiting (see Retry-After)"),
    500: _error("Cannot translate text: the LLM endpoint failed or its output was unusable"),
}

_KEY = {"type": "string", "description": "API key (also accepted as a Bearer or X-API-Key header)"}
_TEXT = {"type": "string", "description": "Text to translate", "example": "Hello world!"}
_TRANSLATE_FIELDS: dict[str, Any] = {
    "q": {"oneOf": [_TEXT, {"type": "array", "items": {"type": "string"}}]},
    "source": {
        "type": "string",
        "enum": ["auto", *CODES],
        "example": "en",
        "description": "case-insensitive",
    },
    "target": {"type": "string", "enum": CODES, "example": "zh-Hant", "description": "case-insensitive"},
    "format": {"type": "string", "enum": ["text", "html"], "default": "text"},
    "alternatives": {"type": "integer", "default": 0, "description": "accepted; always answered with []"},
    "api_key": _KEY,
    "glossary_id": {"type": "string", "description": "bisum extension: a glossary of POST /v1/glossaries"},
    "context": {"type": "string", "description": "bisum extension: background for the model, not translated"},
}


def _body(fields: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema = {"type": "object", "properties": fields, "required": required}
    # form bodies carry one string per field: q as a list is JSON only
    form_fields = {**fields, "q": _TEXT} if "q" in fields else fields
    form = {"type": "object", "properties": form_fields, "required": required}
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": schema},
                "application/x-www-form-urlencoded": {"schema": form},
                "multipart/form-data": {"schema": form},
            },
        },
        "security": KEY_SECURITY,
    }


TRANSLATE_OPENAPI = _body(_TRANSLATE_FIELDS, ["q", "source", "target"])
DETECT_OPENAPI = _body({"q": _TEXT, "api_key": _KEY}, ["q"])
