"""HTTP routes. Handlers are thin: parse, call the pipeline, return its model."""

from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter
from pydantic import BaseModel

from service.api.auth import ClientDep
from service.api.deps import DraftsDep, PipelineDep, PromptsDep, RequestIdDep
from service.api.openapi import GENERATION, errors
from service.errors import StoreUnavailableError
from service.schemas import (
    ALL_LOCALES,
    Detection,
    DetectRequest,
    MojibakeSpan,
    SourceInfo,
    SummaryRequest,
    SummaryResponse,
    TranslationRequest,
    TranslationResponse,
)

router = APIRouter(prefix="/v1")
health = APIRouter()


@router.post("/summaries", response_model=SummaryResponse, tags=["summaries"], responses=errors(*GENERATION))
async def create_summary(
    body: SummaryRequest, drafts: DraftsDep, request_id: RequestIdDep, principal: ClientDep
) -> SummaryResponse:
    """Aligned English / zh-Hans / zh-Hant summary with key points, keywords, disclaimer, provenance
    and check results, stored as a draft (`id`). `status` is `needs_review` when any check failed.
    Repeating a request returns the stored draft (`cached: true`) without an LLM call. `force` on an
    approved draft is an editor's call (409 for a client key)."""
    return await drafts.summarize(
        body, request_id=request_id, author=principal.name, replace_approved=principal.role == "editor"
    )


@router.post(
    "/translations",
    response_model=TranslationResponse,
    tags=["translations"],
    responses=errors(*GENERATION),
)
async def create_translation(
    body: TranslationRequest, drafts: DraftsDep, request_id: RequestIdDep, principal: ClientDep
) -> TranslationResponse:
    """Paragraph-aligned translation plus an interleaved bilingual rendering, stored as a draft."""
    return await drafts.translate(
        body, request_id=request_id, author=principal.name, replace_approved=principal.role == "editor"
    )


class DetectResponse(BaseModel):
    source: SourceInfo
    detection: Detection
    text: str
    simplified: str
    removed_lines: int
    repaired: bool
    mojibake: list[MojibakeSpan]


@router.post("/detect", response_model=DetectResponse, tags=["text"], responses=errors(401, 413, 422))
async def detect_language(body: DetectRequest, pipeline: PipelineDep, _: ClientDep) -> DetectResponse:
    """Per-paragraph language and script, plus the normalised text the models would see."""
    source = await pipeline.prepare(body)
    return DetectResponse(
        source=source.info,
        detection=source.detection,
        text=source.normalized.text,
        simplified=source.normalized.simplified,
        removed_lines=source.normalized.removed_lines,
        repaired=source.normalized.repaired,
        mojibake=source.normalized.mojibake,
    )


class LanguagesResponse(BaseModel):
    source_languages: list[str]
    targets: list[str]
    engine: str
    note: str


@router.get("/languages", response_model=LanguagesResponse, tags=["meta"])
async def languages(pipeline: PipelineDep) -> LanguagesResponse:
    with_llm = pipeline.llm is not None
    return LanguagesResponse(
        source_languages=["en", "zh-Hans", "zh-Hant", "mixed en+zh"]
        + (["any (via the LLM)"] if with_llm else []),
        targets=list(ALL_LOCALES),
        engine="llm" if with_llm else "extractive",
        note="zh-Hant, zh-Hant-TW and zh-Hant-HK are derived from zh-Hans with OpenCC at zero tokens."
        + ("" if with_llm else " Without an LLM endpoint only the source's own language is summarised."),
    )


class PromptInfo(BaseModel):
    id: str
    version: str
    ref: str
    sha256: str
    description: str
    default: bool


@router.get("/prompts", response_model=list[PromptInfo], tags=["meta"])
async def list_prompts(prompts: PromptsDep) -> list[PromptInfo]:
    return [
        PromptInfo(
            id=p.id,
            version=p.version,
            ref=p.ref,
            sha256=p.sha256,
            description=p.description,
            default=prompts.get(p.id).version == p.version,
        )
        for p in prompts.all()
    ]


@health.get("/healthz", tags=["meta"])
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@health.get("/readyz", tags=["meta"], responses=errors(503))
async def readyz(pipeline: PipelineDep, drafts: DraftsDep) -> dict[str, object]:
    """Ready once prompts are loaded, the engine is built (done in the lifespan) and the draft store can
    take a write (503 `store_unavailable` + Retry-After while it cannot)."""
    problem = await to_thread.run_sync(drafts.store.unavailable)
    if problem is not None:
        raise StoreUnavailableError(problem)
    return {
        "status": "ready",
        "engine": "llm" if pipeline.llm is not None else "extractive",
        "model": pipeline.llm.model if pipeline.llm else None,
        "prompts": [p.ref for p in pipeline.prompts.all()],
    }
