"""Shared pieces for the review-page tests: keys, a hostile article, and helpers to create drafts."""

from __future__ import annotations

import httpx

from tests.conftest import seed

CLIENT_KEY = "client-secret"
EDITOR_KEY = "editor-secret"
KEYS = [
    {"name": "cms", "role": "client", "key": CLIENT_KEY},
    {"name": "mei", "role": "editor", "key": EDITOR_KEY},
]
ARTICLE = seed("001")
SCRIPT_TAG = "<script>alert(1)</script>"
IMG_TAG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_ARTICLE = (
    "The city council voted on Tuesday to keep the public library open in the evenings.\n\n"
    f"A reader comment said: {SCRIPT_TAG}\n\n"
    f"Another comment said: {IMG_TAG}\n\n"
    "The council will review the opening hours again next spring after a public consultation."
)


def create_summary(client: httpx.Client, text: str = ARTICLE, **extra) -> dict:
    """A summary draft through the JSON API, as the CMS would create it (client key in a header)."""
    response = client.post("/v1/summaries", json={"text": text, **extra}, headers={"X-API-Key": CLIENT_KEY})
    assert response.status_code == 200, response.text
    return response.json()


def edit_via_api(client: httpx.Client, draft_id: str, changes: dict, note: str | None = None) -> dict:
    response = client.patch(
        f"/v1/drafts/{draft_id}",
        json={"changes": changes, "note": note},
        headers={"Authorization": f"Bearer {EDITOR_KEY}"},
    )
    assert response.status_code == 200, response.text
    return response.json()
