"""Review pages (/review): server-rendered HTML over DraftService, for editors: the draft list, a
draft's page, and the edit / approve / reject forms.

Article and model text are untrusted, so:
- Jinja2 autoescapes every template and no data is marked safe; the static JS only toggles editors
  (review_render).
- Every /review response carries a strict Content-Security-Policy (no inline script or style at all).
- Editors sign in with their API key; the cookie holds a server-side session id, never the key (see
  review_auth). Every POST needs a CSRF token and a same-origin Origin (or Referer) header
  (review_security).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from service.api import review_security
from service.api import review_view as view
from service.api.drafts import draft_scope, ensure_visible
from service.api.errors import status_for
from service.api.review_auth import Session, current_session
from service.api.review_render import (
    PREFIX,
    STATIC_PATH,
    drafts_of,
    error_page,
    render,
    static_files,
    to_login,
)
from service.api.review_security import CSP, ReviewSecurityHeaders, editor_form
from service.drafts import DraftService
from service.errors import BisumError, InputError
from service.store.repository import DraftRecord

# What the app mounts (service/api/app.py) and the tests read, from one module.
__all__ = ["CSP", "PREFIX", "STATIC_PATH", "ReviewSecurityHeaders", "router", "static_files"]

PAGE_SIZE = 20
DONE_MESSAGES = {
    "edited": "Saved as a new revision; the checks were run again.",
    "approved": "Approved. The reviewed disclaimer is attached.",
    "rejected": "Rejected.",
}
_KEYWORD_SPLIT = re.compile(r"[\n,，、;；]+")
router = APIRouter(prefix=PREFIX, include_in_schema=False)
router.include_router(review_security.router)


# --- pages -----------------------------------------------------------------------------------


@router.get("", response_class=HTMLResponse)
async def draft_list(request: Request, status: str = "", q: str = "", page: str = "1") -> Response:
    session = await current_session(request)
    if session is None:
        return to_login(request)
    status = status if status in view.STATUSES else ""
    q = q.strip()[:200]
    page_number = int(page) if page.isdigit() and 0 < int(page) <= 100_000 else 1
    store = drafts_of(request).store

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
    return render(request, "list.html", context, session)


@router.get("/drafts/{draft_id}", response_class=HTMLResponse)
async def draft_detail(request: Request, draft_id: str, done: str = "") -> Response:
    session = await current_session(request)
    if session is None:
        return to_login(request)
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
    drafts = drafts_of(request)
    try:
        await ensure_visible(drafts, draft_id, session.principal)
        record = await drafts.get(draft_id)
        revisions = await drafts.revisions(draft_id)
    except BisumError as exc:
        return error_page(request, exc, session)
    context = {
        **view.detail_context(record, revisions, (pending or {}).get("field", "")),
        "notice": notice,
        "error": error.message if error else None,
        "pending": pending or {},
    }
    return render(request, "detail.html", context, session, status_for(error) if error else 200)


# --- actions (POST, then redirect back to the page) -------------------------------------------

# An action gets the draft id and the revision the editor's page showed: the service saves only if the
# draft is still at it (the conditional update), so a stale page never overwrites or approves unseen work.
Action = Callable[[DraftService, str, int, Session, dict[str, str]], Awaitable[str]]


async def _act(request: Request, draft_id: str, action: Action) -> Response:
    try:
        session, form = await editor_form(request)
    except BisumError as exc:
        return error_page(request, exc, await current_session(request))
    drafts = drafts_of(request)
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
