"""Review pages (/review): server-rendered HTML over DraftService, for editors.

Article and model text are untrusted, so:
- Jinja2 autoescapes every template and no data is marked safe; the static JS only toggles editors.
- Every /review response carries a strict Content-Security-Policy (no inline script or style at all).
- Editors sign in with their API key; the cookie holds a server-side session id, never the key (see
  review_auth). Every POST needs a CSRF token and a same-origin Origin (or Referer) header.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import jinja2
from anyio import to_thread
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.api import review_view as view
from service.api.auth import KeyRing
from service.api.drafts import draft_scope, ensure_visible
from service.api.errors import status_for
from service.api.review_auth import (
    COOKIE,
    Session,
    check_origin,
    client_address,
    current_session,
    end_session,
    start_session,
)
from service.drafts import DraftService
from service.errors import AuthenticationError, BisumError, InputError, PermissionDeniedError
from service.store.repository import DraftRecord

PREFIX = "/review"
STATIC_PATH = f"{PREFIX}/static"
PAGE_SIZE = 20
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
DONE_MESSAGES = {
    "edited": "Saved as a new revision; the checks were run again.",
    "approved": "Approved. The reviewed disclaimer is attached.",
    "rejected": "Rejected.",
}
_KEYWORD_SPLIT = re.compile(r"[\n,，、;；]+")
_HERE = Path(__file__).parent

router = APIRouter(prefix=PREFIX, include_in_schema=False)
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


class ReviewSecurityHeaders:
    """Pure ASGI middleware: the security headers on every /review response, errors and static files too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not (path == PREFIX or path.startswith(PREFIX + "/")):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- sign-in, CSRF and origin (review_auth) --------------------------------------------------


def _keyring(request: Request) -> KeyRing:
    return request.app.state.keyring


def _drafts(request: Request) -> DraftService:
    return request.app.state.drafts


