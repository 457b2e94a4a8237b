"""GET /metrics (Prometheus text format) and the structured JSON logs: one request id on the request
line and on the LLM call lines; no article text and no keys in any log record at the default level."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from service import metrics
from service.api.app import create_app
from service.devtools.fake_llm import FakeLLM
from service.logs import JsonFormatter
from service.schemas import CheckResult
from tests.conftest import seed
from tests.proof.conftest import OPENAI_KEY, LiveServer, delta, fake_settings, llm_outcomes, metric

CLIENT_KEY = "bisum-client-key-8d2e61f0c4"
MARKER = "Zyxqvmarker"  # a word that occurs only in the article
ARTICLE = f"{seed('003')}\n\nThe {MARKER} paragraph closes this article."
PRICES = {"price_per_1k_prompt_tokens": 0.25, "price_per_1k_completion_tokens": 2.0}


@pytest.fixture(scope="module")
def live(fake: FakeLLM) -> Iterator[LiveServer]:
    settings = fake_settings(fake, api_keys=[{"name": "cms", "role": "client", "key": CLIENT_KEY}], **PRICES)
    with LiveServer(create_app(settings)) as server:
        yield server


@pytest.fixture
def api(live: LiveServer, fake: FakeLLM) -> Iterator[httpx.Client]:
    fake.reset()
    headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
    with httpx.Client(base_url=live.url, headers=headers, timeout=30) as client:
        yield client


class Capture(logging.Handler):
    """Formats every record as the service would (JsonFormatter) at the moment it is emitted."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.lines]


@pytest.fixture
def logs() -> Iterator[Capture]:
    """Every logger at the default INFO level (bisum's, uvicorn's, httpx's, the SDK's), as `bisum serve`
    runs; the bisum logger may not propagate once configure_logging() ran, so it gets the handler too."""
    capture = Capture()
    touched = [logging.getLogger(), logging.getLogger("bisum")]
    saved = [(logger, logger.level) for logger in touched]
    for logger in touched:
        logger.addHandler(capture)
        logger.setLevel(logging.INFO)
    try:
        yield capture
    finally:
        for logger, level in saved:
            logger.removeHandler(capture)
            logger.setLevel(level)


def summarize(api: httpx.Client, **headers: str) -> httpx.Response:
    return api.post("/v1/summaries", json={"text": ARTICLE, "force": True}, headers=headers)


# --- /metrics -------------------------------------------------------------------------------------


def scrape(api: httpx.Client) -> dict[str, dict[tuple, float]]:
    response = api.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    families: dict[str, dict[tuple, float]] = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            key = tuple(sorted(sample.labels.items()))
            families.setdefault(sample.name, {})[key] = sample.value
    return families


def test_metrics_endpoint_is_prometheus_text_and_not_in_the_openapi_schema(api: httpx.Client) -> None:
    api.get("/healthz")
    families = scrape(api)
    for name in (
        "bisum_http_requests_total",
        "bisum_llm_calls_total",
        "bisum_llm_tokens_total",
        "bisum_llm_estimated_cost_total",
        "bisum_llm_call_duration_seconds_count",
        "bisum_http_request_duration_seconds_count",
    ):
        assert name in families, name
    assert "/metrics" not in api.get("/openapi.json").json()["paths"]
    # The batch command's series are declared here and driven by it.
    assert metrics.BATCH_PENDING._name == "bisum_batch_articles_pending"
    assert metrics.BATCH_ARTICLES._name == "bisum_batch_articles"


def test_requests_are_counted_by_route_template_and_status(api: httpx.Client, fake: FakeLLM) -> None:
    def count(route: str, status: str, method: str = "GET") -> float:
        return metric("bisum_http_requests_total", method=method, route=route, status=status)

    before = {
        "ok": count("/v1/summaries", "200", "POST"),
        "draft_404": count("/v1/drafts/{draft_id}", "404"),
        "unmatched": count("unmatched", "404"),
        "unauthorized": count("/v1/summaries", "401", "POST"),
    }
    assert summarize(api).status_code == 200
    api.get("/v1/drafts/drf_doesnotexist1")
    api.get("/v1/drafts/drf_doesnotexist2")
    api.get("/no/such/page/1")
    api.get("/no/such/page/2")
    api.post("/v1/summaries", json={"text": ARTICLE}, headers={"Authorization": "Bearer wrong"})
    assert count("/v1/summaries", "200", "POST") == before["ok"] + 1
    assert count("/v1/drafts/{draft_id}", "404") == before["draft_404"] + 2  # one series, not one per id
    assert count("unmatched", "404") == before["unmatched"] + 2
    assert count("/v1/summaries", "401", "POST") == before["unauthorized"] + 1
    routes = {dict(key)["route"] for key in scrape(api)["bisum_http_requests_total"]}
    assert not any("doesnotexist" in route or "/no/such" in route for route in routes)


