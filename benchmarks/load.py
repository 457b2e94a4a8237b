"""Load test: N concurrent clients for a fixed time against `bisum serve`, the fake LLM answering after a
fixed latency. Localhost only, bounded in time and in request count; it stops by itself.

    python benchmarks/load.py                              # 200 clients, 60 s, fake at 200 ms
    python benchmarks/load.py --clients 20 --duration 20 --max-requests 5000

Processes: the fake (`bisum fake-llm`) and the service (`bisum serve`, one uvicorn worker, JSON logs at
INFO to a file, fresh SQLite store) each in their own process; the clients in --processes processes,
each an asyncio loop of raw HTTP/1.1 keep-alive connections (cheaper per request than httpx, so the
client is not what limits the figure). Clients are closed-loop: each sends its next request when the
previous one is answered. Every request is a distinct article (seeds 000-004 in turn, with a unique
reference line): the draft store would answer repeats from its cache.

Reports requests, errors (non-200 answers, transport errors, requests unfinished at the cut-off),
throughput, latency p50/p90/p99/max, the service's RSS (start, peak, end; sampled every 0.5 s) and CPU
time, GET /healthz latency sampled during the load, and the fake's peak in-flight calls.
CPU: of the server and every process under it (uvicorn workers, the CPU pool), and of its main thread
(with one uvicorn worker: the event loop), per request. --cpu-workers sets BISUM_CPU_WORKERS, --workers
starts that many uvicorn processes.
    python benchmarks/load.py --clients 50 --duration 30 --cpu-workers 0 --name load-inline
    python benchmarks/load.py --clients 50 --duration 30 --cpu-workers 1 --name load-pool
Targets: 0 errors, p99 <= 1.5 x the fake's latency; /healthz p99 <= 20 ms; loop thread <= 5 ms/request.
Writes results/load.json."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._harness import (
    bisum_serve,
    cpu_s,
    fake_llm,
    percentile,
    rss_mb,
    seed_text,
    tree_cpu_s,
    variant,
    workdir,
    write_result,
)

GRACE_S = 90.0  # after the deadline, how long in-flight requests may take before they count as unfinished


# --- one client process -------------------------------------------------------------------------


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    writer.write(request)
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed")
    status = int(status_line.split()[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


def _request(host: str, port: int, text: str) -> bytes:
    body = json.dumps({"text": text}, ensure_ascii=False).encode()
    head = (
        f"POST /v1/summaries HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _client(
    host: str, port: int, texts: list[str], ids: Any, quota: list[int], deadline: float, out: list
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.time() < deadline and quota[0] > 0:
            quota[0] -= 1
            number = next(ids)
            request = _request(host, port, variant(texts[number % len(texts)], number))
            started = time.time()
            try:
                status = await _exchange(reader, writer, request)
            except (OSError, ValueError, asyncio.IncompleteReadError) as exc:
                out.append((started, time.time() - started, 0, type(exc).__name__))
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            out.append((started, time.time() - started, status, None))
    finally:
        writer.close()


async def _clients(host: str, port: int, clients: int, quota: int, deadline: float, first_id: int) -> dict:
    texts = [seed_text(f"00{i}") for i in range(5)]
    ids = iter(range(first_id, first_id + 10**9))
    out: list[tuple[float, float, int, str | None]] = []
    remaining = [quota]
    tasks = [
        asyncio.create_task(_client(host, port, texts, ids, remaining, deadline, out)) for _ in range(clients)
    ]
    done, pending = await asyncio.wait(tasks, timeout=max(0.0, deadline - time.time()) + GRACE_S)
    for task in pending:
        task.cancel()
    errors = [repr(t.exception()) for t in done if not t.cancelled() and t.exception() is not None]
    return {
        "results": out,
        "unfinished": len(pending),
        "client_errors": errors,
        "cpu_s": sum(os.times()[:2]),
    }


def _client_process(args: tuple, queue: multiprocessing.Queue) -> None:
    queue.put(asyncio.run(_clients(*args)))


# --- the run --------------------------------------------------------------------------------------


def _sample(pid: int, url: str, rss: list[float], health: list[float], stop: threading.Event) -> None:
    """Every 0.1 s: the service's RSS, and how long GET /healthz takes (does the event loop stall?)."""
    with httpx.Client(timeout=120) as client:
        while not stop.is_set():
            rss.append(rss_mb(pid))
            started = time.perf_counter()
            with contextlib.suppress(httpx.HTTPError):
                client.get(f"{url}/healthz")
                health.append((time.perf_counter() - started) * 1000)
            stop.wait(0.1)


