"""Service overhead: one POST /v1/summaries through `bisum serve` vs one direct openai-SDK call carrying the
same chat request to the same fake LLM, one request at a time.

    python benchmarks/overhead.py                       # 0 and 200 ms fake latency, 5,000-char zh and en
    python benchmarks/overhead.py --latencies 0 --n 100 --languages zh

Calls alternate service / direct so drift on a shared machine hits both alike. Every service request is a
distinct article (the draft store would answer a repeat from its cache). The direct call replays the chat
request bisum itself sent (messages, response_format schema, max_tokens), read back from the fake.
Also times, in this process, the text pipeline (normalise + detect) and the deterministic checks on a real
answer: together they are most of the gap.
Targets: p50 overhead <= 3 ms at 0 ms latency; p50 ratio <= 1.02 at 200 ms. Writes results/overhead.json."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import openai

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._harness import (
    article,
    bisum_serve,
    fake_llm,
    summary_ms,
    table,
    variant,
    workdir,
    write_result,
)
from service.checks import check_summary
from service.config import Settings
from service.devtools.fake_llm import FakeLLM
from service.pipeline import prepare_source
from service.schemas import DetectRequest, SummaryRequest, SummaryResponse
from service.wiring import build_pipeline

SDK_KEYS = ("model", "messages", "temperature", "max_tokens", "response_format")


def _median_ms(work: Callable[[], object], repeats: int = 15) -> float:
    work()  # warm caches (OpenCC, langdetect profiles)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


async def _one_summary(settings: Settings, text: str) -> SummaryResponse:
    pipeline = build_pipeline(settings)
    try:
        return await pipeline.summarize(SummaryRequest(text=text))
    finally:
        if pipeline.llm is not None:
            await pipeline.llm.aclose()


def breakdown(text: str) -> dict[str, float]:
    """In this process: the text pipeline (normalise + detect) and the checks, on one real answer."""
    settings = Settings(_env_file=None)
    with FakeLLM() as fake:
        llm_settings = Settings(
            _env_file=None, openai_base_url=fake.base_url, openai_api_key="x", model="fake"
        )
        result = asyncio.run(_one_summary(llm_settings, text))
    source = prepare_source(DetectRequest(text=text), settings)

    def checks() -> None:
        check_summary(
            source=source.normalized.text,
            summary=result.summary,
            keywords=result.keywords,
            disclaimer=result.disclaimer,
        )

    return {
        "text_pipeline_ms": _median_ms(lambda: prepare_source(DetectRequest(text=text), settings)),
        "checks_ms": _median_ms(checks),
    }


def measure(latency_ms: float, languages: list[str], chars: int, n: int, warmup: int) -> list[dict]:
    rows = []
    folder = workdir("overhead")
    with fake_llm(latency_ms, folder) as (_, fake_url), bisum_serve(fake_url, folder) as (_, url):
        admin = fake_url.removesuffix("/v1")
        with httpx.Client(base_url=url, timeout=120) as http:
            sdk = openai.OpenAI(base_url=fake_url, api_key="bench-key", max_retries=0, timeout=120)
            number = 0
            for language in languages:
                base = article(chars, language)
                for _ in range(warmup):
                    number += 1
                    http.post("/v1/summaries", json={"text": variant(base, number)}).raise_for_status()
                sent = httpx.get(f"{admin}/_fake/stats", timeout=10).json()["requests"][-1]
                request = {key: sent[key] for key in SDK_KEYS if key in sent}
                service, direct = [], []
                for _ in range(n):
                    number += 1
                    started = time.perf_counter()
                    response = http.post("/v1/summaries", json={"text": variant(base, number)})
                    service.append(time.perf_counter() - started)
                    response.raise_for_status()
                    started = time.perf_counter()
                    sdk.chat.completions.create(**request)
                    direct.append(time.perf_counter() - started)
                s, d = summary_ms(service), summary_ms(direct)
                rows.append(
                    {
                        "latency_ms": latency_ms,
                        "language": language,
                        "chars": len(base),
                        "n": n,
                        "service_p50_ms": s["p50_ms"],
                        "service_p99_ms": s["p99_ms"],
                        "direct_p50_ms": d["p50_ms"],
                        "direct_p99_ms": d["p99_ms"],
                        "overhead_p50_ms": round(s["p50_ms"] - d["p50_ms"], 2),
                        "ratio_p50": round(s["p50_ms"] / d["p50_ms"], 3),
                        **breakdown(base),
                    }
                )
            sdk.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latencies", default="0,200", help="fake latencies in ms, comma-separated")
    parser.add_argument("--languages", default="zh,en", help="article languages: zh, en, mixed")
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument(
        "--n", type=int, default=0, help="requests per row (default 200 at 0 ms, 60 otherwise)"
    )
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args()
    rows = []
    for latency in (float(value) for value in args.latencies.split(",")):
        n = args.n or (200 if latency == 0 else 60)
        rows += measure(latency, args.languages.split(","), args.chars, n, args.warmup)
    print(table(rows, list(rows[0])))
    path = write_result(
        "overhead",
        {"targets": {"overhead_p50_ms_at_0ms": 3.0, "ratio_p50_at_200ms": 1.02}, "rows": rows},
    )
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
