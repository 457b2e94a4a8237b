"""`bisum translate`: like `bisum summarize` (panels, --json, --out, exit codes), through the fake LLM."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.config import get_settings
from service.devtools.fake_llm import FakeLLM
from tests.conftest import SEEDS

runner = CliRunner()
EN_SEED = str(next(SEEDS.glob("003_*.txt")))
ZH_HANT_SEED = str(next(SEEDS.glob("004_*.txt")))


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=5) as server:
        yield server


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BISUM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env; the draft store goes to tmp_path/data
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def with_llm(monkeypatch, fake: FakeLLM) -> FakeLLM:
    fake.reset()
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-cli-test")
    monkeypatch.setenv("BISUM_MODEL", "fake")
    get_settings.cache_clear()
    return fake


def test_translate_json_lines_and_out_files(with_llm, tmp_path):
    result = runner.invoke(app, ["translate", EN_SEED, "--target", "zh-Hant", "--json", "--out", "out"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout.splitlines()[0])
    assert body["target"] == "zh-Hant" and body["provenance"]["engine"] == "llm"
    assert body["pairs"] and all(pair["target"] for pair in body["pairs"])
    assert body["status"] in ("draft", "needs_review")
    written = json.loads((tmp_path / "out" / f"{SEEDS.joinpath(EN_SEED).stem}.json").read_text())
    assert written["id"] == body["id"]
    again = runner.invoke(app, ["translate", EN_SEED, "--target", "zh-Hant", "--json"])
    assert json.loads(again.stdout)["cached"] is True  # the same draft store as the API


def test_translate_human_panel(with_llm):
    result = runner.invoke(app, ["translate", EN_SEED, "--target", "zh-Hans"])
    assert result.exit_code == 0, result.output
    assert "→ zh-Hans · engine: llm" in result.stdout
    assert "draft drf_" in result.stdout and "AI" in result.stdout


def test_chinese_script_conversion_needs_no_llm():
    result = runner.invoke(app, ["translate", ZH_HANT_SEED, "--target", "zh-Hans", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["provenance"]["engine"] == "opencc"


def test_exit_codes():
    no_llm = runner.invoke(app, ["translate", EN_SEED, "--target", "zh-Hans"])
    assert no_llm.exit_code == 1 and "needs an LLM endpoint" in no_llm.stderr
    bad_target = runner.invoke(app, ["translate", EN_SEED, "--target", "fr"])
    assert bad_target.exit_code == 2 and "--target must be one of" in bad_target.stderr
    missing = runner.invoke(app, ["translate", "nope.txt", "--target", "en"])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
