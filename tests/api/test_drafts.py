"""Drafts through the API on SQLite and Postgres: idempotency, single-flight, review workflow, auth."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from tests.conftest import llm_settings, reply, seed
from tests.fixtures import good_summary

ARTICLE = seed("001")
EDITOR = {"Authorization": "Bearer editor-secret"}
CLIENT = {"X-API-Key": "client-secret"}
KEYS = [
    {"name": "cms", "role": "client", "key": "client-secret"},
    {"name": "mei", "role": "editor", "key": "editor-secret"},
]


@pytest.fixture
def app(database_url, llm_mock):
    llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    with TestClient(create_app(llm_settings(database_url=database_url, api_keys=KEYS))) as client:
        yield client


def create(client, **extra):
    response = client.post("/v1/summaries", json={"text": ARTICLE, **extra}, headers=CLIENT)
    assert response.status_code == 200, response.text
    return response.json()


def test_repeated_request_returns_the_stored_draft_with_zero_llm_calls(app, llm_mock):
    first = create(app)
    second = create(app)
    assert second["id"] == first["id"] and second["cached"] is True and first["cached"] is False
    assert second["summary"] == first["summary"]
    assert llm_mock.routes[0].call_count == 1


def test_force_regenerates_as_a_new_revision(app, llm_mock):
    first = create(app)
    again = create(app, force=True)
    assert again["id"] == first["id"] and again["revision"] == 2
    assert llm_mock.routes[0].call_count == 2
    kinds = [r["kind"] for r in app.get(f"/v1/drafts/{first['id']}/revisions", headers=CLIENT).json()]
    assert kinds == ["machine", "regenerate"]


def test_a_different_prompt_version_or_length_is_a_different_draft(app, llm_mock):
    first = create(app)
    shorter = create(app, length="short")
    assert shorter["id"] != first["id"]
    assert llm_mock.routes[0].call_count == 2


def test_edit_approve_and_the_reviewed_disclaimer(app):
    draft = create(app)
    draft_id = draft["id"]
    edited = app.patch(
        f"/v1/drafts/{draft_id}",
        json={
            "changes": {"summary.zh-Hans.summary": draft["summary"]["zh-Hans"]["summary"] + "编辑已核实。"},
            "note": "added a verification note",
            "revision": 1,
        },
        headers=EDITOR,
    )
    assert edited.status_code == 200, edited.text
    body = edited.json()
    assert body["revision"] == 2
    assert body["output"]["summary"]["zh-Hans"]["summary"].endswith("编辑已核实。")
    assert body["output"]["summary"]["zh-Hant"]["summary"].endswith("編輯已覈實。")  # re-derived by OpenCC
    revisions = app.get(f"/v1/drafts/{draft_id}/revisions", headers=CLIENT).json()
    assert revisions[0]["output"]["summary"]["zh-Hans"] == draft["summary"]["zh-Hans"]  # machine draft kept
    diff_fields = {change["field"] for change in revisions[1]["diff"]}
    assert {"summary.zh-Hans.summary", "summary.zh-Hant.summary"} <= diff_fields
    assert revisions[1]["author"] == "mei" and revisions[1]["note"] == "added a verification note"

    approved = app.post(f"/v1/drafts/{draft_id}/approve", json={}, headers=EDITOR).json()
    assert approved["status"] == "approved"
    assert (
        approved["output"]["disclaimer"]["en"]
        == "The above content is AI-generated, reviewed and edited by an editor."
    )
    assert approved["output"]["disclaimer"]["zh-Hans"] == "以上内容由 AI 生成，经编辑审阅修改。"
    assert approved["output"]["provenance"]["approved_by"] == "mei"
    assert approved["output"]["provenance"]["approved_at"]
    # The CMS sees the approved version when it asks again.
    assert create(app)["status"] == "approved"

    again = app.post(f"/v1/drafts/{draft_id}/approve", json={}, headers=EDITOR)
    assert again.status_code == 409

    reopened = app.patch(
        f"/v1/drafts/{draft_id}",
        json={"changes": {"summary.en.title": "Logan Kilpatrick leaves OpenAI"}},
        headers=EDITOR,
    ).json()
    assert reopened["status"] in ("draft", "needs_review") and reopened["revision"] == 4
    assert reopened["approved_by"] is None
    assert "reviewed" not in reopened["output"]["disclaimer"]["en"]


def test_stale_revision_is_a_conflict(app):
    draft = create(app)
    app.patch(f"/v1/drafts/{draft['id']}", json={"changes": {"summary.en.title": "A"}}, headers=EDITOR)
    stale = app.patch(
        f"/v1/drafts/{draft['id']}",
        json={"changes": {"summary.en.title": "B"}, "revision": 1},
        headers=EDITOR,
    )
    assert stale.status_code == 409


def test_editing_updates_checks_and_status(app):
    draft = create(app)
    assert draft["status"] == "draft"
    body = app.patch(
        f"/v1/drafts/{draft['id']}",
        json={"changes": {"summary.zh-Hans.title": "開發者關係負責人離職"}},
        headers=EDITOR,
    ).json()
    assert body["status"] == "needs_review"
    failed = {c["name"] for c in body["output"]["checks"] if not c["passed"]}
    assert "simplified_script" in failed


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"summary.en.author": "x"}, "not an editable field"),
        ({"summary.fr.title": "x"}, "no fr summary"),
        ({"summary.en.key_points[9]": "x"}, "only 4 key points"),
        ({"summary.en.title": ""}, "non-empty text"),
        ({"keywords.en": "oops"}, "list of non-empty strings"),
        ({}, "no changes"),
    ],
)
def test_bad_edits_are_422_and_change_nothing(app, changes, message):
    draft = create(app)
    response = app.patch(f"/v1/drafts/{draft['id']}", json={"changes": changes}, headers=EDITOR)
    assert response.status_code == 422 and message in response.json()["error"]["message"]
    assert app.get(f"/v1/drafts/{draft['id']}", headers=CLIENT).json()["revision"] == 1


def test_reject_needs_a_reason(app):
    draft = create(app)
    missing = app.post(f"/v1/drafts/{draft['id']}/reject", json={"reason": ""}, headers=EDITOR)
    assert missing.status_code == 422
    rejected = app.post(f"/v1/drafts/{draft['id']}/reject", json={"reason": "wrong person"}, headers=EDITOR)
    assert rejected.json()["status"] == "rejected" and rejected.json()["reject_reason"] == "wrong person"
    listed = app.get("/v1/drafts", params={"status": "rejected"}, headers=CLIENT).json()
    assert [item["id"] for item in listed["items"]] == [draft["id"]]


def test_feedback_export_lists_edited_approved_drafts(app):
    untouched = create(app, length="short")
    app.post(f"/v1/drafts/{untouched['id']}/approve", json={}, headers=EDITOR)
    draft = create(app)
    app.patch(
        f"/v1/drafts/{draft['id']}",
        json={"changes": {"summary.en.title": "Kilpatrick leaves OpenAI"}},
        headers=EDITOR,
    )
    app.post(f"/v1/drafts/{draft['id']}/approve", json={}, headers=EDITOR)
    lines = app.get("/v1/feedback.jsonl", headers=EDITOR).text.splitlines()
    assert len(lines) == 1
    item = json.loads(lines[0])
    assert item["draft_id"] == draft["id"]
    assert item["machine_output"]["summary"]["en"]["title"] == draft["summary"]["en"]["title"]
    assert item["final_output"]["summary"]["en"]["title"] == "Kilpatrick leaves OpenAI"
    assert item["prompt"] == "summarize@v3" and item["model"] == "test-model"
    assert item["editor"] == {"approved_by": "mei", "edited_by": ["mei"]}
    assert "洛根" in item["source"]


def test_auth_roles(app, caplog):
    caplog.set_level(logging.DEBUG)
    assert app.post("/v1/summaries", json={"text": ARTICLE}).status_code == 401
    bad = app.post("/v1/summaries", json={"text": ARTICLE}, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
    draft = create(app)
    assert app.get(f"/v1/drafts/{draft['id']}", headers=CLIENT).status_code == 200
    forbidden = app.post(f"/v1/drafts/{draft['id']}/approve", json={}, headers=CLIENT)
    assert forbidden.status_code == 403 and "editor" in forbidden.json()["error"]["message"]
    assert app.get("/v1/feedback.jsonl", headers=CLIENT).status_code == 403
    assert app.get("/healthz").status_code == 200  # probes need no key
    logged = "\n".join(record.getMessage() + str(record.__dict__) for record in caplog.records)
    assert "client-secret" not in logged and "editor-secret" not in logged


def test_bad_input_stores_nothing(app, llm_mock):
    assert app.post("/v1/summaries", json={"text": "  "}, headers=CLIENT).status_code == 422
    assert app.get("/v1/drafts", headers=CLIENT).json()["total"] == 0
    assert llm_mock.routes[0].call_count == 0


def test_missing_draft_is_404(app):
    assert app.get("/v1/drafts/drf_missing", headers=CLIENT).status_code == 404


async def test_identical_requests_in_flight_make_one_llm_call(tmp_path):
    """Single-flight: ten identical requests while the model is still answering -> one call."""
    from service.schemas import SummaryRequest
    from service.wiring import build_drafts

    with FakeLLM(latency_ms=300) as fake:
        settings = llm_settings(openai_base_url=fake.base_url, database_url=f"sqlite:///{tmp_path}/d.sqlite3")
        drafts = build_drafts(settings)
        try:
            results = await asyncio.gather(
                *(drafts.summarize(SummaryRequest(text=ARTICLE)) for _ in range(10))
            )
        finally:
            await drafts.pipeline.llm.aclose()
        assert fake.stats["calls"] == 1
    assert len({r.id for r in results}) == 1


def test_translation_is_stored_too(app, llm_mock):
    llm_mock.post("/chat/completions").mock(
        return_value=httpx.Response(200, json={})
    )  # not reached: Chinese -> zh-Hant is a script conversion
    body = app.post(
        "/v1/translations", json={"text": "观察者网报道。", "target": "zh-Hant"}, headers=CLIENT
    ).json()
    assert body["id"].startswith("drf_") and body["pairs"][0]["target"] == "觀察者網報道。"
    again = app.post(
        "/v1/translations", json={"text": "观察者网报道。", "target": "zh-Hant"}, headers=CLIENT
    ).json()
    assert again["id"] == body["id"] and again["cached"] is True


ACTIONS = {
    "edit": ("patch", "", {"changes": {"summary.en.title": "Mine"}}),
    "approve": ("post", "/approve", {"acknowledge_failed_checks": True}),
    "reject": ("post", "/reject", {"reason": "not ours"}),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_change_landing_after_the_read_is_never_built_upon(app, monkeypatch, action):
    """The race of issue 13: another editor's edit lands between our request's read of the draft and its
    write. The revision the client saw goes to the conditional update, so this is a 409 and nothing of
    ours is saved (before, the service re-read the draft and built on the newer revision unseen)."""
    from service.store.repository import DraftStore

    draft = create(app)
    read, landed = DraftStore.get, []

    def get_then_a_rival_edit_lands(store, draft_id):
        record = read(store, draft_id)
        if record is not None and not landed:
            landed.append(store.add_revision(
                draft_id, expected_revision=record.current_revision, kind="edit", author="rival",
                status=record.status, output=record.output, diff=[], note="the rival's edit",
            ))  # fmt: skip
        return record

    monkeypatch.setattr(DraftStore, "get", get_then_a_rival_edit_lands)
    method, path, body = ACTIONS[action]
    response = getattr(app, method)(
        f"/v1/drafts/{draft['id']}{path}", json={**body, "revision": 1}, headers=EDITOR
    )
    monkeypatch.undo()
    assert landed, "the hook ran inside the request"
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "conflict"
    assert "revision 1" in response.json()["error"]["message"]
    history = app.get(f"/v1/drafts/{draft['id']}/revisions", headers=EDITOR).json()
    assert [(r["number"], r["kind"], r["author"]) for r in history] == [
        (1, "machine", "cms"),
        (2, "edit", "rival"),
    ]


@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_revision_the_client_did_not_see_is_a_conflict_with_the_current_one(app, action):
    draft = create(app)
    app.patch(f"/v1/drafts/{draft['id']}", json={"changes": {"summary.en.title": "A"}}, headers=EDITOR)
    method, path, body = ACTIONS[action]
    stale = getattr(app, method)(
        f"/v1/drafts/{draft['id']}{path}", json={**body, "revision": 1}, headers=EDITOR
    )
    assert stale.status_code == 409
    error = stale.json()["error"]
    assert "now at revision 2" in error["message"] and "you saw revision 1" in error["message"]
    current = getattr(app, method)(
        f"/v1/drafts/{draft['id']}{path}", json={**body, "revision": 2}, headers=EDITOR
    )
    assert current.status_code == 200 and current.json()["revision"] == 3
