"""`include: ["analysis"]` (issue 11 §3): Hot / Quality / Impact scores and a bilingual analysis, written in
the summary's own call by appending the analysis@v1 fragment; against the project's fake LLM over real
HTTP, and with respx for the answers the fake never gives (a score out of range)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from service.text.chinese import convert
from tests.conftest import llm_settings, offline_settings, reply, seed
from tests.fixtures import good_summary

CHECKSUMS = Path(__file__).resolve().parents[2] / "service" / "prompts" / "CHECKSUMS"
EDITOR_KEY = "editor-secret"
KEYS = [{"name": "mei", "role": "editor", "key": EDITOR_KEY}]
EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}


def analysis_answer(hot: int = 72, quality: int = 81, impact: int = 64) -> dict:
    def score(value: int, en: str, zh: str) -> dict:
        return {"score": value, "reason_en": en, "reason_zh_hans": zh}

    answer = good_summary()
    answer["analysis"] = {
        "hot": score(hot, "A well-known figure leaves OpenAI.", "知名人物离开OpenAI。"),
        "quality": score(quality, "Dated and sourced to his own post.", "有日期，并引用了他本人的帖子。"),
        "impact": score(impact, "It feeds the debate over open models.", "这加剧了关于开放模型的争论。"),
        "analysis_en": "His exit is read as a comment on openness.\n\nWatch what he does next.",
        "analysis_zh_hans": "他的离开被解读为对开放性的评论。\n\n值得关注他的下一步。",
    }
    return answer


def test_analysis_against_the_fake_in_the_same_call():
    with FakeLLM(latency_ms=0, seed=3, keep_requests=5) as fake:
        settings = llm_settings(openai_base_url=fake.base_url, model="fake", api_keys=KEYS)
        with TestClient(create_app(settings)) as client:
            response = client.post(
                "/v1/summaries", json={"text": seed("003"), "include": ["analysis"]}, headers=EDITOR
            )
            assert response.status_code == 200, response.text
            body = response.json()
            assert body["provenance"]["usage"]["llm_calls"] == 1 and fake.stats["calls"] == 1
            system = fake.last_request["messages"][0]["content"]
            assert "Analysis 深度分析" in system and 'Fill "analysis"' in system
            schema = fake.last_request["response_format"]["json_schema"]["schema"]
            assert set(schema["properties"]["analysis"]["properties"]) >= {"hot", "quality", "impact"}

            analysis = body["analysis"]
            assert analysis["available"] is True
            for key in ("hot", "quality", "impact"):
                score = analysis[key]
                assert 0 <= score["score"] <= 100
                assert set(score["reason"]) == {"en", "zh-Hans", "zh-Hant"}
                assert score["reason"]["zh-Hant"] == convert(score["reason"]["zh-Hans"], "s2t")
            assert analysis["text"]["zh-Hant"] == convert(analysis["text"]["zh-Hans"], "s2t")
            provenance = body["provenance"]
            assert (
                provenance["prompt"] == f"summarize@{settings.summarize_prompt_version}"
            )  # keeps its version
            assert provenance["analysis_prompt"] == "analysis@v1"
            digest = provenance["analysis_prompt_sha256"].removeprefix("sha256:")
            assert f"sha256:{digest}  analysis/v1.md" in CHECKSUMS.read_text(encoding="utf-8")
            stored = client.get(f"/v1/drafts/{body['id']}", headers=EDITOR).json()
            assert stored["output"]["analysis"] == analysis

            # Without it: a different draft (another content key), no analysis, no fragment in the prompt.
            plain = client.post("/v1/summaries", json={"text": seed("003")}, headers=EDITOR).json()
            assert plain["id"] != body["id"] and plain["cached"] is False
            assert plain["analysis"] is None and plain["provenance"]["analysis_prompt"] is None
            assert 'Fill "analysis"' not in fake.last_request["messages"][0]["content"]


@pytest.fixture
def respx_app(llm_mock):
    with TestClient(create_app(llm_settings(api_keys=KEYS))) as client:
        yield client


def test_scores_reasons_and_analysis_come_back_as_the_model_wrote_them(respx_app, llm_mock):
    llm_mock.post("/chat/completions").mock(return_value=reply(analysis_answer()))
    body = respx_app.post(
        "/v1/summaries",
        json={"text": seed("001"), "include": ["analysis"], "targets": ["en", "zh-Hans", "zh-Hant-TW"]},
        headers=EDITOR,
    ).json()
    analysis = body["analysis"]
    assert [analysis[k]["score"] for k in ("hot", "quality", "impact")] == [72, 81, 64]
    assert analysis["hot"]["reason"]["en"] == "A well-known figure leaves OpenAI."
    assert analysis["text"]["zh-Hans"] == "他的离开被解读为对开放性的评论。\n\n值得关注他的下一步。"
    assert analysis["text"]["zh-Hant-TW"] == convert(analysis["text"]["zh-Hans"], "s2twp")
    assert set(analysis["text"]) == {"en", "zh-Hans", "zh-Hant-TW"}  # the targets, like the summary
    sent = json.loads(llm_mock.calls.last.request.content)
    assert "analysis" in sent["response_format"]["json_schema"]["schema"]["required"]


@pytest.mark.parametrize("bad", [150, -1])
def test_a_score_out_of_range_is_unusable_output_and_takes_the_repair_call(respx_app, llm_mock, bad):
    route = llm_mock.post("/chat/completions")
    route.side_effect = [reply(analysis_answer(quality=bad)), reply(analysis_answer())]
    response = respx_app.post(
        "/v1/summaries", json={"text": seed("001"), "include": ["analysis"]}, headers=EDITOR
    )
    assert response.status_code == 200, response.text
    assert route.call_count == 2
    repair = json.loads(route.calls.last.request.content)["messages"][-1]["content"]
    assert "quality" in repair and "score" in repair  # the validation problem is named to the model
    assert response.json()["analysis"]["quality"]["score"] == 81  # the repaired answer's, never clamped


def test_a_score_out_of_range_twice_is_an_upstream_error_and_stores_nothing(respx_app, llm_mock):
    llm_mock.post("/chat/completions").mock(return_value=reply(analysis_answer(hot=101)))
    response = respx_app.post(
        "/v1/summaries", json={"text": seed("001"), "include": ["analysis"]}, headers=EDITOR
    )
    assert response.status_code == 502, response.text
    assert "unusable" in response.json()["error"]["message"]
    assert respx_app.get("/v1/drafts", headers=EDITOR).json()["items"] == []


def test_an_answer_without_the_analysis_is_unusable(respx_app, llm_mock):
    answer = analysis_answer()
    del answer["analysis"]
    route = llm_mock.post("/chat/completions")
    route.side_effect = [reply(answer), reply(analysis_answer())]
    response = respx_app.post(
        "/v1/summaries", json={"text": seed("001"), "include": ["analysis"]}, headers=EDITOR
    )
    assert response.status_code == 200 and route.call_count == 2


def test_unknown_include_is_a_422(respx_app):
    response = respx_app.post(
        "/v1/summaries", json={"text": seed("001"), "include": ["scores"]}, headers=EDITOR
    )
    assert response.status_code == 422
    assert "analysis" in response.text


def test_extractive_engine_says_analysis_is_not_available_and_invents_no_scores():
    with TestClient(create_app(offline_settings())) as client:
        body = client.post("/v1/summaries", json={"text": seed("001"), "include": ["analysis"]}).json()
        analysis = body["analysis"]
        assert analysis["available"] is False
        assert "LLM endpoint" in analysis["note"]
        assert analysis["hot"] is None and analysis["quality"] is None and analysis["impact"] is None
        assert analysis["text"] == {}
        assert client.post("/v1/summaries", json={"text": seed("001")}).json()["analysis"] is None


def test_the_review_page_shows_scores_and_analysis(respx_app, llm_mock):
    llm_mock.post("/chat/completions").mock(return_value=reply(analysis_answer()))
    draft = respx_app.post(
        "/v1/summaries", json={"text": seed("001"), "include": ["analysis"]}, headers=EDITOR
    ).json()
    signed = respx_app.post(
        "/review/login", data={"key": EDITOR_KEY, "next": "/review"}, headers={"Origin": "http://testserver"}
    )
    assert signed.status_code == 200
    html = respx_app.get(f"/review/drafts/{draft['id']}").text
    doc = lxml.html.fromstring(html)
    (section,) = doc.xpath('//section[@id="analysis"]')
    assert "深度分析" in section.text_content() and "analysis@v1" in section.text_content()
    values = [el.text_content() for el in section.xpath('.//*[@class="score__value"]')]
    assert values == ["72", "81", "64"]
    assert "知名人物离开OpenAI。" in section.xpath('.//*[@id="score-hot"]')[0].text_content()
    paragraphs = [p.text_content() for p in section.xpath(".//div[@lang='zh-Hans']/p")]
    assert paragraphs == ["他的离开被解读为对开放性的评论。", "值得关注他的下一步。"]


def test_jobs_pass_include_through(respx_app, llm_mock):
    llm_mock.post("/chat/completions").mock(return_value=reply(analysis_answer()))
    created = respx_app.post(
        "/v1/jobs",
        json={"articles": [{"id": "a1", "text": seed("001")}], "include": ["analysis"]},
        headers=EDITOR,
    )
    assert created.status_code in (200, 201, 202), created.text
    job_id = created.json()["job_id"]
    for _ in range(200):
        job = respx_app.get(f"/v1/jobs/{job_id}", headers=EDITOR).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert job["status"] == "done", job
    results = respx_app.get(f"/v1/jobs/{job_id}/results", headers=EDITOR)
    assert results.status_code == 200, results.text
    assert "analysis@v1" in results.text and '"score":72' in results.text.replace(" ", "")
