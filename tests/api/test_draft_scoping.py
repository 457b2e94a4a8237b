"""Hostile use of the drafts API by client keys: a client sees only the drafts it requested (a repeat
request adds it as a requester; a job's drafts belong to the job's creator); editors see all. A client's
`force` cannot strip an approval; an editor's regenerate is a new revision needing approval again."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.conftest import llm_settings, offline_settings, reply, seed
from tests.fixtures import good_summary

ARTICLE = seed("001")
CMS = {"X-API-Key": "cms-secret"}
RIVAL = {"X-API-Key": "rival-secret"}
EDITOR = {"Authorization": "Bearer editor-secret"}
KEYS = [
    {"name": "cms", "role": "client", "key": "cms-secret"},
    {"name": "rival", "role": "client", "key": "rival-secret"},
    {"name": "mei", "role": "editor", "key": "editor-secret"},
]


@pytest.fixture
def app(database_url, llm_mock):
    llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    with TestClient(create_app(llm_settings(database_url=database_url, api_keys=KEYS))) as client:
        yield client


def summarize(app, headers, **extra) -> dict:
    response = app.post("/v1/summaries", json={"text": ARTICLE, **extra}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def listed(app, headers) -> list[str]:
    response = app.get("/v1/drafts", headers=headers)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_a_client_sees_only_the_drafts_it_requested(app):
    draft = summarize(app, CMS)
    draft_id = draft["id"]
    assert listed(app, CMS) == [draft_id]
    assert app.get(f"/v1/drafts/{draft_id}", headers=CMS).status_code == 200
    # Another client: not listed, and reading it looks exactly like a draft that does not exist.
    assert listed(app, RIVAL) == []
    assert app.get("/v1/drafts", headers=RIVAL).json()["total"] == 0
    for path in (f"/v1/drafts/{draft_id}", f"/v1/drafts/{draft_id}/revisions"):
        answer = app.get(path, headers=RIVAL)
        assert answer.status_code == 404 and answer.json()["error"]["code"] == "not_found"
    # Editors see every draft.
    assert listed(app, EDITOR) == [draft_id]
    assert app.get(f"/v1/drafts/{draft_id}/revisions", headers=EDITOR).status_code == 200


def test_a_repeat_request_by_another_client_adds_it_as_a_requester(app, llm_mock):
    draft = summarize(app, CMS)
    again = summarize(app, RIVAL)
    assert again["id"] == draft["id"] and again["cached"] is True
    assert llm_mock.routes[0].call_count == 1
    assert listed(app, RIVAL) == [draft["id"]]
    assert app.get(f"/v1/drafts/{draft['id']}", headers=RIVAL).status_code == 200
    assert listed(app, CMS) == [draft["id"]]


def test_a_client_cannot_force_an_approved_draft_back_to_draft(app, llm_mock):
    draft = summarize(app, CMS)
    approved = app.post(f"/v1/drafts/{draft['id']}/approve", headers=EDITOR, json={})
    assert approved.status_code == 200 and approved.json()["status"] == "approved"

    refused = app.post("/v1/summaries", json={"text": ARTICLE, "force": True}, headers=CMS)
    assert refused.status_code == 409, refused.text
    assert refused.json()["error"]["code"] == "conflict"
    assert llm_mock.routes[0].call_count == 1  # refused before any model call
    kept = app.get(f"/v1/drafts/{draft['id']}", headers=CMS).json()
    assert kept["status"] == "approved" and kept["approved_by"] == "mei" and kept["revision"] == 2
    # Without force the client just gets the approved draft back.
    assert summarize(app, CMS)["status"] == "approved"


def test_an_editors_regenerate_is_a_new_revision_that_needs_approval_again(app, llm_mock):
    draft = summarize(app, CMS)
    app.post(f"/v1/drafts/{draft['id']}/approve", headers=EDITOR, json={})
    regenerated = summarize(app, EDITOR, force=True)
    assert regenerated["id"] == draft["id"] and regenerated["revision"] == 3
    assert regenerated["status"] in ("draft", "needs_review")
    view = app.get(f"/v1/drafts/{draft['id']}", headers=EDITOR).json()
    assert view["approved_by"] is None and view["output"]["provenance"]["approved_by"] is None
    revisions = app.get(f"/v1/drafts/{draft['id']}/revisions", headers=CMS).json()
    assert [r["kind"] for r in revisions] == ["machine", "approval", "regenerate"]
    assert revisions[1]["output"]["status"] == "approved"  # the approval stays in the history


def test_drafts_made_by_a_job_belong_to_the_client_that_created_it():
    with TestClient(create_app(offline_settings(api_keys=KEYS))) as app:
        created = app.post(
            "/v1/jobs", json={"articles": [{"id": "a1", "text": seed("003")}]}, headers=CMS
        ).json()
        deadline = time.monotonic() + 60
        while app.get(f"/v1/jobs/{created['job_id']}", headers=CMS).json()["status"] not in (
            "done",
            "failed",
        ):
            assert time.monotonic() < deadline, "the job did not finish"
            time.sleep(0.1)
        line = app.get(f"/v1/jobs/{created['job_id']}/results", headers=CMS).text.splitlines()[0]
        draft_id = json.loads(line)["draft_id"]
        assert draft_id in listed(app, CMS)
        assert app.get(f"/v1/drafts/{draft_id}", headers=CMS).status_code == 200
        assert app.get(f"/v1/drafts/{draft_id}", headers=RIVAL).status_code == 404
        assert listed(app, RIVAL) == []


def test_the_review_pages_scope_a_client_key_the_same_way(app):
    draft = summarize(app, CMS)
    origin = {"Origin": "http://testserver"}
    signed_in = app.post("/review/login", data={"key": "rival-secret", "next": "/review"}, headers=origin)
    assert signed_in.status_code == 200 and signed_in.url.path == "/review"
    assert draft["id"] not in signed_in.text
    assert app.get(f"/review/drafts/{draft['id']}").status_code == 404
    app.post("/review/login", data={"key": "cms-secret", "next": "/review"}, headers=origin)
    assert app.get(f"/review/drafts/{draft['id']}").status_code == 200
    assert draft["id"] in app.get("/review").text
