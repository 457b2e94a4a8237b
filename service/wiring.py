"""Builds the settings-dependent object graph, once per process, for each door: the API's lifespan
(service/api/app.py), the CLI commands (service/cli.py, service/cli_translate.py) and `bisum worker`.

    settings ─► engine (migrated) ─► DraftStore ─┐
             ─► PromptRegistry ──────────────────┤
             ─► LLMClient (one per process; None = the extractive engine) ─► Pipeline ─► DraftService
    DraftService + JobStore ─► JobService (items on this loop with SQLite; procrastinate with Postgres)

Nothing here imports FastAPI or Jinja: a worker builds the same graph without the web stack, and no
module outside service/api/ imports service.api (tests/test_import_graph.py)."""

from __future__ import annotations

from service.config import Settings
from service.cpu import CpuPool
from service.drafts import DraftService
from service.jobs.execute import build_item_runner, worker_name
from service.jobs.repository import JobStore
from service.jobs.service import JobBackend, JobService
from service.llm.client import LLMClient
from service.llm.prompts import PromptRegistry
from service.pipeline import Pipeline
from service.store.db import make_engine, migrate, session_factory
from service.store.glossaries import GlossaryStore
from service.store.repository import DraftStore


def build_prompts(settings: Settings) -> PromptRegistry:
    return PromptRegistry.load(
        settings.prompts_dir,
        {
            "summarize": settings.summarize_prompt_version,
            "translate": settings.translate_prompt_version,
            "repair": settings.repair_prompt_version,
        },
    )


def build_pipeline(settings: Settings, cpu_workers: int = 0) -> Pipeline:
    """The prompts and the one LLM client of this process (None without an endpoint: extractive), and
    the CPU pool normalise/detect/finalize run in (`cpu_workers` processes; 0 = inline)."""
    llm = LLMClient(settings) if settings.llm_configured else None
    return Pipeline(settings, build_prompts(settings), llm, CpuPool(cpu_workers))


def build_drafts(settings: Settings, cpu_workers: int = 0) -> DraftService:
    """Pipeline + migrated store: what the API, the CLI and workers share. Migrating here (idempotent,
    under an advisory lock on Postgres) lets any process start first."""
    engine = make_engine(settings.database_url, settings.store_timeout_s)
    migrate(engine)
    sessions = session_factory(engine)
    drafts = DraftService(build_pipeline(settings, cpu_workers), DraftStore(sessions))
    drafts.glossaries = GlossaryStore(sessions)
    return drafts


def build_job_store(settings: Settings) -> JobStore:
    """On the already-migrated database (build_drafts migrates). Its own engine, so job bookkeeping and
    draft writes do not wait on each other's connection pool."""
    return JobStore(session_factory(make_engine(settings.database_url, settings.store_timeout_s)))


def build_jobs(settings: Settings, drafts: DraftService) -> JobService:
    store = build_job_store(settings)
    backend: JobBackend
    # Imported here: procrastinate (Postgres) and the in-process runner (SQLite) are alternatives.
    if settings.jobs_on_queue:
        from service.jobs.queue import ProcrastinateBackend

        backend = ProcrastinateBackend(settings)
    else:
        from service.jobs.runner import InProcessBackend

        backend = InProcessBackend(
            store, build_item_runner(settings, drafts, store, worker_name("server")), settings
        )
    return JobService(store, backend, drafts, settings)


async def run_worker(
    settings: Settings, *, concurrency: int, name: str | None = None, wait: bool = True
) -> None:
    """`bisum worker`: the same drafts graph as the API, then procrastinate's worker loop."""
    from service.jobs.queue import run_queue_worker

    drafts = build_drafts(settings)  # migrates: a worker may start before any API replica
    try:
        await run_queue_worker(
            settings, drafts, build_job_store(settings), concurrency=concurrency, name=name, wait=wait
        )
    finally:
        await close(drafts.pipeline)


async def close(pipeline: Pipeline) -> None:
    """Release what the graph opened that outlives a request: the LLM client's connection pool and the
    CPU pool's processes."""
    pipeline.cpu.close()
    if pipeline.llm is not None:
        await pipeline.llm.aclose()
