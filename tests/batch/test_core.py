"""process_article against the fake LLM: what is retried, what fails at once, what costs no call."""

from __future__ import annotations

from pathlib import Path

from service.batch.core import Article, BatchOptions, connect_retries, process_article
from service.batch.limiter import AdaptiveLimiter
from service.devtools.fake_llm import FakeLLM
from service.wiring import build_drafts
from tests.batch.conftest import fake_settings
from tests.conftest import seed


async def _process(
    fake: FakeLLM, tmp_path: Path, article: Article, options: BatchOptions | None = None, **settings
):
    drafts = build_drafts(fake_settings(fake, tmp_path, **settings))
    limiter = AdaptiveLimiter(4)
    connect_retries(drafts, limiter)
    try:
        outcome = await process_article(drafts, article, options or BatchOptions(), limiter)
    finally:
        await drafts.pipeline.llm.aclose()
    return outcome, limiter, drafts


async def test_429s_lower_the_limit_wait_and_retry_the_article(fake: FakeLLM, tmp_path: Path) -> None:
    fake.configure(retry_after_s=0.05)
    # The retry layer absorbs the first 429 (and tells the limiter), gives up on the second; the
    # article is retried after the pause and succeeds.
    fake.script("rate_limit", "rate_limit", "ok")
    outcome, limiter, drafts = await _process(fake, tmp_path, Article(id="a", text=seed("001")))
    assert outcome.ok and outcome.attempts == 2
    assert outcome.response is not None and not outcome.response.cached
    assert limiter.rate_limit_events == 2 and limiter.current_concurrency == 2
    assert fake.stats["calls"] == 3
    # Committed before process_article returned.
    assert drafts.store.get(outcome.response.id) is not None


async def test_server_errors_and_timeouts_are_retried(fake: FakeLLM, tmp_path: Path) -> None:
    fake.script("server_error", "unavailable", "timeout", "ok")
    outcome, limiter, _ = await _process(
        fake, tmp_path, Article(id="a", text=seed("003")), max_attempts=1, request_timeout_s=0.3
    )
    assert outcome.ok and outcome.attempts == 4
    assert limiter.rate_limit_events == 0  # not a rate limit: no concurrency cut
    assert fake.stats["calls"] == 4


async def test_gives_up_after_max_article_attempts(fake: FakeLLM, tmp_path: Path) -> None:
    fake.configure(faults={"unavailable": 1.0})
    outcome, _, _ = await _process(
        fake,
        tmp_path,
        Article(id="a", text=seed("003")),
        BatchOptions(max_article_attempts=3),
        max_attempts=1,
        retry_base_delay_s=0.001,
    )
    assert not outcome.ok and outcome.error_code == "upstream_unavailable"
    assert outcome.attempts == 3 and fake.stats["calls"] == 3
    assert "after 3 attempts" in (outcome.error_message or "")


async def test_bad_input_fails_at_once_without_a_call(fake: FakeLLM, tmp_path: Path) -> None:
    outcome, _, _ = await _process(fake, tmp_path, Article(id="e", text="   \n  "))
    assert not outcome.ok and outcome.error_code == "empty_input" and outcome.attempts == 1
    outcome, _, _ = await _process(fake, tmp_path, Article(id="v", text="x"), BatchOptions(length="huge"))
    assert not outcome.ok and outcome.error_code == "invalid_input"
    outcome, _, _ = await _process(
        fake, tmp_path, Article(id="p", text=seed("003")), BatchOptions(prompt_version="v99")
    )
    assert not outcome.ok and outcome.error_code == "unsupported_option"
    assert fake.stats["calls"] == 0


async def test_unusable_output_gets_one_more_try_then_fails(fake: FakeLLM, tmp_path: Path) -> None:
    fake.configure(faults={"invalid_json": 1.0})
    outcome, _, _ = await _process(fake, tmp_path, Article(id="j", text=seed("003")))
    assert not outcome.ok and outcome.error_code == "unusable_model_output"
    assert outcome.attempts == 2
    assert fake.stats["calls"] == 4  # two attempts, each with the client's one repair call


async def test_a_stored_article_costs_no_call_and_no_slot(fake: FakeLLM, tmp_path: Path) -> None:
    article = Article(id="a", text=seed("003"))
    settings = fake_settings(fake, tmp_path)
    drafts = build_drafts(settings)
    first = await process_article(drafts, article, BatchOptions(), AdaptiveLimiter(1))
    busy = AdaptiveLimiter(1)
    async with busy.slot(0):  # every slot taken: only a call that needs none can finish
        again = await process_article(drafts, article, BatchOptions(), busy)
    await drafts.pipeline.llm.aclose()
    assert first.response is not None and again.response is not None
    assert again.ok and again.response.cached and again.response.id == first.response.id
    assert fake.stats["calls"] == 1