def run(args: argparse.Namespace) -> dict[str, Any]:
    folder = workdir("load")
    env = {} if args.cpu_workers is None else {"BISUM_CPU_WORKERS": str(args.cpu_workers)}
    serve_args = ["--workers", str(args.workers)] if args.workers > 1 else []
    with (
        fake_llm(args.latency_ms, folder) as (_, fake_url),
        bisum_serve(fake_url, folder, env, serve_args) as (server, url),
    ):
        host, port = url.removeprefix("http://").split(":")
        for number in range(5):  # warm-up: imports, OpenCC, langdetect profiles, first DB writes
            text = variant(seed_text(f"00{number}"), -number - 1)
            httpx.post(f"{url}/v1/summaries", json={"text": text}, timeout=60).raise_for_status()
        admin = fake_url.removesuffix("/v1")
        httpx.post(f"{admin}/_fake/reset", timeout=5)
        httpx.post(
            f"{admin}/_fake/config", json={"keep_requests": 0, "latency_ms": args.latency_ms}, timeout=5
        )
        rss_start = rss_mb(server.pid)
        time.sleep(2)  # CPU pools start in the background
        cpu_start, loop_start = tree_cpu_s(server.pid), cpu_s(server.pid, server.pid)
        samples: list[float] = []
        health: list[float] = []
        stop = threading.Event()
        sampler = threading.Thread(target=_sample, args=(server.pid, url, samples, health, stop), daemon=True)
        sampler.start()

        context = multiprocessing.get_context("spawn")
        queue: multiprocessing.Queue = context.Queue()
        started = time.time()
        deadline = started + args.duration
        per_process = [
            args.clients // args.processes + (i < args.clients % args.processes)
            for i in range(args.processes)
        ]
        quota = [args.max_requests // args.processes] * args.processes
        processes = [
            context.Process(
                target=_client_process,
                args=((host, int(port), clients, quota[i], deadline, i * 10**9), queue),
                daemon=True,
            )
            for i, clients in enumerate(per_process)
        ]
        for process in processes:
            process.start()
        parts = _collect(queue, processes, deadline + GRACE_S + 60)
        for process in processes:
            process.join(10)
        finished = time.time()
        stop.set()
        sampler.join(130)
        fake_stats = httpx.get(f"{admin}/_fake/stats", timeout=10).json()
        cpu_server = tree_cpu_s(server.pid) - cpu_start
        cpu_loop = cpu_s(server.pid, server.pid) - loop_start
        rss_end = rss_mb(server.pid)

    results = [r for part in parts for r in part["results"]]
    ok = [r for r in results if r[2] == 200]
    in_window = [r for r in ok if r[0] + r[1] <= deadline]
    failures: dict[str, int] = {}
    for _, _, status, error in results:
        if status != 200:
            key = error or str(status)
            failures[key] = failures.get(key, 0) + 1
    unfinished = sum(part["unfinished"] for part in parts)
    latencies = [r[1] * 1000 for r in ok]
    return {
        "config": {
            "clients": args.clients,
            "duration_s": args.duration,
            "fake_latency_ms": args.latency_ms,
            "client_processes": args.processes,
            "max_requests": args.max_requests,
            "uvicorn_workers": args.workers,
            "cpu_workers": args.cpu_workers,
            "articles": "seeds 000-004 in turn (2-8k chars), each request distinct",
        },
        "requests": len(results),
        "ok": len(ok),
        "errors": len(results) - len(ok) + unfinished,
        "error_kinds": failures | ({"unfinished at cut-off": unfinished} if unfinished else {}),
        "client_errors": [e for part in parts for e in part["client_errors"]],
        "wall_s": round(finished - started, 1),
        "throughput_rps": round(len(in_window) / args.duration, 1),
        "latency_ms": {
            "p50": round(percentile(latencies, 50), 1) if latencies else None,
            "p90": round(percentile(latencies, 90), 1) if latencies else None,
            "p99": round(percentile(latencies, 99), 1) if latencies else None,
            "max": round(max(latencies), 1) if latencies else None,
        },
        "target_p99_ms": 1.5 * args.latency_ms,
        "server": {
            "rss_start_mb": round(rss_start, 1),
            "rss_peak_mb": round(max(samples, default=rss_end), 1),
            "rss_end_mb": round(rss_end, 1),
            # the server and every process under it (uvicorn workers, CPU pool)
            "cpu_s": round(cpu_server, 1),
            "cpu_ms_per_request": round(cpu_server / max(1, len(ok)) * 1000, 1),
            # the main thread: the event loop with one uvicorn worker (the supervisor with several)
            "loop_thread_cpu_ms_per_request": round(cpu_loop / max(1, len(ok)) * 1000, 1),
        },
        "healthz_during_load_ms": {
            "n": len(health),
            "p50": round(percentile(health, 50), 1) if health else None,
            "p99": round(percentile(health, 99), 1) if health else None,
            "max": round(max(health), 1) if health else None,
        },
        "client_cpu_s": round(sum(part["cpu_s"] for part in parts), 1),
        "fake": {"calls": fake_stats["calls"], "max_in_flight": fake_stats["max_in_flight"]},
    }


def _collect(queue: multiprocessing.Queue, processes: list, give_up_at: float) -> list[dict]:
    """One report per client process; a process that died without one is an error, not a hang."""
    parts: list[dict] = []
    while len(parts) < len(processes):
        try:
            parts.append(queue.get(timeout=1))
        except Exception:  # queue.Empty: check the processes are still there
            if time.time() > give_up_at or all(not p.is_alive() for p in processes):
                raise RuntimeError("a client process died; see its traceback above") from None
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--latency-ms", type=float, default=200.0)
    parser.add_argument("--processes", type=int, default=2, help="client processes")
    parser.add_argument("--max-requests", type=int, default=100_000, help="hard cap on requests sent")
    parser.add_argument("--name", default="load", help="results file name (results/<name>.json)")
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes (bisum serve --workers)"
    )
    parser.add_argument(
        "--cpu-workers", type=int, default=None, help="BISUM_CPU_WORKERS for the server (default: its own)"
    )
    args = parser.parse_args()
    report = run(args)
    print(json.dumps(report, indent=2))
    path = write_result(args.name, report)
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
