"""API keys with roles. `Authorization: Bearer <key>` or `X-API-Key: <key>`; every configured key is
compared in constant time; keys are never logged. With no keys configured the service is open, which
`bisum serve` only allows on a loopback address."""

from __future__ import annotations

import hashlib
import hmac
import logging
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPBearer

from service.config import ApiKey
from service.errors import AuthenticationError, PermissionDeniedError
from service.principal import OPEN_PRINCIPAL, ROLE_RANK, Principal

log = logging.getLogger("bisum.auth")


class KeyRing:
    def __init__(self, keys: list[ApiKey]) -> None:
        self._keys = [(k.key.get_secret_value().encode(), Principal(k.name, k.role)) for k in keys]

    @property
    def open(self) -> bool:
        return not self._keys

    def principal_for(self, name: str, fingerprint: str) -> Principal | None:
        """The principal whose current key has this fingerprint (review sessions store no key): None once
        the key was rotated or removed."""
        found: Principal | None = None
        for secret, principal in self._keys:
            if principal.name == name and hmac.compare_digest(key_fingerprint(secret.decode()), fingerprint):
                found = principal
        return found

    def identify(self, presented: str | None) -> Principal:
        if self.open:
            return OPEN_PRINCIPAL
        if not presented:
            raise AuthenticationError("missing API key: send 'Authorization: Bearer <key>' or 'X-API-Key'")
        candidate = presented.encode()
        found: Principal | None = None
        for secret, principal in self._keys:  # no early exit: time does not depend on which key matched
            if hmac.compare_digest(secret, candidate):
                found = principal
        if found is None:
            raise AuthenticationError("invalid API key")
        return found


def key_fingerprint(key: str) -> str:
    """A one-way tag of an API key, to notice rotation without storing the key."""
    return hashlib.sha256(b"bisum-review-session\x00" + key.encode()).hexdigest()


def presented_key(request: Request) -> str | None:
    """Headers only: a cookie would be sent by the browser on cross-site requests too (CSRF). The review
    pages read their own cookie, with CSRF and origin checks (service/api/review.py)."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.headers.get("x-api-key")


# Declared for the OpenAPI (`securitySchemes`, the Authorize button); the key itself is read by
# presented_key, so a missing key is our 401, not FastAPI's 403.
BEARER = HTTPBearer(scheme_name="bearer", auto_error=False, description="Authorization: Bearer <key>")
API_KEY_HEADER = APIKeyHeader(name="X-API-Key", scheme_name="apiKeyHeader", auto_error=False)


def current_principal(
    request: Request,
    _bearer: Annotated[object, Depends(BEARER)] = None,
    _header: Annotated[object, Depends(API_KEY_HEADER)] = None,
) -> Principal:
    return request.app.state.keyring.identify(presented_key(request))


def require(role: str):
    def check(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if ROLE_RANK[principal.role] < ROLE_RANK[role]:
            raise PermissionDeniedError(
                f"this needs the '{role}' role; key '{principal.name}' is '{principal.role}'"
            )
        return principal

    return check


ClientDep = Annotated[Principal, Depends(require("client"))]
EditorDep = Annotated[Principal, Depends(require("editor"))]
