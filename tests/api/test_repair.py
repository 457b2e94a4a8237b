"""The one repair pass (issue 11 §4) over HTTP, the LLM endpoint mocked with respx: off by default; when
on and error checks fail, exactly one extra call that carries the draft and the failing checks; the checks
run again; both attempts are revisions; a failing repair keeps the first draft."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.conftest import offline_settings, reply, seed
from tests.fixtures import good_summary, good_summary_v1, good_summary_v2

ARTICLE_001 = seed("001")
EN_ARTICLE = "Logan Kilpatrick left OpenAI on March 1.\n\nHe had worked there for over a year."


def invented_numbers() -> dict:
    answer = good_summary()
    answer["en"]["summary"] += " OpenAI's revenue grew 37% to 2031 million."
    answer["zh_hans"]["summary"] += "OpenAI收入增长37%，达到2031万。"
    return answer


def failed(body: dict) -> set[str]:
    return {c["name"] for c in body["checks"] if not c["passed"] and c["severity"] == "error"}


def revisions(client: TestClient, draft_id: str) -> list[dict]:
    response = client.get(f"/v1/drafts/{draft_id}/revisions")
    assert response.status_code == 200, response.text
    return response.json()


def user_message(call) -> str:
    return json.loads(call.request.content)["messages"][1]["content"]


def test_repair_is_off_by_default(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(invented_numbers()))
    body = llm_app.post("/v1/summaries", json={"text": ARTICLE_001}).json()
    assert body["status"] == "needs_review" and "numbers_in_source" in failed(body)
    assert route.call_count == 1
    assert body["provenance"]["repair"] is None
    assert [r["kind"] for r in revisions(llm_app, body["id"])] == ["machine"]


def repairs_metric(client: TestClient, outcome: str) -> float:
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(f'bisum_repairs_total{{outcome="{outcome}"}}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_failing_checks_get_one_repair_call_and_both_attempts_are_revisions(llm_app, llm_mock):
    fixed_before = repairs_metric(llm_app, "fixed")
    route = llm_mock.post("/chat/completions").mock(
        side_effect=[
            reply(invented_numbers()),
            reply(good_summary(), prompt_tokens=1500, completion_tokens=500),
        ]
    )
    body = llm_app.post("/v1/summaries", json={"text": ARTICLE_001, "repair": True}).json()
    assert route.call_count == 2
    # The repair call: the article fenced as data, the draft as data, the failing check's details.
    sent = json.loads(route.calls[1].request.content)
    system, user = sent["messages"][0]["content"], user_message(route.calls[1])
    nonce = user.split("=====BEGIN ARTICLE ", 1)[1].split("=====", 1)[0]
    assert f"=====BEGIN DRAFT {nonce}=====" in user and f"=====BEGIN CHECKS {nonce}=====" in user
    assert "OpenAI's revenue grew 37% to 2031 million." in user.split("BEGIN DRAFT", 1)[1]
    checks_block = user.split(f"=====BEGIN CHECKS {nonce}=====", 1)[1]
    assert "- numbers_in_source [en.summary]: numbers not in the source: 37" in checks_block
    assert "洛根" in user.split("BEGIN ARTICLE", 1)[1] and "洛根" not in system
    assert sent["response_format"]["json_schema"]["schema"]["required"][:2] == ["en", "zh_hans"]
    # The checks ran again on the repaired draft: it is clean now.
    assert body["status"] == "draft" and failed(body) == set()
    assert "37%" not in body["summary"]["en"]["summary"]
    assert "2031" not in body["summary"]["zh-Hant"]["summary"]  # zh-Hant re-derived from the repair
    assert body["revision"] == 2
    provenance = body["provenance"]
    assert provenance["prompt"] == "summarize@v3"
    draft_block = user.split("BEGIN DRAFT", 1)[1].split("END DRAFT", 1)[0]
    assert '"kp_src"' in draft_block and "Logan Kilpatrick|洛根·基尔帕特里克|person" in draft_block
    assert {e["en"] for e in body["grounding"]["entities"]} >= {"OpenAI", "Logan Kilpatrick"}
    repair = provenance["repair"]
    assert repair["prompt"] == "repair@v1" and repair["prompt_sha256"].startswith("sha256:")
    assert repair["outcome"] == "fixed"
    assert "numbers_in_source" in repair["failed_before"] and repair["failed_after"] == []
    assert repair["usage"] == {
        "prompt_tokens": 1500,
        "completion_tokens": 500,
        "total_tokens": 2000,
        "llm_calls": 1,
    }
    assert provenance["usage"] == {
        "prompt_tokens": 2400,
        "completion_tokens": 900,
        "total_tokens": 3300,
        "llm_calls": 2,
    }
    assert provenance["edited_fields"] == []  # the model's correction is not an editor's edit
    history = revisions(llm_app, body["id"])
    assert [r["kind"] for r in history] == ["machine", "repair"]
    assert history[0]["status"] == "needs_review"
    assert "37%" in history[0]["output"]["summary"]["en"]["summary"]  # the first attempt is kept
    assert history[1]["status"] == "draft"
    assert {d["field"] for d in history[1]["diff"]} >= {"summary.en.summary", "summary.zh-Hans.summary"}
    assert "fixed" in history[1]["note"]
    assert repairs_metric(llm_app, "fixed") == fixed_before + 1
    # Asking again is served from the store: no third call.
    again = llm_app.post("/v1/summaries", json={"text": ARTICLE_001, "repair": True}).json()
    assert again["cached"] is True and again["revision"] == 2 and route.call_count == 2


def test_a_clean_draft_is_not_repaired(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    body = llm_app.post("/v1/summaries", json={"text": ARTICLE_001, "repair": True}).json()
    assert body["status"] == "draft" and route.call_count == 1
    assert [r["kind"] for r in revisions(llm_app, body["id"])] == ["machine"]


def test_repair_that_does_not_fix_is_stored_with_the_checks_still_failing(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        side_effect=[reply(invented_numbers()), reply(invented_numbers())]
    )
    body = llm_app.post("/v1/summaries", json={"text": ARTICLE_001, "repair": True}).json()
    assert route.call_count == 2
    assert body["status"] == "needs_review" and "numbers_in_source" in failed(body)
    assert body["provenance"]["repair"]["outcome"] == "not_fixed"
    assert "numbers_in_source" in body["provenance"]["repair"]["failed_after"]
    assert [r["kind"] for r in revisions(llm_app, body["id"])] == ["machine", "repair"]


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(reply('{"en": {"title": "broken'), id="invalid_json"),
        pytest.param(httpx.Response(500, json={"error": {"message": "boom"}}), id="server_error"),
        pytest.param(reply({"en": {"title": "only a title"}}), id="wrong_schema"),
    ],
)
def test_failing_repair_keeps_the_first_draft_with_a_note(llm_app, llm_mock, answer):
    # max_attempts is 2 in these settings: the repair call is still made only once, never retried or
    # sent a JSON repair message.
    route = llm_mock.post("/chat/completions").mock(side_effect=[reply(invented_numbers()), answer, answer])
    body = llm_app.post("/v1/summaries", json={"text": ARTICLE_001, "repair": True}).json()
    assert route.call_count == 2
    assert body["status"] == "needs_review" and "numbers_in_source" in failed(body)
    history = revisions(llm_app, body["id"])
    assert [r["kind"] for r in history] == ["machine", "repair"]
    first, kept = history[0]["output"], history[1]["output"]
    assert kept["summary"] == first["summary"] and kept["checks"] == first["checks"]
    assert history[1]["diff"] == []
    repair = body["provenance"]["repair"]
    assert repair["outcome"] == "failed" and repair["failed_after"] == repair["failed_before"]
    assert "numbers_in_source" in repair["failed_after"]
    assert "first draft is kept" in repair["note"] and "first draft is kept" in history[1]["note"]
    assert body["provenance"]["usage"]["llm_calls"] == 2
    if answer.status_code == 200:  # an unusable answer arrived: its tokens are counted
        assert repair["usage"]["total_tokens"] == 1300 and "unusable_model_output" in repair["note"]
    else:
        assert repair["usage"]["llm_calls"] == 1 and repair["usage"]["total_tokens"] == 0


@pytest.fixture
def repair_on_app(llm_mock) -> Iterator[TestClient]:
    from tests.conftest import llm_settings

    with TestClient(create_app(llm_settings(repair=True))) as client:
        yield client


def test_setting_turns_repair_on_and_the_request_field_wins(repair_on_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(invented_numbers()))
    body = repair_on_app.post("/v1/summaries", json={"text": ARTICLE_001, "repair": False}).json()
    assert route.call_count == 1 and body["provenance"]["repair"] is None
    route.side_effect = [reply(invented_numbers()), reply(good_summary())]
    body = repair_on_app.post("/v1/summaries", json={"text": ARTICLE_001, "force": True}).json()
    assert route.call_count == 3
    assert body["status"] == "draft" and body["provenance"]["repair"]["outcome"] == "fixed"
    assert [r["kind"] for r in revisions(repair_on_app, body["id"])] == ["machine", "regenerate", "repair"]


def test_translation_repair_sends_the_draft_paragraphs_and_rechecks(llm_app, llm_mock):
    bad = {
        "paragraphs": [
            {"index": 1, "text": "Logan Kilpatrick於3月1日離開了OpenAI。"},  # Traditional in zh-Hans
            {"index": 2, "text": "他在那里工作了一年多。"},
        ]
    }
    good = {
        "paragraphs": [
            {"index": 1, "text": "Logan Kilpatrick于3月1日离开了OpenAI。"},
            {"index": 2, "text": "他在那里工作了一年多。"},
        ]
    }
    route = llm_mock.post("/chat/completions").mock(side_effect=[reply(bad), reply(good)])
    response = llm_app.post(
        "/v1/translations", json={"text": EN_ARTICLE, "target": "zh-Hans", "repair": True}
    )
    body = response.json()
    assert route.call_count == 2
    user = user_message(route.calls[1])
    assert "Target language: zh-Hans" in user
    assert '"index": 1' in user and "於" in user.split("BEGIN DRAFT", 1)[1]
    assert "- simplified_script [paragraphs[index=1].text]" in user
    assert body["status"] == "draft" and failed(body) == set()
    assert body["pairs"][0]["target"] == "Logan Kilpatrick于3月1日离开了OpenAI。"
    assert "Logan Kilpatrick于3月1日离开了OpenAI。" in body["bilingual"]
    assert body["provenance"]["repair"]["outcome"] == "fixed"
    assert [r["kind"] for r in revisions(llm_app, body["id"])] == ["machine", "repair"]


def test_the_extractive_engine_is_never_repaired():
    with TestClient(create_app(offline_settings(repair=True))) as client:
        body = client.post("/v1/summaries", json={"text": ARTICLE_001, "repair": True}).json()
        assert body["provenance"]["engine"] == "extractive" and body["provenance"]["repair"] is None
        assert [r["kind"] for r in revisions(client, body["id"])] == ["machine"]


def test_a_v1_draft_is_repaired_in_v1_s_output_schema(llm_app, llm_mock):
    bad = good_summary_v1()
    bad["zh_hans"]["summary"] += "預計到2031年將增長。"  # Traditional characters and an invented year
    route = llm_mock.post("/chat/completions").mock(side_effect=[reply(bad), reply(good_summary_v1())])
    body = llm_app.post(
        "/v1/summaries", json={"text": ARTICLE_001, "prompt_version": "v1", "repair": True}
    ).json()
    assert route.call_count == 2
    schema = json.loads(route.calls[1].request.content)["response_format"]["json_schema"]["schema"]
    assert "entities" not in schema["properties"]  # summarize@v1's SummaryOutput, not v2's grounded one
    assert "key_point_sources" not in user_message(route.calls[1])
    assert "- simplified_script [zh_hans.summary]" in user_message(route.calls[1])
    assert body["provenance"]["prompt"] == "summarize@v1"
    assert body["provenance"]["repair"]["outcome"] == "fixed" and body["status"] == "draft"


def test_a_v2_draft_is_repaired_in_v2_s_grounded_schema(llm_app, llm_mock):
    bad = good_summary_v2()
    bad["en"]["summary"] += " OpenAI's revenue grew 37% to 2031 million."
    fixed = good_summary_v2()
    fixed["entities"] = fixed["entities"][:2]
    route = llm_mock.post("/chat/completions").mock(side_effect=[reply(bad), reply(fixed)])
    body = llm_app.post(
        "/v1/summaries", json={"text": ARTICLE_001, "prompt_version": "v2", "repair": True}
    ).json()
    assert route.call_count == 2
    schema = json.loads(route.calls[1].request.content)["response_format"]["json_schema"]["schema"]
    assert "entities" in schema["properties"]
    assert '"key_point_sources"' in user_message(route.calls[1])
    assert body["provenance"]["repair"]["outcome"] == "fixed"
    assert [e["en"] for e in body["grounding"]["entities"]] == ["OpenAI", "Logan Kilpatrick"]  # the repair's
