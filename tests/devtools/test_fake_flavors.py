"""The fake's server flavors answer a response_format they do not take as the real servers do."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from service.devtools.fake_flavors import DEEPSEEK_UNAVAILABLE, LM_STUDIO_TYPES
from service.devtools.fake_llm import FakeLLM

SCHEMA = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
FORMATS = {
    "json_schema": {"type": "json_schema", "json_schema": {"name": "A", "schema": SCHEMA, "strict": True}},
    "json_object": {"type": "json_object"},
    "json_object+schema": {"type": "json_object", "schema": SCHEMA},
    "none": None,
}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=1) as server:
        yield server


def chat(fake: FakeLLM, flavor: str, fmt: str) -> httpx.Response:
    fake.configure(flavor=flavor)
    body: dict = {"model": "m", "messages": [{"role": "user", "content": "Answer in json, please."}]}
    if FORMATS[fmt] is not None:
        body["response_format"] = FORMATS[fmt]
    return httpx.post(f"{fake.base_url}/chat/completions", json=body, timeout=10)


@pytest.mark.parametrize(
    ("flavor", "accepted"),
    [
        ("openai", {"json_schema", "json_object", "json_object+schema", "none"}),
        ("llama_cpp", {"json_object", "json_object+schema", "none"}),
        ("deepseek", {"json_object", "json_object+schema", "none"}),
        ("lm_studio", {"json_schema", "none"}),
    ],
)
def test_each_flavor_takes_exactly_its_formats(fake, flavor, accepted):
    statuses = {fmt: chat(fake, flavor, fmt).status_code for fmt in FORMATS}
    assert {fmt for fmt, status in statuses.items() if status == 200} == accepted
    assert all(status in (400, 500) for fmt, status in statuses.items() if fmt not in accepted)


def test_llama_cpp_answers_500_with_its_validation_error(fake):
    response = chat(fake, "llama_cpp", "json_schema")
    assert response.status_code == 500
    error = response.json()["error"]
    assert error["type"] == "internal_server_error"
    assert "'response_format', 'type'" in error["message"]
    assert "Input should be 'text' or 'json_object'" in error["message"]


def test_deepseek_answers_400_unavailable(fake):
    response = chat(fake, "deepseek", "json_schema")
    assert response.status_code == 400
    assert response.json()["error"]["message"] == DEEPSEEK_UNAVAILABLE


def test_lm_studio_answers_400_with_a_bare_string_error(fake):
    response = chat(fake, "lm_studio", "json_object")
    assert response.status_code == 400
    assert response.json() == {"error": LM_STUDIO_TYPES}


def test_json_object_with_a_schema_is_answered_in_that_schema(fake):
    response = chat(fake, "llama_cpp", "json_object+schema")
    content = response.json()["choices"][0]["message"]["content"]
    assert list(httpx.Response(200, content=content).json()) == ["a"]


def test_rejections_are_counted_apart_and_leave_the_script_alone(fake):
    fake.reset()
    fake.script("rate_limit")
    assert chat(fake, "llama_cpp", "json_schema").status_code == 500
    assert chat(fake, "llama_cpp", "json_object").status_code == 429  # the script applies to the next one
    assert fake.stats["by_fault"] == {"format_rejected": 1, "rate_limit": 1}
    fake.reset()


def test_an_unknown_flavor_is_refused(fake):
    with pytest.raises(ValueError, match="flavor"):
        fake.configure(flavor="ollama")
