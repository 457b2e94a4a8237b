"""The fake answers the grounded prompts (summarize@v2's entity table, v3's compact rows) with honest
grounding - it names nobody, so an empty table, and every key point cites a real paragraph on both sides -
whether the schema comes as `response_format` or spelled out in the prompt, and under every content fault."""

from __future__ import annotations

import json
import random

import pytest

from service.config import PACKAGED_PROMPTS
from service.devtools import fake_content as fc
from service.llm.prompts import PromptRegistry
from service.llm.schemas import CompactGroundedOutput, GroundedSummaryOutput, response_schema

PARAGRAPHS = [
    "The city council approved the new budget on Tuesday.",
    "The plan adds funds for buses and for two new libraries.",
    "Opponents said the vote came too quickly.",
]
REGISTRY = PromptRegistry.load(PACKAGED_PROMPTS, {"summarize": "v3"})


def _body(version: str, *, embed: bool) -> dict:
    prompt = REGISTRY.get("summarize", version)
    messages = prompt.render(
        embed_schema=embed,
        nonce="0123456789abcdef",
        length_rule="about 120 words",
        keyword_count="5",
        source_language="English",
        article="\n\n".join(f"[{n}] {text}" for n, text in enumerate(PARAGRAPHS, start=1)),
    )
    body: dict = {"model": "fake", "messages": messages}
    schema = response_schema(prompt.output_schema)
    body["response_format"] = (
        {"type": "json_object"}
        if embed
        else {"type": "json_schema", "json_schema": {"name": "out", "strict": True, "schema": schema}}
    )
    return body


def _cited(answer: CompactGroundedOutput | GroundedSummaryOutput) -> tuple[list, list, list]:
    if isinstance(answer, CompactGroundedOutput):
        return answer.ents, answer.en.kp_src, answer.zh_hans.kp_src
    return answer.entities, answer.en.key_point_sources, answer.zh_hans.key_point_sources


@pytest.mark.parametrize("fault", ["ok", "english_in_chinese", "traditional_in_hans", "invented_numbers"])
@pytest.mark.parametrize("embed", [False, True])
@pytest.mark.parametrize(("version", "model"), [("v3", CompactGroundedOutput), ("v2", GroundedSummaryOutput)])
def test_grounded_answers_validate_and_cite_real_paragraphs(version, model, embed, fault):
    content = fc.build_answer(_body(version, embed=embed), fault, random.Random(7)).content
    answer = model.model_validate(json.loads(content))
    table, en_cites, zh_cites = _cited(answer)
    assert table == []
    assert len(en_cites) == len(answer.en.key_points) == len(zh_cites) == len(answer.zh_hans.key_points)
    assert en_cites == zh_cites
    assert all(cite and set(cite) <= {1, 2, 3} for cite in en_cites)
