"""The batch summary line counts every LLM call and billed token, articles that failed after real calls
included (issue 10: it said 0 calls and 0 tokens for them)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from service.batch.inputs import Inputs
from service.batch.runner import BatchConfig, run_batch
from service.batch.samples import generate_articles
from service.devtools.fake_llm import FakeLLM
from service.wiring import build_drafts
from tests.batch.conftest import fake_settings


async def test_articles_that_fail_after_real_calls_are_counted_in_calls_and_tokens(tmp_path: Path) -> None:
    with FakeLLM(faults={"invalid_json": 1.0}, seed=7, keep_requests=0) as fake:
        drafts = build_drafts(fake_settings(fake, tmp_path))
        try:
            result = await run_batch(
                drafts,
                Inputs(articles=generate_articles(2, seed=4)),
                BatchConfig(out_dir=tmp_path / "out", concurrency=2),
                Console(file=io.StringIO()),
            )
        finally:
            await drafts.pipeline.llm.aclose()
        calls = fake.stats["calls"]
    assert result.counters.failed == 2 and result.counters.done == 0
    assert calls > 0
    assert result.counters.llm_calls == calls, result.summary
    assert result.counters.prompt_tokens > 0 and result.counters.completion_tokens > 0
    assert f"{calls} LLM calls" in result.summary
