"""The `bisum` CLI on the seeds with the embedded engine (no key, no server)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.config import get_settings
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BISUM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("BISUM_PROMPTS_DIR", str(SEEDS.parent / "service" / "prompts"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_summarize_seeds_folder_as_json_lines(tmp_path):
    result = runner.invoke(app, ["summarize", str(SEEDS), "--json", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 5
    for item in lines:
        assert item["provenance"]["engine"] == "extractive"
        produced = [s for s in item["summary"].values() if s]
        assert produced and all(s["summary"] for s in produced)
    assert len(list((tmp_path / "out").glob("*.json"))) == 5
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_summarize_human_output():
    result = runner.invoke(app, ["summarize", str(next(SEEDS.glob("003_*.txt")))])
    assert result.exit_code == 0, result.output
    assert "engine: extractive" in result.output
    assert "an LLM endpoint is needed" in result.output


def test_bad_input_exits_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café".encode("latin-1"))
    for path in (empty, binary, latin1):
        result = runner.invoke(app, ["summarize", str(path)])
        assert result.exit_code == 2, (path, result.output)
        assert "error" in result.output
    missing = runner.invoke(app, ["summarize", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_detect_and_normalize_commands():
    seed_004 = str(next(SEEDS.glob("004_*.txt")))
    detected = runner.invoke(app, ["detect", seed_004, "--json"])
    assert detected.exit_code == 0
    assert json.loads(detected.stdout)["script"] == "Hant"
    normalized = runner.invoke(app, ["normalize", seed_004])
    assert normalized.exit_code == 0
    assert "(dāng)" not in normalized.stdout and "當時" in normalized.stdout


def test_prompts_command():
    result = runner.invoke(app, ["prompts"])
    assert result.exit_code == 0
    assert "summarize@v1" in result.output
