"""Fault matrix, batch half: every FakeLLM fault through the real `bisum batch` command line (typer's
CliRunner, in process: argument parsing, settings from the environment, exit code, stdout/stderr, the
output folder), the command talking over real HTTP to the fake. Each fault ends in one documented
outcome: retried and finished, repaired, needs_review with the named check, or a failure line with the
mapped error code, retried on the next run; and a result line is never a clean draft when the answer
behind it was not. README "Fault matrix" lists these tests.

One budget per article (`--max-attempts`, else BISUM_ARTICLE_MAX_ATTEMPTS): the client's retry layer
retries a transport fault and spends the article's tries, and so does every unusable answer; the batch
calls again only after a pause the client would not sleep through, or after an answer unusable even when
repaired. `test_one_budget_across_client_and_batch` shows that a persistent fault costs exactly
`--max-attempts` calls."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

from service.batch.outputs import FAILURES, RESULTS, read_jsonl
from service.cli import app
from service.config import get_settings
from service.devtools.fake_llm import FakeLLM
from tests.conftest import SEEDS, seed
from tests.proof.test_fault_matrix import PLANTED, SUMMARY_CHECK

ARTICLE = seed("001")  # zh-Hans news article; the fake's "ok" answer for it is a clean draft
ARTICLE_ID = "s001"
MARKDOWN = f"summarize@v3/{ARTICLE_ID}.md"
SETTINGS = {
    "BISUM_MAX_ATTEMPTS": "1",  # per call of a request: a batch article has --max-attempts instead
    "BISUM_RETRY_BASE_DELAY_S": "0.01",
    "BISUM_RETRY_MAX_DELAY_S": "0.05",
    "BISUM_MAX_RETRY_AFTER_S": "2",
    "BISUM_REQUEST_TIMEOUT_S": "0.5",  # a `timeout` fault costs half a second
    "BISUM_CONNECT_TIMEOUT_S": "1",
}
MAX_ATTEMPTS = 2  # --max-attempts


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    with FakeLLM(seed=7, retry_after_s=0.05) as server:
        yield server


@dataclass
class Batch:
    """One input file, one output folder and one draft store; `run()` is `bisum batch` over them."""

    source: Path
    out: Path
    invoke: Callable[..., Result]

    def write(self, text: str = ARTICLE) -> None:
        line = {"id": ARTICLE_ID, "text": text, "url": "https://example.com/s001"}
        self.source.write_text(json.dumps(line, ensure_ascii=False) + "\n", "utf-8")

    def run(self, *extra: str) -> Result:
        args = ["batch", str(self.source), "--out", str(self.out), "--max-attempts", str(MAX_ATTEMPTS)]
        return self.invoke(app, [*args, "--prepare-workers", "0", *extra])

    def results(self) -> list[dict[str, Any]]:
        return list(read_jsonl(self.out / RESULTS))

    def failures(self) -> list[dict[str, Any]]:
        return list(read_jsonl(self.out / FAILURES))

    def only_result(self) -> dict[str, Any]:
        (row,) = self.results()
        assert row["article_id"] == ARTICLE_ID
        assert not self.failures()
        return row

    def markdown(self) -> str:
        return (self.out / MARKDOWN).read_text("utf-8")


@pytest.fixture
def batch(fake: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Batch]:
    fake.reset()
    for name in [n for n in os.environ if n.startswith(("BISUM_", "OPENAI_"))]:
        monkeypatch.delenv(name)
    environment = {
        "OPENAI_BASE_URL": fake.base_url,
        "OPENAI_API_KEY": "sk-batch-proof",
        "BISUM_MODEL": "fake",
        "BISUM_DATABASE_URL": f"sqlite:///{tmp_path}/store.sqlite3",
        "BISUM_PROMPTS_DIR": str(SEEDS.parent / "service" / "prompts"),
        **SETTINGS,
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)  # no developer .env
    get_settings.cache_clear()
    runner = Batch(tmp_path / "in.jsonl", tmp_path / "out", CliRunner().invoke)
    runner.write()
    yield runner
    get_settings.cache_clear()


def failed_checks(row: dict[str, Any], severity: str | None = None) -> set[str]:
    return {
        check["name"]
        for check in row["checks"]
        if not check["passed"] and severity in (None, check["severity"])
    }


def assert_clean(batch: Batch, result: Result) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 articles: 1 done (0 from the store) · 0 failed"), result.stdout
    row = batch.only_result()
    assert row["status"] == "draft" and failed_checks(row) == set(), failed_checks(row)
    footer = batch.markdown().rstrip().splitlines()[-1]
    assert "status **draft**" in footer and "checks failed" not in footer, footer
    return row


def test_clean_answer_is_a_clean_draft(batch: Batch, fake: FakeLLM) -> None:
    row = assert_clean(batch, batch.run())
    assert fake.stats["by_fault"] == {"ok": 1}
    assert row["provenance"]["usage"]["llm_calls"] == 1 and row["url"] == "https://example.com/s001"


# --- transport faults: retried by the batch, then a failure line -------------------------------------

TRANSPORT = {  # fault -> the error code of an article that meets it on every attempt
    "rate_limit": "upstream_unavailable",  # 429 + Retry-After 0.05 s: the limiter pauses, then retries
    "server_error": "upstream_unavailable",  # 500
    "unavailable": "upstream_unavailable",  # 503
    "disconnect": "upstream_unavailable",  # headers and half the body, then the socket closes
    "timeout": "upstream_timeout",  # never answers; abandoned after request_timeout_s
}


@pytest.mark.parametrize("fault", list(TRANSPORT))
def test_transient_fault_is_retried_and_the_article_finishes(batch: Batch, fake: FakeLLM, fault: str) -> None:
    fake.script(fault)
    result = batch.run()
    row = assert_clean(batch, result)
    assert fake.stats["by_fault"] == {fault: 1, "ok": 1}
    assert row["provenance"]["usage"]["llm_calls"] == 2  # the client retried within the article's budget
    if fault == "rate_limit":  # the limiter heard about it and halved the concurrency (default 16)
        assert "1 rate limits, concurrency now 8/16" in result.stdout, result.stdout


def test_retry_after_over_the_client_limit_is_waited_out_by_the_batch(
    batch: Batch, fake: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the API answers 503 at once (the client does not sleep through a Retry-After over
    BISUM_MAX_RETRY_AFTER_S), the batch pauses its calls for the provider's Retry-After and retries."""
    monkeypatch.setenv("BISUM_MAX_ATTEMPTS", "3")  # the client could retry, but does not sleep 1 s
    monkeypatch.setenv("BISUM_MAX_RETRY_AFTER_S", "0.5")
    fake.configure(retry_after_s=1)
    fake.script("rate_limit")
    result = batch.run()
    row = assert_clean(batch, result)
    assert fake.stats["by_fault"] == {"rate_limit": 1, "ok": 1}
    # The draft's attempt made one call: the 429 ended the first attempt (the client did not retry it).
    assert row["provenance"]["usage"]["llm_calls"] == 1
    assert "1 rate limits, concurrency now 8/16" in result.stdout, result.stdout


