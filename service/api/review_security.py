"""Review pages' security: the headers on every /review response, sign-in and sign-out, and the checks
every form POST passes (same-origin Origin or Referer, a signed-in session, its CSRF token, the editor
role). Sessions themselves (server-side ids in the cookie, never the key; the sign-in throttle) live in
review_auth."""

from __future__ import annotations

import hmac
from urllib.parse import parse_qsl, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
from service.api.review_render import PREFIX, error_page, keyring, render
from service.errors import AuthenticationError, BisumError, InputError, PermissionDeniedError

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}

# Mounted under PREFIX by the pages' router (review.router), so the app includes one router.
router = APIRouter(include_in_schema=False)


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


# --- what every form POST passes ----------------------------------------------------------------


async def read_form(request: Request) -> dict[str, str]:
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


async def editor_form(request: Request) -> tuple[Session, dict[str, str]]:
    check_origin(request)
    session = await current_session(request)
    if session is None:
        raise AuthenticationError("you are not signed in (or your key is no longer valid); sign in again")
    form = await read_form(request)
    if not hmac.compare_digest(form.get("csrf", "").encode(), session.csrf.encode()):
        raise PermissionDeniedError("the form's security token is missing or out of date; reload the page")
    if not session.can_edit:
        name, role = session.principal.name, session.principal.role
        raise PermissionDeniedError(f"this needs the 'editor' role; you are signed in as '{name}' ({role})")
    return session, form


def safe_next(target: str | None) -> str:
    """Back into the review pages only: never to another site (no open redirect)."""
    if not target or "\\" in target:
        return PREFIX
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not (parts.path == PREFIX or parts.path.startswith(PREFIX + "/")):
        return PREFIX
    return target


# --- sign-in ---------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, next_url: str = Query(PREFIX, alias="next")) -> Response:
    if keyring(request).open:
        return RedirectResponse(PREFIX, status_code=303)
    return render(request, "login.html", {"next": safe_next(next_url)}, await current_session(request))


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    if keyring(request).open:
        return RedirectResponse(PREFIX, status_code=303)
    throttle = request.app.state.review_auth.throttle
    address = client_address(request)
    next_url = PREFIX
    try:
        check_origin(request)  # no login CSRF: another site cannot sign you in with its key
        form = await read_form(request)
        next_url = safe_next(form.get("next"))
        if (wait := throttle.retry_after(address)) is not None:
            message = f"too many failed sign-ins from your address; try again in {wait} s"
            response = render(request, "login.html", {"next": next_url, "error": message}, None, 429)
            response.headers["retry-after"] = str(wait)
            return response
        key = form.get("key", "").strip()
        try:
            principal = keyring(request).identify(key or None)
        except AuthenticationError:
            throttle.failed(address)
            raise
    except BisumError as exc:
        return render(request, "login.html", {"next": next_url, "error": exc.message}, None, status_for(exc))
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
        form = await read_form(request)
        if session is None or not hmac.compare_digest(form.get("csrf", "").encode(), session.csrf.encode()):
            raise PermissionDeniedError("the form's security token is missing or out of date")
    except BisumError as exc:
        return error_page(request, exc, await current_session(request))
    await end_session(request, session)
    response = RedirectResponse(f"{PREFIX}/login", status_code=303)
    response.delete_cookie(COOKIE, path=PREFIX, httponly=True, samesite="strict")
    return response