async def _read_form(request: Request) -> dict[str, str]:
    # Our forms are urlencoded; parsing them here spares a python-multipart dependency. The body size
    # is already capped by BodyLimitMiddleware.
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise InputError("expected a form submission")
    try:
        pairs = parse_qsl((await request.body()).decode(), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError("the form could not be read") from exc
    return {name: value.replace("\r\n", "\n") for name, value in pairs}


async def _editor_form(request: Request) -> tuple[Session, dict[str, str]]:
    check_origin(request)
    session = await current_session(request)
    if session is None:
        raise AuthenticationError("you are not signed in (or your key is no longer valid); sign in again")
    form = await _read_form(request)
    if not hmac.compare_digest(form.get("csrf", "").encode(), session.csrf.encode()):
        raise PermissionDeniedError("the form's security token is missing or out of date; reload the page")
    if not session.can_edit:
        name, role = session.principal.name, session.principal.role
        raise PermissionDeniedError(f"this needs the 'editor' role; you are signed in as '{name}' ({role})")
    return session, form


def _safe_next(target: str | None) -> str:
    """Back into the review pages only: never to another site (no open redirect)."""
    if not target or "\\" in target:
        return PREFIX
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not (parts.path == PREFIX or parts.path.startswith(PREFIX + "/")):
        return PREFIX
    return target


# --- rendering -------------------------------------------------------------------------------


def _render(
    request: Request, name: str, context: dict[str, Any], session: Session | None, status: int = 200
) -> HTMLResponse:
    context = {
        "session": session,
        "signed_in": session is not None,
        "open_mode": _keyring(request).open,
        "error": None,
        **context,
    }
    response = templates.TemplateResponse(request, name, context, status_code=status)
    response.headers["cache-control"] = "no-store"  # pages carry CSRF tokens and unpublished text
    return response


ERROR_TITLES = {401: "Please sign in", 403: "Not allowed", 404: "Not found", 409: "Conflict"}


def _error_page(request: Request, exc: BisumError, session: Session | None) -> HTMLResponse:
    status = status_for(exc)
    context = {"heading": ERROR_TITLES.get(status, "Not done"), "message": exc.message}
    return _render(request, "error.html", context, session, status)


def _to_login(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"{PREFIX}/login?{urlencode({'next': target})}", status_code=303)


# --- sign-in ---------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, next_url: str = Query(PREFIX, alias="next")) -> Response:
    if _keyring(request).open:
        return RedirectResponse(PREFIX, status_code=303)
    return _render(request, "login.html", {"next": _safe_next(next_url)}, await current_session(request))


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    if _keyring(request).open:
        return RedirectResponse(PREFIX, status_code=303)
    throttle = request.app.state.review_auth.throttle
    address = client_address(request)
    next_url = PREFIX
    try:
        check_origin(request)  # no login CSRF: another site cannot sign you in with its key
        form = await _read_form(request)
        next_url = _safe_next(form.get("next"))
        if (wait := throttle.retry_after(address)) is not None:
            message = f"too many failed sign-ins from your address; try again in {wait} s"
            response = _render(request, "login.html", {"next": next_url, "error": message}, None, 429)
            response.headers["retry-after"] = str(wait)
            return response
        key = form.get("key", "").strip()
        try:
            principal = _keyring(request).identify(key or None)
        except AuthenticationError:
            throttle.failed(address)
            raise
    except BisumError as exc:
        return _render(request, "login.html", {"next": next_url, "error": exc.message}, None, status_for(exc))
    throttle.succeeded(address)
    session_id = await start_session(request, principal, key)
    response = RedirectResponse(next_url, status_code=303)
    response.set_cookie(
        COOKIE,
        session_id,
        max_age=int(request.app.state.review_auth.ttl.total_seconds()),
        path=PREFIX,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    """Revokes the session on the server: the cookie's id signs nobody in afterwards."""
    try:
        check_origin(request)
        session = await current_session(request)
        form = await _read_form(request)
        if session is None or not hmac.compare_digest(form.get("csrf", "").encode(), session.csrf.encode()):
            raise PermissionDeniedError("the form's security token is missing or out of date")
    except BisumError as exc:
        return _error_page(request, exc, await current_session(request))
    await end_session(request, session)
    response = RedirectResponse(f"{PREFIX}/login", status_code=303)
    response.delete_cookie(COOKIE, path=PREFIX, httponly=True, samesite="strict")
    return response


# --- pages -----------------------------------------------------------------------------------


@router.get("", response_class=HTMLResponse)
async def draft_list(request: Request, status: str = "", q: str = "", page: str = "1") -> Response:
    session = await current_session(request)
    if session is None:
        return _to_login(request)
    status = status if status in view.STATUSES else ""
    q = q.strip()[:200]
    page_number = int(page) if page.isdigit() and 0 < int(page) <= 100_000 else 1
    store = _drafts(request).store

    scope = draft_scope(session.principal)  # a client key sees the drafts it requested

    def load() -> tuple[list[DraftRecord], int, dict[str, int]]:
        records, total = store.list(
            status=status or None, q=q or None, page=page_number, page_size=PAGE_SIZE, requester=scope
        )
        counts = {
            s: store.list(status=s or None, q=q or None, page_size=1, requester=scope)[1]
            for s in ("", *view.STATUSES)
        }
        return records, total, counts

    records, total, counts = await to_thread.run_sync(load)
    pages = max(1, -(-total // PAGE_SIZE))

    def url(*, for_status: str = status, for_page: int = page_number) -> str:
        params = {"status": for_status, "q": q, "page": for_page if for_page > 1 else ""}
        query = urlencode({k: v for k, v in params.items() if v})
        return f"{PREFIX}?{query}" if query else PREFIX

    context = {
        "rows": [{"record": r, "title": view.display_title(r)} for r in records],
        "status": status,
        "q": q,
        "page": page_number,
        "pages": pages,
        "total": total,
        "first_index": (page_number - 1) * PAGE_SIZE + 1,
        "tabs": [
            {
                "status": s,
                "label": view.STATUS_LABELS.get(s, "All"),
                "count": counts[s],
                "url": url(for_status=s, for_page=1),
            }
            for s in ("", *view.STATUSES)
        ],
        "clear_url": f"{PREFIX}?{urlencode({'status': status})}" if status else PREFIX,
        "prev_url": url(for_page=page_number - 1) if page_number > 1 else None,
        "next_url": url(for_page=page_number + 1) if page_number < pages else None,
    }
    return _render(request, "list.html", context, session)


@router.get("/drafts/{draft_id}", response_class=HTMLResponse)
async def draft_detail(request: Request, draft_id: str, done: str = "") -> Response:
    session = await current_session(request)
    if session is None:
        return _to_login(request)
    return await _detail(request, draft_id, session, notice=DONE_MESSAGES.get(done))


async def _detail(
    request: Request,
    draft_id: str,
    session: Session,
    *,
    notice: str | None = None,
    error: BisumError | None = None,
    pending: dict[str, str] | None = None,
) -> HTMLResponse:
    """The detail page; after a failed action, with the error and the editor's unsaved text."""
    drafts = _drafts(request)
    try:
        await ensure_visible(drafts, draft_id, session.principal)
        record = await drafts.get(draft_id)
        revisions = await drafts.revisions(draft_id)
    except BisumError as exc:
        return _error_page(request, exc, session)
    context = {
        **view.detail_context(record, revisions, (pending or {}).get("field", "")),
        "notice": notice,
        "error": error.message if error else None,
        "pending": pending or {},
    }
    return _render(request, "detail.html", context, session, status_for(error) if error else 200)


# --- actions (POST, then redirect back to the page) -------------------------------------------

# An action gets the draft id and the revision the editor's page showed: the service saves only if the
# draft is still at it (the conditional update), so a stale page never overwrites or approves unseen work.
Action = Callable[[DraftService, str, int, Session, dict[str, str]], Awaitable[str]]


async def _act(request: Request, draft_id: str, action: Action) -> Response:
    try:
        session, form = await _editor_form(request)
    except BisumError as exc:
        return _error_page(request, exc, await current_session(request))
    drafts = _drafts(request)
    try:
        done = await action(drafts, draft_id, _shown_revision(form), session, form)
    except BisumError as exc:
        pending = {k: form.get(k, "") for k in ("field", "value", "note", "reason")}
        return await _detail(request, draft_id, session, error=exc, pending=pending)
    return RedirectResponse(f"{PREFIX}/drafts/{draft_id}?done={done}", status_code=303)


def _shown_revision(form: dict[str, str]) -> int:
    submitted = form.get("revision", "")
    if not submitted.isdigit():
        raise InputError("the form does not say which revision it was made from; reload the page")
    return int(submitted)


async def _edit(
    drafts: DraftService, draft_id: str, shown: int, session: Session, form: dict[str, str]
) -> str:
    path = form.get("field", "")
    value: Any = form.get("value", "")
    if path.startswith("keywords."):  # the editor shows one keyword per line; the API wants a list
        value = [word.strip() for word in _KEYWORD_SPLIT.split(value) if word.strip()]
    note = form.get("note", "").strip() or None
    await drafts.edit(
        draft_id, {path: value}, author=session.principal.name, note=note, expected_revision=shown
    )
    return "edited"


async def _approve(
    drafts: DraftService, draft_id: str, shown: int, session: Session, form: dict[str, str]
) -> str:
    await drafts.approve(
        draft_id,
        editor=session.principal.name,
        note=form.get("note", "").strip() or None,
        acknowledge_failed_checks=form.get("acknowledge_failed_checks") == "yes",
        expected_revision=shown,
    )
    return "approved"


async def _reject(
    drafts: DraftService, draft_id: str, shown: int, session: Session, form: dict[str, str]
) -> str:
    reason = form.get("reason", "")
    await drafts.reject(draft_id, editor=session.principal.name, reason=reason, expected_revision=shown)
    return "rejected"


@router.post("/drafts/{draft_id}/edit")
async def edit_draft(request: Request, draft_id: str) -> Response:
    return await _act(request, draft_id, _edit)


@router.post("/drafts/{draft_id}/approve")
async def approve_draft(request: Request, draft_id: str) -> Response:
    return await _act(request, draft_id, _approve)


@router.post("/drafts/{draft_id}/reject")
async def reject_draft(request: Request, draft_id: str) -> Response:
    return await _act(request, draft_id, _reject)
