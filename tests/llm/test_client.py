"""LLMClient and the map-reduce path, with the endpoint mocked by respx."""

from __future__ import annotations

import json

import httpx
from fastapi.testclient import TestClient

from service.api.app import create_app
from tests.conftest import chat_completion, llm_settings, reply, seed
from tests.fixtures import good_summary


def test_json_object_mode_sends_the_schema_in_the_prompt(llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    with TestClient(create_app(llm_settings(response_format="json_object"))) as client:
        assert client.post("/v1/summaries", json={"text": seed("001")}).status_code == 200
    sent = json.loads(route.calls.last.request.content)
    assert sent["response_format"] == {"type": "json_object"}
    assert "<json_schema>" in sent["messages"][0]["content"]
    assert '"zh_hans"' in sent["messages"][0]["content"]


def test_fenced_json_is_accepted(llm_app, llm_mock):
    fenced = "```json\n" + json.dumps(good_summary(), ensure_ascii=False) + "\n```"
    route = llm_mock.post("/chat/completions").mock(return_value=reply(fenced))
    assert llm_app.post("/v1/summaries", json={"text": seed("001")}).status_code == 200
    assert route.call_count == 1


def test_schema_violation_is_repaired_with_the_reason(llm_app, llm_mock):
    broken = good_summary()
    del broken["zh_hans"]["key_points"]
    route = llm_mock.post("/chat/completions").mock(side_effect=[reply(broken), reply(good_summary())])
    assert llm_app.post("/v1/summaries", json={"text": seed("001")}).status_code == 200
    repair = json.loads(route.calls.last.request.content)["messages"][-1]["content"]
    assert "zh_hans.key_points" in repair


def test_long_article_is_summarised_map_reduce(llm_mock):
    """Over the token budget: one map call per part, then one bilingual call over the notes."""

    def answer(request: httpx.Request) -> httpx.Response:
        schema_name = json.loads(request.content)["response_format"]["json_schema"]["name"]
        if schema_name == "ChunkNotes":
            notes = {"notes": ["洛根·基尔帕特里克于3月1日离开OpenAI。", "他曾负责开发者关系。"]}
            return httpx.Response(200, json=chat_completion(json.dumps(notes, ensure_ascii=False)))
        return reply(good_summary())

    route = llm_mock.post("/chat/completions").mock(side_effect=answer)
    with TestClient(create_app(llm_settings(chunk_token_budget=800))) as client:
        body = client.post("/v1/summaries", json={"text": seed("001")}).json()
    provenance = body["provenance"]
    assert provenance["map_parts"] >= 2
    assert provenance["map_prompt"] == "summarize_chunk@v1"
    assert route.call_count == provenance["map_parts"] + 1 == provenance["usage"]["llm_calls"]
    final = json.loads(route.calls.last.request.content)["messages"][1]["content"]
    assert "他曾负责开发者关系。" in final
    # summarize@v3 over notes: the table stays, the notes' [n] are no article paragraphs to cite.
    assert body["grounding"]["key_point_sources"] == {}
    assert [e["en"] for e in body["grounding"]["entities"]][:2] == ["OpenAI", "Logan Kilpatrick"]
    details = {c["name"]: c["detail"] for c in body["checks"]}
    assert details["key_points_grounded"].startswith("skipped: no key-point")
