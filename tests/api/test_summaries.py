"""POST /v1/summaries through the real app with the LLM endpoint mocked by respx."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.conftest import reply, seed
from tests.fixtures import good_summary, good_summary_v1, good_summary_v2

ARTICLE_001 = seed("001")


def post_summary(client, **body):
    return client.post("/v1/summaries", json={"text": ARTICLE_001, **body})


def failed_checks(payload: dict) -> dict[str, dict]:
    return {c["name"]: c for c in payload["checks"] if not c["passed"]}


def test_good_bilingual_answer_is_a_clean_draft(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    response = post_summary(llm_app)
    assert response.status_code == 200, response.text
    body = response.json()
    assert failed_checks(body) == {}
    assert body["status"] == "draft"
    assert set(body["summary"]) == {"en", "zh-Hans", "zh-Hant"}
    assert body["summary"]["en"]["title"].startswith("OpenAI's developer relations lead")
    # zh-Hant is the OpenCC conversion of zh-Hans, made locally.
    assert "開發者" in body["summary"]["zh-Hant"]["summary"]
    assert body["key_points"][0]["en"].startswith("Logan Kilpatrick")
    assert body["key_points"][0]["zh-Hant"].startswith("OpenAI開發者")
    assert body["keywords"]["zh-Hans"] == ["OpenAI", "洛根", "开发者关系", "开源"]
    assert body["disclaimer"]["zh-Hans"] == "以上内容由 AI 生成，仅供参考。"
    assert "AI-generated" in body["disclaimer"]["en"]
    assert body["disclaimer"]["zh-Hant"] == "以上內容由 AI 生成，僅供參考。"
    assert body["source"]["language"] == "zh" and body["source"]["script"] == "Hans"
    assert body["source"]["sha256"].startswith("sha256:")
    provenance = body["provenance"]
    assert provenance["engine"] == "llm"
    assert provenance["model"] == "test-model"
    assert provenance["endpoint_host"] == "llm.test"
    assert provenance["prompt"] == "summarize@v3"
    assert provenance["prompt_sha256"].startswith("sha256:")
    assert provenance["usage"] == {
        "prompt_tokens": 900,
        "completion_tokens": 400,
        "total_tokens": 1300,
        "llm_calls": 1,
    }
    assert route.call_count == 1


def test_zh_hant_and_variants_cost_no_second_llm_call(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    response = post_summary(llm_app, targets=["en", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK"])
    assert response.status_code == 200
    body = response.json()
    assert route.call_count == 1
    assert body["provenance"]["usage"]["llm_calls"] == 1
    for locale in ("zh-Hant", "zh-Hant-TW", "zh-Hant-HK"):
        assert body["summary"][locale]["summary"] != body["summary"]["zh-Hans"]["summary"]
        assert "開" in body["summary"][locale]["summary"]
    assert set(body["disclaimer"]) >= {"en", "zh-Hans", "zh-Hant-TW", "zh-Hant-HK"}


def test_article_goes_only_into_the_user_message_inside_the_declared_delimiter(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    post_summary(llm_app)
    sent = json.loads(route.calls.last.request.content)
    system, user = sent["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    assert "洛根" not in system["content"]
    nonce = user["content"].split("=====BEGIN ARTICLE ", 1)[1].split("=====", 1)[0]
    assert f"=====BEGIN ARTICLE {nonce}=====" in system["content"]  # the system prompt declares the fence
    body = (
        user["content"]
        .split(f"=====BEGIN ARTICLE {nonce}=====")[1]
        .split(f"=====END ARTICLE {nonce}=====")[0]
    )
    assert "洛根·基尔帕特里克" in body
    assert "tools" not in sent
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["strict"] is True


def test_traditional_characters_in_zh_hans_need_review(llm_app, llm_mock):
    answer = good_summary()
    answer["zh_hans"]["summary"] = answer["zh_hans"]["summary"].replace(
        "开发者关系负责人", "開發者關係負責人"
    )
    llm_mock.post("/chat/completions").mock(return_value=reply(answer))
    body = post_summary(llm_app).json()
    assert body["status"] == "needs_review"
    failed = failed_checks(body)
    assert "simplified_script" in failed
    assert "開" in failed["simplified_script"]["detail"]


def test_chinese_field_written_in_english_needs_review(llm_app, llm_mock):
    answer = good_summary()
    answer["zh_hans"]["summary"] = answer["en"]["summary"]
    llm_mock.post("/chat/completions").mock(return_value=reply(answer))
    body = post_summary(llm_app).json()
    assert body["status"] == "needs_review"
    failed = failed_checks(body)
    assert "output_language" in failed
    assert "zh-Hans" in (failed["output_language"]["field"] or failed["output_language"]["detail"])


def test_invented_numbers_need_review(llm_app, llm_mock):
    answer = good_summary()
    answer["en"]["summary"] += " OpenAI's revenue grew 37% to 2031 million."
    answer["zh_hans"]["summary"] += "OpenAI收入增长37%，达到2031万。"
    llm_mock.post("/chat/completions").mock(return_value=reply(answer))
    body = post_summary(llm_app).json()
    assert body["status"] == "needs_review"
    failed = failed_checks(body)
    assert "numbers_in_source" in failed
    assert "37" in failed["numbers_in_source"]["detail"]


def test_invalid_json_once_is_repaired(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        side_effect=[reply('{"en": {"title": "broken'), reply(good_summary())]
    )
    response = post_summary(llm_app)
    assert response.status_code == 200
    assert route.call_count == 2
    repair_request = json.loads(route.calls.last.request.content)
    assert "could not be used" in repair_request["messages"][-1]["content"]
    assert response.json()["provenance"]["usage"]["llm_calls"] == 2


def test_invalid_json_twice_is_502(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply("Sure! Here is your summary: ..."))
    response = post_summary(llm_app)
    assert response.status_code == 502
    error = response.json()["error"]
    assert error["code"] == "unusable_model_output"
    assert "not valid JSON" in error["message"]
    assert route.call_count == 2


def test_truncated_answer_twice_is_502(llm_app, llm_mock):
    content = json.dumps(good_summary(), ensure_ascii=False)[:300]
    llm_mock.post("/chat/completions").mock(return_value=reply(content, finish_reason="length"))
    response = post_summary(llm_app)
    assert response.status_code == 502
    assert "finish_reason=length" in response.json()["error"]["message"]


def test_rate_limit_is_503_with_retry_after(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        return_value=httpx.Response(
            429, headers={"Retry-After": "0"}, json={"error": {"message": "slow down"}}
        )
    )
    response = post_summary(llm_app)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "1"  # provider said 0: clients still get a 1 s floor
    assert response.json()["error"]["code"] == "upstream_unavailable"
    assert route.call_count == 2  # max_attempts=2 in the test settings: one retry, then give up


def test_long_retry_after_is_passed_through_without_waiting(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        return_value=httpx.Response(429, headers={"Retry-After": "120"}, json={"error": {"message": "quota"}})
    )
    response = post_summary(llm_app)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "120"
    assert route.call_count == 1


def test_rate_limit_then_success_is_retried(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "0"}, json={"error": {"message": "slow down"}}),
            reply(good_summary()),
        ]
    )
    assert post_summary(llm_app).status_code == 200
    assert route.call_count == 2


def test_server_error_is_503(llm_app, llm_mock):
    llm_mock.post("/chat/completions").mock(
        return_value=httpx.Response(500, json={"error": {"message": "x"}})
    )
    response = post_summary(llm_app)
    assert response.status_code == 503
    assert "Retry-After" in response.headers


def test_timeout_is_504(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(side_effect=httpx.ReadTimeout("upstream too slow"))
    response = post_summary(llm_app)
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "upstream_timeout"
    assert route.call_count == 2


def test_bad_api_key_is_502_not_retried(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(
        return_value=httpx.Response(401, json={"error": {"message": "invalid key"}})
    )
    response = post_summary(llm_app)
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_rejected"
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"text": ""}, 422, "empty_input"),
        ({"text": "   \n\t "}, 422, "empty_input"),
        ({"text": "abc\x00\x01\x02\x00\x00"}, 422, "binary_input"),
        ({}, 422, "invalid_request"),
        ({"text": "a", "html": "<p>a</p>"}, 422, "invalid_request"),
        ({"text": "x" * 200_001}, 422, "input_too_large"),
        ({"text": "Hello world.", "targets": ["fr"]}, 422, "invalid_request"),
        ({"text": "Hello world.", "length": "huge"}, 422, "invalid_request"),
    ],
)
def test_bad_input_is_a_clear_4xx_and_never_calls_the_llm(llm_app, llm_mock, body, status, code):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    response = llm_app.post("/v1/summaries", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]
    assert route.call_count == 0


def test_body_over_the_cap_is_413_before_the_llm(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    response = llm_app.post(
        "/v1/summaries",
        content=b'{"text": "' + b"x" * 2_100_000 + b'"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"
    assert route.call_count == 0


def test_prompt_version_is_recorded_and_pinnable(llm_app, llm_mock):
    """summarize@v3 (grounded, compact) is the default; v2 (grounded, entity objects) and v1 (ungrounded)
    stay pinnable, each answering in its own shape. v3's rows expand to exactly the grounding v2 gives."""
    client = llm_app
    listed = {p["ref"]: p for p in client.get("/v1/prompts").json()}
    assert {"summarize@v1", "summarize@v2", "summarize@v3", "translate@v1"} <= set(listed)
    assert [ref for ref, p in listed.items() if p["default"] and ref.startswith("summarize@")] == [
        "summarize@v3"
    ]

    route = llm_mock.post("/chat/completions").mock(return_value=reply(good_summary()))
    default = post_summary(client).json()
    assert default["provenance"]["prompt"] == "summarize@v3" and default["status"] == "draft"
    assert default["provenance"]["prompt_sha256"] == listed["summarize@v3"]["sha256"]
    assert default["grounding"]["entities"][1] == {
        "en": "Logan Kilpatrick",
        "zh": "洛根·基尔帕特里克",
        "source": "Logan Kilpatrick",
        "type": "person",
    }
    assert default["grounding"]["key_point_sources"]["en"][3] == [17]
    sent = json.loads(route.calls.last.request.content)
    schema = json.dumps(sent["response_format"])
    assert '"ents"' in schema and '"kp_src"' in schema and '"entities"' not in schema
    assert "\n[5] " in sent["messages"][1]["content"]

    route.mock(return_value=reply(good_summary_v2()))
    v2 = post_summary(client, prompt_version="v2").json()
    assert v2["provenance"]["prompt"] == "summarize@v2" and v2["status"] == "draft"
    assert v2["provenance"]["prompt_sha256"] == listed["summarize@v2"]["sha256"]
    assert v2["grounding"] == default["grounding"]
    assert v2["checks"] == default["checks"]
    sent = json.loads(route.calls.last.request.content)
    assert '"entities"' in json.dumps(sent["response_format"]) and "\n[5] " in sent["messages"][1]["content"]

    route.mock(return_value=reply(good_summary_v1()))
    pinned = post_summary(client, prompt_version="v1").json()
    assert pinned["provenance"]["prompt"] == "summarize@v1" and pinned["status"] == "draft"
    assert pinned["provenance"]["prompt_sha256"] == listed["summarize@v1"]["sha256"]
    assert pinned["grounding"] is None
    sent = json.loads(route.calls.last.request.content)
    assert '"entities"' not in json.dumps(sent["response_format"])
    assert '"ents"' not in json.dumps(sent["response_format"])
    assert "[5] " not in sent["messages"][1]["content"]

    unknown = post_summary(client, prompt_version="v9")
    assert unknown.status_code == 422
    assert "summarize@v9" in unknown.json()["error"]["message"]
