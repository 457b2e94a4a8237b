"""`bisum batch` end to end against the fake LLM: faults, kills, resume, idempotence, prompt versions,
outputs and exit codes. Kill tests run the real CLI in a subprocess; the rest call run_batch directly."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from service.batch.core import BatchOptions
from service.batch.inputs import Inputs
from service.batch.outputs import FAILURES, RESULTS, read_jsonl
from service.batch.runner import BatchConfig, BatchResult, run_batch
from service.batch.samples import generate_articles, write_jsonl
from service.config import PACKAGED_PROMPTS
from service.devtools.fake_llm import FakeLLM
from service.wiring import build_drafts
from tests.batch.conftest import batch_command, batch_env, fake_settings, run_batch_cli


async def _run(fake: FakeLLM, tmp_path: Path, inputs: Inputs, out: Path, **config) -> BatchResult:
    settings = fake_settings(fake, tmp_path, **config.pop("settings", {}))
    drafts = build_drafts(settings)
    try:
        return await run_batch(
            drafts, inputs, BatchConfig(out_dir=out, **config), Console(file=io.StringIO())
        )
    finally:
        await drafts.pipeline.llm.aclose()


def _results(out: Path) -> list[dict]:
    return list(read_jsonl(out / RESULTS))


def _assert_exactly_once(out: Path, count: int) -> list[dict]:
    lines = (out / RESULTS).read_bytes().split(b"\n")
    assert lines[-1] == b"", "results.jsonl must end with a whole line"
    rows = _results(out)
    ids = Counter(row["article_id"] for row in rows)
    assert len(ids) == count and set(ids.values()) == {1}, "every article exactly once"
    assert all(row["id"].startswith("drf_") and row["batch_key"] for row in rows)
    return rows


# --- acceptance ---------------------------------------------------------------------------------


async def test_200_articles_with_20_percent_429_500_and_timeouts_all_finish(tmp_path: Path) -> None:
    articles = generate_articles(200, seed=1)
    faults = {"rate_limit": 0.08, "server_error": 0.06, "timeout": 0.06}
    with FakeLLM(latency_ms=20, faults=faults, retry_after_s=0.05, seed=3, keep_requests=5000) as fake:
        result = await _run(fake, tmp_path, Inputs(articles=articles), tmp_path / "out", concurrency=16)
        by_fault, requests = fake.stats["by_fault"], fake.stats["requests"]
    assert result.exit_code == 0, result.failures
    assert (result.counters.done, result.counters.failed) == (200, 0)
    assert all(by_fault.get(name, 0) > 0 for name in faults), by_fault  # the faults really happened
    assert "rate limits" in result.summary  # ... and the limiter heard about the 429s
    # One budget per article (BISUM_ARTICLE_MAX_ATTEMPTS, default 6; 0.2^6 = 6e-5 per article at 20 %
    # faults): no article made more HTTP calls than that, client and batch retries together.
    per_article = Counter(json.dumps(body["messages"][1:], ensure_ascii=False) for body in requests)
    assert len(requests) == fake.stats["calls"] and len(per_article) == 200
    assert max(per_article.values()) <= 6, per_article.most_common(3)
    rows = _assert_exactly_once(tmp_path / "out", 200)
    assert {row["article_id"] for row in rows} == {a.id for a in articles}
    assert len(list((tmp_path / "out" / "summarize@v3").glob("*.md"))) == 200
    assert not list(read_jsonl(tmp_path / "out" / FAILURES))


def test_sigkill_half_way_then_rerun_costs_at_most_25_percent_more_calls(tmp_path: Path) -> None:
    count = 120
    source = write_jsonl(generate_articles(count, seed=2), tmp_path / "articles.jsonl")
    out = tmp_path / "out"
    args = [str(source), "--out", str(out), "--concurrency", "8"]
    with FakeLLM(latency_ms=150, seed=5, keep_requests=0) as fake:
        env = batch_env(fake, tmp_path)
        child = subprocess.Popen(batch_command(*args), env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)  # fmt: skip
        _wait_for_lines(out / RESULTS, count // 2, child)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        killed_at = len(_results(out))
        assert killed_at < count, "killed before the end"
        rerun = run_batch_cli(args, env, tmp_path)
        assert rerun.returncode == 0, rerun.stderr
        calls = fake.stats["calls"]
    _assert_exactly_once(out, count)
    assert calls <= 1.25 * count, calls
    assert f"{killed_at} skipped" in rerun.stdout.replace("\n", " ")
    # The killed run's preparation pool (forkserver + worker, cwd = tmp_path) does not outlive it.
    _wait_until_no_process_mentions(str(tmp_path))


def test_sigint_finishes_in_flight_exits_130_and_resumes(tmp_path: Path) -> None:
    count = 80
    source = write_jsonl(generate_articles(count, seed=4), tmp_path / "articles.jsonl")
    out = tmp_path / "out"
    args = [str(source), "--out", str(out), "--concurrency", "4", "--prepare-workers", "0"]
    with FakeLLM(latency_ms=150, seed=6, keep_requests=0) as fake:
        env = batch_env(fake, tmp_path)
        child = subprocess.Popen(batch_command(*args), env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)  # fmt: skip
        _wait_for_lines(out / RESULTS, count // 3, child)
        child.send_signal(signal.SIGINT)
        stdout, _ = child.communicate(timeout=60)
        assert child.returncode == 130, stdout
        assert "interrupted" in stdout
        first_calls = fake.stats["calls"]
        finished = len(_results(out))
        # Graceful: the articles in flight were finished and written, not thrown away.
        assert first_calls == finished < count
        rerun = run_batch_cli(args, env, tmp_path)
        assert rerun.returncode == 0, rerun.stderr
        assert fake.stats["calls"] == count
    _assert_exactly_once(out, count)


async def test_the_same_batch_twice_costs_zero_calls_the_second_time(tmp_path: Path) -> None:
    inputs = Inputs(articles=generate_articles(30, seed=8))
    with FakeLLM(latency_ms=5, seed=9, keep_requests=0) as fake:
        first = await _run(fake, tmp_path, inputs, tmp_path / "out", concurrency=8, prepare_workers=0)
        calls = fake.stats["calls"]
        second = await _run(fake, tmp_path, inputs, tmp_path / "out", concurrency=8, prepare_workers=0)
        assert fake.stats["calls"] == calls == 30
        # A fresh output folder: every article is served from the draft store, still no call.
        elsewhere = await _run(fake, tmp_path, inputs, tmp_path / "other", concurrency=8, prepare_workers=0)
        assert fake.stats["calls"] == 30
    assert (first.counters.done, second.counters.skipped, second.counters.done) == (30, 30, 0)
    assert (elsewhere.counters.done, elsewhere.counters.from_store) == (30, 30)
    assert elsewhere.counters.llm_calls == 0 and elsewhere.counters.tokens == 0
    ids = {row["article_id"]: row["id"] for row in _assert_exactly_once(tmp_path / "out", 30)}
    assert ids == {row["article_id"]: row["id"] for row in _assert_exactly_once(tmp_path / "other", 30)}


# --- resume details -----------------------------------------------------------------------------


async def test_killed_between_store_commit_and_result_line(tmp_path: Path) -> None:
    """Drafts in the store but missing from results.jsonl (and a partial line) cost no call on re-run."""
    inputs = Inputs(articles=generate_articles(20, seed=10))
    out = tmp_path / "out"
    with FakeLLM(latency_ms=5, seed=9, keep_requests=0) as fake:
        await _run(fake, tmp_path, inputs, out, concurrency=4, prepare_workers=0)
        lines = (out / RESULTS).read_bytes().splitlines(keepends=True)
        (out / RESULTS).write_bytes(b"".join(lines[:12]) + lines[12][:40])  # 8 lost, one half-written
        result = await _run(fake, tmp_path, inputs, out, concurrency=4, prepare_workers=0)
        assert fake.stats["calls"] == 20
    assert (result.counters.skipped, result.counters.from_store) == (12, 8)
    _assert_exactly_once(out, 20)


async def test_new_prompt_version_reruns_everything_and_keeps_the_old_results(tmp_path: Path) -> None:
    prompts = tmp_path / "prompts"
    shutil.copytree(PACKAGED_PROMPTS, prompts)
    v3 = (prompts / "summarize" / "v3.md").read_text("utf-8")
    (prompts / "summarize" / "v4.md").write_text(v3.replace("version: v3", "version: v4", 1), "utf-8")
    inputs = Inputs(articles=generate_articles(10, seed=11))
    out = tmp_path / "out"
    settings = {"prompts_dir": prompts}
    with FakeLLM(latency_ms=5, seed=9, keep_requests=0) as fake:
        await _run(fake, tmp_path, inputs, out, prepare_workers=0, settings=settings)
        v4 = BatchOptions(prompt_version="v4")
        second = await _run(fake, tmp_path, inputs, out, options=v4, prepare_workers=0, settings=settings)
        again = await _run(fake, tmp_path, inputs, out, options=v4, prepare_workers=0, settings=settings)
        assert fake.stats["calls"] == 20
    assert second.counters.done == 10 and again.counters.skipped == 10
    rows = _results(out)
    assert Counter(row["provenance"]["prompt"] for row in rows) == {"summarize@v3": 10, "summarize@v4": 10}
    assert len({(row["article_id"], row["provenance"]["prompt"]) for row in rows}) == 20
    assert (
        len(list((out / "summarize@v3").glob("*.md"))) == len(list((out / "summarize@v4").glob("*.md"))) == 10
    )


async def test_deleted_markdown_comes_back_from_the_result_line(tmp_path: Path) -> None:
    inputs = Inputs(articles=generate_articles(3, seed=12))
    out = tmp_path / "out"
    with FakeLLM(latency_ms=5, seed=9, keep_requests=0) as fake:
        await _run(fake, tmp_path, inputs, out, prepare_workers=0)
        page = out / "summarize@v3" / "a00001.md"
        before = page.read_text("utf-8")
        page.unlink()
        await _run(fake, tmp_path, inputs, out, prepare_workers=0)
        assert fake.stats["calls"] == 3
    assert page.read_text("utf-8") == before


# --- the command line ---------------------------------------------------------------------------


def test_failures_are_listed_and_exit_1_then_retried_on_rerun(fake: FakeLLM, tmp_path: Path) -> None:
    rows = [{"id": "good", "text": generate_articles(1)[0].text}, {"id": "blank", "text": " \n "}]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out"
    env = batch_env(fake, tmp_path)
    first = run_batch_cli([str(source), "--out", str(out)], env, tmp_path)
    assert first.returncode == 1
    assert "blank: empty_input" in first.stderr
    failures = list(read_jsonl(out / FAILURES))
    assert [(f["article_id"], f["error"]["code"]) for f in failures] == [("blank", "empty_input")]
    second = run_batch_cli([str(source), "--out", str(out)], env, tmp_path)
    assert second.returncode == 1
    assert len(list(read_jsonl(out / FAILURES))) == 1  # the old line is replaced, not repeated
    assert [r["article_id"] for r in _results(out)] == ["good"]


def test_usage_errors_exit_2_before_any_call(fake: FakeLLM, tmp_path: Path) -> None:
    env = batch_env(fake, tmp_path)
    good = write_jsonl(generate_articles(2), tmp_path / "good.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{oops\n', "utf-8")
    cases = [
        ([str(tmp_path / "missing"), "--out", str(tmp_path / "o1")], "no such file or folder"),
        ([str(bad), "--out", str(tmp_path / "o2")], "bad.jsonl:2: not JSON"),
        ([str(good), "--out", str(tmp_path / "o3"), "--prompt-version", "v99"], "unknown prompt version"),
        ([str(good), "--out", str(tmp_path / "o4"), "--length", "huge"], "bad batch options"),
        ([str(good)], "--out"),
    ]
    for args, message in cases:
        result = run_batch_cli(args, env, tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr.replace("\n", " "), result.stderr
    assert fake.stats["calls"] == 0


def test_dry_run_counts_tokens_and_calls_nothing(fake: FakeLLM, tmp_path: Path) -> None:
    source = write_jsonl(generate_articles(4), tmp_path / "in.jsonl")
    env = batch_env(fake, tmp_path, BISUM_PRICE_PER_1K_PROMPT_TOKENS="0.5")
    result = run_batch_cli([str(source), "--out", str(tmp_path / "out"), "--dry-run"], env, tmp_path)
    assert result.returncode == 0, result.stderr
    text = result.stdout.replace("\n", " ")
    assert "4 articles" in text and "4 to summarise" in text and "estimated cost" in text
    prompt_tokens = int(text.split("~")[1].split(" prompt")[0])
    assert prompt_tokens > 4 * 500  # the prompt alone is hundreds of tokens per article
    assert fake.stats["calls"] == 0
    assert not (tmp_path / "out" / RESULTS).exists()


def test_stdin_jsonl_and_non_tty_summary_line(fake: FakeLLM, tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in generate_articles(3, seed=13))
    result = run_batch_cli(
        ["-", "--out", str(tmp_path / "out")], batch_env(fake, tmp_path), tmp_path, stdin=rows
    )
    assert result.returncode == 0, result.stderr
    # Not a terminal: no live bar, one summary line.
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("3 articles: 3 done")
    _assert_exactly_once(tmp_path / "out", 3)


def _wait_until_no_process_mentions(text: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while True:
        left = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if text in cmdline and state != "Z":
                left.append(f"{proc.name}: {cmdline[:120]}")
        if not left:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"processes outlived the batch: {left}")
        time.sleep(0.2)


def _wait_for_lines(path: Path, count: int, child: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            pytest.fail(f"the batch ended early ({child.returncode})")
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.02)
    pytest.fail(f"{path} never reached {count} lines")
