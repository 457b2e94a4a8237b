"""The CPU pool (service/cpu.py): the same results in worker processes as inline, errors with their
details, and the server's API answering through it."""

from __future__ import annotations

import asyncio

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.cpu import CpuPool, server_cpu_workers
from service.errors import InputTooLargeError
from service.pipeline import prepare_source
from service.schemas import DetectRequest
from tests.conftest import offline_settings, seed


async def _both(pool: CpuPool, request: DetectRequest, settings):
    return await pool.run(prepare_source, request, settings)


@pytest.fixture(scope="module")
def pool():
    pool = CpuPool(1)
    yield pool
    pool.close()


def test_a_worker_process_prepares_the_same_source_as_inline(pool):
    settings = offline_settings()
    request = DetectRequest(text=seed("000"))
    inline = prepare_source(request, settings)
    pool._ready.wait(60)  # the pool is in use (not its thread fallback) once it has started
    assert pool._pool is not None
    pooled = asyncio.run(_both(pool, request, settings))
    assert pooled.normalized == inline.normalized
    assert pooled.detection == inline.detection
    assert pooled.info == inline.info


def test_an_input_error_comes_back_from_the_worker_with_its_detail(pool):
    settings = offline_settings(max_input_chars=10)
    with pytest.raises(InputTooLargeError) as caught:
        asyncio.run(_both(pool, DetectRequest(text="x" * 50), settings))
    assert caught.value.detail == {"limit": 10, "actual": 50}


def test_inline_pool_runs_on_the_calling_thread():
    assert asyncio.run(CpuPool(0).run(sorted, [3, 1, 2])) == [1, 2, 3]


def test_server_workers_setting():
    assert server_cpu_workers(0) == 0
    assert server_cpu_workers(3) == 3
    assert 1 <= server_cpu_workers(None) <= 4


def test_the_api_answers_through_worker_processes():
    settings = offline_settings(cpu_workers=1)
    with TestClient(create_app(settings)) as client:
        pipeline = client.app.state.pipeline
        assert pipeline.cpu.workers == 1
        pipeline.cpu._ready.wait(60)
        detected = client.post("/v1/detect", json={"text": seed("003")})
        summary = client.post("/v1/summaries", json={"text": seed("001")})
        too_large = client.post("/v1/detect", json={"text": "x" * (settings.max_input_chars + 1)})
    assert detected.status_code == 200 and detected.json()["detection"]["language"] == "en"
    assert summary.status_code == 200 and summary.json()["source"]["language"] == "zh"
    assert summary.json()["checks"]
    # the error crossed the process boundary with its code and detail, as inline
    assert too_large.status_code == 422, too_large.text
    assert "input_too_large" in too_large.text
    assert str(settings.max_input_chars + 1) in too_large.text


def test_a_pool_that_cannot_start_falls_back_to_threads(monkeypatch):
    """Seen in the install-layout test: a non-root user that may not exec its own interpreter again
    cannot start multiprocessing's resource tracker (BrokenPipeError). The server must still answer."""
    import threading

    import service.cpu as cpu

    def refuse(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cpu, "ProcessPoolExecutor", refuse)
    pool = cpu.CpuPool(1)
    main_thread = threading.get_ident()
    ran_in = asyncio.run(pool.run(threading.get_ident))
    assert ran_in != main_thread  # a worker thread, not the event loop
    pool.close()