# --- unusable answers: repaired by the client, one more try by the batch, then a failure line --------

REPAIRABLE = {
    "invalid_json": "not valid JSON",
    "truncated": "finish_reason=length",  # good JSON cut in half, finish_reason "length"
    "empty": "empty",
}


@pytest.mark.parametrize("fault", list(REPAIRABLE))
def test_unusable_answer_is_repaired(batch: Batch, fake: FakeLLM, fault: str) -> None:
    fake.script(fault)
    row = assert_clean(batch, batch.run())
    assert fake.stats["by_fault"] == {fault: 1, "ok": 1}
    assert row["provenance"]["usage"]["llm_calls"] == 2  # the answer and its repair
    repair = fake.last_request["messages"]
    assert [m["role"] for m in repair[-2:]] == ["assistant", "user"]
    assert REPAIRABLE[fault] in repair[-1]["content"]  # the model is told what was wrong


PERSISTENT = [
    # fault, error code, HTTP calls of the failed run: the article's budget, --max-attempts (transport
    # faults: every failed call spends a try; output faults: the answer and its repair spend one each)
    *[(fault, code, MAX_ATTEMPTS) for fault, code in TRANSPORT.items()],
    *[(fault, "unusable_model_output", MAX_ATTEMPTS) for fault in REPAIRABLE],
]


@pytest.mark.parametrize(("fault", "code", "calls"), PERSISTENT)
def test_persistent_fault_is_a_failure_line_and_retried_on_rerun(
    batch: Batch, fake: FakeLLM, fault: str, code: str, calls: int
) -> None:
    fake.configure(faults={fault: 1.0})  # every call
    first = batch.run()
    assert first.exit_code == 1, first.output
    assert first.stdout.startswith("1 articles: 0 done (0 from the store) · 1 failed"), first.stdout
    assert f"failed: {ARTICLE_ID}: {code}: " in first.stderr, first.stderr
    assert fake.stats["by_fault"] == {fault: calls}
    assert batch.results() == [] and not (batch.out / MARKDOWN).exists()  # nothing half-done, no draft
    (failure,) = batch.failures()
    assert failure["article_id"] == ARTICLE_ID and failure["batch_key"]
    assert failure["error"]["code"] == code and failure["error"]["message"]
    assert (failure["attempts"], failure["prompt"]) == (MAX_ATTEMPTS, "summarize@v3")

    fake.reset()  # the provider has recovered: the re-run retries the failed article
    second = batch.run()
    row = assert_clean(batch, second)  # ... and its failure line is gone
    assert fake.stats["by_fault"] == {"ok": 1}
    assert row["batch_key"] == failure["batch_key"]


