"""process_article against the fake LLM: what is retried, what fails at once, what costs no call."""

from __future__ import annotations

from pathlib import Path

import pytest

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


async def test_429s_lower_the_limit_and_spend_the_article_budget(fake: FakeLLM, tmp_path: Path) -> None:
    fake.configure(retry_after_s=0.05)
    # The client retries both 429s within the article's budget (and tells the limiter each time); the
    # per-call max_attempts (2 in these settings) does not apply to a batch article.
    fake.script("rate_limit", "rate_limit", "ok")
    outcome, limiter, drafts = await _process(fake, tmp_path, Article(id="a", text=seed("001")))
    assert outcome.ok and outcome.attempts == 3
    assert outcome.response is not None and not outcome.response.cached
    assert limiter.rate_limit_events == 2 and limiter.current_concurrency == 2
    assert fake.stats["calls"] == 3
    # Committed before process_article returned.
    assert drafts.store.get(outcome.response.id) is not None


async def test_a_pause_longer_than_a_call_may_wait_is_waited_out_by_the_batch(
    fake: FakeLLM, tmp_path: Path
) -> None:
    # Retry-After 0.2 s over max_retry_after_s 0.1: the client does not sleep through it; the limiter
    # pauses and the batch calls again with the try that is left.
    fake.configure(retry_after_s=0.2)
    fake.script("rate_limit", "ok")
    outcome, limiter, _ = await _process(
        fake,
        tmp_path,
        Article(id="a", text=seed("001")),
        BatchOptions(max_article_attempts=2),
        max_retry_after_s=0.1,
    )
    assert outcome.ok and outcome.attempts == 2
    assert limiter.rate_limit_events == 1 and fake.stats["calls"] == 2


async def test_server_errors_and_timeouts_are_retried(fake: FakeLLM, tmp_path: Path) -> None:
    fake.script("server_error", "unavailable", "timeout", "ok")
    outcome, limiter, _ = await _process(
        fake, tmp_path, Article(id="a", text=seed("003")), max_attempts=1, request_timeout_s=0.3
    )
    assert outcome.ok and outcome.attempts == 4
    assert limiter.rate_limit_events == 0  # not a rate limit: no concurrency cut
    assert fake.stats["calls"] == 4


@pytest.mark.parametrize(
    ("options", "settings", "calls"),
    [
        (BatchOptions(max_article_attempts=3), {"max_attempts": 1}, 3),
        (BatchOptions(max_article_attempts=3), {"max_attempts": 5}, 3),  # was 3 x 5 = 15
        (BatchOptions(max_article_attempts=1), {}, 1),
        (BatchOptions(), {"article_max_attempts": 4}, 4),
        (BatchOptions(), {}, 6),  # the default budget
    ],
)
async def test_one_budget_per_article_bounds_its_http_calls(
    fake: FakeLLM, tmp_path: Path, options: BatchOptions, settings: dict, calls: int
) -> None:
    """503 forever: the client and the batch layer together make exactly the article's budget of calls."""
    fake.configure(faults={"unavailable": 1.0})
    outcome, _, _ = await _process(
        fake, tmp_path, Article(id="a", text=seed("003")), options, retry_base_delay_s=0.001, **settings
    )
    assert not outcome.ok and outcome.error_code == "upstream_unavailable"
    assert fake.stats["calls"] == calls and outcome.attempts == calls
    assert f"after {calls} attempts" in (outcome.error_message or "")


async def test_a_long_pause_then_503s_stays_within_the_budget(fake: FakeLLM, tmp_path: Path) -> None:
    # The batch-level call after a pause is not a free extra try: 429 (pause over the limit), then 503s.
    fake.configure(retry_after_s=0.2)
    fake.script("rate_limit", "unavailable", "unavailable", "unavailable", "ok")
    outcome, _, _ = await _process(
        fake,
        tmp_path,
        Article(id="a", text=seed("003")),
        BatchOptions(max_article_attempts=3),
        max_retry_after_s=0.1,
        retry_base_delay_s=0.001,
    )
    assert not outcome.ok and outcome.error_code == "upstream_unavailable"
    assert fake.stats["calls"] == 3


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
    # two article tries, each with the client's one repair call; every unusable answer spends a try
    assert fake.stats["calls"] == 4 and outcome.attempts == 4


@pytest.mark.parametrize("attempts", [1, 3])
async def test_unusable_answers_spend_the_same_budget(fake: FakeLLM, tmp_path: Path, attempts: int) -> None:
    fake.configure(faults={"invalid_json": 1.0})
    outcome, _, _ = await _process(
        fake, tmp_path, Article(id="j", text=seed("003")), BatchOptions(max_article_attempts=attempts)
    )
    assert not outcome.ok and outcome.error_code == "unusable_model_output"
    assert fake.stats["calls"] == attempts  # no repair call once the budget is spent


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
