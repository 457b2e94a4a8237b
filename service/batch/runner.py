"""`bisum batch`: every input article summarised exactly once into an output folder, resumably.

Per article: skip it if results.jsonl already has it (same article id and batch key); otherwise
`process_article` (the draft is committed to the store first), then its Markdown file, then its result
line, fsynced. So after a kill at any instant a re-run finds each article in one of three states: in
results.jsonl (skipped), in the store only (served from the store, no LLM call, then written), or
nowhere (summarised). Ctrl-C once stops starting articles and lets the ones in flight finish; twice
abandons them too (their drafts, if any were committed, are picked up from the store next time)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyio import to_thread
from pydantic import ValidationError
from rich.console import Console

from service.batch.core import (
    Article,
    ArticleOutcome,
    BatchOptions,
    connect_retries,
    process_article,
    summary_request,
)
from service.batch.estimate import Estimate, estimate_summary
from service.batch.inputs import Inputs
from service.batch.limiter import AdaptiveLimiter
from service.batch.outputs import Done, OutputDir, batch_key, prompt_folder
from service.batch.prepare import Preparer, default_workers
from service.batch.progress import BatchProgress, Counters
from service.drafts import DraftService
from service.errors import BisumError, InputError
from service.guidance import checked_context, key_params
from service.schemas import SummaryResponse

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130
# Threads for the draft store's blocking calls. SQLite takes one writer at a time: anyio's default of 40
# threads only adds busy-waiting writers and GIL hand-offs that stall the event loop (measured: store
# commits 85 ms -> 10 ms, LLM round trips 660 -> 410 ms at 32 calls in flight).
STORE_THREADS = 4
_EXTRA_FIELDS = ("article_id", "batch_key", "url")


@dataclass
class BatchConfig:
    out_dir: Path
    options: BatchOptions = field(default_factory=BatchOptions)
    concurrency: int = 16
    rpm: float | None = None
    tpm: float | None = None
    prepare_workers: int | None = None  # None: automatic (a process pool for big batches)
    live: bool = False  # the rich live bar (a terminal)


@dataclass
class BatchResult:
    counters: Counters
    failures: list[tuple[str, str, str]]  # (article id, error code, message)
    interrupted: bool
    summary: str

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failures else EXIT_OK


@dataclass(frozen=True)
class Plan:
    """What a run will do: the key of every article, and which ones are already in results.jsonl."""

    prompt_ref: str
    prompt_dir: str
    keys: dict[str, str]
    pending: list[Article]
    skipped: list[tuple[Article, Done]]


def plan_batch(drafts: DraftService, inputs: Inputs, options: BatchOptions, out_dir: Path) -> Plan:
    """Validate the options once (exit 2 before any work) and split the input into pending/skipped."""
    try:
        summary_request(Article(id="-", text="-"), options)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:3])
        raise InputError(f"bad batch options: {problems}") from None
    pipeline = drafts.pipeline
    prompt = pipeline.prompts.get("summarize", options.prompt_version)  # unknown version: InputError
    llm = pipeline.llm
    params: dict[str, Any] = {
        "length": options.length,
        "targets": sorted(options.targets or pipeline.settings.default_targets),
        "prompt": prompt.ref if llm is not None else None,
        "engine": "llm" if llm is not None else "extractive",
        "model": llm.model if llm is not None else "textrank",
        # with a glossary or a context, a re-run under another one is other work, not "already done"
        **key_params(options.glossary, checked_context(options.context, pipeline.settings)),
    }
    prompt_ref = prompt.ref if llm is not None else "extractive"
    keys = {article.id: batch_key(article, params) for article in inputs.articles}
    keys.update({article_id: batch_key(Article(id=article_id), params) for article_id in inputs.unreadable})
    finished = OutputDir(out_dir).finished()
    pending: list[Article] = []
    skipped: list[tuple[Article, Done]] = []
    for article in inputs.articles:
        done = finished.get((article.id, keys[article.id]))
        if done is None:
            pending.append(article)
        else:
            skipped.append((article, done))
    return Plan(prompt_ref, prompt_folder(prompt_ref), keys, pending, skipped)


async def run_batch(
    drafts: DraftService, inputs: Inputs, config: BatchConfig, console: Console
) -> BatchResult:
    outputs = OutputDir(config.out_dir)
    outputs.open()  # lock + repair partial lines before reading what is done
    try:
        plan = plan_batch(drafts, inputs, config.options, config.out_dir)
        if outputs.repaired_bytes:
            console.print(
                f"[yellow]repaired[/] a partial last line ({outputs.repaired_bytes} bytes) left by a kill"
            )
        outputs.compact_failures({(article_id, key) for article_id, key in plan.keys.items()})
        outputs.start_writing()
        await asyncio.to_thread(_restore_markdown, outputs, plan)
        return await _run(drafts, inputs, config, console, outputs, plan)
    finally:
        await outputs.aclose()


async def _run(
    drafts: DraftService,
    inputs: Inputs,
    config: BatchConfig,
    console: Console,
    outputs: OutputDir,
    plan: Plan,
) -> BatchResult:
    to_thread.current_default_thread_limiter().total_tokens = STORE_THREADS
    limiter = AdaptiveLimiter(config.concurrency, rpm=config.rpm, tpm=config.tpm)
    connect_retries(drafts, limiter)
    workers = config.prepare_workers
    preparer = Preparer(
        drafts.pipeline.settings, default_workers(len(plan.pending)) if workers is None else workers
    )
    failures: list[tuple[str, str, str]] = []
    progress = BatchProgress(
        console,
        drafts.pipeline.settings,
        limiter,
        total=inputs.total,
        skipped=len(plan.skipped),
        live=config.live,
        spent=drafts.pipeline.llm.spent if drafts.pipeline.llm is not None else None,
    )
    stopping = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []

    async def fail(article_id: str, code: str, message: str, attempts: int) -> None:
        await outputs.commit_failure(
            article_id, plan.keys[article_id], plan.prompt_ref, code, message, attempts
        )
        failures.append((article_id, code, message))
        progress.record_failed()

    async def finish(article: Article, outcome: ArticleOutcome) -> None:
        if outcome.ok and outcome.response is not None:
            await outputs.commit_result(article, plan.keys[article.id], plan.prompt_dir, outcome.response)
            progress.record_ok(outcome.response)
        else:
            await fail(
                article.id, outcome.error_code or "failed", outcome.error_message or "", outcome.attempts
            )

    def take() -> Iterator[Article]:
        for article in plan.pending:
            if stopping.is_set():
                return
            yield article

    queue = take()  # one shared generator: each article is taken by exactly one worker

    async def worker() -> None:
        try:
            for article in queue:
                outcome = await process_article(drafts, article, config.options, limiter, prepare=preparer)
                await finish(article, outcome)
        except Exception:
            stopping.set()  # outputs cannot be written (disk full...): take no more articles
            raise

    def interrupt() -> None:
        if not stopping.is_set():
            stopping.set()  # workers finish the article they hold and take no other
            console.print(
                f"[yellow]interrupted:[/] finishing {limiter.active or 'the'} article(s) in flight; "
                "Ctrl-C again to abandon them (a re-run resumes either way)"
            )
        else:
            for task in tasks:
                task.cancel()

    loop = asyncio.get_running_loop()
    handled = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, interrupt)
            handled.append(sig)
    try:
        with progress:
            for article_id, error in inputs.unreadable.items():
                await fail(article_id, error.code, error.message, 1)
            # More workers than LLM slots: the extra ones prepare the next articles (or serve them
            # from the store) while the slots are busy; the limiter caps the calls themselves.
            count = min(len(plan.pending), 2 * config.concurrency + preparer.workers)
            tasks = [asyncio.create_task(worker()) for _ in range(count)]
            results = await asyncio.gather(*tasks, return_exceptions=True)
            errors = [
                r
                for r in results
                if isinstance(r, BaseException) and not isinstance(r, asyncio.CancelledError)
            ]
            if errors:
                raise errors[0]
    finally:
        for sig in handled:
            loop.remove_signal_handler(sig)
        preparer.close()
    interrupted = stopping.is_set() and progress.counters.processed < len(plan.pending) + len(
        inputs.unreadable
    )
    return BatchResult(
        progress.counters, failures, interrupted, progress.summary_line(interrupted=interrupted)
    )


def _restore_markdown(outputs: OutputDir, plan: Plan) -> None:
    """A skipped article whose Markdown file is gone (deleted, or lost with a power cut before the
    page cache was written) gets it back from its result line: no LLM call, no store access."""
    for article, done in plan.skipped:
        path = outputs.markdown_path(plan.prompt_dir, article.id)
        if not path.exists():
            body = {k: v for k, v in outputs.result_at(done).items() if k not in _EXTRA_FIELDS}
            with contextlib.suppress(ValidationError):
                outputs.write_markdown(path, article, SummaryResponse.model_validate(body))


# --- --dry-run --------------------------------------------------------------------------------


@dataclass
class DryRun:
    total: int
    skipped: int  # already in results.jsonl
    in_store: int  # not in results.jsonl, but the store has the draft: no LLM call
    to_call: int
    invalid: list[tuple[str, str]]  # (article id, reason): would fail without a call
    estimate: Estimate
    cost: float


async def dry_run(drafts: DraftService, inputs: Inputs, config: BatchConfig) -> DryRun:
    plan = plan_batch(drafts, inputs, config.options, config.out_dir)
    workers = config.prepare_workers
    preparer = Preparer(
        drafts.pipeline.settings, default_workers(len(plan.pending)) if workers is None else workers
    )
    invalid = [(article_id, error.message) for article_id, error in inputs.unreadable.items()]
    prompt = completion = calls = in_store = 0
    semaphore = asyncio.Semaphore(max(4, 2 * preparer.workers))

    async def one(article: Article) -> None:
        nonlocal prompt, completion, calls, in_store
        async with semaphore:
            try:
                request = summary_request(article, config.options)
                source = await preparer(request)
                key = drafts.summary_key(request, source, config.options.glossary)
                if await drafts.stored(key) is not None:
                    in_store += 1
                    return
            except (BisumError, ValidationError) as exc:
                invalid.append((article.id, getattr(exc, "message", str(exc))))
                return
            estimate = estimate_summary(drafts.pipeline, request, source)
            prompt += estimate.prompt_tokens
            completion += estimate.completion_tokens
            calls += estimate.calls

    try:
        await asyncio.gather(*(one(article) for article in plan.pending))
    finally:
        preparer.close()
    estimate = Estimate(prompt, completion, calls)
    to_call = len(plan.pending) - in_store - (len(invalid) - len(inputs.unreadable))
    return DryRun(
        total=inputs.total,
        skipped=len(plan.skipped),
        in_store=in_store,
        to_call=to_call,
        invalid=invalid,
        estimate=estimate,
        cost=estimate.cost(drafts.pipeline.settings),
    )
