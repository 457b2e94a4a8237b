"""Prometheus metrics, served at GET /metrics.

One module-level registry (not the process-global default) so an app built in a test exposes exactly
bisum's series, and tests read values with `REGISTRY.get_sample_value(...)`. Labels are kept to small,
closed sets: route templates (never raw paths), status codes, outcome names and check names."""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from service.schemas import CheckResult

REGISTRY = CollectorRegistry(auto_describe=True)

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)

# --- HTTP -----------------------------------------------------------------------------------------

HTTP_REQUESTS = Counter(
    "bisum_http_requests",
    "HTTP requests by method, route template and status code",
    ["method", "route", "status"],
    registry=REGISTRY,
)
HTTP_DURATION = Histogram(
    "bisum_http_request_duration_seconds",
    "HTTP request duration by method and route template",
    ["method", "route"],
    buckets=_LATENCY_BUCKETS,
    registry=REGISTRY,
)

# --- LLM ------------------------------------------------------------------------------------------

# One increment per HTTP call to the endpoint (retries and repairs included), so the sum over outcomes
# equals provenance.usage.llm_calls. Transport outcomes come from the call itself; for answers that
# arrived, "ok" / "invalid_output" (answer unusable: repair or failure follows) / "repaired" (the
# repair call's answer was usable).
LLM_OUTCOMES = (
    "ok",
    "repaired",
    "invalid_output",
    "rate_limited",
    "server_error",
    "timeout",
    "connection_error",
    "rejected",
    "format_rejected",  # the endpoint refused the response_format; auto mode falls back (llm/formats.py)
)
LLM_CALLS = Counter("bisum_llm_calls", "LLM HTTP calls by outcome", ["outcome"], registry=REGISTRY)
LLM_TOKENS = Counter(
    "bisum_llm_tokens",
    "Tokens reported by the LLM endpoint; type is prompt (in) or completion (out)",
    ["type"],
    registry=REGISTRY,
)
LLM_COST = Counter(
    "bisum_llm_estimated_cost",
    "Estimated LLM spend: tokens x BISUM_PRICE_PER_1K_*_TOKENS / 1000, in the currency of those prices",
    registry=REGISTRY,
)
LLM_DURATION = Histogram(
    "bisum_llm_call_duration_seconds",
    "Duration of successful LLM HTTP calls (retries excluded)",
    buckets=_LATENCY_BUCKETS,
    registry=REGISTRY,
)

# --- checks ---------------------------------------------------------------------------------------

CHECK_FAILURES = Counter(
    "bisum_check_failures", "Failed deterministic checks by check name", ["check"], registry=REGISTRY
)
CHECKS_RUN = Counter(
    "bisum_checks_run", "Deterministic checks run, by check name", ["check"], registry=REGISTRY
)

# The one repair pass (service/repair.py): fixed, improved, not_fixed, failed.
REPAIRS = Counter("bisum_repairs", "Draft repair passes, by outcome", ["outcome"], registry=REGISTRY)

# --- batch (driven by the batch command) ----------------------------------------------------------

BATCH_ARTICLES = Counter(
    "bisum_batch_articles",
    "Batch articles finished, by outcome (draft, needs_review, failed, skipped)",
    ["outcome"],
    registry=REGISTRY,
)
BATCH_PENDING = Gauge("bisum_batch_articles_pending", "Batch articles not yet processed", registry=REGISTRY)

for _outcome in LLM_OUTCOMES:  # export zeros from the start, so rate() works on the first increment
    LLM_CALLS.labels(_outcome)
for _type in ("prompt", "completion"):
    LLM_TOKENS.labels(_type)


def record_llm_call(outcome: str) -> None:
    LLM_CALLS.labels(outcome).inc()


def record_tokens(
    prompt: int, completion: int, *, price_prompt_1k: float, price_completion_1k: float
) -> None:
    LLM_TOKENS.labels("prompt").inc(prompt)
    LLM_TOKENS.labels("completion").inc(completion)
    cost = (prompt * price_prompt_1k + completion * price_completion_1k) / 1000
    if cost > 0:
        LLM_COST.inc(cost)


def record_checks(checks: Iterable[CheckResult]) -> None:
    """Called by the pipeline with every output's check results."""
    for check in checks:
        CHECKS_RUN.labels(check.name).inc()
        if not check.passed:
            CHECK_FAILURES.labels(check.name).inc()


def render() -> tuple[bytes, str]:
    """The exposition body and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
