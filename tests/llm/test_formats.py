"""Structured-output negotiation (BISUM_RESPONSE_FORMAT=auto) against the fake's server flavors, and the
rules for what counts as a format rejection."""

from __future__ import annotations

import json
import logging
import re
import socket
from collections.abc import Iterator

import httpx
import openai
import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.config import PACKAGED_PROMPTS
from service.devtools.fake_flavors import DEEPSEEK_UNAVAILABLE, LM_STUDIO_TYPES
from service.devtools.fake_llm import FakeLLM
from service.llm.formats import is_format_rejection
from service.llm.fragments import with_fragment
from service.llm.prompts import PromptRegistry
from service.llm.schemas import SummaryOutput
from service.metrics import REGISTRY
from tests.conftest import LLM_BASE, llm_settings, reply, seed
from tests.fixtures import good_summary


@pytest.fixture
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=3) as server:
        yield server


def app_for(fake: FakeLLM, **overrides) -> TestClient:
    # max_attempts=3: a rejected format must still be sent once only, never retried with backoff.
    values = {"openai_base_url": fake.base_url, "model": "fake", "max_attempts": 3, **overrides}
    return TestClient(create_app(llm_settings(**values)))


def sent_formats(fake: FakeLLM) -> list[str | None]:
    return [(r.get("response_format") or {}).get("type") for r in fake.stats["requests"]]


def format_rejections_counted() -> float:
    return REGISTRY.get_sample_value("bisum_llm_calls_total", {"outcome": "format_rejected"}) or 0.0


def test_llama_cpp_500_on_json_schema_falls_back_to_json_object_with_the_schema(fake):
    fake.configure(flavor="llama_cpp")
    counted = format_rejections_counted()
    with app_for(fake) as client:
        first = client.post("/v1/summaries", json={"text": seed("001")})
        second = client.post("/v1/summaries", json={"text": seed("002")})
    assert first.status_code == second.status_code == 200, first.text
    assert first.json()["provenance"]["response_format"] == "json_object+schema"
    assert second.json()["provenance"]["response_format"] == "json_object+schema"
    # one rejected json_schema call (not max_attempts of them), then the decision is remembered
    assert sent_formats(fake) == ["json_schema", "json_object", "json_object"]
    assert fake.stats["by_fault"]["format_rejected"] == 1
    assert format_rejections_counted() - counted == 1
    accepted = fake.stats["requests"][1]
    rejected = fake.stats["requests"][0]["response_format"]["json_schema"]["schema"]
    assert accepted["response_format"]["schema"] == rejected  # the same schema, now as a grammar
    assert "<json_schema>" in accepted["messages"][0]["content"]
    assert first.json()["provenance"]["usage"]["llm_calls"] == 2


def test_deepseek_400_falls_back_and_the_prompt_says_json(fake):
    fake.configure(flavor="deepseek")
    with app_for(fake) as client:
        response = client.post("/v1/summaries", json={"text": seed("001")})
    assert response.status_code == 200, response.text
    assert response.json()["provenance"]["response_format"] == "json_object+schema"
    assert sent_formats(fake) == ["json_schema", "json_object"]
    system = fake.stats["requests"][1]["messages"][0]["content"]
    assert re.search(r"\bjson\b", system), "DeepSeek/DashScope need the word json in json_object mode"


def test_deepseek_rejects_json_object_without_the_word_json(fake):
    fake.configure(flavor="deepseek")
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": "Summarise this."}],
        "response_format": {"type": "json_object"},
    }
    response = httpx.post(f"{fake.base_url}/chat/completions", json=body)
    assert response.status_code == 400
    assert "must contain the word 'json'" in response.json()["error"]["message"]


def test_lm_studio_takes_json_schema_first(fake):
    fake.configure(flavor="lm_studio")
    with app_for(fake) as client:
        response = client.post("/v1/translations", json={"text": seed("001"), "target": "zh-Hans"})
    assert response.status_code == 200, response.text
    assert response.json()["provenance"]["response_format"] == "json_schema"
    assert sent_formats(fake) == ["json_schema"]


def test_an_explicit_format_wins_and_its_rejection_is_a_clear_502_not_retried(fake):
    fake.configure(flavor="lm_studio")
    with app_for(fake, response_format="json_object") as client:
        response = client.post("/v1/summaries", json={"text": seed("001")})
    assert response.status_code == 502, response.text
    error = response.json()["error"]
    assert error["code"] == "upstream_rejected"
    assert "response_format json_object" in error["message"]
    assert "BISUM_RESPONSE_FORMAT=auto" in error["message"]
    assert error["detail"] == {"upstream_status": 400, "response_format": "json_object"}
    assert fake.stats["calls"] == 1


def test_explicit_json_schema_on_llama_cpp_is_502_not_503(fake):
    fake.configure(flavor="llama_cpp")
    with app_for(fake, response_format="json_schema") as client:
        response = client.post("/v1/translations", json={"text": seed("001"), "target": "zh-Hans"})
    assert response.status_code == 502, response.text
    assert "rejected response_format json_schema (500)" in response.json()["error"]["message"]
    assert fake.stats["calls"] == 1


def test_translation_through_llama_cpp_records_the_negotiated_mode(fake):
    fake.configure(flavor="llama_cpp")
    with app_for(fake) as client:
        response = client.post("/v1/translations", json={"text": seed("001"), "target": "zh-Hans"})
    assert response.status_code == 200, response.text
    assert response.json()["provenance"]["response_format"] == "json_object+schema"


