"""Draft review API: list, read, edit, approve, reject, revisions, feedback export."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any, Literal

from anyio import to_thread
from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from service.api.auth import ClientDep, EditorDep
from service.api.deps import DraftsDep
from service.api.openapi import errors
from service.drafts import draft_title
from service.errors import InputError, NotFoundError
from service.principal import Principal
from service.schemas import RequestModel
from service.store.repository import DraftRecord

router = APIRouter(prefix="/v1", tags=["drafts"])


class DraftListItem(BaseModel):
    id: str
    kind: str
    status: str
    revision: int
    source_language: str
    title: str | None
    created_at: datetime
    updated_at: datetime


class DraftView(DraftListItem):
    """A list item plus the source, the review state and the current revision's output."""

    source_text: str = Field(description="The normalised article the draft was made from")
    approved_by: str | None
    approved_at: datetime | None
    rejected_by: str | None
    reject_reason: str | None
    output: dict[str, Any] = Field(description="The current revision: same shape as the create response")


class DraftList(BaseModel):
    items: list[DraftListItem]
    total: int
    page: int
    page_size: int


class RevisionView(BaseModel):
    number: int
    kind: str
    author: str
    created_at: datetime
    status: str
    diff: list[dict[str, Any]]
    note: str | None
    output: dict[str, Any]


_REVISION = (
    "The revision you saw; the change is saved only if the draft is still at it, else 409 conflict "
    "(checked in the same UPDATE that saves it)"
)


class EditRequest(RequestModel):
    changes: dict[str, Any] = Field(
        description="Field path -> new value, e.g. {'summary.zh-Hans.summary': '...', "
        "'summary.en.key_points[1]': '...', 'keywords.en': ['...'], 'pairs[0].target': '...'}"
    )
    note: str | None = None
    revision: int | None = Field(default=None, description=_REVISION)


class ApproveRequest(RequestModel):
    note: str | None = None
    revision: int | None = Field(default=None, description=_REVISION)
    acknowledge_failed_checks: bool = Field(
        default=False,
        description="Required (true) to approve a revision whose error-severity checks fail; recorded "
        "in the approval revision's provenance",
    )


class RejectRequest(RequestModel):
    reason: str = Field(min_length=1, description="Why the draft is rejected (required)")
    revision: int | None = Field(default=None, description=_REVISION)


def view(record: DraftRecord) -> DraftView:
    return DraftView(
        id=record.id,
        kind=record.kind,
        status=record.status,
        revision=record.current_revision,
        source_language=record.source_language,
        title=draft_title(record),
        source_text=record.source_normalized,
        created_at=record.created_at,
        updated_at=record.updated_at,
        approved_by=record.approved_by,
        approved_at=record.approved_at,
        rejected_by=record.rejected_by,
        reject_reason=record.reject_reason,
        output={
            **record.output,
            "id": record.id,
            "status": record.status,
            "revision": record.current_revision,
        },
    )


@router.get("/drafts", response_model=DraftList, responses=errors(401, 422))
async def list_drafts(
    drafts: DraftsDep,
    principal: ClientDep,
    status: Literal["draft", "needs_review", "approved", "rejected"] | None = None,
    language: str | None = Query(
        default=None,
        max_length=16,
        description="Source language as a BCP-47 tag: 'zh', 'zh-Hans', 'zh-Hant', 'en' (a script subtag "
        "filters on the detected script too)",
    ),
    q: str | None = Query(default=None, max_length=200, description="Search title and article text"),
    page: int = Query(default=1, ge=1, le=100_000),
    page_size: int = Query(default=20, ge=1, le=100),
) -> DraftList:
    primary, script = _language_filter(language)
    records, total = await to_thread.run_sync(
        lambda: drafts.store.list(
            status=status,
            language=primary,
            script=script,
            q=q,
            page=page,
            page_size=page_size,
            requester=draft_scope(principal),
        )
    )
    items = [
        DraftListItem(
            id=r.id,
            kind=r.kind,
            status=r.status,
            revision=r.current_revision,
            source_language=r.source_language,
            title=draft_title(r),
            created_at=r.created_at,
            updated_at=r.updated_at,
        )
        for r in records
    ]
    return DraftList(items=items, total=total, page=page, page_size=page_size)


