"""Token and cost estimates before any call: `--dry-run` and the limiter's tokens-per-minute budget.

Prompt tokens are counted with tiktoken (cl100k_base, offline) on the rendered prompt, so they are close
to what the endpoint reports; completion tokens can only be guessed from the requested length."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from openai.lib._pydantic import to_strict_json_schema

from service.config import Settings
from service.llm.prompts import PromptTemplate
from service.pipeline import Pipeline, Source
from service.schemas import SummaryRequest
from service.text.segment import count_tokens

# Typical SummaryOutput JSON sizes for the length rules in service/pipeline.py (EN + zh-Hans + keywords).
COMPLETION_TOKENS = {"short": 550, "medium": 900, "long": 1500}
CHUNK_NOTES_TOKENS = 400  # what one map step (summarize_chunk) returns, roughly
TOKENS_PER_MESSAGE = 4  # chat framing per message


@dataclass(frozen=True)
class Estimate:
    prompt_tokens: int
    completion_tokens: int
    calls: int

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def cost(self, settings: Settings) -> float:
        return (
            self.prompt_tokens * settings.price_per_1k_prompt_tokens
            + self.completion_tokens * settings.price_per_1k_completion_tokens
        ) / 1000


def estimate_summary(pipeline: Pipeline, request: SummaryRequest, source: Source) -> Estimate:
    if pipeline.llm is None:
        return Estimate(0, 0, 0)  # the extractive engine calls nothing
    prompt = pipeline.prompts.get("summarize", request.prompt_version)
    embed = pipeline.llm.embeds_schema
    article = count_tokens(source.normalized.simplified)
    if source.info.title:
        article += count_tokens(source.info.title) + 2
    completion = COMPLETION_TOKENS.get(request.length, COMPLETION_TOKENS["medium"])
    budget = pipeline.settings.chunk_token_budget
    if article <= budget:
        return Estimate(article + _overhead(prompt, embed), completion, 1)
    # Map-reduce: every part is read once with the chunk prompt, then the notes with the summary prompt.
    parts = math.ceil(article / budget)
    chunk_prompt = pipeline.prompts.get("summarize_chunk")
    notes = parts * CHUNK_NOTES_TOKENS
    return Estimate(
        article + parts * _overhead(chunk_prompt, embed) + notes + _overhead(prompt, embed),
        notes + completion,
        parts + 1,
    )


def estimate_call_tokens(pipeline: Pipeline, request: SummaryRequest, source: Source) -> int:
    """What one article spends of a tokens-per-minute budget (prompt + expected completion)."""
    return estimate_summary(pipeline, request, source).total_tokens


@lru_cache(maxsize=32)
def _overhead(prompt: PromptTemplate, embed_schema: bool) -> int:
    """Tokens of the rendered prompt around the article (and the response schema, which the endpoint
    also counts when it is sent as `response_format`)."""
    values = {
        "nonce": "0123456789abcdef",
        "length_rule": "x" * 40,
        "keyword_count": "5-8",
        "source_language": "en",
        "article": "",
        "part": "1",
        "parts": "2",
        "target_language": "en",
        "target_name": "English",
        "script_rule": "",
    }
    messages = prompt.render(embed_schema=embed_schema, **values)
    tokens = sum(count_tokens(m["content"]) + TOKENS_PER_MESSAGE for m in messages)
    if not embed_schema:
        tokens += count_tokens(json.dumps(to_strict_json_schema(prompt.output_schema)))
    return tokens
