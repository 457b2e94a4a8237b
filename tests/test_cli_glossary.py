"""`bisum summarize|translate|batch --glossary FILE --context TEXT` through the fake LLM: the file's
entries reach the prompt and the terminology check; a bad file is a message and exit 2."""

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
EN_SEED = next(SEEDS.glob("003_*.txt"))


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=5, keep_requests=5) as server:
        yield server


@pytest.fixture(autouse=True)
def with_llm(monkeypatch, tmp_path, fake):
    monkeypatch.chdir(tmp_path)  # no stray .env; the draft store goes to tmp_path/data
    fake.reset()
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-cli-test")
    monkeypatch.setenv("BISUM_MODEL", "fake")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def glossary_csv(tmp_path):
    path = tmp_path / "ai-terms.csv"
    path.write_text("open-source,开源\nRLHF,基于人类反馈的强化学习,en,zh\n", encoding="utf-8")
    return path


def terminology(body: dict) -> dict:
    return next(c for c in body["checks"] if c["name"] == "terminology")


def test_summarize_and_translate_with_a_glossary_file_and_context(fake, glossary_csv):
    result = runner.invoke(
        app, ["summarize", str(EN_SEED), "--json", "--glossary", str(glossary_csv), "--context", "Tech desk"]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout.splitlines()[0])
    assert body["provenance"]["glossary"]["name"] == "ai-terms"
    assert body["provenance"]["glossary"]["glossary_id"] is None
    assert body["provenance"]["fragments"] == ["context@v1", "glossary@v1"]
    assert terminology(body)["passed"], terminology(body)
    assert "open-source\t开源" in fake.last_request["messages"][1]["content"]

    plain = json.loads(runner.invoke(app, ["summarize", str(EN_SEED), "--json"]).stdout)
    assert plain["id"] != body["id"] and "terminology" not in {c["name"] for c in plain["checks"]}

    translated = runner.invoke(
        app, ["translate", str(EN_SEED), "--target", "zh-Hans", "--json", "--glossary", str(glossary_csv)]
    )
    assert translated.exit_code == 0, translated.output
    assert terminology(json.loads(translated.stdout))["passed"]


def test_batch_with_a_glossary_file(tmp_path, glossary_csv):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "olmo.txt").write_text(EN_SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(
        app, ["batch", str(folder), "--out", str(tmp_path / "out"), "--glossary", str(glossary_csv),
              "--prepare-workers", "0"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    results = tmp_path / "out" / "results.jsonl"
    line = json.loads(results.read_text(encoding="utf-8").splitlines()[0])
    assert line["provenance"]["glossary"]["sha256"].startswith("sha256:")
    assert terminology(line)["passed"]
    # a re-run under another context is other work, not "already in results"
    again = runner.invoke(
        app, ["batch", str(folder), "--out", str(tmp_path / "out"), "--glossary", str(glossary_csv),
              "--context", "Front page", "--prepare-workers", "0"],
    )  # fmt: skip
    assert again.exit_code == 0, again.output
    lines = [json.loads(text) for text in results.read_text(encoding="utf-8").splitlines()]
    assert len({item["id"] for item in lines}) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("LLM,大语言模型\nllm,法学硕士\n", "duplicate source term 'llm'"),
        ("LLM,\n", "target term '' is empty"),
        ("a,b,c\n", "expected 2 or 4 columns"),
    ],
)
def test_a_bad_glossary_file_is_exit_2_before_any_call(fake, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(EN_SEED), "--glossary", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert fake.stats["calls"] == 0
