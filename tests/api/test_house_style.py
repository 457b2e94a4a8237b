"""House style over HTTP: `warn` reports, `fix` rewrites zh-Hans in finalize - for a generated draft and
for an editor's edit alike - and zh-Hant is derived from the fixed text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.checks.house_style import number_values
from tests.conftest import llm_settings, reply, seed
from tests.fixtures import good_summary, good_summary_v1

ARTICLE = seed("001")
EDITOR = {"Authorization": "Bearer editor-secret"}
KEYS = [{"name": "mei", "role": "editor", "key": "editor-secret"}]
# Half-width punctuation after Chinese, in the model's zh-Hans one_line and a key point.
UNSTYLED_ONE_LINE = "向开发者解释OpenAI的洛根·基尔帕特里克离开了公司."
UNSTYLED_POINT = "他写道,开源AI对开发者、商业和全人类都是纯粹的胜利."


def unstyled_answer() -> dict:
    answer = good_summary()
    answer["zh_hans"]["one_line"] = UNSTYLED_ONE_LINE
    answer["zh_hans"]["key_points"][2] = UNSTYLED_POINT
    return answer


def app_with(llm_mock, **settings) -> Iterator[TestClient]:
    llm_mock.post("/chat/completions").mock(return_value=reply(unstyled_answer()))
    with TestClient(create_app(llm_settings(api_keys=KEYS, **settings))) as client:
        yield client


@pytest.fixture
def fixing(llm_mock):
    yield from app_with(llm_mock, house_style_punctuation="fix", house_style_dates="fix")


@pytest.fixture
def warning(llm_mock):
    yield from app_with(llm_mock)  # defaults: punctuation, dates and numbers warn


def style_checks(body: dict) -> dict[str, dict]:
    return {c["name"]: c for c in body["checks"] if c["name"].startswith("style_")}


def summarize(client: TestClient) -> dict:
    response = client.post("/v1/summaries", json={"text": ARTICLE}, headers=EDITOR)
    assert response.status_code == 200, response.text
    return response.json()


def test_warn_by_default_reports_without_changing_text_or_status(warning):
    body = summarize(warning)
    assert body["summary"]["zh-Hans"]["one_line"] == UNSTYLED_ONE_LINE
    checks = style_checks(body)
    assert set(checks) == {"style_punctuation", "style_dates", "style_large_numbers"}  # spacing is off
    punctuation = checks["style_punctuation"]
    assert not punctuation["passed"] and punctuation["severity"] == "warning"
    assert punctuation["field"] == "summary.zh-Hans.one_line"
    assert punctuation["detail"].startswith("3 to change: summary.zh-Hans.one_line: '.' -> '。'")
    assert body["status"] == "draft"  # a warning never sets needs_review


def test_fix_on_generation_stores_the_fixed_text_and_derives_zh_hant_from_it(fixing):
    body = summarize(fixing)
    hans, hant = body["summary"]["zh-Hans"], body["summary"]["zh-Hant"]
    assert hans["one_line"] == UNSTYLED_ONE_LINE[:-1] + "。"
    assert hans["key_points"][2] == "他写道，开源AI对开发者、商业和全人类都是纯粹的胜利。"
    assert hant["key_points"][2] == "他寫道，開源AI對開發者、商業和全人類都是純粹的勝利。"
    punctuation = style_checks(body)["style_punctuation"]
    assert punctuation["passed"]
    assert "fixed 3" in punctuation["detail"] and "summary.zh-Hans.key_points[2]" in punctuation["detail"]
    assert number_values(hans["summary"]) == number_values(good_summary()["zh_hans"]["summary"])
    stored = fixing.get(f"/v1/drafts/{body['id']}", headers=EDITOR).json()
    assert stored["output"]["summary"]["zh-Hans"]["one_line"].endswith("公司。")


def test_fix_applies_to_an_editors_edit(fixing):
    draft = summarize(fixing)
    edited = fixing.patch(
        f"/v1/drafts/{draft['id']}",
        json={"changes": {"summary.zh-Hans.summary": "他于2024-03-01宣布离职,此前已在OpenAI工作."}},
        headers=EDITOR,
    )
    assert edited.status_code == 200, edited.text
    output = edited.json()["output"]
    assert output["summary"]["zh-Hans"]["summary"] == "他于2024年3月1日宣布离职，此前已在OpenAI工作。"
    assert output["summary"]["zh-Hant"]["summary"] == "他於2024年3月1日宣佈離職，此前已在OpenAI工作。"
    checks = style_checks(output)
    assert "'2024-03-01' -> '2024年3月1日'" in checks["style_dates"]["detail"]
    assert checks["style_dates"]["field"] == "summary.zh-Hans.summary"


def test_checks_endpoint_runs_house_style_too(warning):
    zh = good_summary_v1()["zh_hans"]
    zh["summary"] = "共12,000,000人,于2024/3/1宣布."
    response = warning.post(
        "/v1/checks",
        json={"text": ARTICLE, "summary": {"zh-Hans": zh}, "targets": ["zh-Hans"]},
        headers=EDITOR,
    )
    assert response.status_code == 200, response.text
    checks = style_checks(response.json())
    assert not checks["style_large_numbers"]["passed"]
    assert "'12,000,000' -> '1200万'" in checks["style_large_numbers"]["detail"]
    assert not checks["style_dates"]["passed"]