@router.get("/drafts/{draft_id}", response_model=DraftView, responses=errors(401, 404, 422))
async def get_draft(draft_id: str, drafts: DraftsDep, principal: ClientDep) -> DraftView:
    await ensure_visible(drafts, draft_id, principal)
    return view(await drafts.get(draft_id))


@router.patch("/drafts/{draft_id}", response_model=DraftView, responses=errors(401, 403, 404, 409, 413, 422))
async def edit_draft(draft_id: str, body: EditRequest, drafts: DraftsDep, editor: EditorDep) -> DraftView:
    edited = await drafts.edit(
        draft_id, body.changes, author=editor.name, note=body.note, expected_revision=body.revision
    )
    return view(edited)


@router.post(
    "/drafts/{draft_id}/approve", response_model=DraftView, responses=errors(401, 403, 404, 409, 413, 422)
)
async def approve_draft(
    draft_id: str, drafts: DraftsDep, editor: EditorDep, body: ApproveRequest | None = None
) -> DraftView:
    body = body or ApproveRequest()
    approved = await drafts.approve(
        draft_id,
        editor=editor.name,
        note=body.note,
        acknowledge_failed_checks=body.acknowledge_failed_checks,
        expected_revision=body.revision,
    )
    return view(approved)


@router.post(
    "/drafts/{draft_id}/reject", response_model=DraftView, responses=errors(401, 403, 404, 409, 413, 422)
)
async def reject_draft(draft_id: str, body: RejectRequest, drafts: DraftsDep, editor: EditorDep) -> DraftView:
    return view(
        await drafts.reject(draft_id, editor=editor.name, reason=body.reason, expected_revision=body.revision)
    )


@router.get(
    "/drafts/{draft_id}/revisions", response_model=list[RevisionView], responses=errors(401, 404, 422)
)
async def list_revisions(draft_id: str, drafts: DraftsDep, principal: ClientDep) -> list[RevisionView]:
    await ensure_visible(drafts, draft_id, principal)
    return [RevisionView(**vars(r)) for r in await drafts.revisions(draft_id)]


@router.get("/feedback.jsonl", response_class=StreamingResponse, responses=errors(401, 403))
async def feedback(drafts: DraftsDep, _: EditorDep) -> StreamingResponse:
    """One JSON line per approved draft an editor changed: source, machine and final output, prompt,
    model, editor. The regression set for the next prompt version."""

    def lines() -> Iterator[str]:
        for item in drafts.feedback():
            yield json.dumps(item, ensure_ascii=False, default=str) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson")


def draft_scope(principal: Principal) -> str | None:
    """Clients see the drafts they requested (or their jobs made); editors see every draft."""
    return principal.name if principal.role == "client" else None


async def ensure_visible(drafts, draft_id: str, principal: Principal) -> None:
    requester = draft_scope(principal)
    if requester is None:
        return
    if not await to_thread.run_sync(drafts.store.requested_by, draft_id, requester):
        raise NotFoundError(f"no draft {draft_id}")  # the same answer as for a draft that does not exist


_LANGUAGE_TAG = re.compile(r"^(?P<primary>[A-Za-z]{2,3})(?:-(?P<script>[A-Za-z]{4}))?(?:-[A-Za-z0-9]{1,8})*$")


def _language_filter(tag: str | None) -> tuple[str | None, str | None]:
    """'zh-Hans-CN' -> ('zh', 'Hans'): drafts store the primary subtag and the detected script apart, so a
    full tag must not silently match nothing."""
    if not tag:
        return None, None
    match = _LANGUAGE_TAG.match(tag.strip())
    if match is None:
        raise InputError(f"language: '{tag}' is not a BCP-47 tag such as 'zh', 'zh-Hans' or 'en'")
    script = match["script"]
    return match["primary"].lower(), script.title() if script else None
