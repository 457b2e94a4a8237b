"""Batch throughput and memory: `bisum batch` over N generated articles against the fake LLM.

    python benchmarks/batch.py                     # 1,000 articles, 300 ms latency, concurrency 32
    python benchmarks/batch.py --articles 200 --latency-ms 100 --concurrency 16

The fake server runs in this process (a background thread); the batch runs as a real `bisum batch`
subprocess with a fresh SQLite store and output folder, so its wall time and peak RSS are its own.
Reported against the ideal ceil(N / C) * L (every slot busy every moment, zero overhead):

- batch time: the batch's own clock (first article taken to last line fsynced, from its summary line);
- process time: the whole subprocess, interpreter start-up, store migration and pool start included;
- peak RSS: the batch process (ru_maxrss), and the largest sum over it and its preparation workers.

Writes benchmarks/results/batch.json."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.batch.samples import generate_articles, write_jsonl  # noqa: E402
from service.devtools.fake_llm import FakeLLM  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "batch.json"
TARGET_RATIO = 1.25  # issue 13: `bisum batch` 1,000 articles at 300 ms, concurrency 32, within 1.25x ideal
TARGET_RSS_MB = 200


def _sample_tree(
    process: psutil.Process, peak: dict[str, float], cpu: dict[int, float], stop: threading.Event
) -> None:
    """Peak RSS (main, and main + descendants) and the last CPU time seen of every process in the tree."""
    while not stop.is_set():
        try:
            tree = [process, *process.children(recursive=True)]
        except psutil.Error:
            return
        total = 0
        for member in tree:
            try:
                rss = member.memory_info().rss
                times = member.cpu_times()
            except psutil.Error:
                continue
            total += rss
            cpu[member.pid] = times.user + times.system
            if member.pid == process.pid:
                peak["main"] = max(peak["main"], rss)
        peak["tree"] = max(peak["tree"], total)
        stop.wait(0.05)


def run(args: argparse.Namespace) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bisum-bench-batch-"))
    articles = generate_articles(args.articles, seed=args.seed)
    source = write_jsonl(articles, work / "articles.jsonl")
    chars = sum(len(a.text or "") for a in articles)
    with FakeLLM(latency_ms=args.latency_ms, seed=args.seed, keep_requests=0) as fake:
        env = {
            **os.environ,
            "OPENAI_BASE_URL": fake.base_url,
            "OPENAI_API_KEY": "bench",
            "BISUM_MODEL": "fake",
            "BISUM_DATABASE_URL": f"sqlite:///{work}/store.sqlite3",
            "BISUM_LOG_LEVEL": "WARNING",
        }
        command = [
            sys.executable, "-m", "service.cli", "batch", str(source), "--out", str(work / "out"),
            "--concurrency", str(args.concurrency),
        ]  # fmt: skip
        if args.prepare_workers is not None:
            command += ["--prepare-workers", str(args.prepare_workers)]
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        peak = {"tree": 0.0, "main": 0.0}
        cpu: dict[int, float] = {}
        stop = threading.Event()
        load_before = os.getloadavg()[0]
        sampler = threading.Thread(target=_sample_tree, args=(psutil.Process(child.pid), peak, cpu, stop))
        sampler.start()
        stdout, stderr = child.communicate()
        process_s = time.perf_counter() - started
        stop.set()
        sampler.join()
        calls = fake.stats["calls"]
    # ru_maxrss of the batch process (the largest waited-for child: the pool workers are smaller).
    maxrss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    main_cpu = cpu.get(child.pid, 0.0)
    workers_cpu = sum(seconds for pid, seconds in cpu.items() if pid != child.pid)
    text = stdout.decode()
    if child.returncode != 0 or not (work / "out" / "results.jsonl").exists():
        raise SystemExit(f"batch failed ({child.returncode}):\n{text}\n{stderr.decode()[-3000:]}")
    match = re.search(r"· ([\d.]+) s ·", text)
    batch_s = float(match.group(1)) if match else float("nan")
    results = (work / "out" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    ideal = math.ceil(args.articles / args.concurrency) * args.latency_ms / 1000
    return {
        "articles": args.articles,
        "mean_article_chars": round(chars / args.articles),
        "latency_ms": args.latency_ms,
        "concurrency": args.concurrency,
        "prepare_workers": args.prepare_workers if args.prepare_workers is not None else "auto",
        "ideal_s": round(ideal, 2),
        "batch_s": batch_s,
        "batch_ratio": round(batch_s / ideal, 3),
        "process_s": round(process_s, 2),
        "process_ratio": round(process_s / ideal, 3),
        "peak_rss_main_mb": round(max(maxrss_mb, peak["main"] / 2**20), 1),
        "peak_rss_tree_mb": round(peak["tree"] / 2**20, 1),
        "cpu_main_s": round(main_cpu, 2),
        "cpu_main_ms_per_article": round(main_cpu / args.articles * 1000, 1),
        "cpu_workers_s": round(workers_cpu, 2),
        "load_average_before": round(load_before, 2),
        "llm_calls": calls,
        "results": len(results),
        "summary": text.strip().splitlines()[-1] if text.strip() else "",
        "machine": {
            "cpus": os.cpu_count(),
            "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=300.0)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--prepare-workers", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/batch.json")
    args = parser.parse_args()
    report = run(args)
    rows = [
        ("articles (mean chars)", f"{report['articles']} ({report['mean_article_chars']})"),
        ("latency / concurrency", f"{report['latency_ms']:.0f} ms / {report['concurrency']}"),
        ("ideal ceil(N/C)·L", f"{report['ideal_s']:.2f} s"),
        (
            "batch time",
            f"{report['batch_s']:.2f} s  ({report['batch_ratio']:.2f}× ideal, target ≤ {TARGET_RATIO}×)",
        ),
        ("process time", f"{report['process_s']:.2f} s  ({report['process_ratio']:.2f}× ideal)"),
        ("peak RSS batch process", f"{report['peak_rss_main_mb']:.0f} MB  (target ≤ {TARGET_RSS_MB} MB)"),
        ("peak RSS incl. workers", f"{report['peak_rss_tree_mb']:.0f} MB"),
        (
            "CPU batch process",
            f"{report['cpu_main_s']:.1f} s ({report['cpu_main_ms_per_article']} ms/article)",
        ),
        ("CPU preparation workers", f"{report['cpu_workers_s']:.1f} s"),
        ("load average before", f"{report['load_average_before']} on {report['machine']['cpus']} CPUs"),
        ("LLM calls / results", f"{report['llm_calls']} / {report['results']}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
