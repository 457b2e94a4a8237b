"""Counters of a batch and their display: a rich live bar on a terminal, nothing live otherwise (CI logs
get the one summary line at the end). The batch metrics in service.metrics follow the same counters."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from service import metrics
from service.batch.limiter import AdaptiveLimiter
from service.config import Settings
from service.schemas import SummaryResponse, Usage


@dataclass
class Counters:
    total: int = 0
    done: int = 0  # summarised in this run (from the LLM or served from the store)
    from_store: int = 0  # of `done`: already in the store, no LLM call
    failed: int = 0
    skipped: int = 0  # already in results.jsonl
    prompt_tokens: int = 0
    completion_tokens: int = 0
    llm_calls: int = 0
    cost: float = 0.0
    started: float = field(default_factory=time.monotonic)

    @property
    def processed(self) -> int:
        return self.done + self.failed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} art/s" if speed else "– art/s", style="cyan")


class _CountsColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        f = task.fields
        text = Text()
        text.append(f"{f['done']} done", style="green")
        text.append(" · ")
        text.append(f"{f['failed']} failed", style="red" if f["failed"] else "dim")
        text.append(" · ")
        text.append(f"{f['skipped']} skipped", style="dim")
        return text


class _SpendColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        f = task.fields
        text = f"{_tokens(f['tokens'])} tok"
        if f["priced"]:
            text += f" · cost {f['cost']:.4f}"
        return Text(text + f" · c={f['concurrency']}", style="magenta")


class BatchProgress:
    def __init__(
        self,
        console: Console,
        settings: Settings,
        limiter: AdaptiveLimiter,
        *,
        total: int,
        skipped: int,
        live: bool,
        spent: Usage | None = None,
    ) -> None:
        self.counters = Counters(total=total, skipped=skipped)
        # The LLM client's running totals (LLMClient.spent): calls and tokens of failed articles count too.
        self._spent = spent
        self._spent_before = spent.model_copy() if spent is not None else None
        self._settings = settings
        self._limiter = limiter
        self._priced = bool(settings.price_per_1k_prompt_tokens or settings.price_per_1k_completion_tokens)
        self._progress = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            _CountsColumn(),
            _RateColumn(),
            TimeRemainingColumn(),
            _SpendColumn(),
            console=console,
            disable=not live,
            transient=False,
        )
        # The bar counts the articles this run processes; skipped ones are shown beside it.
        self._task = self._progress.add_task("batch", total=total - skipped, **self._fields())
        self._pending = total - skipped
        self._publish_pending()
        if skipped:
            _count("skipped", skipped)

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.update(self._task, **self._fields())
        self._progress.stop()

    def record_ok(self, response: SummaryResponse) -> None:
        c = self.counters
        c.done += 1
        if response.cached:
            c.from_store += 1  # cost nothing in this run
        elif self._spent is None:
            usage = response.provenance.usage
            c.prompt_tokens += usage.prompt_tokens
            c.completion_tokens += usage.completion_tokens
            c.llm_calls += usage.llm_calls
        _count(response.status, 1)
        self._advance()

    def record_failed(self) -> None:
        self.counters.failed += 1
        _count("failed", 1)
        self._advance()

    def _account(self) -> None:
        c = self.counters
        if self._spent is not None and self._spent_before is not None:
            c.prompt_tokens = self._spent.prompt_tokens - self._spent_before.prompt_tokens
            c.completion_tokens = self._spent.completion_tokens - self._spent_before.completion_tokens
            c.llm_calls = self._spent.llm_calls - self._spent_before.llm_calls
        c.cost = (
            c.prompt_tokens * self._settings.price_per_1k_prompt_tokens
            + c.completion_tokens * self._settings.price_per_1k_completion_tokens
        ) / 1000

    def _advance(self) -> None:
        self._account()
        self._pending -= 1
        self._publish_pending()
        self._progress.update(self._task, advance=1, **self._fields())

    def _fields(self) -> dict[str, object]:
        c = self.counters
        return {
            "done": c.done,
            "failed": c.failed,
            "skipped": c.skipped,
            "tokens": c.tokens,
            "cost": c.cost,
            "priced": self._priced,
            "concurrency": self._limiter.current_concurrency,
        }

    def _publish_pending(self) -> None:
        gauge = getattr(metrics, "BATCH_PENDING", None)
        if gauge is not None:
            gauge.set(max(0, self._pending))

    def summary_line(self, *, interrupted: bool = False) -> str:
        self._account()  # calls of articles still in flight when interrupted count too
        c = self.counters
        parts = [
            f"{c.total} articles: {c.done} done ({c.from_store} from the store)",
            f"{c.failed} failed",
            f"{c.skipped} skipped (already in results)",
            f"{c.elapsed:.1f} s",
            f"{c.rate:.1f} articles/s",
            f"{c.llm_calls} LLM calls",
            f"{_tokens(c.prompt_tokens)} prompt + {_tokens(c.completion_tokens)} completion tokens",
        ]
        if self._priced:
            parts.append(f"estimated cost {c.cost:.4f}")
        if self._limiter.rate_limit_events:
            parts.append(
                f"{self._limiter.rate_limit_events} rate limits, concurrency now "
                f"{self._limiter.current_concurrency}/{self._limiter.max_concurrency}"
            )
        line = " · ".join(parts)
        return f"interrupted: {line}" if interrupted else line


def _count(outcome: str, amount: int) -> None:
    counter = getattr(metrics, "BATCH_ARTICLES", None)
    if counter is not None:
        counter.labels(outcome).inc(amount)


def _tokens(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.2f}M"
    if count >= 10_000:
        return f"{count / 1000:.1f}k"
    return str(count)
