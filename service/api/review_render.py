"""Review pages' rendering, shared by the sign-in routes (review_security) and the pages (review): the
Jinja2 environment (autoescaping every template; no data is ever marked safe), the page and error
responses, and the app state the routes read."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from service.api import review_view as view
from service.api.auth import KeyRing
from service.api.errors import status_for
from service.api.review_auth import Session
from service.drafts import DraftService
from service.errors import BisumError

PREFIX = "/review"
STATIC_PATH = f"{PREFIX}/static"
_HERE = Path(__file__).parent

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(_HERE / "templates"),
    autoescape=True,  # every template, whatever its extension
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters.update(anchor=view.anchor, when=view.when)
_env.globals.update(
    STATIC=STATIC_PATH,
    STATUS_LABELS=view.STATUS_LABELS,
    LOCALE_LABELS=view.LOCALE_LABELS,
    SUMMARY_FIELDS=view.SUMMARY_FIELDS,
)
templates = Jinja2Templates(env=_env)


def static_files() -> StaticFiles:
    return StaticFiles(directory=_HERE / "static")


def keyring(request: Request) -> KeyRing:
    return request.app.state.keyring


def drafts_of(request: Request) -> DraftService:
    return request.app.state.drafts


def render(
    request: Request, name: str, context: dict[str, Any], session: Session | None, status: int = 200
) -> HTMLResponse:
    context = {
        "session": session,
        "signed_in": session is not None,
        "open_mode": keyring(request).open,
        "error": None,
        **context,
    }
    response = templates.TemplateResponse(request, name, context, status_code=status)
    response.headers["cache-control"] = "no-store"  # pages carry CSRF tokens and unpublished text
    return response


ERROR_TITLES = {401: "Please sign in", 403: "Not allowed", 404: "Not found", 409: "Conflict"}


def error_page(request: Request, exc: BisumError, session: Session | None) -> HTMLResponse:
    status = status_for(exc)
    context = {"heading": ERROR_TITLES.get(status, "Not done"), "message": exc.message}
    return render(request, "error.html", context, session, status)


def to_login(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"{PREFIX}/login?{urlencode({'next': target})}", status_code=303)
