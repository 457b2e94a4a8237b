"""LibreTranslate-compatible routes at the root: `POST /translate`, `POST /detect`, `GET /languages`,
`GET /frontend/settings` (the shape of LibreTranslate's app.py, as its LLM-backed LTEngine also serves
it), so existing clients such as libretranslatepy work unchanged.

Every translation is a `/v1/translations` request underneath: the same pipeline, checks and draft store
(one draft per text; its id and status come back in `X-Bisum-Draft-Id` / `X-Bisum-Status`). Bodies may be
JSON, form-urlencoded or multipart; unknown fields are ignored. Errors are LibreTranslate's
`{"error": "..."}`: 400 bad request / unsupported language / missing key, 403 invalid key or role,
429 the LLM endpoint is rate-limiting us, 500 anything else that stopped the translation.
"""

from __future__ import annotations

import asyncio
import html
import json
import math
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from service.api.auth import presented_key
from service.api.libretranslate_docs import (
    DETECT_OPENAPI,
    ERRORS,
    TRANSLATE_ERRORS,
    TRANSLATE_OPENAPI,
    LibreTranslateDetection,
    LibreTranslateLanguage,
    LibreTranslateResult,
)
from service.drafts import DraftService
from service.errors import (
    AuthenticationError,
    BisumError,
    InputError,
    NotFoundError,
    PermissionDeniedError,
    UpstreamUnavailableError,
)
from service.glossary import Glossary
from service.logs import request_id_var
from service.principal import ROLE_RANK, Principal
from service.schemas import Detection, DetectRequest, TranslationRequest, TranslationResponse

# LibreTranslate codes (lower-cased) -> our locale. `zt` is LibreTranslate's old code for Traditional.
LANGUAGE_CODES: dict[str, str] = {
    "en": "en",
    "zh": "zh-Hans",
    "zh-hans": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zt": "zh-Hant",
    "zh-hant": "zh-Hant",
    "zh-tw": "zh-Hant-TW",
    "zh-hant-tw": "zh-Hant-TW",
    "zh-hk": "zh-Hant-HK",
    "zh-hant-hk": "zh-Hant-HK",
}
LANGUAGES = [
    {"code": "en", "name": "English", "targets": ["zh-Hans", "zh-Hant"]},
    {"code": "zh-Hans", "name": "Chinese", "targets": ["en", "zh-Hant"]},
    {"code": "zh-Hant", "name": "Chinese (traditional)", "targets": ["en", "zh-Hans"]},
]
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

router = APIRouter(tags=["libretranslate"])


class LibreTranslateError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def _error(exc: LibreTranslateError) -> JSONResponse:
    return JSONResponse({"error": exc.message}, status_code=exc.status, headers=exc.headers)


def _from_domain(exc: BisumError) -> LibreTranslateError:
    """Our error families in LibreTranslate's statuses (its clients know 400, 403, 429 and 500)."""
    if isinstance(exc, InputError):
        return LibreTranslateError(400, exc.message)
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return LibreTranslateError(403, exc.message)
    if isinstance(exc, UpstreamUnavailableError):
        retry = {"Retry-After": str(max(1, math.ceil(exc.retry_after or 5)))}
        if exc.status == 429:
            return LibreTranslateError(429, f"Slowdown: {exc.message}", retry)
        return LibreTranslateError(500, f"Cannot translate text: {exc.message}", retry)
    return LibreTranslateError(500, f"Cannot translate text: {exc.message}")


