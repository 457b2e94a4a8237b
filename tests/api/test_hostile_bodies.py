"""Hostile request bodies are a 422 on every route that takes one, never a 500: JSON nested deep enough to
exhaust the parser, and lone surrogates (a JSON `\\ud800` escape Python keeps but UTF-8 cannot encode)
in any string field or key."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.conftest import offline_settings, seed

TEXT = seed("003")
JSON = {"content-type": "application/json"}
JSONL = {"content-type": "application/x-ndjson"}


@pytest.fixture(scope="module")
def api():
    with TestClient(create_app(offline_settings()), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def draft_id(api) -> str:
    response = api.post("/v1/summaries", json={"text": TEXT})
    assert response.status_code == 200, response.text
    return response.json()["id"]


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def deep_bodies(draft: str) -> list[tuple[str, str, str, dict]]:
    """(method, path, body, headers): the whole body deeply nested, or one field of an otherwise fine body."""
    text = json.dumps(TEXT)
    bodies = []
    for depth in (950, 100_000):  # just under and far over Python's recursion limit
        deep = nested(depth)
        bodies += [
            ("POST", "/v1/summaries", deep, JSON),
            ("POST", "/v1/summaries", f'{{"text": {text}, "title": {deep}}}', JSON),
            ("POST", "/v1/translations", f'{{"text": {text}, "target": "en", "title": {deep}}}', JSON),
            ("POST", "/v1/detect", deep, JSON),
            ("POST", "/v1/jobs", deep, JSON),
            ("POST", "/v1/jobs", f'{{"articles": {deep}}}', JSON),
            ("POST", "/v1/jobs", f'{{"articles": [{{"id": "a", "text": {text}, "url": {deep}}}]}}', JSON),
            ("POST", "/v1/jobs", deep + "\n", JSONL),
            ("PATCH", f"/v1/drafts/{draft}", f'{{"changes": {{"keywords.en": {deep}}}}}', JSON),
            ("POST", f"/v1/drafts/{draft}/reject", f'{{"reason": {deep}}}', JSON),
        ]
    return bodies


def test_deeply_nested_json_is_422_everywhere(api, draft_id):
    for method, path, body, headers in deep_bodies(draft_id):
        response = api.request(method, path, content=body, headers=headers)
        assert response.status_code == 422, (
            method,
            path,
            body[:60],
            response.status_code,
            response.text[:200],
        )
        assert response.json()["error"]["code"] in ("invalid_request", "invalid_input")


LONE = "\\ud800"  # as it appears in the JSON text


def surrogate_bodies(draft: str) -> list[tuple[str, str, str, dict]]:
    text = json.dumps(TEXT)
    article = f'{{"id": "a", "text": {text}, "title": "Budget {LONE} vote"}}'
    return [
        ("POST", "/v1/summaries", f'{{"text": {text}, "title": "Budget {LONE} vote"}}', JSON),
        ("POST", "/v1/summaries", f'{{"text": {text}, "source_language": "en{LONE}"}}', JSON),
        ("POST", "/v1/summaries", f'{{"text": {text}, "prompt_version": "v1\\udc00"}}', JSON),
        ("POST", "/v1/translations", f'{{"text": {text}, "target": "zh-Hans", "title": "x{LONE}"}}', JSON),
        ("POST", "/v1/detect", f'{{"text": {text}, "title": "x{LONE}"}}', JSON),
        ("POST", "/v1/summaries", f'{{"text": {text}, "{LONE}": 1}}', JSON),  # in a key
        ("POST", "/v1/jobs", f'{{"articles": [{article}]}}', JSON),
        ("POST", "/v1/jobs", f'{{"articles": [{{"id": "a{LONE}", "text": {text}}}]}}', JSON),
        ("POST", "/v1/jobs", f'{{"articles": [{{"id": "a", "text": {text}, "url": "u{LONE}"}}]}}', JSON),
        ("POST", "/v1/jobs", article + "\n", JSONL),
        ("PATCH", f"/v1/drafts/{draft}", f'{{"changes": {{"keywords.en": ["a{LONE}"]}}}}', JSON),
        ("PATCH", f"/v1/drafts/{draft}", f'{{"changes": {{"keywords.en": ["a"]}}, "note": "{LONE}"}}', JSON),
        ("POST", f"/v1/drafts/{draft}/reject", f'{{"reason": "bad {LONE}"}}', JSON),
        ("POST", f"/v1/drafts/{draft}/approve", f'{{"note": "ok {LONE}"}}', JSON),
    ]


def test_a_lone_surrogate_in_any_field_is_422_everywhere(api, draft_id):
    before = api.get(f"/v1/drafts/{draft_id}").json()["revision"]
    for method, path, body, headers in surrogate_bodies(draft_id):
        response = api.request(method, path, content=body.encode(), headers=headers)
        assert response.status_code == 422, (
            method,
            path,
            body[-80:],
            response.status_code,
            response.text[:200],
        )
        assert "surrogate" in response.json()["error"]["message"]
    assert api.get(f"/v1/drafts/{draft_id}").json()["revision"] == before  # nothing was written
    assert api.get("/v1/jobs/none").status_code == 404


def test_a_surrogate_in_the_article_text_keeps_its_precise_message(api):
    response = api.post(
        "/v1/summaries",
        content=f'{{"text": "Hello {LONE} world, a long enough text."}}'.encode(),
        headers=JSON,
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_encoding"