def test_one_budget_across_client_and_batch(
    batch: Batch, fake: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client may retry up to BISUM_MAX_ATTEMPTS per call, but an article has one budget: a
    persistent 500 costs --max-attempts calls in all (it was client attempts x batch attempts), and a
    transient one is absorbed inside the first call."""
    monkeypatch.setenv("BISUM_MAX_ATTEMPTS", "5")
    fake.configure(faults={"server_error": 1.0})
    first = batch.run()
    assert first.exit_code == 1 and fake.stats["by_fault"] == {"server_error": MAX_ATTEMPTS}
    assert batch.failures()[0]["attempts"] == MAX_ATTEMPTS
    fake.reset()
    fake.script("server_error")
    row = assert_clean(batch, batch.run())
    assert fake.stats["by_fault"] == {"server_error": 1, "ok": 1}
    assert row["provenance"]["usage"]["llm_calls"] == 2  # both calls happened inside one attempt


# --- answers that parse but are wrong: a finished article that needs review --------------------------


@pytest.mark.parametrize("fault", list(SUMMARY_CHECK))
def test_wrong_answer_is_a_result_that_needs_review_with_the_named_check(
    batch: Batch, fake: FakeLLM, fault: str
) -> None:
    if fault == "prompt_injection":
        batch.write(f"{ARTICLE}\n\n{PLANTED}")
    fake.script(fault)
    result = batch.run()
    # Needing review is a finished article: a result line, exit 0, never retried, never a failure line.
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 articles: 1 done (0 from the store) · 0 failed"), result.stdout
    assert fake.stats["by_fault"] == {fault: 1}
    row = batch.only_result()
    assert row["status"] == "needs_review"
    assert SUMMARY_CHECK[fault] in failed_checks(row), failed_checks(row)
    footer = batch.markdown().rstrip().splitlines()[-1]
    assert "status **needs_review**" in footer, footer
    # The footer names every failed check: errors, then warnings apart.
    listed = footer.split("checks failed: ", 1)[1].removesuffix("</sub>")
    errors, _, warnings = listed.partition(" · warnings: ")
    assert set(errors.split(", ")) == failed_checks(row, "error"), footer
    assert set(filter(None, warnings.split(", "))) == failed_checks(row, "warning"), footer
    # A re-run skips it: the editor reviews it, the batch does not call the model again for it.
    again = batch.run()
    assert again.exit_code == 0 and "1 skipped" in again.stdout
    assert fake.stats["calls"] == 1 and len(batch.results()) == 1


# --- all faults mixed over one batch: the invariant ----------------------------------------------------


def test_random_fault_mix_never_yields_a_clean_draft_from_a_bad_answer(batch: Batch, fake: FakeLLM) -> None:
    """40 copies of seed 001 (each with its own closing line, so its own draft) at concurrency 4 against a
    fake that mixes every fault but `timeout` (slow; covered above). An article ends on the first answer
    that parses, so each sound ("ok") answer finishes exactly one clean draft and each wrong one exactly
    one needs_review with its fault's check: the counts must match what the fake served, whichever
    article met which fault."""
    ids = [f"m{number:02d}" for number in range(40)]
    lines = [{"id": i, "text": f"{ARTICLE}\n\n这是批量测试文章 {n}。"} for n, i in enumerate(ids)]
    batch.source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), "utf-8")
    faults = {
        "rate_limit": 0.08, "server_error": 0.08, "unavailable": 0.05, "disconnect": 0.08,
        "invalid_json": 0.08, "truncated": 0.06, "empty": 0.06, "english_in_chinese": 0.05,
        "traditional_in_hans": 0.05, "invented_numbers": 0.05, "prompt_injection": 0.05,
    }  # fmt: skip
    # Seed 7 draws every fault and "ok" within its first 40 draws, which 40 articles always consume.
    fake.configure(faults=faults, seed=7)
    result = batch.run("--concurrency", "4")
    served = fake.stats["by_fault"]
    assert set(served) == {"ok", *faults}, served  # the mix exercised every fault
    results, failures = batch.results(), batch.failures()
    assert result.exit_code == (1 if failures else 0), result.output
    # Every article exactly once: a result line or a failure line.
    assert sorted([r["article_id"] for r in results] + [f["article_id"] for f in failures]) == ids
    drafts = [r for r in results if r["status"] == "draft"]
    assert all(failed_checks(r) == set() for r in drafts)
    assert len(drafts) == served["ok"], (len(drafts), served)
    review = [r for r in results if r["status"] == "needs_review"]
    assert len(drafts) + len(review) == len(results)
    named = Counter(check for r in review for check in failed_checks(r) & set(SUMMARY_CHECK.values()))
    assert named == {SUMMARY_CHECK[fault]: served[fault] for fault in SUMMARY_CHECK}, (named, served)
    assert {f["error"]["code"] for f in failures} <= {"upstream_unavailable", "unusable_model_output"}