async def read_params(request: Request) -> dict[str, Any]:
    """LibreTranslate reads JSON bodies, or form fields plus the query string (Flask's request.values)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json" or content_type.endswith("+json"):
        try:
            data = json.loads(await request.body() or b"null")
        except ValueError:
            raise LibreTranslateError(400, "Invalid JSON format") from None
        if not isinstance(data, dict):
            raise LibreTranslateError(400, "Invalid JSON format")
        return data
    params: dict[str, Any] = dict(request.query_params)
    if content_type in FORM_TYPES:
        try:
            form = await request.form()
        except HTTPException as exc:  # Starlette's "Invalid multipart data.": still in LibreTranslate's shape
            raise LibreTranslateError(400, f"Invalid request: {exc.detail}") from None
        params.update({k: v for k, v in form.multi_items() if not isinstance(v, UploadFile)})
    return params


def _authorize(request: Request, params: dict[str, Any]) -> Principal:
    """`api_key` in the body (LibreTranslate's way) or our headers; a `client` role is enough."""
    keyring = request.app.state.keyring
    key = params.get("api_key") or presented_key(request)
    if not keyring.open and not key:
        raise LibreTranslateError(
            400, "Please contact the server operator to get an API key (send api_key, or X-API-Key)"
        )
    try:
        principal = keyring.identify(str(key) if key else None)
    except AuthenticationError:
        raise LibreTranslateError(403, "Invalid API key") from None
    if ROLE_RANK[principal.role] < ROLE_RANK["client"]:  # pragma: no cover - client is the lowest role
        raise LibreTranslateError(403, f"key '{principal.name}' may not translate")
    return principal


def _texts(params: dict[str, Any]) -> tuple[list[str], bool]:
    """`q` as a string or (JSON) a list of strings -> (texts, batch)."""
    q = params.get("q")
    if not q:
        raise LibreTranslateError(400, "Invalid request: missing q parameter")
    if isinstance(q, str):
        return ["\n".join(q.splitlines())], False
    if isinstance(q, list) and all(isinstance(item, str) for item in q):
        return q, True
    raise LibreTranslateError(400, "Invalid request: q must be a string or a list of strings")


def _locale(code: Any, field: str) -> str:
    if not code:
        raise LibreTranslateError(400, f"Invalid request: missing {field} parameter")
    locale = LANGUAGE_CODES.get(str(code).strip().lower())
    if locale is None:
        raise LibreTranslateError(400, f"{code} is not supported")
    return locale


def language_code(language: str, script: str | None) -> str:
    """A detection as a code from GET /languages (zh-Hans / zh-Hant), other languages as detected."""
    if language == "zh":
        return "zh-Hant" if script == "Hant" else "zh-Hans"
    return language


def detections(detection: Detection) -> list[dict[str, Any]]:
    """LibreTranslate's candidates, best first, confidence 0-100: the article's language, then the
    other languages it mixes in, by their share of the letters."""
    best = language_code(detection.language, detection.script)
    found = [{"confidence": round(detection.confidence * 100, 1), "language": best}]
    scripts: dict[str, str | None] = {}
    for label in detection.paragraphs:  # a mixed article's other language: the script of its paragraphs
        scripts.setdefault(label.language, label.script)
    for language, share in sorted(detection.languages.items(), key=lambda item: -item[1]):
        code = language_code(language, scripts.get(language))
        if code != best and language != detection.language:
            found.append({"confidence": round(share * 100, 1), "language": code})
    return found


def translated_text(result: TranslationResponse, text_format: str) -> str:
    targets = [pair.target for pair in result.pairs]
    if text_format == "html":  # the article is extracted from the markup: paragraphs come back as <p>
        return "\n".join(f"<p>{html.escape(target, quote=False)}</p>" for target in targets)
    return "\n\n".join(targets)


@dataclass(frozen=True)
class _Translated:
    text: str
    draft_id: str  # "-" when nothing was translated (and nothing stored)
    status: str
    detected: dict[str, Any] | None


async def _translate_one(
    drafts: DraftService, text: str, params: dict[str, Any], principal: Principal, glossary: Glossary | None
) -> _Translated:
    source_code = params.get("source") or None
    text_format = params.get("format") or "text"
    try:
        request = TranslationRequest(
            **({"html": text} if text_format == "html" else {"text": text}),
            target=_locale(params.get("target"), "target"),  # type: ignore[arg-type]
            source_language="auto" if source_code == "auto" else _locale(source_code, "source"),
            glossary_id=glossary.id if glossary is not None else None,
            context=params.get("context") or None,
        )
    except ValidationError as exc:  # e.g. a `context` that is no string: the client's error, not ours
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem.get("loc", ())) or "request"
        raise LibreTranslateError(400, f"Invalid request: {where}: {problem.get('msg')}") from None
    source = await drafts.pipeline.prepare(request)
    detected = detections(source.detection)[0] if source_code == "auto" else None
    labels = source.detection.paragraphs or []
    if request.target == "en" and labels and all(label.language == "en" for label in labels):
        # As LibreTranslate does, English asked for in English comes back as it was: no model, no draft.
        return _Translated(text, "-", "unchanged", detected)
    result = await drafts.translate(
        request, request_id=request_id_var.get(), author=principal.name, source=source, glossary=glossary
    )
    return _Translated(
        translated_text(result, params.get("format") or "text"), result.id, result.status, detected
    )


