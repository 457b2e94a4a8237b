"""Editing a stored draft: the editable fields, the conditional revision, and `_rebuild`, which
re-derives what follows from edited fields and re-runs the checks through service/finalize.py."""

from __future__ import annotations

import re
from typing import Any

from service import metrics
from service.checks.house_style import OFF, HouseStyle
from service.errors import ConflictError, InputError
from service.finalize import aligned_key_points, finish_summary, finish_translation, interleave
from service.schemas import (
    DERIVED_LOCALES,
    GlossaryTerm,
    Grounding,
    LanguageSummary,
    MojibakeSpan,
    TranslationPair,
)
from service.store.repository import DraftRecord

_SUMMARY_FIELD = re.compile(r"^summary\.(?P<locale>[A-Za-z-]+)\.(?P<name>title|one_line|summary)$")
_KEY_POINT = re.compile(r"^summary\.(?P<locale>[A-Za-z-]+)\.key_points\[(?P<index>\d+)\]$")
_KEYWORDS = re.compile(r"^keywords\.(?P<locale>en|zh-Hans)$")
_PAIR = re.compile(r"^pairs\[(?P<index>\d+)\]\.target$")


def _expected_revision(record: DraftRecord, expected: int | None) -> int:
    """The revision a review write is conditional on (UPDATE ... WHERE current_revision = it): the one the
    client saw, when it says so, else the one just read. A client that saw an older one gets a 409 here,
    and one that lost a race between this read and the write gets it from the store: never is its change
    built on a revision it has not seen."""
    if expected is None:
        return record.current_revision
    if expected != record.current_revision:
        raise ConflictError(
            f"draft {record.id} is now at revision {record.current_revision} (you saw revision {expected}); "
            "nothing was saved: reload and try again",
            detail={"revision": record.current_revision, "expected_revision": expected},
        )
    return expected


def _reopened() -> dict[str, Any]:
    """A new revision needs (re-)approval."""
    return {
        "approved_by": None,
        "approved_at": None,
        "rejected_by": None,
        "rejected_at": None,
        "reject_reason": None,
    }


def _apply_changes(kind: str, output: dict[str, Any], changes: dict[str, Any]) -> None:
    for field, value in changes.items():
        if kind == "summary" and (m := _SUMMARY_FIELD.match(field)):
            _summary_of(output, m["locale"], field)[m["name"]] = _text(field, value)
        elif kind == "summary" and (m := _KEY_POINT.match(field)):
            points = _summary_of(output, m["locale"], field)["key_points"]
            index = int(m["index"])
            if index > len(points):
                raise InputError(
                    f"{field}: there are only {len(points)} key points (use index {len(points)} to add one)"
                )
            if value is None and index < len(points):
                points.pop(index)  # null removes a key point
            elif index == len(points):
                points.append(_text(field, value))
            else:
                points[index] = _text(field, value)
        elif kind == "summary" and (m := _KEYWORDS.match(field)):
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise InputError(f"{field}: expected a list of non-empty strings")
            output["keywords"][m["locale"]] = [v.strip() for v in value]
        elif kind == "translation" and (m := _PAIR.match(field)):
            index = int(m["index"])
            if index >= len(output["pairs"]):
                raise InputError(f"{field}: there are only {len(output['pairs'])} paragraphs")
            output["pairs"][index]["target"] = _text(field, value)
        else:
            raise InputError(f"{field}: not an editable field of a {kind} draft")
    output.setdefault("_edited", []).extend(changes)


def _summary_of(output: dict[str, Any], locale: str, field: str) -> dict[str, Any]:
    summary = output["summary"].get(locale)
    if summary is None:
        raise InputError(f"{field}: this draft has no {locale} summary")
    return summary


def _text(field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{field}: expected non-empty text")
    return value.strip()


def _rebuild(
    record: DraftRecord, output: dict[str, Any], warning_checks: list[str], house_style: HouseStyle = OFF
) -> None:
    """Re-derive what follows from edited fields and re-run the checks (through `finalize`, exactly as
    generation does), resetting the notice to unreviewed."""
    edited = output.pop("_edited", [])
    engine = output["provenance"]["engine"]
    notice_kind = "extractive" if engine == "extractive" else "llm"
    mojibake = [MojibakeSpan(**span) for span in output["source"].get("mojibake", [])]
    output["provenance"]["approved_by"] = None
    output["provenance"]["approved_at"] = None
    output["provenance"]["acknowledged_failed_checks"] = []
    already = output["provenance"].get("edited_fields") or []
    output["provenance"]["edited_fields"] = [*already, *(f for f in edited if f not in already)]
    if record.kind == "summary":
        summary = {k: LanguageSummary(**v) if v else None for k, v in output["summary"].items()}
        hans_edited = any(f.startswith("summary.zh-Hans.") for f in edited)
        own_edits = {f.split(".")[1] for f in edited if f.startswith("summary.")}
        derive = [loc for loc in DERIVED_LOCALES if loc in summary and hans_edited and loc not in own_edits]
        grounding = output.get("grounding")
        finished = finish_summary(
            source=record.source_normalized,
            mojibake=mojibake,
            summary=summary,
            keywords=output["keywords"],
            targets=list(summary),
            derive=derive,
            notice_kind=notice_kind,
            length=record.request.get("length", "medium"),
            warning_checks=warning_checks,
            grounding=Grounding.model_validate(grounding) if grounding else None,
            terms=_stored_terms(output),
            house_style=house_style,
        )
        shown = {locale: finished.summary[locale] for locale in summary}
        output["summary"] = {k: v.model_dump() if v else None for k, v in shown.items()}
        output["key_points"] = aligned_key_points(shown)
        output["disclaimer"] = {k: v for k, v in finished.disclaimer.items() if k in output["disclaimer"]}
    else:
        pairs = [TranslationPair(**p) for p in output["pairs"]]
        finished = finish_translation(
            source=record.source_normalized,
            mojibake=mojibake,
            pairs=pairs,
            target=output["target"],
            notice_kind=notice_kind,
            warning_checks=warning_checks,
            terms=_stored_terms(output),
        )
        output["disclaimer"] = {k: v for k, v in finished.disclaimer.items() if k in output["disclaimer"]}
        output["bilingual"] = interleave(pairs, finished.disclaimer, output["target"])
    metrics.record_checks(finished.checks)
    output["checks"] = [c.model_dump() for c in finished.checks]
    output["status"] = finished.status


def _stored_terms(output: dict[str, Any]) -> list[GlossaryTerm] | None:
    """The glossary entries that applied at generation (provenance keeps them): edits are checked
    against the glossary as it was, whatever happened to it since."""
    used = output.get("provenance", {}).get("glossary")
    return [GlossaryTerm(**term) for term in used.get("entries", [])] if used else None
