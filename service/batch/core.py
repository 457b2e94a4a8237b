"""One article of a batch: build the request, prepare the source, then summarise it through the draft
store under the limiter, retrying what is worth retrying. Shared by `bisum batch` and the job workers.

Retries: one budget per article (`AttemptBudget` in service/llm/retry.py: BISUM_ARTICLE_MAX_ATTEMPTS, or
the batch's --max-attempts). The LLM client's retry layer retries failed calls and spends it; this layer
calls again only when the client stopped with tries left: the endpoint asked for a longer pause than one
call may wait (Retry-After over BISUM_MAX_RETRY_AFTER_S), or an answer was unusable even after repair.

`process_article` never raises for a per-article failure; it returns an `ArticleOutcome`. When it
returns ok, the draft is committed to the store under its content key (DraftService does that before
answering), so a re-run gets it back with no LLM call: that is what makes a batch resumable."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from anyio import to_thread
from pydantic import ValidationError

from service.batch.estimate import estimate_call_tokens
from service.batch.limiter import AdaptiveLimiter
from service.drafts import DraftService
from service.errors import (
    BisumError,
    InputError,
    ModelOutputError,
    UpstreamTimeoutError,
    UpstreamUnavailableError,
)
from service.glossary import Glossary
from service.llm.retry import AttemptBudget, article_budget
from service.pipeline import Source, prepare_source
from service.schemas import SummaryRequest, SummaryResponse

log = logging.getLogger("bisum.batch")
MAX_MODEL_OUTPUT_ERRORS = 2  # an unusable answer gets one more chance (the client already repaired once)

# Prepares a request's source (normalise + detect). The CLI passes a process pool; the default runs it
# in a thread so the event loop keeps serving the calls in flight.
Prepare = Callable[[SummaryRequest], Awaitable[Source]]


@dataclass(frozen=True)
class Article:
    id: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    source_language: str = "auto"
    context: str | None = None  # this article's; else BatchOptions.context


@dataclass(frozen=True)
class BatchOptions:
    length: str = "medium"
    targets: list[str] | None = None
    prompt_version: str | None = None
    # Tries per article across every retry layer; None: BISUM_ARTICLE_MAX_ATTEMPTS.
    max_article_attempts: int | None = None
    include: tuple[str, ...] = ()  # e.g. ("analysis",): scores and the analysis section
    repair: bool | None = None  # None: BISUM_REPAIR
    glossary_id: str | None = None  # a stored glossary (jobs), or
    glossary: Glossary | None = None  # one read from a file (`bisum batch --glossary`)
    context: str | None = None


@dataclass
class ArticleOutcome:
    article_id: str
    ok: bool
    response: SummaryResponse | None  # response.cached tells whether it cost an LLM call
    error_code: str | None = None
    error_message: str | None = None
    attempts: int = 1


def summary_request(article: Article, options: BatchOptions) -> SummaryRequest:
    """Raises pydantic.ValidationError (neither/both of text and html, unknown length or target)."""
    return SummaryRequest(
        text=article.text,
        html=article.html,
        title=article.title,
        source_language=article.source_language,
        length=options.length,  # type: ignore[arg-type]
        targets=options.targets,  # type: ignore[arg-type]
        prompt_version=options.prompt_version,
        glossary_id=options.glossary_id,
        context=article.context or options.context,
        include=list(options.include),  # type: ignore[arg-type]
        repair=options.repair,
    )


async def process_article(
    drafts: DraftService,
    article: Article,
    options: BatchOptions,
    limiter: AdaptiveLimiter,
    *,
    prepare: Prepare | None = None,
    author: str = "batch",
) -> ArticleOutcome:
    def failed(code: str, message: str, attempts: int) -> ArticleOutcome:
        return ArticleOutcome(article.id, False, None, code, message, attempts)

    try:
        request = summary_request(article, options)
        if prepare is None:
            source = await to_thread.run_sync(prepare_source, request, drafts.pipeline.settings)
        else:
            source = await prepare(request)
        glossary = options.glossary or await drafts.glossary_for(request.glossary_id)
        key = drafts.summary_key(request, source, glossary)
        # Done before (an earlier run, another worker): no slot, no budget, no LLM call.
        if (stored := await drafts.stored(key)) is not None:
            return ArticleOutcome(article.id, True, stored)  # type: ignore[arg-type]
    except InputError as exc:
        return failed(exc.code, exc.message, 1)
    except ValidationError as exc:
        return failed("invalid_input", _validation_message(exc), 1)
    except BisumError as exc:  # e.g. the store is unreachable
        return failed(exc.code, exc.message, 1)

    llm = drafts.pipeline.llm
    # Counting tokens costs CPU on the event loop: only when there is a tokens-per-minute budget.
    tokens = estimate_call_tokens(drafts.pipeline, request, source) if llm and limiter.counts_tokens else 0
    budget = AttemptBudget(options.max_article_attempts or drafts.pipeline.settings.article_max_attempts)
    scope = article_budget.set(budget)  # every LLM call made for this article, in this task, spends from it
    try:
        return await _summarize_within(
            drafts, request, source, limiter, tokens, budget, article.id, author, glossary
        )
    finally:
        article_budget.reset(scope)


async def _summarize_within(
    drafts: DraftService,
    request: SummaryRequest,
    source: Source,
    limiter: AdaptiveLimiter,
    tokens: int,
    budget: AttemptBudget,
    article_id: str,
    author: str,
    glossary: Glossary | None = None,
) -> ArticleOutcome:
    def failed(code: str, message: str) -> ArticleOutcome:
        return ArticleOutcome(article_id, False, None, code, message, max(budget.spent, 1))

    model_errors = 0
    while True:
        spent_before = budget.spent
        try:
            async with limiter.slot(tokens):
                response = await drafts.summarize(request, source=source, author=author, glossary=glossary)
        except InputError as exc:
            return failed(exc.code, exc.message)
        except (UpstreamUnavailableError, UpstreamTimeoutError, ModelOutputError) as exc:
            if budget.spent == spent_before:
                budget.spend()  # not spent by the client (raised elsewhere): it still counts, so this ends
            if isinstance(exc, ModelOutputError):
                model_errors += 1
                if model_errors >= MAX_MODEL_OUTPUT_ERRORS or budget.exhausted:
                    return failed(exc.code, exc.message)
                continue
            if budget.exhausted:
                return failed(exc.code, f"{exc.message} (after {budget.spent} attempts)")
            # Tries left: the endpoint asked for a longer pause than one call may wait. A 429 pauses the
            # limiter (the next slot() waits it out, for every article); anything else waits here.
            retry_after = getattr(exc, "retry_after", None)
            if getattr(exc, "status", None) == 429:
                limiter.rate_limited(retry_after)
                retry_after = None
            log.info("batch article retry", extra={"article": article_id, "error": exc.code})
            await asyncio.sleep(retry_after or 0.0)
        except BisumError as exc:  # rejected by the provider (401, 404...), conflicts: retrying won't help
            return failed(exc.code, exc.message)
        except Exception as exc:  # a bug must not take the whole batch down; it is reported per article
            log.exception("batch article crashed", extra={"article": article_id})
            return failed("internal_error", f"{type(exc).__name__}: {exc}")
        else:
            if not response.cached:
                limiter.succeeded()
            # attempts: the tries it took, the successful one included
            return ArticleOutcome(article_id, True, response, attempts=budget.spent + 1)  # type: ignore[arg-type]


def connect_retries(drafts: DraftService, limiter: AdaptiveLimiter) -> None:
    """Let the limiter hear about 429s that the LLM client's retry layer absorbs (and sleeps through)
    inside one call, not only those that reach process_article."""
    llm = drafts.pipeline.llm
    if llm is None:
        return

    def on_retry(exc: Exception, delay: float) -> None:
        if getattr(exc, "status_code", None) == 429:
            limiter.rate_limited(delay)

    llm.on_retry = on_retry


def _validation_message(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'article'}: {err['msg']}" for err in exc.errors()[:3]
    )
