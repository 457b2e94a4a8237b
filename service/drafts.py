"""Drafts: every summary and translation is stored before it is returned, and editors work on it.

- Idempotent generation: a request whose content key is stored returns that draft with no LLM call;
  identical requests in flight share one generation (single-flight); `force` adds a regenerated revision.
- Review workflow: edits append revisions (with a diff) and re-run the checks; approval appends a
  revision with the "reviewed by an editor" disclaimer; an approved draft is never changed in place.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Awaitable, Callable
from typing import Any

from anyio import to_thread

from service.checks.house_style import HouseStyle
from service.disclaimer import disclaimer
from service.drafts_body import (
    Response,
    Result,
    _content,
    _diff,
    as_response,
    draft_title,
    failing_error_checks,
    new_draft_id,
    response_body,
)
from service.drafts_keys import ContentKeys
from service.drafts_rebuild import _apply_changes, _expected_revision, _rebuild, _reopened
from service.errors import ConflictError, InputError, NotFoundError, UnacknowledgedChecksError
from service.finalize import interleave
from service.glossary import Glossary
from service.guidance import checked_context, key_params
from service.pipeline import Pipeline, Source
from service.repair import repair, wanted
from service.schemas import SummaryRequest, TranslationPair, TranslationRequest
from service.store.repository import DraftRecord, DraftStore, NewDraft, RevisionRecord, now

__all__ = [
    "DraftService",
    "Response",
    "Result",
    "as_response",
    "draft_title",
    "failing_error_checks",
    "new_draft_id",
    "response_body",
]


class DraftService(ContentKeys):
    def __init__(self, pipeline: Pipeline, store: DraftStore) -> None:
        self.pipeline = pipeline
        self.store = store
        self._in_flight: dict[str, asyncio.Future[Response]] = {}
        # Resolves a request's glossary_id (service/store/glossaries.py); set by service/wiring.py.
        self.glossaries: Any = None

    async def glossary_for(self, glossary_id: str | None) -> Glossary | None:
        """The stored glossary a request names (None for none); an unknown id is a 404 before any work."""
        if glossary_id is None:
            return None
        if self.glossaries is None:
            raise NotFoundError(f"no glossary {glossary_id}")
        return await to_thread.run_sync(self.glossaries.require, glossary_id)

    # --- generation ---------------------------------------------------------------------------

    async def summarize(
        self,
        request: SummaryRequest,
        *,
        request_id: str | None = None,
        author: str = "api",
        source: Source | None = None,
        replace_approved: bool = True,
        glossary: Glossary | None = None,
    ):
        # bad input fails here, before the store; a batch passes a source it prepared in a process pool
        source = source or await self.pipeline.prepare(request)
        glossary = glossary or await self.glossary_for(request.glossary_id)
        key = self.summary_key(request, source, glossary)
        return await self._get_or_generate(
            key,
            request.force,
            "summary",
            source,
            request,
            lambda: self.pipeline.summarize(request, request_id=request_id, source=source, glossary=glossary),
            author,
            replace_approved,
            request_id=request_id,
        )

    async def translate(
        self,
        request: TranslationRequest,
        *,
        request_id: str | None = None,
        author: str = "api",
        replace_approved: bool = True,
        source: Source | None = None,
        glossary: Glossary | None = None,
    ):
        # a caller that needed the detection first (the LibreTranslate routes) passes its prepared source
        source = source or await self.pipeline.prepare(request)
        glossary = glossary or await self.glossary_for(request.glossary_id)
        context = checked_context(request.context, self.pipeline.settings)
        key = self._content_key(
            "translation",
            source,
            self._prompt_ref("translate", request.prompt_version),
            {"target": request.target, **key_params(glossary, context)},
        )
        return await self._get_or_generate(
            key,
            request.force,
            "translation",
            source,
            request,
            lambda: self.pipeline.translate(request, request_id=request_id, source=source, glossary=glossary),
            author,
            replace_approved,
            request_id=request_id,
        )

    async def stored(self, key: str) -> Response | None:
        """The stored draft for a content key (cached=True), or None: never generates."""
        record = await to_thread.run_sync(self.store.get_by_key, key)
        return as_response(record, cached=True) if record is not None else None

    async def _get_or_generate(
        self,
        key: str,
        force: bool,
        kind: str,
        source: Source,
        request: SummaryRequest | TranslationRequest,
        generate: Callable[[], Awaitable[Result]],
        author: str,
        replace_approved: bool = True,
        *,
        request_id: str | None = None,
    ) -> Response:
        stored = await to_thread.run_sync(self.store.get_by_key, key)
        if stored is not None and force and stored.status == "approved" and not replace_approved:
            raise ConflictError(
                f"draft {stored.id} is approved: only an editor may regenerate it (force), as a new revision "
                "that needs approval again",
                detail={"draft_id": stored.id, "revision": stored.current_revision},
            )
        if stored is not None and not force:
            await to_thread.run_sync(self.store.add_requester, stored.id, author)
            return as_response(stored, cached=True)
        result = await self._single_flight(key, force, kind, source, request, generate, author, request_id)
        await to_thread.run_sync(self.store.add_requester, result.id, author)
        return result

    async def _single_flight(
        self, key, force, kind, source, request, generate, author, request_id=None
    ) -> Response:
        flight = f"{key}:force" if force else key
        if (running := self._in_flight.get(flight)) is not None:
            return await asyncio.shield(running)
        future: asyncio.Future[Response] = asyncio.get_running_loop().create_future()
        self._in_flight[flight] = future
        try:
            result = await self._generate_and_store(key, force, kind, source, request, generate, author)
            if wanted(request.repair, self.pipeline.settings.repair):
                result = await self._repair(result, source, author, request_id)
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: a flight nobody joined must not warn
            raise
        else:
            future.set_result(result)
            return result
        finally:
            del self._in_flight[flight]

    async def _generate_and_store(self, key, force, kind, source, request, generate, author) -> Response:
        result = await generate()
        output = result.model_dump(mode="json", by_alias=True)  # the machine revision's stored body
        existing = await to_thread.run_sync(self.store.get_by_key, key) if force else None
        if existing is not None:
            record = await to_thread.run_sync(
                lambda: self.store.add_revision(
                    existing.id,
                    expected_revision=existing.current_revision,
                    kind="regenerate",
                    author=author,
                    status=result.status,
                    output=output,
                    diff=_diff(existing.output, output),
                    draft_updates=_reopened(),
                )
            )
            return as_response(record)
        new = NewDraft(
            id=new_draft_id(),
            kind=kind,
            content_key=key,
            status=result.status,
            source_language=source.detection.language,
            source_sha256=source.info.sha256,
            title=source.info.title,
            source_original=request.text if request.text is not None else request.html or "",
            source_normalized=source.normalized.text,
            detection=source.detection.model_dump(mode="json"),
            request=request.model_dump(mode="json", exclude={"text", "html", "force"}),
            output=output,
            author=author,
        )
        record, _created = await to_thread.run_sync(self.store.create, new)
        return as_response(record)

    async def _repair(self, first: Response, source: Source, author: str, request_id: str | None) -> Response:
        """The one repair pass (service/repair.py) on a freshly stored draft: a `repair` revision after
        the first attempt's, or the first draft unchanged when no repair applies."""
        llm = self.pipeline.llm
        if llm is None:
            return first
        record = await self.get(first.id)
        settings = self.pipeline.settings

        def refinish(output: dict[str, Any], changed: list[str]) -> None:
            output["_edited"] = changed  # what _rebuild re-derives from (zh-Hant follows zh-Hans)
            _rebuild(record, output, settings.warning_checks)

        repaired = await repair(
            record,
            llm=llm,
            prompts=self.pipeline.prompts,
            paragraph_languages=[label.language for label in source.detection.paragraphs],
            budget_tokens=settings.chunk_token_budget,
            refinish=refinish,
            request_id=request_id,
        )
        if repaired is None:
            return first
        try:
            updated = await to_thread.run_sync(
                lambda: self.store.add_revision(
                    record.id,
                    expected_revision=record.current_revision,
                    kind="repair",
                    author=author,
                    status=repaired.status,
                    output=repaired.output,
                    diff=_diff(record.output, repaired.output),
                    note=repaired.note,
                )
            )
        except ConflictError:  # an editor got there first: their revision wins, the first draft is stored
            return as_response(await self.get(record.id))
        return as_response(updated)

    # --- review workflow ----------------------------------------------------------------------

    async def get(self, draft_id: str) -> DraftRecord:
        record = await to_thread.run_sync(self.store.get, draft_id)
        if record is None:
            raise NotFoundError(f"no draft {draft_id}")
        return record

    async def revisions(self, draft_id: str) -> list[RevisionRecord]:
        await self.get(draft_id)
        return await to_thread.run_sync(self.store.revisions, draft_id)

    async def edit(
        self,
        draft_id: str,
        changes: dict[str, Any],
        *,
        author: str,
        note: str | None = None,
        expected_revision: int | None = None,
    ):
        if not changes:
            raise InputError("no changes given")
        record = await self.get(draft_id)
        expected = _expected_revision(record, expected_revision)
        output = copy.deepcopy(record.output)
        _apply_changes(record.kind, output, changes)
        settings = self.pipeline.settings
        _rebuild(record, output, settings.warning_checks, HouseStyle.from_settings(settings))
        updated = await to_thread.run_sync(
            lambda: self.store.add_revision(
                draft_id,
                expected_revision=expected,
                kind="edit",
                author=author,
                status=output["status"],
                output=output,
                diff=_diff(record.output, output),
                note=note,
                draft_updates=_reopened(),
            )
        )
        return updated

    async def approve(
        self,
        draft_id: str,
        *,
        editor: str,
        note: str | None = None,
        acknowledge_failed_checks: bool = False,
        expected_revision: int | None = None,
    ) -> DraftRecord:
        record = await self.get(draft_id)
        expected = _expected_revision(record, expected_revision)
        if record.status == "approved":
            raise ConflictError(f"draft {draft_id} is already approved (revision {record.current_revision})")
        failing = failing_error_checks(record.output)
        if failing and not acknowledge_failed_checks:
            raise UnacknowledgedChecksError(
                f"revision {record.current_revision} fails {len(failing)} check(s): {', '.join(failing)}; "
                "to approve it anyway, confirm with acknowledge_failed_checks",
                detail={"failed_checks": failing, "revision": record.current_revision},
            )
        stamp = now()
        output = copy.deepcopy(record.output)
        locales = list(output.get("summary", {})) or [output.get("target", "zh-Hans")]
        # "reviewed and edited" only when an editor changed something since the machine output.
        notice = disclaimer("edited" if output["provenance"].get("edited_fields") else "reviewed", locales)
        output["disclaimer"] = {k: v for k, v in notice.items() if k in output["disclaimer"]}
        output["provenance"]["approved_by"] = editor
        output["provenance"]["approved_at"] = stamp.isoformat()
        output["provenance"]["acknowledged_failed_checks"] = failing
        output["status"] = "approved"
        if record.kind == "translation":
            output["bilingual"] = interleave(
                [TranslationPair(**p) for p in output["pairs"]], output["disclaimer"], output["target"]
            )
        return await to_thread.run_sync(
            lambda: self.store.add_revision(
                draft_id,
                expected_revision=expected,
                kind="approval",
                author=editor,
                status="approved",
                output=output,
                diff=_diff(record.output, output),
                note=note,
                draft_updates={
                    "approved_by": editor,
                    "approved_at": stamp,
                    "rejected_by": None,
                    "rejected_at": None,
                    "reject_reason": None,
                },
            )
        )

    async def reject(
        self, draft_id: str, *, editor: str, reason: str, expected_revision: int | None = None
    ) -> DraftRecord:
        """A rejection is a revision (kind `rejection`, the reason as its note), so History keeps it
        after the draft moves on."""
        if not reason.strip():
            raise InputError("a reason is required to reject a draft")
        record = await self.get(draft_id)
        expected = _expected_revision(record, expected_revision)
        if record.status == "approved":
            raise ConflictError(f"draft {draft_id} is approved; edit it to open a new revision first")
        if record.status == "rejected":
            raise ConflictError(f"draft {draft_id} is already rejected (revision {record.current_revision})")
        output = copy.deepcopy(record.output)
        output["status"] = "rejected"
        return await to_thread.run_sync(
            lambda: self.store.add_revision(
                draft_id,
                expected_revision=expected,
                kind="rejection",
                author=editor,
                status="rejected",
                output=output,
                diff=[],
                note=reason.strip(),
                draft_updates={"rejected_by": editor, "rejected_at": now(), "reject_reason": reason.strip()},
            )
        )

    def feedback(self):
        """Approved drafts an editor changed: the regression set for the next prompt version."""
        for record, revisions in self.store.approved_with_edits():
            machine = next(r for r in reversed(revisions) if r.kind in ("machine", "regenerate", "repair"))
            final = revisions[-1]
            editors = sorted({r.author for r in revisions if r.kind == "edit"})
            provenance = machine.output.get("provenance", {})
            yield {
                "draft_id": record.id,
                "kind": record.kind,
                "source": record.source_normalized,
                "machine_output": _content(machine.output),
                "final_output": _content(final.output),
                "prompt": provenance.get("prompt"),
                "prompt_sha256": provenance.get("prompt_sha256"),
                "model": provenance.get("model"),
                "editor": {"approved_by": record.approved_by, "edited_by": editors},
                "approved_at": record.approved_at.isoformat() if record.approved_at else None,
            }
