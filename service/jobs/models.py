"""Shapes of the Jobs API (request and response bodies) and the records the job store returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import AnyHttpUrl, BaseModel, Field, field_validator

from service.schemas import ArticleIn, Length, Locale, RequestModel

JobStatus = Literal["queued", "running", "done", "failed", "cancelled"]
ItemStatus = Literal["queued", "running", "done", "failed", "cancelled"]
FINAL_JOB_STATUSES = ("done", "failed", "cancelled")
OPEN_ITEM_STATUSES = ("queued", "running")


class JobArticle(ArticleIn):
    """One article of a job: the summary request's article fields plus the CMS's own id."""

    id: str = Field(min_length=1, max_length=200, description="The CMS's id; results are keyed by it")
    url: str | None = Field(default=None, max_length=2000)
    context: str | None = Field(default=None, description="This article's context; default the job's")


class JobOptions(RequestModel):
    length: Length = "medium"
    targets: list[Locale] | None = Field(default=None, description="Locales to return; default from settings")
    prompt_version: str | None = Field(default=None, description="Pin the summarize prompt version")
    glossary_id: str | None = Field(default=None, description="A glossary of POST /v1/glossaries")
    context: str | None = Field(
        default=None, description="Background for the model for every article (not summarised)"
    )
    include: list[Literal["analysis"]] = Field(
        default_factory=list, description='"analysis": each summary with scores and an analysis section'
    )
    repair: bool | None = Field(
        default=None, description="One repair call per article whose error checks fail (default BISUM_REPAIR)"
    )
    callback_url: AnyHttpUrl | None = Field(
        default=None, description="POSTed the job summary (HMAC-signed) when the job finishes"
    )


class JobRequest(JobOptions):
    _surrogates_checked_later = frozenset({"articles"})  # each JobArticle checks its own fields

    articles: list[JobArticle] = Field(min_length=1)

    @field_validator("articles")
    @classmethod
    def _unique_ids(cls, articles: list[JobArticle]) -> list[JobArticle]:
        seen: set[str] = set()
        for article in articles:
            if article.id in seen:
                raise ValueError(f"article id {article.id!r} appears more than once")
            seen.add(article.id)
        return articles


class JobCounts(BaseModel):
    total: int
    queued: int = 0
    running: int = 0
    done: int = 0
    failed: int = 0
    cancelled: int = 0


class CallbackState(BaseModel):
    url: str
    status: Literal["pending", "delivered", "failed"] | None
    attempts: int
    error: str | None


class JobView(BaseModel):
    id: str
    status: JobStatus
    counts: JobCounts
    options: dict[str, Any]
    created_by: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    callback: CallbackState | None = None


class JobCreated(BaseModel):
    job_id: str
    status: JobStatus
    total: int


@dataclass(frozen=True)
class JobRecord:
    id: str
    status: str
    options: dict[str, Any]
    total: int
    created_by: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    callback_url: str | None
    callback_status: str | None
    callback_attempts: int
    callback_error: str | None
    counts: dict[str, int]

    def view(self) -> JobView:
        return JobView(
            id=self.id,
            status=self.status,  # type: ignore[arg-type]
            counts=JobCounts(total=self.total, **self.counts),
            options=self.options,
            created_by=self.created_by,
            created_at=self.created_at,
            started_at=self.started_at,
            finished_at=self.finished_at,
            callback=CallbackState(
                url=self.callback_url,
                status=self.callback_status,  # type: ignore[arg-type]
                attempts=self.callback_attempts,
                error=self.callback_error,
            )
            if self.callback_url
            else None,
        )


@dataclass(frozen=True)
class ItemRecord:
    job_id: str
    position: int
    article_id: str
    article: dict[str, Any]
    status: str
    draft_id: str | None
    error_code: str | None
    error_message: str | None
    attempts: int
    worker_id: str | None
