"""Configuration mistakes stop every command with one line on stderr and exit 2, never a traceback,
and never echo a secret."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.config import get_settings
from tests.conftest import SEEDS

runner = CliRunner()
SEED = str(next(SEEDS.glob("003_*.txt")))
COMMANDS = [
    ["prompts"],
    ["summarize", SEED],
    ["translate", SEED, "--target", "en"],
    ["detect", SEED],
    ["normalize", SEED],
    ["serve", "--port", "1"],
    ["batch", SEED, "--out", "out"],
    ["worker"],
    ["fake-llm", "--port", "1"],
]


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BISUM_MODEL", "BISUM_API_KEYS", "BISUM_API_KEYS_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def bad_key_file(tmp_path, content: str) -> str:
    path = tmp_path / "keys.json"
    path.write_text(content)
    return str(path)


CASES = [
    ({"BISUM_API_KEYS": '[{"name": "cms",'}, "BISUM_API_KEYS: not valid JSON"),
    (
        {"BISUM_API_KEYS": '[{"name": "cms", "role": "boss", "key": "s3cret-value"}]'},
        "BISUM_API_KEYS[0].role: Input should be 'client' or 'editor' (got 'boss')",
    ),
    ({"BISUM_API_KEYS": '[{"name": "cms", "role": "client"}]'}, "BISUM_API_KEYS[0].key: Field required"),
    (
        {"BISUM_API_KEYS_FILE": "/nonexistent/keys.json"},
        "BISUM_API_KEYS_FILE: cannot read /nonexistent/keys.json",
    ),
    ({"BISUM_PORT": "eighty"}, "BISUM_PORT: Input should be a valid integer"),
    ({"BISUM_CLI_LOG_LEVEL": "LOUD"}, "BISUM_CLI_LOG_LEVEL: unknown log level 'LOUD'"),
    ({"BISUM_DATABASE_URL": "not a url"}, "BISUM_DATABASE_URL: not a database URL"),
    ({"BISUM_PROMPTS_DIR": "/nonexistent"}, "BISUM_PROMPTS_DIR: /nonexistent is not a folder"),
    ({"BISUM_SUMMARIZE_PROMPT_VERSION": "v99"}, "prompts: unknown prompt version summarize@v99"),
]


@pytest.mark.parametrize(("env", "expected"), CASES, ids=[next(iter(env)) for env, _ in CASES])
@pytest.mark.parametrize("command", COMMANDS, ids=[command[0] for command in COMMANDS])
def test_configuration_error_is_one_line_and_exit_2(monkeypatch, env, expected, command):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"error: configuration: {expected}"), result.stderr
    assert "Traceback" not in result.output and "s3cret-value" not in result.output


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[{", "is not valid JSON"),
        ('[{"name": "x", "role": "admin", "key": "k"}]', "[0].role: Input should be 'client' or 'editor'"),
    ],
)
def test_bad_key_file_contents(monkeypatch, tmp_path, content, expected):
    monkeypatch.setenv("BISUM_API_KEYS_FILE", bad_key_file(tmp_path, content))
    result = runner.invoke(app, ["prompts"])
    assert result.exit_code == 2
    assert expected in result.stderr and result.stderr.count("\n") == 1
