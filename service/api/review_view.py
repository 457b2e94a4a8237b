"""What the review templates show, computed from a draft: plain dicts and strings, no markup. Everything
here is untrusted text (article, model output, editor input); the templates escape all of it."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import zip_longest
from typing import Any

from service.drafts import draft_title, failing_error_checks
from service.schemas import INDEPENDENT_KEY_POINTS
from service.store.repository import DraftRecord, RevisionRecord

STATUSES = ("draft", "needs_review", "approved", "rejected")
STATUS_LABELS = {
    "draft": "Draft",
    "needs_review": "Needs review",
    "approved": "Approved",
    "rejected": "Rejected",
}
LOCALE_LABELS = {
    "en": "English",
    "zh-Hans": "中文（简体）",
    "zh-Hant": "中文（繁體）",
    "zh-Hant-TW": "中文（台灣正體）",
    "zh-Hant-HK": "中文（香港繁體）",
}
SUMMARY_FIELDS = (("title", "Title"), ("one_line", "One line"), ("summary", "Summary"))

# Field paths a check's detail may name besides its `field` (make_result keeps only the first one).
_FIELD_IN_TEXT = re.compile(
    r"summary\.[A-Za-z-]+(?:\.(?:title|one_line|summary|key_points(?:\[\d+\])?))?"
    r"|keywords\.[A-Za-z-]+|disclaimer\.[A-Za-z-]+|pairs\[\d+\](?:\.(?:source|target))?"
)
_LANG_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def anchor(path: str) -> str:
    """An HTML id for a field path: `summary.en.key_points[2]` -> `f-summary-en-key_points-2`."""
    return "f-" + re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-")


def when(value: datetime | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%Y-%m-%d %H:%M UTC")


def display_title(record: DraftRecord) -> str:
    if title := draft_title(record):
        return title
    pairs = record.output.get("pairs") or []
    if pairs:
        first = pairs[0]["source"]
        return first if len(first) <= 80 else first[:79] + "…"
    return record.id


def html_lang(tag: str | None) -> str:
    """A `lang` attribute value for a detected language; empty when it is not a plain BCP-47 tag."""
    return tag if tag and _LANG_TAG.match(tag) and tag != "und" else ""


def failing_by_field(checks: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Field path -> the failed checks that concern it, so each field carries its own marker. A check's
    detail joins its problems with "; "; each field gets the parts that name it (or the whole detail)."""
    failing: dict[str, list[dict[str, Any]]] = {}
    for check in checks:
        if check.get("passed"):
            continue
        detail = check.get("detail") or ""
        parts = detail.split("; ")
        fields = {check["field"]} if check.get("field") else set()
        fields.update(_fields_in(detail))
        for field in sorted(fields):
            mine = [part for part in parts if field in _fields_in(part)]
            failing.setdefault(field, []).append({"name": check["name"], "detail": "; ".join(mine) or detail})
    return failing


def source_segments(paragraphs: list[str], mojibake: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Each paragraph as [{text, mojibake}], the unrepaired mojibake spans marked so the page can
    highlight them where they are (span offsets index the same normalised paragraphs)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for span in mojibake:
        spans.setdefault(span["paragraph"], []).append((span["start"], span["end"]))
    rows = []
    for index, paragraph in enumerate(paragraphs):
        segments, at = [], 0
        for start, end in sorted(spans.get(index, [])):
            start, end = max(start, at), min(end, len(paragraph))
            if start >= end:
                continue
            if start > at:
                segments.append({"text": paragraph[at:start], "mojibake": False})
            segments.append({"text": paragraph[start:end], "mojibake": True})
            at = end
        if at < len(paragraph):
            segments.append({"text": paragraph[at:], "mojibake": False})
        rows.append(segments)
    return rows


def key_point_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """English and Simplified Chinese key points as aligned pairs (a missing side is None)."""
    en = (summary.get("en") or {}).get("key_points") or []
    zh = (summary.get("zh-Hans") or {}).get("key_points") or []
    return [{"index": i, "en": a, "zh": b} for i, (a, b) in enumerate(zip_longest(en, zh))]


def history(revisions: list[RevisionRecord]) -> list[dict[str, Any]]:
    """Newest first; each diff value flattened to display text."""
    return [
        {
            "number": r.number,
            "kind": r.kind,
            "author": r.author,
            "created_at": r.created_at,
            "status": r.status,
            "note": r.note,
            "acknowledged": (r.output.get("provenance") or {}).get("acknowledged_failed_checks") or []
            if r.kind == "approval"
            else [],
            "diff": [
                {"field": c["field"], "before": _text(c.get("before")), "after": _text(c.get("after"))}
                for c in r.diff
            ],
        }
        for r in reversed(revisions)
    ]


def detail_context(
    record: DraftRecord, revisions: list[RevisionRecord], pending_field: str = ""
) -> dict[str, Any]:
    output = record.output
    checks = output.get("checks") or []
    summary = output.get("summary") or {}
    failing = failing_by_field(checks)
    extra_locales = [loc for loc in summary if loc not in ("en", "zh-Hans") and summary[loc]]
    paragraphs = [p for p in record.source_normalized.split("\n") if p.strip()]
    return {
        "record": record,
        "output": output,
        "title": display_title(record),
        "summary": summary,
        "extra_locales": extra_locales,
        # zh-Hant variants sit in collapsed <details>; open those with a failing field or an unsaved edit.
        "open_variants": {
            loc
            for loc in extra_locales
            if any(_concerns(path, loc) for path in [*failing, pending_field] if path)
        },
        "key_points": key_point_rows(summary),
        "key_points_alignment": output.get("key_points_alignment", "aligned"),
        "independent_note": INDEPENDENT_KEY_POINTS,
        "keywords": output.get("keywords") or {},
        "pairs": output.get("pairs") or [],
        "disclaimer": output.get("disclaimer") or {},
        "provenance": output.get("provenance") or {},
        "source_info": output.get("source") or {},
        "source_paragraphs": source_segments(paragraphs, (output.get("source") or {}).get("mojibake") or []),
        "source_lang": html_lang(record.source_language),
        "checks": sorted(checks, key=lambda c: c.get("passed", False)),  # failing first, order kept
        "failing": failing,
        "failed_count": sum(1 for c in checks if not c.get("passed")),
        # Approving over these needs the confirm step (acknowledge_failed_checks); warnings never do.
        "blocking_checks": failing_error_checks(output),
        "history": history(revisions),
    }


def _fields_in(text: str) -> set[str]:
    # The translation checks write "pairs[3]: ..." for the translated side of paragraph 3.
    return {
        f"{m}.target" if m.endswith("]") and m.startswith("pairs") else m
        for m in _FIELD_IN_TEXT.findall(text)
    }


def _concerns(path: str, locale: str) -> bool:
    return path in (f"summary.{locale}", f"disclaimer.{locale}") or path.startswith(f"summary.{locale}.")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)
