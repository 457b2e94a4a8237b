"""`POST /v1/checks`: the checks as a service - QA of a human or third-party output before publishing,
and the way the checker itself is measured (benchmarks/checks.py)."""

from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter

from service.api.auth import ClientDep
from service.api.deps import DraftsDep, PipelineDep, SettingsDep
from service.pipeline import check_given
from service.schemas import CheckRequest, CheckResponse, ErrorResponse

router = APIRouter(
    prefix="/v1",
    responses={
        401: {"model": ErrorResponse, "description": "Missing or invalid API key"},
        403: {"model": ErrorResponse, "description": "The key's role may not do this"},
        413: {"model": ErrorResponse, "description": "Request body over the size cap"},
        422: {"model": ErrorResponse, "description": "Invalid input or output shape"},
    },
)


@router.post("/checks", response_model=CheckResponse, tags=["checks"])
async def run_checks(
    body: CheckRequest,
    settings: SettingsDep,
    drafts: DraftsDep,
    pipeline: PipelineDep,
    _: ClientDep,
) -> CheckResponse:
    """Run the deterministic checks on a given source and a given output (`summary` with optional
    `keywords` and `grounding`, or a translation's `pairs` and `target`), exactly as generation runs them
    on its own drafts. Stores nothing and calls no model. `status` is `needs_review` when an
    error-severity check failed; warnings are reported and leave the status alone. With `glossary_id`,
    the `terminology` check runs too."""
    glossary = await drafts.glossary_for(body.glossary_id)
    # CPU work (normalise, detect, checks): off the event loop, in the CPU pool (a thread when inline).
    if pipeline.cpu.workers:
        return await pipeline.cpu.run(check_given, body, settings, glossary)
    return await to_thread.run_sync(check_given, body, settings, glossary)