def test_transient_errors_after_a_fallback_keep_their_own_retry_budget(fake):
    """json_schema rejected once, then the accepted format meets one 503 and is retried as usual."""
    fake.configure(flavor="llama_cpp")
    fake.script("unavailable")  # the rejection is decided before the script: the 503 hits json_object
    with app_for(fake) as client:
        response = client.post("/v1/summaries", json={"text": seed("001")})
    assert response.status_code == 200, response.text
    assert sent_formats(fake) == ["json_schema", "json_object", "json_object"]
    assert response.json()["provenance"]["usage"]["llm_calls"] == 3


def test_every_rejection_ends_in_plain_prompted_json(llm_mock):
    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if "response_format" in body:
            return httpx.Response(400, json={"error": {"message": "response_format is not supported"}})
        return reply(good_summary())

    route = llm_mock.post("/chat/completions").mock(side_effect=answer)
    with TestClient(create_app(llm_settings(max_attempts=3))) as client:
        response = client.post("/v1/summaries", json={"text": seed("001")})
    assert response.status_code == 200, response.text
    assert response.json()["provenance"]["response_format"] == "prompt"
    sent = [json.loads(call.request.content) for call in route.calls]
    assert [(b.get("response_format") or {}).get("type") for b in sent] == [
        "json_schema",
        "json_object",
        "json_object",
        None,
    ]
    assert "<json_schema>" in sent[-1]["messages"][0]["content"]


def test_the_decision_is_logged_once_per_endpoint_and_model(fake, caplog):
    fake.configure(flavor="llama_cpp")
    with caplog.at_level(logging.INFO, logger="bisum.llm"), app_for(fake) as client:
        for prefix in ("001", "002"):
            assert client.post("/v1/summaries", json={"text": seed(prefix)}).status_code == 200
    decided = [r for r in caplog.records if r.getMessage() == "llm response format decided"]
    fallbacks = [r for r in caplog.records if "falling back" in r.getMessage()]
    assert len(decided) == 1 and len(fallbacks) == 1
    assert decided[0].response_format == "json_object+schema"
    assert decided[0].endpoint == fake.base_url + "/"
    assert fallbacks[0].rejected == "json_schema"


def test_every_prompt_with_the_schema_embedded_contains_the_word_json():
    registry = PromptRegistry.load(PACKAGED_PROMPTS, {})
    values = {
        "nonce": "n",
        "length_rule": "short",
        "keyword_count": "5",
        "source_language": "en",
        "article": "Text.",
        "part": "1",
        "parts": "1",
        "target_language": "zh-Hans",
        "target_name": "Chinese",
        "script_rule": "",
        "task_rule": "",
        "draft": "{}",
        "checks": "",
    }
    for prompt in registry.all():
        if prompt.id == "analysis":
            # A system-message fragment: only ever sent inside a summarize prompt (with_fragment).
            prompt = with_fragment(registry.get("summarize"), prompt)
        elif "$schema_block" not in prompt.system.template:
            continue  # a user-message fragment (glossary, context): appended to a prompt that has the block
        messages = prompt.render(embed_schema=True, **values)
        assert re.search(r"\bjson\b", " ".join(m["content"] for m in messages)), prompt.ref


def _status_error(status: int, body: object) -> openai.APIStatusError:
    request = httpx.Request("POST", f"{LLM_BASE}/chat/completions")
    response = httpx.Response(status, json=body, request=request)
    return openai.APIStatusError(f"Error code: {status} - {body}", response=response, body=body)


@pytest.mark.parametrize(
    ("status", "body", "rejection"),
    [
        (400, {"error": {"message": DEEPSEEK_UNAVAILABLE}}, True),
        (422, {"error": "response_format.type `json_schema` is unavailable now"}, True),
        (400, {"error": LM_STUDIO_TYPES}, True),
        (500, {"error": {"message": "Input should be 'text' or 'json_object'"}}, True),
        (400, {"error": {"message": "This model is unavailable now"}}, True),
        (500, {"error": {"message": "The server had an error while processing your request"}}, False),
        (500, {"error": {"message": "model temporarily unavailable"}}, False),
        (503, {"error": {"message": "response_format backend overloaded"}}, False),
        (401, {"error": {"message": "invalid api key"}}, False),
    ],
)
def test_what_counts_as_a_format_rejection(status, body, rejection):
    assert is_format_rejection(_status_error(status, body)) is rejection


def test_connection_errors_name_the_endpoint_url():
    with socket.socket() as sock:  # a port nothing listens on: bind, read the number, close
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = llm_settings(openai_base_url=f"http://127.0.0.1:{port}/v1", max_attempts=1)
    with TestClient(create_app(settings)) as client:
        response = client.post("/v1/summaries", json={"text": seed("001")})
    assert response.status_code == 503
    assert f"http://127.0.0.1:{port}/v1/chat/completions" in response.json()["error"]["message"]


def test_the_fake_answers_json_when_the_schema_is_only_in_the_prompt(fake):
    registry = PromptRegistry.load(PACKAGED_PROMPTS, {})
    prompt = registry.get("summarize", "v1")
    values = {"nonce": "n", "length_rule": "short", "keyword_count": "5", "source_language": "en"}
    messages = prompt.render(embed_schema=True, article=seed("001"), **values)
    response = httpx.post(f"{fake.base_url}/chat/completions", json={"model": "m", "messages": messages})
    content = response.json()["choices"][0]["message"]["content"]
    assert set(json.loads(content)) == set(SummaryOutput.model_fields)