@router.post(
    "/translate",
    summary="Translate (LibreTranslate-compatible)",
    response_model=LibreTranslateResult,
    responses=TRANSLATE_ERRORS,
    openapi_extra=TRANSLATE_OPENAPI,
)
async def translate(request: Request) -> JSONResponse:
    """`{q, source, target, format?, api_key?, alternatives?}` -> `{translatedText, detectedLanguage?}`."""
    try:
        params = await read_params(request)
        principal = _authorize(request, params)
        texts, batch = _texts(params)
        limit = request.app.state.settings.job_max_articles
        if batch and len(texts) > limit:
            raise LibreTranslateError(400, f"Invalid request: {len(texts)} texts exceed the limit ({limit})")
        if params.get("source") != "auto":
            _locale(params.get("source"), "source")
        _locale(params.get("target"), "target")
        if (params.get("format") or "text") not in ("text", "html"):
            raise LibreTranslateError(400, f"{params['format']} format is not supported")
        drafts: DraftService = request.app.state.drafts
        try:
            # bisum's extension: `glossary_id` (POST /v1/glossaries) and `context`, as on /v1/translations
            glossary = await _glossary(drafts, params.get("glossary_id"))
            results = await asyncio.gather(
                *(_translate_one(drafts, t, params, principal, glossary) for t in texts)
            )
        except BisumError as exc:
            raise _from_domain(exc) from None
    except LibreTranslateError as exc:
        return _error(exc)
    body: dict[str, Any] = {"translatedText": [r.text for r in results]}
    if params.get("source") == "auto":
        body["detectedLanguage"] = [r.detected for r in results]
    if _wants_alternatives(params.get("alternatives")):  # no alternatives: one draft per text
        body["alternatives"] = [[] for _ in results]
    if not batch:
        body = {key: value[0] for key, value in body.items()}
    headers = {
        "X-Bisum-Draft-Id": ",".join(r.draft_id for r in results),
        "X-Bisum-Status": ",".join(r.status for r in results),
    }
    return JSONResponse(body, headers=headers)


async def _glossary(drafts: DraftService, glossary_id: Any) -> Glossary | None:
    if not glossary_id:
        return None
    try:
        return await drafts.glossary_for(str(glossary_id))
    except NotFoundError as exc:
        raise LibreTranslateError(400, f"Invalid request: {exc.message}") from None


def _wants_alternatives(value: Any) -> bool:
    try:
        return int(value or 0) > 0
    except (TypeError, ValueError):
        return False


@router.post(
    "/detect",
    summary="Detect the language (LibreTranslate-compatible)",
    response_model=list[LibreTranslateDetection],
    responses=ERRORS,
    openapi_extra=DETECT_OPENAPI,
)
async def detect(request: Request) -> JSONResponse:
    """`{q, api_key?}` -> `[{confidence (0-100), language}]`, best first."""
    try:
        params = await read_params(request)
        _authorize(request, params)
        texts, _ = _texts(params)
        try:
            source = await request.app.state.pipeline.prepare(DetectRequest(text="\n\n".join(texts)))
        except BisumError as exc:
            raise _from_domain(exc) from None
    except LibreTranslateError as exc:
        return _error(exc)
    return JSONResponse(detections(source.detection))


@router.get(
    "/languages",
    summary="Supported languages (LibreTranslate-compatible)",
    response_model=list[LibreTranslateLanguage],
)
async def languages() -> list[dict[str, Any]]:
    """`[{code, name, targets}]`. Sources may also be `auto`; `zh` and `zt` are accepted as aliases."""
    return LANGUAGES


@router.get("/frontend/settings", summary="Client settings (LibreTranslate-compatible)")
async def frontend_settings(request: Request) -> dict[str, Any]:
    keys_required = not request.app.state.keyring.open
    return {
        "charLimit": request.app.state.settings.max_input_chars,
        "frontendTimeout": 500,
        "apiKeys": keys_required,
        "keyRequired": keys_required,
        "suggestions": False,
        "filesTranslation": False,
        "supportedFilesFormat": [],
        "language": {
            "source": {"code": "auto", "name": "Auto Detect"},
            "target": {"code": "zh-Hans", "name": "Chinese"},
        },
    }
