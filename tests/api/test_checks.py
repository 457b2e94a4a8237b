"""POST /v1/checks and `bisum check`: a given output checked exactly as generation checks its own drafts,
storing nothing and calling no model."""

from __future__ import annotations

import copy
import json

import pytest
from typer.testing import CliRunner

from service.cli import app as cli
from service.config import get_settings
from tests.conftest import reply, seed
from tests.fixtures import ENTITIES_001, KEY_POINT_SOURCES_001, good_summary, good_summary_v1

ARTICLE_001 = seed("001")


def as_check_body(draft: dict) -> dict:
    """What a client would send back to /v1/checks for a generated draft."""
    return {
        "text": ARTICLE_001,
        "summary": {k: v for k, v in draft["summary"].items() if v is not None},
        "keywords": draft["keywords"],
        "grounding": draft["grounding"],
        "targets": list(draft["summary"]),
    }


def given_output() -> dict:
    answer = good_summary_v1()
    return {
        "text": ARTICLE_001,
        "summary": {"en": answer["en"], "zh-Hans": answer["zh_hans"]},
        "keywords": {"en": answer["keywords_en"], "zh-Hans": answer["keywords_zh_hans"]},
        "grounding": {
            "entities": copy.deepcopy(ENTITIES_001),
            "key_point_sources": {"en": KEY_POINT_SOURCES_001, "zh-Hans": KEY_POINT_SOURCES_001},
        },
    }


def by_name(body: dict) -> dict[str, dict]:
    return {c["name"]: c for c in body["checks"]}


def draft_count(client) -> int:
    return len(client.get("/v1/drafts").json()["items"])


@pytest.mark.parametrize("fault", ["none", "invented_number", "name_swapped"])
def test_same_verdict_as_generation(llm_app, llm_mock, fault):
    answer = good_summary()
    if fault == "invented_number":
        answer["en"]["key_points"][0] = answer["en"]["key_points"][0].replace("March 1", "March 3")
    elif fault == "name_swapped":
        answer["zh_hans"]["key_points"][1] = answer["zh_hans"]["key_points"][1].replace("OpenAI", "谷歌")
    route = llm_mock.post("/chat/completions").mock(return_value=reply(answer))
    draft = llm_app.post("/v1/summaries", json={"text": ARTICLE_001}).json()
    assert route.call_count == 1
    checked = llm_app.post("/v1/checks", json=as_check_body(draft))
    assert checked.status_code == 200, checked.text
    assert checked.json()["checks"] == draft["checks"]
    assert checked.json()["status"] == draft["status"] == ("draft" if fault == "none" else "needs_review")
    assert route.call_count == 1  # checking called no model


def test_checks_store_nothing_and_call_no_model(llm_app, llm_mock):
    route = llm_mock.post("/chat/completions")
    before = draft_count(llm_app)
    response = llm_app.post("/v1/checks", json=given_output())
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "draft", by_name(response.json())
    assert draft_count(llm_app) == before and route.call_count == 0


def test_offline_service_checks_too(offline_app):
    assert offline_app.post("/v1/checks", json=given_output()).json()["status"] == "draft"


def test_a_failing_check_points_at_its_field(offline_app):
    body = given_output()
    body["summary"]["zh-Hans"]["key_points"][3] = "他的最后一天2月28日，恰逢一场指控OpenAI走向闭源的诉讼。"
    result = offline_app.post("/v1/checks", json=body).json()
    assert result["status"] == "needs_review"
    numbers = by_name(result)["numbers_consistent"]
    assert not numbers["passed"] and numbers["severity"] == "error"
    assert numbers["field"] == "summary.zh-Hans.key_points[3]"


def test_warnings_are_shown_but_leave_the_status(offline_app):
    body = given_output()
    body["keywords"]["en"] = ["OpenAI", "OpenAI"]  # a duplicate: a shape problem, not a fidelity one
    result = offline_app.post("/v1/checks", json=body).json()
    keywords = by_name(result)["keywords"]
    assert not keywords["passed"] and keywords["severity"] == "warning"
    assert result["status"] == "draft"


