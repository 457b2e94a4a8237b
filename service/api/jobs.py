"""Jobs API, for the CMS: submit many articles at once, poll, stream the results, cancel.

`POST /v1/jobs` takes either a JSON body (`{"articles": [...], "length"?, "targets"?, "prompt_version"?,
"callback_url"?}`) or a JSONL upload (`Content-Type: application/x-ndjson`, one article per line, the
options as query parameters) and answers `202 {job_id}` at once; the articles are summarised in the
background (in-process with SQLite, by `bisum worker`s with Postgres)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import ValidationError

from service.api.auth import ClientDep
from service.api.openapi import errors
from service.errors import InputError
from service.jobs.models import JobCreated, JobRequest, JobView
from service.jobs.service import JobService, TooManyArticlesError
from service.schemas import Length, Locale

router = APIRouter(prefix="/v1", tags=["jobs"])
JSONL_TYPES = {
    "application/x-ndjson",
    "application/jsonl",
    "application/x-jsonlines",
    "application/json-lines",
}


def get_jobs(request: Request) -> JobService:
    return request.app.state.jobs


JobsDep = Annotated[JobService, Depends(get_jobs)]
# Python's json parser gives up (RecursionError) near 1,000 levels; no article needs more than a few.
TOO_DEEP = "the JSON is nested too deeply"

_ARTICLE_EXAMPLE = {"id": "cms-123", "text": "洛根·基尔帕特里克在3月1日宣布离开OpenAI。……", "title": "…"}
_CREATE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": JobRequest.model_json_schema(ref_template="#/components/schemas/{model}"),
                "example": {"articles": [_ARTICLE_EXAMPLE], "length": "short", "targets": ["en", "zh-Hans"]},
            },
            "application/x-ndjson": {
                "schema": {"type": "string", "description": "One JobArticle JSON object per line"},
                "example": json.dumps(_ARTICLE_EXAMPLE, ensure_ascii=False) + "\n",
            },
        },
    }
}


@router.post(
    "/jobs",
    status_code=202,
    response_model=JobCreated,
    openapi_extra=_CREATE_BODY,
    responses={
        202: {"headers": {"Location": {"description": "/v1/jobs/{job_id}"}}},
        **errors(401, 413, 422, 503),
    },
)
async def create_job(
    request: Request,
    jobs: JobsDep,
    principal: ClientDep,
    length: Annotated[Length | None, Query(description="JSONL uploads: summary length")] = None,
    targets: Annotated[list[Locale] | None, Query(description="JSONL uploads: locales (repeatable)")] = None,
    prompt_version: Annotated[str | None, Query(max_length=40)] = None,
    callback_url: Annotated[str | None, Query(max_length=2000)] = None,
    glossary_id: Annotated[str | None, Query(max_length=64, description="JSONL uploads: glossary")] = None,
    repair: Annotated[bool | None, Query(description="JSONL uploads: one repair pass per article")] = None,
) -> JSONResponse:
    """Queue a job of articles; poll `GET /v1/jobs/{job_id}`, then read `/v1/jobs/{job_id}/results`."""
    body = await request.body()
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    query = {
        "length": length,
        "targets": targets,
        "prompt_version": prompt_version,
        "callback_url": callback_url,
        "glossary_id": glossary_id,
        "repair": repair,
    }
    if content_type in JSONL_TYPES:
        data: Any = {"articles": _jsonl_articles(body)}
    else:
        data = _json_object(body)
    data.update({k: v for k, v in query.items() if v is not None and k not in data})
    articles = data.get("articles")
    if isinstance(articles, list) and len(articles) > jobs.settings.job_max_articles:
        # before validating thousands of articles we would refuse anyway
        raise TooManyArticlesError(
            f"{len(articles)} articles; a job takes at most {jobs.settings.job_max_articles}",
            detail={"max_articles": jobs.settings.job_max_articles},
        )
    try:
        job_request = JobRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from exc
    job = await jobs.create(job_request, principal)
    created = JobCreated(job_id=job.id, status=job.status, total=job.total)  # type: ignore[arg-type]
    return JSONResponse(
        created.model_dump(mode="json"), status_code=202, headers={"Location": f"/v1/jobs/{job.id}"}
    )


@router.get("/jobs/{job_id}", response_model=JobView, responses=errors(401, 404, 422))
async def get_job(job_id: str, jobs: JobsDep, principal: ClientDep) -> JobView:
    """Status, counts (queued / running / done / failed / cancelled), start and finish times."""
    return (await jobs.get(job_id, principal)).view()


@router.get("/jobs/{job_id}/results", response_class=StreamingResponse, responses=errors(401, 404, 422))
async def job_results(job_id: str, jobs: JobsDep, principal: ClientDep) -> StreamingResponse:
    """JSON Lines, one per finished article in submission order (done, failed or cancelled):
    `{position, article_id, status, draft_id, attempts, claims}` plus `response` (the summary, as
    `POST /v1/summaries` returns it) when done or `error: {code, message}` otherwise. `attempts` counts
    the article's own tries, `claims` the workers that took it. Readable while the job runs."""
    await jobs.get(job_id, principal)

    async def lines() -> AsyncIterator[str]:
        async for line in jobs.results(job_id):
            yield json.dumps(line, ensure_ascii=False, default=str) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson")


@router.post("/jobs/{job_id}/cancel", response_model=JobView, responses=errors(401, 404, 422, 503))
async def cancel_job(job_id: str, jobs: JobsDep, principal: ClientDep) -> JobView:
    """Queued articles are cancelled; those already running finish and are kept. 409 if already finished."""
    return (await jobs.cancel(job_id, principal)).view()


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"the body is not valid JSON: {exc}") from exc
    except RecursionError:
        raise InputError(TOO_DEEP) from None
    if not isinstance(data, dict):
        raise InputError("the body must be a JSON object with 'articles', or JSONL (application/x-ndjson)")
    return data


def _jsonl_articles(body: bytes) -> list[Any]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("the JSONL upload is not UTF-8") from exc
    articles = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            articles.append(json.loads(line))
        except ValueError as exc:
            raise InputError(
                f"JSONL line {number} is not valid JSON: {exc}", detail={"line": number}
            ) from exc
        except RecursionError:
            raise InputError(f"JSONL line {number}: {TOO_DEEP}", detail={"line": number}) from None
    return articles
