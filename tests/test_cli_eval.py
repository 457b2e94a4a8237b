"""`bisum eval` end to end against the fake LLM: two prompt versions over the shipped sample set, the side
by side table, eval.json, the gate, and the usage errors (exit 2)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.config import get_settings
from service.devtools.fake_llm import FakeLLM
from service.evaluate import rouge_l, similarity
from tests.conftest import SEEDS

runner = CliRunner()
SAMPLE = SEEDS.parent / "benchmarks" / "eval" / "sample.jsonl"
SUMMARY_LINES = 3  # the sample's summary articles (its fourth line is a translation)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=11) as server:
        yield server


@pytest.fixture(autouse=True)
def endpoint(fake, monkeypatch, tmp_path):
    fake.reset()
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-eval-test")
    monkeypatch.setenv("BISUM_MODEL", "fake")
    monkeypatch.setenv("BISUM_DATABASE_URL", f"sqlite:///{tmp_path}/unused.sqlite3")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def run_eval(*args: str):
    return runner.invoke(app, ["eval", *args])


def test_two_prompt_versions_side_by_side(fake, tmp_path):
    result = run_eval(
        "summarize@v2", "--baseline", "summarize@v1", "--set", str(SAMPLE), "--out", str(tmp_path)
    )
    assert result.exit_code == 0, result.output
    assert "summarize@v2" in result.output and "summarize@v1" in result.output
    assert "gate passed" in result.output
    report = json.loads((tmp_path / "eval.json").read_text())
    candidate, baseline = report["versions"]
    assert (candidate["prompt"], baseline["prompt"]) == ("summarize@v2", "summarize@v1")
    assert fake.stats["calls"] == 2 * SUMMARY_LINES  # one call per article and version
    sent = [r["response_format"]["json_schema"]["name"] for r in fake.stats["requests"]]
    assert len(set(sent)) == 2  # the two versions asked for their own output schemas
    for version in (candidate, baseline):
        assert version["articles"] == SUMMARY_LINES
        assert version["usage"]["llm_calls"] == SUMMARY_LINES
        assert version["usage"]["total_tokens"] > 0
        assert version["error_check_failures"] == 0 and version["statuses"] == {"draft": SUMMARY_LINES}
        # Two of the three articles carry an approved output: distances per field and language.
        rows = [r for r in version["per_article"] if "distance" in r]
        assert {r["id"] for r in rows} == {"drf_sample_001", "park"}
        assert set(version["distance"]) == {
            f"{locale}.{name}"
            for locale in ("en", "zh-Hans")
            for name in ("title", "one_line", "summary", "key_points")
        }
        for value in version["distance"].values():
            assert 0.0 <= value["similarity"] < 1.0 and 0.0 <= value["rouge_l"] < 1.0
    assert report["gate"]["passed"] is True
    # The grounded prompt costs more prompt tokens than v1 for the same articles.
    assert candidate["usage"]["prompt_tokens"] > baseline["usage"]["prompt_tokens"]


def test_the_gate_fails_when_the_candidate_fails_more_checks(fake, tmp_path):
    fake.script("invented_numbers")  # the candidate's first article (one at a time, candidate first)
    result = run_eval(
        "summarize@v2", "--baseline", "summarize@v1", "--set", str(SAMPLE), "--out", str(tmp_path),
        "--concurrency", "1",
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    assert "gate FAILED" in result.output
    report = json.loads((tmp_path / "eval.json").read_text())
    candidate, baseline = report["versions"]
    assert candidate["check_failures"]["numbers_in_source (error)"] == 1
    assert "numbers_in_source (error)" not in baseline["check_failures"]
    assert candidate["statuses"] == {"needs_review": 1, "draft": SUMMARY_LINES - 1}
    assert (
        report["gate"]["error_check_failures"]["candidate"]
        > report["gate"]["error_check_failures"]["baseline"]
    )


def test_one_version_of_translations(fake, tmp_path):
    result = run_eval("translate@v1", "--set", str(SAMPLE), "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "eval.json").read_text())
    (version,) = report["versions"]
    assert version["articles"] == 1 and report["gate"] is None
    assert set(version["distance"]) == {"target"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summarize@v9", "--set", str(SAMPLE)], "unknown prompt version summarize@v9"),
        (
            ["summarize@v2", "--baseline", "translate@v1", "--set", str(SAMPLE)],
            "compare versions of one prompt",
        ),
        (["headline@v1", "--set", str(SAMPLE)], "cannot evaluate prompt"),
        (["summarize@v2", "--set", "missing.jsonl"], "no such evaluation set file"),
    ],
)
def test_usage_errors_exit_2(fake, args, message):
    result = run_eval(*args)
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split())
    assert fake.stats["calls"] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "An article."}\n{"text": \n', ":2: not valid JSON"),
        ('{"title": "no article"}\n', "needs the article"),
        ("[1, 2]\n", "expected a JSON object"),
        ('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n', "appears more than once"),
        ("\n\n", "is empty"),
    ],
)
def test_a_bad_set_file_exits_2_before_any_call(fake, tmp_path, content, message):
    bad = Path(tmp_path) / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    result = run_eval("summarize@v2", "--set", str(bad))
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split())
    assert fake.stats["calls"] == 0


def test_distance_measures():
    assert similarity("abc", "abc") == 1.0 and similarity("abc", "xyz") == 0.0
    assert rouge_l("the park opens in spring", "the park opens in spring", "en") == 1.0
    assert rouge_l("the park opens", "the new park opens soon", "en") == pytest.approx(2 * 1 * 0.6 / 1.6)
    assert rouge_l("公园春天开放", "新公园明年春天开放", "zh") == pytest.approx(2 * 1 * (6 / 9) / (1 + 6 / 9))