def test_a_given_disclaimer_is_checked(offline_app):
    body = given_output()
    body["disclaimer"] = {"en": "The above content is AI-generated and for reference only.", "zh-Hans": ""}
    result = offline_app.post("/v1/checks", json=body).json()
    assert not by_name(result)["disclaimer_present"]["passed"] and result["status"] == "needs_review"


def test_zh_hant_targets_are_derived_and_checked(offline_app):
    body = given_output()
    body["targets"] = ["en", "zh-Hans", "zh-Hant"]
    result = offline_app.post("/v1/checks", json=body).json()
    assert by_name(result)["traditional_script"]["passed"] and result["status"] == "draft"
    body["summary"]["zh-Hant"] = copy.deepcopy(body["summary"]["zh-Hans"])  # given, in Simplified
    result = offline_app.post("/v1/checks", json=body).json()
    assert not by_name(result)["traditional_script"]["passed"]


def test_a_translation_is_checked(offline_app):
    source = "The company said on Tuesday that revenue rose 12% to $3.4 billion.\n\nIts shares fell 2%."
    pairs = [
        {"source": "The company said on Tuesday that revenue rose 12% to $3.4 billion.",
         "target": "该公司周二表示，营收增长12%，达到34亿美元。"},
        {"source": "Its shares fell 2%.", "target": "其股价下跌2%。"},
    ]  # fmt: skip
    body = {"text": source, "pairs": pairs, "target": "zh-Hans"}
    assert offline_app.post("/v1/checks", json=body).json()["status"] == "draft"
    pairs[1]["target"] = "其股价下跌3%。"
    result = offline_app.post("/v1/checks", json=body).json()
    assert result["status"] == "needs_review"
    assert by_name(result)["numbers_consistent"]["field"] == "pairs[1].target"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b.pop("summary"), "exactly one of 'summary' or 'pairs'"),
        (lambda b: b.update(pairs=[{"source": "a", "target": "b"}]), "exactly one of 'summary' or 'pairs'"),
        (lambda b: b.update(text=""), "empty"),
        (lambda b: b.update(surprise=1), "surprise"),
    ],
)
def test_bad_bodies_are_422(offline_app, change, message):
    body = given_output()
    change(body)
    response = offline_app.post("/v1/checks", json=body)
    assert response.status_code == 422, response.text
    assert message in json.dumps(response.json(), ensure_ascii=False)


# --- bisum check ------------------------------------------------------------------------------------


@pytest.fixture
def cli_files(tmp_path, monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE_001, encoding="utf-8")
    body = given_output()
    body.pop("text")
    yield source, body, tmp_path
    get_settings.cache_clear()


def write(path, body) -> str:
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_cli_check_passes_and_fails_with_exit_codes(cli_files):
    source, body, tmp = cli_files
    runner = CliRunner()
    ok = runner.invoke(cli, ["check", str(source), write(tmp / "ok.json", body), "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["status"] == "draft"
    body["summary"]["en"]["one_line"] = "Logan Kilpatrick, who explained Google to developers, has left."
    bad = runner.invoke(cli, ["check", str(source), write(tmp / "bad.json", body)])
    assert bad.exit_code == 1, bad.output
    assert "needs_review" in bad.stdout and "names_in_source" in bad.stdout
    assert not list(tmp.glob("data/*"))  # nothing stored


def test_cli_check_accepts_a_draft_as_output(cli_files):
    source, body, tmp = cli_files
    draft = {"id": "drf_x", "status": "draft", "provenance": {}, **body}
    draft["summary"]["zh-Hant"] = None
    result = CliRunner().invoke(cli, ["check", str(source), write(tmp / "draft.json", draft), "--json"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"summary": 3}'])
def test_cli_check_bad_output_file_is_exit_2(cli_files, content):
    source, _, tmp = cli_files
    (tmp / "bad.json").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(source), str(tmp / "bad.json")])
    assert result.exit_code == 2 and "error:" in result.output
