"""POST /v1/translations: paragraph alignment, OpenCC-only conversions, interleaved rendering."""

from __future__ import annotations

import json
import re

from tests.conftest import reply

ZH_ARTICLE = "洛根·基尔帕特里克在3月1日宣布离开OpenAI。\n\n他在OpenAI工作了一年多。"
EN_ARTICLE = "Logan Kilpatrick left OpenAI on March 1.\n\nHe had worked there for over a year."


def numbered(request) -> list[int]:
    user = json.loads(request.content)["messages"][1]["content"]
    return [int(n) for n in re.findall(r"^\[(\d+)\]", user, flags=re.MULTILINE)]


def test_zh_to_en_is_paragraph_aligned(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        return_value=reply(
            {
                "paragraphs": [
                    {"index": 1, "text": "Logan Kilpatrick announced on March 1 that he was leaving OpenAI."},
                    {"index": 2, "text": "He had worked at OpenAI for more than a year."},
                ]
            }
        )
    )
    response = llm_app.post("/v1/translations", json={"text": ZH_ARTICLE, "target": "en"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert numbered(route.calls.last.request) == [1, 2]
    assert [p["source"] for p in body["pairs"]] == ZH_ARTICLE.split("\n\n")
    assert body["pairs"][0]["target"].startswith("Logan Kilpatrick announced")
    assert body["bilingual"].startswith(ZH_ARTICLE.split("\n\n")[0] + "\nLogan Kilpatrick announced")
    assert "以上内容由 AI 生成" in body["bilingual"]
    assert body["provenance"]["engine"] == "llm" and body["provenance"]["prompt"] == "translate@v1"
    assert body["status"] == "draft", [c for c in body["checks"] if not c["passed"]]


def test_en_to_zh_hant_is_translated_to_hans_then_converted(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        return_value=reply(
            {
                "paragraphs": [
                    {"index": 1, "text": "Logan Kilpatrick于3月1日离开了OpenAI。"},
                    {"index": 2, "text": "他在那里工作了一年多。"},
                ]
            }
        )
    )
    body = llm_app.post("/v1/translations", json={"text": EN_ARTICLE, "target": "zh-Hant"}).json()
    assert route.call_count == 1
    assert (
        "Target language: zh-Hans" in json.loads(route.calls.last.request.content)["messages"][0]["content"]
    )
    assert body["pairs"][0]["target"] == "Logan Kilpatrick於3月1日離開了OpenAI。"
    assert body["pairs"][1]["target"] == "他在那裏工作了一年多。"


def test_chinese_script_conversion_needs_no_llm(offline_app):
    body = offline_app.post(
        "/v1/translations", json={"text": "觀察者網報道，當地時間7月14日。", "target": "zh-Hans"}
    )
    assert body.status_code == 200, body.text
    payload = body.json()
    assert payload["pairs"][0]["target"] == "观察者网报道，当地时间7月14日。"
    assert payload["provenance"]["engine"] == "opencc"
    assert payload["provenance"]["usage"]["llm_calls"] == 0


def test_translation_without_llm_endpoint_is_a_clear_503(offline_app):
    response = offline_app.post("/v1/translations", json={"text": EN_ARTICLE, "target": "zh-Hans"})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "llm_not_configured"
    assert "OPENAI_BASE_URL" in response.json()["error"]["message"]


def test_misaligned_answer_is_repaired_then_502(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        return_value=reply({"paragraphs": [{"index": 1, "text": "Both paragraphs merged into one."}]})
    )
    response = llm_app.post("/v1/translations", json={"text": ZH_ARTICLE, "target": "en"})
    assert response.status_code == 502
    assert "expected paragraphs [1, 2]" in response.json()["error"]["message"]
    assert route.call_count == 2
