"""Stored drafts as answers: the response body of a draft, its title for editors, its failing checks,
and the field-level diff between two stored outputs."""

from __future__ import annotations

import uuid
from typing import Any

from service.schemas import SummaryResponse, SummaryResult, TranslationResponse, TranslationResult
from service.store.repository import DraftRecord

Response = SummaryResponse | TranslationResponse
Result = SummaryResult | TranslationResult


def new_draft_id() -> str:
    return f"drf_{uuid.uuid4().hex}"


def response_body(record: DraftRecord, *, cached: bool = False) -> dict[str, Any]:
    """The one place a stored draft becomes an answer (POST /v1/summaries, GET /v1/drafts/{id}, a job's
    results): the current revision's output plus what belongs to the draft."""
    return {
        **record.output,
        "id": record.id,
        "status": record.status,
        "revision": record.current_revision,
        "cached": cached,
    }


def as_response(record: DraftRecord, *, cached: bool = False) -> Response:
    model = SummaryResponse if record.kind == "summary" else TranslationResponse
    return model.model_validate(response_body(record, cached=cached))


def draft_title(record: DraftRecord) -> str | None:
    """What editors and the CMS call the draft: a title an editor edited, else the title the CMS sent (or
    the page's own), else the model's title (English first)."""
    summary = record.output.get("summary") or {}
    edited = record.output.get("provenance", {}).get("edited_fields") or []
    ordered = [loc for loc in ("en", "zh-Hans") if loc in summary] + [
        loc for loc in summary if loc not in ("en", "zh-Hans")
    ]
    for locale in ordered:
        if f"summary.{locale}.title" in edited and summary[locale]:
            return summary[locale]["title"]
    if record.title:
        return record.title
    for locale in ("en", "zh-Hans"):
        if summary.get(locale) and summary[locale].get("title"):
            return summary[locale]["title"]
    return None


def failing_error_checks(output: dict[str, Any]) -> list[str]:
    """Names of the failed error-severity checks of an output (warnings never block an approval)."""
    return [
        c["name"]
        for c in output.get("checks", [])
        if not c.get("passed") and c.get("severity", "error") == "error"
    ]


def _diff(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Field-level changes between two outputs (provenance and checks excluded: they are derived)."""
    changes: list[dict[str, Any]] = []
    flat_before, flat_after = _flatten(_content(before)), _flatten(_content(after))
    for field in sorted(set(flat_before) | set(flat_after)):
        if flat_before.get(field) != flat_after.get(field):
            changes.append({"field": field, "before": flat_before.get(field), "after": flat_after.get(field)})
    return changes


def _content(output: dict[str, Any]) -> dict[str, Any]:
    keep = ("summary", "keywords", "disclaimer", "pairs", "target")
    return {k: output[k] for k in keep if k in output}


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, item in value.items():
            flat.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        flat = {}
        for index, item in enumerate(value):
            flat.update(_flatten(item, f"{prefix}[{index}]"))
        return flat
    if isinstance(value, list) and prefix.endswith("key_points"):
        return {f"{prefix}[{index}]": item for index, item in enumerate(value)}
    return {prefix: value}
