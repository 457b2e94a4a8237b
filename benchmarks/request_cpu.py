"""CPU per request, by stage and in total, for a 5,000-character zh and en article (issue 13 item 6).

    python benchmarks/request_cpu.py                  # stages in-process + `bisum serve` total
    python benchmarks/request_cpu.py --n 40 --no-serve
    python benchmarks/request_cpu.py --cpu-workers 1

CPU time, not wall time: the machine's cores are shared, and CPU time of one thread barely moves with the
neighbours' load. Every measurement is a fresh article (a unique reference line, so no cache hides work);
zh and en requests are interleaved and each figure is a median.

* Stages (in this process, `time.thread_time`): normalise, detect, finish_summary (zh-Hant derivation,
  disclaimer and every check) on the fake LLM's real answer for that article.
* Serve (`bisum serve`, one uvicorn worker, fake LLM at 0 ms in its own process), for each
  --cpu-workers value: CPU (user + system, from /proc) over N sequential POST /v1/summaries, divided by
  N, of the server process, of its main thread (the event loop) and of the CPU pool's processes. Total
  = server + pool: HTTP, the SDK, the store, logging and the text/check work, what a request costs.

Targets: total <= 15 ms CPU per request; loop thread <= 5 ms. Writes results/request_cpu.json."""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from benchmarks._harness import (
    article,
    bisum_serve,
    cpu_s,
    fake_llm,
    table,
    tree_cpu_s,
    variant,
    workdir,
    write_result,
)
from service.config import Settings
from service.devtools.fake_llm import FakeLLM
from service.finalize import finish_summary
from service.schemas import SummaryRequest
from service.text.detect import detect
from service.text.normalize import normalize
from service.wiring import build_pipeline

CHARS = 5000
LANGUAGES = ("zh", "en")


def _answer(text: str):  # -> SummaryResult
    with FakeLLM() as fake:
        settings = Settings(_env_file=None, openai_base_url=fake.base_url, openai_api_key="x", model="fake")

        async def one():
            pipeline = build_pipeline(settings)
            try:
                return await pipeline.summarize(SummaryRequest(text=text))
            finally:
                await pipeline.llm.aclose()

        return asyncio.run(one())


def stages(n: int) -> list[dict]:
    bases = {language: article(CHARS, language) for language in LANGUAGES}
    answers = {language: _answer(bases[language]) for language in LANGUAGES}
    times: dict[str, dict[str, list[float]]] = {
        lang: {"normalise": [], "detect": [], "finish": []} for lang in LANGUAGES
    }
    number = 10_000
    for round_ in range(n + 1):  # round 0 warms caches (OpenCC dictionaries, langdetect profiles)
        for language in LANGUAGES:
            number += 1
            text = variant(bases[language], number)
            answer = answers[language]
            t0 = time.thread_time()
            normalized = normalize(text)
            t1 = time.thread_time()
            detect(normalized.paragraphs)
            t2 = time.thread_time()
            finish_summary(
                source=normalized.text,
                mojibake=normalized.mojibake,
                summary={k: v for k, v in answer.summary.items() if k in ("en", "zh-Hans")},
                keywords=answer.keywords,
                targets=["en", "zh-Hans", "zh-Hant"],
                derive=["zh-Hant"],
                notice_kind="llm",
                length="medium",
                warning_checks=[],
                grounding=answer.grounding,
            )
            t3 = time.thread_time()
            if round_:
                row = times[language]
                row["normalise"].append(t1 - t0)
                row["detect"].append(t2 - t1)
                row["finish"].append(t3 - t2)
    rows = []
    for language in LANGUAGES:
        medians = {stage: statistics.median(values) * 1000 for stage, values in times[language].items()}
        text_mb = len(bases[language].encode()) / 1e6
        nd = (medians["normalise"] + medians["detect"]) / 1000
        rows.append(
            {
                "language": language,
                "chars": CHARS,
                "normalise_ms": round(medians["normalise"], 2),
                "detect_ms": round(medians["detect"], 2),
                "finish_checks_ms": round(medians["finish"], 2),
                "stages_total_ms": round(sum(medians.values()), 2),
                "normalise+detect_MBps": round(text_mb / nd, 2),
            }
        )
    return rows


def _cpu(pid: int) -> tuple[float, float, float]:
    """(server process, its main thread = the event loop, the CPU pool's processes) CPU seconds."""
    server = cpu_s(pid)
    return server, cpu_s(pid, pid), max(0.0, tree_cpu_s(pid) - server)


def serve(n: int, cpu_workers: int) -> list[dict]:
    folder = workdir("request-cpu")
    bases = {language: article(CHARS, language) for language in LANGUAGES}
    totals: dict[str, list[float]] = {language: [0.0, 0.0, 0.0] for language in LANGUAGES}
    env = {"BISUM_CPU_WORKERS": str(cpu_workers)}
    with (
        fake_llm(0, folder) as (_, fake_url),
        bisum_serve(fake_url, folder, env) as (process, url),
        httpx.Client(base_url=url, timeout=120) as http,
    ):
        time.sleep(3)  # the CPU pool starts in the background
        number = 0
        for round_ in range(n + 2):
            for language in LANGUAGES:
                number += 1
                before = _cpu(process.pid)
                response = http.post("/v1/summaries", json={"text": variant(bases[language], number)})
                response.raise_for_status()
                time.sleep(0.02)  # let background work (logging, store) land in this request's figure
                if round_ >= 2:  # the first requests load OpenCC, langdetect, tiktoken
                    after = _cpu(process.pid)
                    for i in range(3):
                        totals[language][i] += after[i] - before[i]
    # /proc ticks are 10 ms: the mean over n requests, not a per-request median, is the honest figure.
    return [
        {
            "cpu_workers": cpu_workers,
            "language": language,
            "n": n,
            "server_process_ms": round(server / n * 1000, 1),
            "loop_thread_ms": round(loop / n * 1000, 1),
            "pool_processes_ms": round(pool / n * 1000, 1),
            "total_ms": round((server + pool) / n * 1000, 1),
        }
        for language, (server, loop, pool) in totals.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=30, help="measured requests per language")
    parser.add_argument("--no-serve", action="store_true", help="in-process stages only")
    parser.add_argument(
        "--cpu-workers", type=int, nargs="+", default=[0, 1], help="BISUM_CPU_WORKERS values to serve with"
    )
    args = parser.parse_args()
    stage_rows = stages(args.n)
    print(table(stage_rows, list(stage_rows[0])))
    serve_rows = (
        [] if args.no_serve else [row for workers in args.cpu_workers for row in serve(args.n, workers)]
    )
    if serve_rows:
        print(table(serve_rows, list(serve_rows[0])))
    print(f"load average: {os.getloadavg()}")
    path = write_result(
        "request_cpu", {"clock": "thread/process CPU time", "stages": stage_rows, "serve": serve_rows}
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
