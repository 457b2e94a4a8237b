"""Shared plumbing for the benchmarks: the fake LLM and `bisum serve` as subprocesses on 127.0.0.1,
articles of a given size built from the seeds, percentiles, RSS, machine facts and the results folder."""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
SEEDS = ROOT / "seeds"
LOCALHOST = "127.0.0.1"  # every server here binds to loopback only


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOCALHOST, 0))
        return sock.getsockname()[1]


def _wait_http(url: str, process: subprocess.Popen, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args} exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up in {timeout_s} s")


@contextlib.contextmanager
def _process(
    command: list[str], env: dict[str, str], ready_url: str, log: Path
) -> Iterator[subprocess.Popen]:
    with log.open("wb") as sink:
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            _wait_http(ready_url, process)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextlib.contextmanager
def fake_llm(latency_ms: float, workdir: Path) -> Iterator[tuple[subprocess.Popen, str]]:
    """`bisum fake-llm` in its own process, so it does not share the GIL with the client or the service."""
    port = free_port()
    command = [sys.executable, "-m", "service.cli", "fake-llm", "--host", LOCALHOST, "--port", str(port),
               "--latency-ms", str(latency_ms)]  # fmt: skip
    base = f"http://{LOCALHOST}:{port}/v1"
    with _process(command, dict(os.environ), f"{base}/models", workdir / "fake-llm.log") as process:
        httpx.post(f"http://{LOCALHOST}:{port}/_fake/config", json={"keep_requests": 5}, timeout=5)
        yield process, base


@contextlib.contextmanager
def bisum_serve(
    fake_base_url: str, workdir: Path, env: dict[str, str] | None = None, args: list[str] | None = None
) -> Iterator[tuple[subprocess.Popen, str]]:
    """`bisum serve` exactly as deployed (one uvicorn worker, JSON logs at INFO to its log file), with a
    fresh SQLite draft store."""
    port = free_port()
    environment = {
        **os.environ,
        "OPENAI_BASE_URL": fake_base_url,
        "OPENAI_API_KEY": "bench-key",
        "BISUM_MODEL": "fake",
        "BISUM_DATABASE_URL": f"sqlite:///{workdir}/bisum.sqlite3",
        "BISUM_MAX_CONNECTIONS": "256",
        **(env or {}),
    }
    command = [
        sys.executable,
        "-m",
        "service.cli",
        "serve",
        "--host",
        LOCALHOST,
        "--port",
        str(port),
        *(args or []),
    ]
    url = f"http://{LOCALHOST}:{port}"
    with _process(command, environment, f"{url}/readyz", workdir / "bisum-serve.log") as process:
        yield process, url


def workdir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"bisum-bench-{prefix}-"))


# --- inputs -------------------------------------------------------------------------------------


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def article(chars: int, language: str) -> str:
    """About `chars` characters of real news text, whole paragraphs: zh from seeds 001/002/004, en from
    seed 003 (repeated as needed), mixed from seed 000."""
    sources = {"zh": ["001", "002", "004"], "en": ["003"], "mixed": ["000"]}[language]
    paragraphs = [p for prefix in sources for p in seed_text(prefix).splitlines() if p.strip()]
    out: list[str] = []
    size = 0
    index = 0
    while size < chars:
        paragraph = paragraphs[index % len(paragraphs)]
        out.append(paragraph)
        size += len(paragraph) + 1
        index += 1
    return "\n".join(out)[:chars]


def variant(text: str, number: int) -> str:
    """A distinct article per request (the draft store would answer a repeat without the model): a
    reference appended to the longest line, a body paragraph that no page-chrome rule drops."""
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = f"{lines[longest].rstrip()} (ref {number})"
    return "\n".join(lines)


# --- measurements -------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def summary_ms(latencies_s: list[float]) -> dict[str, float]:
    ms = [value * 1000 for value in latencies_s]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 2),
        "p90_ms": round(percentile(ms, 90), 2),
        "p99_ms": round(percentile(ms, 99), 2),
        "mean_ms": round(sum(ms) / len(ms), 2),
    }


def rss_mb(pid: int) -> float:
    try:
        import psutil

        return psutil.Process(pid).memory_info().rss / 2**20
    except ImportError:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid: int, tid: int | None = None) -> float:
    """User + system CPU seconds of a process, or of one of its threads (from /proc)."""
    path = f"/proc/{pid}/task/{tid}/stat" if tid is not None else f"/proc/{pid}/stat"
    fields = Path(path).read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """Children, grandchildren... of a process (uvicorn workers, the CPU pool's forkserver and workers)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def tree_cpu_s(pid: int) -> float:
    """CPU seconds of a process and all its descendants (those still running)."""
    total = cpu_s(pid)
    for child in descendants(pid):
        with contextlib.suppress(OSError):
            total += cpu_s(child)
    return total


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_gib = None
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gib = round(int(line.split()[1]) / 2**20, 1)
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": memory_gib,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),  # the cores are shared: context for noise
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def write_result(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = {"benchmark": name, "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(), **data}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    lines = [" | ".join(c.ljust(widths[c]) for c in columns), "-+-".join("-" * widths[c] for c in columns)]
    lines += [" | ".join(str(r.get(c, "")).ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)
