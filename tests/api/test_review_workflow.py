"""The review workflow's loose ends (issue 10), through the JSON API: locale-exact disclaimers, rejections
kept as revisions, acknowledged approvals, honest approval wording, titles, the language filter and
translations with nothing to translate."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
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
    """On SQLite and Postgres: the language filter reads the detection JSON, which the backends differ on."""
    llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    with TestClient(create_app(llm_settings(api_keys=KEYS, database_url=database_url))) as client:
        yield client


def create(client, **extra) -> dict:
    response = client.post("/v1/summaries", json={"text": ARTICLE, **extra}, headers=CLIENT)
    assert response.status_code == 200, response.text
    return response.json()


def revisions(client, draft_id: str) -> list[dict]:
    return client.get(f"/v1/drafts/{draft_id}/revisions", headers=CLIENT).json()


def break_zh_title(client, draft_id: str) -> dict:
    """A Traditional zh-Hans title: simplified_script fails (error severity)."""
    response = client.patch(
        f"/v1/drafts/{draft_id}",
        json={"changes": {"summary.zh-Hans.title": "開發者關係負責人離職"}},
        headers=EDITOR,
    )
    assert response.status_code == 200 and response.json()["status"] == "needs_review"
    return response.json()


def test_the_readme_curl_example_with_zh_hant_tw_only_passes_the_disclaimer_check(app):
    body = create(app, targets=["en", "zh-Hans", "zh-Hant-TW"])
    checks = {c["name"]: c for c in body["checks"]}
    assert checks["disclaimer_present"]["passed"], checks["disclaimer_present"]
    assert set(body["disclaimer"]) == {"en", "zh-Hans", "zh-Hant-TW"}
    assert body["status"] == "draft"


def test_a_rejection_is_a_revision_and_stays_in_the_history(app):
    draft = create(app)
    rejected = app.post(f"/v1/drafts/{draft['id']}/reject", json={"reason": "wrong person"}, headers=EDITOR)
    assert rejected.status_code == 200 and rejected.json()["revision"] == 2
    again = app.post(f"/v1/drafts/{draft['id']}/reject", json={"reason": "again"}, headers=EDITOR)
    assert again.status_code == 409
    app.patch(f"/v1/drafts/{draft['id']}", json={"changes": {"summary.en.title": "Fixed"}}, headers=EDITOR)
    history = revisions(app, draft["id"])
    assert [r["kind"] for r in history] == ["machine", "rejection", "edit"]
    rejection = history[1]
    assert rejection["author"] == "mei" and rejection["note"] == "wrong person"
    assert rejection["status"] == "rejected" and rejection["output"]["status"] == "rejected"
    current = app.get(f"/v1/drafts/{draft['id']}", headers=CLIENT).json()
    assert current["status"] != "rejected" and current["reject_reason"] is None  # moved on, history kept


def test_approving_failing_error_checks_needs_an_acknowledgement_recorded_in_the_revision(app):
    draft = create(app)
    broken = break_zh_title(app, draft["id"])
    refused = app.post(f"/v1/drafts/{draft['id']}/approve", json={}, headers=EDITOR)
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "failed_checks_not_acknowledged"
    assert "simplified_script" in error["detail"]["failed_checks"] and error["detail"]["revision"] == 2
    assert app.get(f"/v1/drafts/{draft['id']}", headers=CLIENT).json()["revision"] == broken["revision"]

    approved = app.post(
        f"/v1/drafts/{draft['id']}/approve", json={"acknowledge_failed_checks": True}, headers=EDITOR
    )
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    approval = revisions(app, draft["id"])[-1]
    assert approval["kind"] == "approval"
    assert "simplified_script" in approval["output"]["provenance"]["acknowledged_failed_checks"]


def test_a_passing_draft_is_approved_without_acknowledgement_and_records_none(app):
    draft = create(app)
    approved = app.post(f"/v1/drafts/{draft['id']}/approve", json={}, headers=EDITOR)
    assert approved.status_code == 200
    assert revisions(app, draft["id"])[-1]["output"]["provenance"]["acknowledged_failed_checks"] == []


def test_approval_without_edits_says_reviewed_not_edited_and_zh_hant_tw_is_not_auditing(app):
    draft = create(app, targets=["en", "zh-Hans", "zh-Hant-TW"])
    notice = app.post(f"/v1/drafts/{draft['id']}/approve", json={}, headers=EDITOR).json()["output"][
        "disclaimer"
    ]
    assert notice["en"] == "The above content is AI-generated and was reviewed by an editor."
    assert notice["zh-Hans"] == "以上内容由 AI 生成，经编辑审阅。"
    assert "審閱" in notice["zh-Hant-TW"] and "稽核" not in notice["zh-Hant-TW"]

    edited = create(app, length="short", targets=["en", "zh-Hans", "zh-Hant-TW"])
    app.patch(f"/v1/drafts/{edited['id']}", json={"changes": {"summary.en.title": "New"}}, headers=EDITOR)
    notice = app.post(f"/v1/drafts/{edited['id']}/approve", json={}, headers=EDITOR).json()["output"][
        "disclaimer"
    ]
    assert "edited" in notice["en"] and notice["zh-Hans"] == "以上内容由 AI 生成，经编辑审阅修改。"
    assert "稽核" not in notice["zh-Hant-TW"]


def test_titles_are_the_cms_title_then_an_edited_one_never_the_model_s_over_them(app):
    draft = create(app, title="CMS 标题：洛根离职")
    model_title = draft["summary"]["en"]["title"]
    listed = app.get("/v1/drafts", headers=CLIENT).json()["items"][0]
    assert listed["title"] == "CMS 标题：洛根离职" != model_title
    assert app.get(f"/v1/drafts/{draft['id']}", headers=CLIENT).json()["title"] == "CMS 标题：洛根离职"
    app.patch(
        f"/v1/drafts/{draft['id']}", json={"changes": {"summary.en.title": "Edited headline"}}, headers=EDITOR
    )
    assert app.get("/v1/drafts", headers=CLIENT).json()["items"][0]["title"] == "Edited headline"
    untitled = create(app, length="short")
    item = next(i for i in app.get("/v1/drafts", headers=CLIENT).json()["items"] if i["id"] == untitled["id"])
    assert item["title"] == untitled["summary"]["en"]["title"]  # nothing better: the model's


@pytest.mark.parametrize(
    ("language", "found"),
    [("zh", 1), ("zh-Hans", 1), ("ZH-hans", 1), ("zh-Hans-CN", 1), ("zh-Hant", 0), ("en", 0)],
)
def test_the_language_filter_takes_bcp47_tags(app, language, found):
    create(app)  # seed 001: Simplified Chinese
    listed = app.get("/v1/drafts", params={"language": language}, headers=CLIENT).json()
    assert listed["total"] == found


def test_a_malformed_language_filter_is_422(app):
    response = app.get("/v1/drafts", params={"language": "zh_Hans!"}, headers=CLIENT)
    assert response.status_code == 422 and "BCP-47" in response.json()["error"]["message"]


def test_an_english_to_english_translation_is_refused_and_stores_nothing(app, llm_mock):
    text = "The council voted on Tuesday to keep the library open.\n\nIt will review the hours in spring."
    response = app.post("/v1/translations", json={"text": text, "target": "en"}, headers=CLIENT)
    assert response.status_code == 422 and "already in English" in response.json()["error"]["message"]
    assert app.get("/v1/drafts", headers=CLIENT).json()["total"] == 0
    assert llm_mock.routes[0].call_count == 0
