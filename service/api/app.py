"""Application factory. The lifespan builds the one LLM client and the prompt registry."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from service.api.errors import install_error_handlers
from service.api.middleware import BodyLimitMiddleware, RequestIdMiddleware
from service.api.routes import health, router
from service.config import Settings, get_settings
from service.llm.client import LLMClient
from service.llm.prompts import PromptRegistry
from service.pipeline import Pipeline

log = logging.getLogger("bisum.api")


def build_pipeline(settings: Settings) -> Pipeline:
    prompts = PromptRegistry.load(
        settings.prompts_dir,
        {"summarize": settings.summarize_prompt_version, "translate": settings.translate_prompt_version},
    )
    llm = LLMClient(settings) if settings.llm_configured else None
    return Pipeline(settings, prompts, llm)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pipeline = build_pipeline(settings)
        app.state.settings = settings
        app.state.pipeline = pipeline
        log.info(
            "bisum ready",
            extra={
                "engine": "llm" if pipeline.llm else "extractive",
                "model": pipeline.llm.model if pipeline.llm else None,
                "endpoint": pipeline.llm.endpoint_host if pipeline.llm else None,
            },
        )
        try:
            yield
        finally:
            if pipeline.llm is not None:
                await pipeline.llm.aclose()

    app = FastAPI(
        title="bisum",
        version="0.1.0",
        description="Bilingual (English / Chinese) news summaries and translations, with checks and "
        "provenance. "
        "Every output is an AI-generated draft for an editor to review.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(health)
    # Outermost first: the body cap rejects before anything reads the body.
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    return app