def test_llm_calls_tokens_and_cost_follow_the_endpoint(api: httpx.Client, fake: FakeLLM) -> None:
    fake.script("server_error", "invalid_json", "ok")
    calls, tokens_in, tokens_out, cost = (
        llm_outcomes(),
        metric("bisum_llm_tokens_total", type="prompt"),
        metric("bisum_llm_tokens_total", type="completion"),
        metric("bisum_llm_estimated_cost_total"),
    )
    body = summarize(api).json()
    stats = fake.stats
    assert delta(calls, llm_outcomes()) == {"server_error": 1, "invalid_output": 1, "repaired": 1}
    usage = body["provenance"]["usage"]
    assert usage["llm_calls"] == stats["calls"] == 3
    prompt = metric("bisum_llm_tokens_total", type="prompt") - tokens_in
    completion = metric("bisum_llm_tokens_total", type="completion") - tokens_out
    assert prompt == usage["prompt_tokens"] == stats["prompt_tokens"] > 0
    assert completion == usage["completion_tokens"] == stats["completion_tokens"] > 0
    expected = (prompt * PRICES["price_per_1k_prompt_tokens"] + completion * 2.0) / 1000
    assert metric("bisum_llm_estimated_cost_total") - cost == pytest.approx(expected)


def test_record_checks_counts_failures_by_check_name() -> None:
    before = metric("bisum_check_failures_total", check="numbers_in_source")
    runs = metric("bisum_checks_run_total", check="numbers_in_source")
    passed_before = metric("bisum_check_failures_total", check="output_language")
    metrics.record_checks(
        [
            CheckResult(name="numbers_in_source", passed=False, detail="2031 not in the source"),
            CheckResult(name="output_language", passed=True, detail="ok"),
        ]
    )
    assert metric("bisum_check_failures_total", check="numbers_in_source") == before + 1
    assert metric("bisum_checks_run_total", check="numbers_in_source") == runs + 1
    assert metric("bisum_check_failures_total", check="output_language") == passed_before


def test_check_failures_from_the_api_are_counted(api: httpx.Client, fake: FakeLLM) -> None:
    fake.script("traditional_in_hans")
    before = metric("bisum_check_failures_total", check="simplified_script")
    body = summarize(api).json()
    assert body["status"] == "needs_review"
    assert metric("bisum_check_failures_total", check="simplified_script") == before + 1


# --- logs -----------------------------------------------------------------------------------------


def test_one_request_id_on_the_request_line_and_on_every_llm_line(
    api: httpx.Client, fake: FakeLLM, logs: Capture
) -> None:
    fake.script("server_error", "ok")  # a failed attempt and a successful one
    response = summarize(api, **{"X-Request-ID": "req-proof-42"})
    assert response.status_code == 200 and response.headers["x-request-id"] == "req-proof-42"
    records = logs.records()
    mine = [r for r in records if r.get("request_id") == "req-proof-42"]
    by_msg = {r["msg"]: r for r in mine}
    assert by_msg["request"] == by_msg["request"] | {
        "logger": "bisum.access",
        "method": "POST",
        "route": "/v1/summaries",
        "status": 200,
    }
    assert by_msg["request"]["duration_ms"] >= 0
    assert by_msg["llm call failed"]["outcome"] == "server_error"
    assert by_msg["llm call failed"]["upstream_status"] == 500
    ok = by_msg["llm call"]
    assert ok["prompt"] == "summarize@v3" and ok["model"] == "fake" and ok["prompt_tokens"] > 0
    assert response.json()["provenance"]["request_id"] == "req-proof-42"


def test_logs_hold_no_article_text_and_no_keys(api: httpx.Client, fake: FakeLLM, logs: Capture) -> None:
    fake.script("invalid_json", "ok")  # the repair path logs the problem, never the answer or the article
    assert summarize(api).status_code == 200
    fake.script("rate_limit", "rate_limit")
    assert summarize(api).status_code == 503
    api.post("/v1/summaries", json={"text": ARTICLE}, headers={"Authorization": "Bearer wrong-key-77"})
    assert len(logs.lines) >= 6
    text = "\n".join(logs.lines)
    for secret in (MARKER, OPENAI_KEY, CLIENT_KEY, "wrong-key-77"):
        assert secret not in text, secret
    assert ARTICLE.splitlines()[0][:40] not in text
