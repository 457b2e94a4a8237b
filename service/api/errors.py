"""The one place domain errors become HTTP responses: `{"error": {"code", "message", "detail"}}`."""

from __future__ import annotations

import logging
import math

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from service.errors import (
    AuthenticationError,
    BisumError,
    ConflictError,
    InputError,
    LLMNotConfiguredError,
    ModelOutputError,
    NotFoundError,
    PermissionDeniedError,
    StoreUnavailableError,
    UpstreamRejectedError,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
)
from service.store import faults
from service.text.surrogates import replace_lone_surrogates

log = logging.getLogger("bisum.api")
# When the provider gave no Retry-After, tell clients to come back after this many seconds.
DEFAULT_RETRY_AFTER_S = 5


def error_response(
    status: int, code: str, message: str, detail: dict | None = None, headers=None
) -> JSONResponse:
    # Messages and details may echo the input, which may hold a lone surrogate (unencodable as UTF-8).
    body = replace_lone_surrogates({"error": {"code": code, "message": message, "detail": detail or None}})
    return JSONResponse(status_code=status, content=body, headers=headers)


def status_for(exc: BisumError) -> int:
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, AuthenticationError):
        return 401
    if isinstance(exc, PermissionDeniedError):
        return 403
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, ConflictError):
        return 409
    if isinstance(exc, UpstreamUnavailableError | LLMNotConfiguredError | StoreUnavailableError):
        return 503
    if isinstance(exc, UpstreamTimeoutError):
        return 504
    if isinstance(exc, ModelOutputError | UpstreamRejectedError):
        return 502
    return 500


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BisumError)
    status = status_for(exc)
    headers = None
    if isinstance(exc, UpstreamUnavailableError | StoreUnavailableError):
        retry_after = exc.retry_after if exc.retry_after is not None else DEFAULT_RETRY_AFTER_S
        headers = {"Retry-After": str(max(1, math.ceil(retry_after)))}
    elif isinstance(exc, AuthenticationError):
        headers = {"WWW-Authenticate": "Bearer"}
    log.log(
        logging.WARNING if status < 500 else logging.ERROR,
        "request failed: %s",
        exc.code,
        extra={"code": exc.code, "status": status},
    )
    return error_response(status, exc.code, exc.message, exc.detail, headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in exc.errors()
    ]
    first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(part) for part in first["loc"] if part != "body") or "body"
    return error_response(422, "invalid_request", f"{where}: {first['msg']}", {"errors": errors})


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        # FastAPI's answer when json.loads raises something other than a JSON error: nesting deep
        # enough to exhaust the parser's recursion. The body is unusable: a 422 like any bad JSON.
        return error_response(422, "invalid_request", "the body could not be parsed: JSON nested too deeply")
    code = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}.get(
        exc.status_code, f"http_{exc.status_code}"
    )
    return error_response(exc.status_code, code, str(exc.detail), headers=getattr(exc, "headers", None))


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    """Database errors, answered here (inside the middleware, unlike the catch-all below) so the response
    carries the request id and uvicorn keeps the connection. Faults of the store are a 503; the rest
    (a constraint or SQL bug) a 500."""
    assert isinstance(exc, SQLAlchemyError)
    if faults.is_unavailable(exc):
        log.error("draft store unavailable", extra={"error": f"{type(exc).__name__}: {exc}"[:500]})
        return await _domain_error(request, StoreUnavailableError(faults.describe(exc)))
    log.exception("database error")
    return error_response(500, "internal_error", "internal error; see the server log for the request id")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error")
    return error_response(500, "internal_error", "internal error; see the server log for the request id")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(BisumError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(SQLAlchemyError, _store_error)
    app.add_exception_handler(Exception, _unexpected)
