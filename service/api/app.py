"""Application factory. The lifespan builds the service graph (service/wiring.py) and keeps it on
`app.state` for the dependencies (service/api/deps.py)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response
from fastapi_offline import FastAPIOffline

from service import metrics
from service.api.auth import KeyRing
from service.api.checks import router as checks_router
from service.api.drafts import router as drafts_router
from service.api.errors import install_error_handlers
from service.api.glossaries import router as glossaries_router
from service.api.jobs import router as jobs_router
from service.api.libretranslate import router as libretranslate_router
from service.api.middleware import AccessLogMiddleware, BodyLimitMiddleware, RequestIdMiddleware
from service.api.review import STATIC_PATH, ReviewSecurityHeaders, static_files
from service.api.review import router as review_router
from service.api.review_auth import build_review_auth
from service.api.routes import health, router
from service.config import Settings, get_settings
from service.cpu import server_cpu_workers
from service.wiring import build_drafts, build_jobs, close

log = logging.getLogger("bisum.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        drafts = build_drafts(settings, cpu_workers=server_cpu_workers(settings.cpu_workers))
        pipeline = drafts.pipeline
        app.state.settings = settings
        app.state.pipeline = pipeline
        app.state.drafts = drafts
        app.state.keyring = KeyRing(settings.all_api_keys())
        app.state.review_auth = build_review_auth(settings)
        # Jobs: run on this event loop (SQLite) or enqueued for `bisum worker`s (Postgres).
        app.state.jobs = build_jobs(settings, drafts)
        await app.state.jobs.backend.start()
        if app.state.keyring.open:
            log.warning(
                "NO API KEYS CONFIGURED: the API is open to anyone who can reach it; bisum serve only binds "
                "to localhost in this mode. Set BISUM_API_KEYS or BISUM_API_KEYS_FILE."
            )
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
            await app.state.jobs.backend.stop()
            await close(pipeline)

    # Swagger UI / ReDoc assets come from the fastapi-offline package: /docs works with no network.
    app = FastAPIOffline(
        title="bisum",
        version="0.1.0",
        description="Bilingual (English / Chinese) news summaries and translations, with checks and "
        "provenance. "
        "Every output is an AI-generated draft for an editor to review.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(checks_router)
    app.include_router(drafts_router)
    app.include_router(glossaries_router)
    app.include_router(jobs_router)
    app.include_router(health)
    app.include_router(review_router)
    app.include_router(libretranslate_router)
    app.mount(STATIC_PATH, static_files(), name="review-static")

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    # Each add_middleware wraps the previous ones: RequestId wraps the others (413s carry an id too), the
    # access log sees every answer (413s included), and the body cap rejects before anything reads the body.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(ReviewSecurityHeaders)  # outermost: the CSP is on every /review answer, 413s too
    return app
