"""One article of a batch: build the request, prepare the source, then summarise it through the draft
store under the limiter, retrying what is worth retrying. Shared by `bisum batch` and the job workers.

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
from service.llm.retry import RetryPolicy, backoff_delay
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
    max_article_attempts: int = 6
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
    policy = llm.policy if llm is not None else RetryPolicy()
    attempts = model_errors = 0
    while True:
        attempts += 1
        try:
            async with limiter.slot(tokens):
                response = await drafts.summarize(request, source=source, author=author, glossary=glossary)
        except InputError as exc:
            return failed(exc.code, exc.message, attempts)
        except (UpstreamUnavailableError, UpstreamTimeoutError) as exc:
            retry_after = getattr(exc, "retry_after", None)
            if getattr(exc, "status", None) == 429:
                limiter.rate_limited(retry_after)  # the next slot() waits out the pause
                delay = 0.0
            else:  # 5xx, connection, timeout: the retry layer gave up on this call; back off, retry
                delay = retry_after if retry_after is not None else backoff_delay(attempts, policy)
            if attempts >= options.max_article_attempts:
                return failed(exc.code, f"{exc.message} (after {attempts} attempts)", attempts)
            log.info("batch article retry", extra={"article": article.id, "error": exc.code})
            await asyncio.sleep(delay)
        except ModelOutputError as exc:
            model_errors += 1
            if model_errors >= MAX_MODEL_OUTPUT_ERRORS or attempts >= options.max_article_attempts:
                return failed(exc.code, exc.message, attempts)
        except BisumError as exc:  # rejected by the provider (401, 404...), conflicts: retrying won't help
            return failed(exc.code, exc.message, attempts)
        except Exception as exc:  # a bug must not take the whole batch down; it is reported per article
            log.exception("batch article crashed", extra={"article": article.id})
            return failed("internal_error", f"{type(exc).__name__}: {exc}", attempts)
        else:
            if not response.cached:
                limiter.succeeded()
            return ArticleOutcome(article.id, True, response, attempts=attempts)  # type: ignore[arg-type]


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
