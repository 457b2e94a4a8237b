"""One repair pass, only when needed (issue 11 §4).

When error-severity checks fail on an LLM draft and repair is on (request `repair`, else BISUM_REPAIR),
ONE more call gets the article (fenced as data), the draft (as data, in the output schema of the prompt
that wrote it) and the failing checks' details, and returns a corrected draft in that same schema. The
draft service (service/drafts.py) re-finishes it through service/finalize.py and stores it as a `repair`
revision after the first attempt's revision.

The call is made with `once=True`: one HTTP request, no retries, no JSON repair message, so an article
never costs more than one extra call however the batch or job layers retry it (a stored draft is never
generated again). An endpoint failure or an unusable answer keeps the first draft as it was, with a note.
The extractive engine is never repaired."""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from service import metrics
from service.errors import BisumError
from service.llm.client import LLMClient, one_text_per_paragraph
from service.llm.prompts import PromptRegistry
from service.llm.schemas import (
    CompactGroundedOutput,
    GroundedSummaryOutput,
    TranslationOutput,
    compact_grounding,
    expand_grounding,
)
from service.schemas import DERIVED_LOCALES, Grounding, RepairInfo, Usage
from service.store.repository import DraftRecord
from service.text.chinese import convert
from service.text.segment import count_tokens

log = logging.getLogger("bisum.repair")
PROMPT_ID = "repair"
# A check's field as the draft spells it: the model sees the output schema's names, not the response's.
_FIELD_NAMES = (
    (re.compile(r"\bsummary\.zh-Hant(?:-TW|-HK)?\."), "zh_hans."),  # derived from zh-Hans: fix it there
    (re.compile(r"\bsummary\.zh-Hans\."), "zh_hans."),
    (re.compile(r"\bsummary\.en\."), "en."),
    (re.compile(r"\bkeywords\.zh-Hans\b"), "keywords_zh_hans"),
    (re.compile(r"\bkeywords\.en\b"), "keywords_en"),
)
_PAIR_FIELD = re.compile(r"\bpairs\[(\d+)\](?:\.target\b)?")

# Called by the draft service to re-finish a repaired output through finalize (derive zh-Hant, checks,
# status): `changed` names the fields the repair replaced, as an edit would.
Refinish = Callable[[dict[str, Any], list[str]], None]


@dataclass(frozen=True)
class Repaired:
    output: dict[str, Any]  # the `repair` revision's body
    status: str
    note: str


def wanted(request_repair: bool | None, default: bool) -> bool:
    return default if request_repair is None else request_repair


def failing_errors(output: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        c for c in output.get("checks", []) if not c.get("passed") and c.get("severity", "error") == "error"
    ]


def needs_repair(output: dict[str, Any]) -> bool:
    return output.get("provenance", {}).get("engine") == "llm" and bool(failing_errors(output))


async def repair(
    record: DraftRecord,
    *,
    llm: LLMClient,
    prompts: PromptRegistry,
    paragraph_languages: list[str],
    budget_tokens: int,
    refinish: Refinish,
    request_id: str | None = None,
) -> Repaired | None:
    """The repair revision for `record` (its current revision is the first attempt), or None when no
    repair applies (no failing error check, not an LLM draft, or the article is over one call's budget).
    `paragraph_languages`: the detected language of each normalised paragraph (which ones the model
    translated). Never raises for the model's sake: a failed call is a `failed` outcome."""
    first = record.output
    if not needs_repair(first):
        return None
    failing = failing_errors(first)
    before = sorted({c["name"] for c in failing})
    repair_prompt = prompts.get(PROMPT_ID)  # BISUM_REPAIR_PROMPT_VERSION, else the latest
    task = _task(record, prompts, paragraph_languages)
    if task is None or count_tokens(record.source_normalized) > budget_tokens:
        log.info("repair skipped", extra={"draft": record.id, "request_id": request_id})
        return None
    prompt = dataclasses.replace(repair_prompt, output_schema=task.schema)
    values = {
        "nonce": secrets.token_hex(8),
        "task_rule": task.rule,
        "article": task.article,
        "draft": json.dumps(task.draft, ensure_ascii=False, indent=1),
        "checks": "\n".join(_check_line(c) for c in failing),
    }
    output = copy.deepcopy(first)
    provenance = output["provenance"]
    info = RepairInfo(prompt=repair_prompt.ref, prompt_sha256=repair_prompt.sha256, outcome="failed")
    info.failed_before = before
    try:
        completion = await llm.complete(
            prompt, values, request_id=request_id, validate=task.validate, once=True
        )
    except BisumError as exc:
        # The first draft stands: status, checks and content unchanged; the attempt is on record.
        spent = (exc.detail or {}).get("usage") if isinstance(exc.detail, dict) else None
        info.usage = Usage.model_validate(spent) if spent else Usage(llm_calls=1)
        info.failed_after = before
        info.note = f"repair call failed ({exc.code}): {exc.message}; the first draft is kept"
        _add_usage(provenance, info.usage)
        provenance["repair"] = info.model_dump(mode="json")
        log.warning("repair failed", extra={"draft": record.id, "request_id": request_id, "error": exc.code})
        metrics.REPAIRS.labels("failed").inc()
        return Repaired(output, first["status"], info.note)
    changed = task.apply(output, completion.value)
    edited_before = list(provenance.get("edited_fields") or [])
    refinish(output, changed)
    output["provenance"]["edited_fields"] = edited_before  # the model's change, not an editor's
    after = sorted({c["name"] for c in failing_errors(output)})
    info.usage = completion.usage
    info.failed_after = after
    info.outcome = "fixed" if not after else "improved" if len(after) < len(before) else "not_fixed"
    info.note = f"repair {info.outcome}: failed before {', '.join(before)}" + (
        f"; still failing {', '.join(after)}" if after else ""
    )
    _add_usage(output["provenance"], info.usage)
    output["provenance"]["repair"] = info.model_dump(mode="json")
    metrics.REPAIRS.labels(info.outcome).inc()
    return Repaired(output, output["status"], info.note)


@dataclass(frozen=True)
class _Task:
    schema: type
    rule: str
    article: str
    draft: dict[str, Any]
    apply: Callable[[dict[str, Any], Any], list[str]]
    validate: Callable[[Any], None] | None = None


def _task(record: DraftRecord, prompts: PromptRegistry, languages: list[str]) -> _Task | None:
    output = record.output
    paragraphs = [convert(p, "t2s") for p in record.source_normalized.split("\n\n") if p]
    article = "\n\n".join(f"[{n}] {text}" for n, text in enumerate(paragraphs, start=1))
    if record.kind == "summary":
        version = record.request.get("prompt_version")
        return _summary_task(output, prompts, version, article, record.source_normalized)
    return _translation_task(output, languages, article)


def _summary_task(
    output: dict[str, Any], prompts: PromptRegistry, version: str | None, article: str, source: str
) -> _Task | None:
    summary = output.get("summary") or {}
    if not summary.get("en") or not summary.get("zh-Hans"):
        return None  # a draft that shows one side only: the model's other side is not stored
    used = re.match(r"summarize@([^\s+]+)", output["provenance"].get("prompt") or "")
    # The base schema: an analysis (include ["analysis"]) is not repaired and stays as it was.
    original = prompts.get("summarize", used.group(1) if used else version)
    schema = original.output_schema
    fields = ("title", "one_line", "summary", "key_points")
    sides = (("en", "en"), ("zh_hans", "zh-Hans"))
    draft: dict[str, Any] = {side: {f: summary[locale][f] for f in fields} for side, locale in sides}
    draft["keywords_en"] = output["keywords"].get("en", [])
    draft["keywords_zh_hans"] = output["keywords"].get("zh-Hans", [])
    grounding = Grounding.model_validate(output.get("grounding") or {})
    if schema in (GroundedSummaryOutput, CompactGroundedOutput):
        cited = "key_point_sources" if schema is GroundedSummaryOutput else "kp_src"
        for side, locale in sides:
            points = len(draft[side]["key_points"])
            draft[side][cited] = grounding.key_point_sources.get(locale) or [[] for _ in range(points)]
    if schema is GroundedSummaryOutput:
        draft["entities"] = [e.model_dump() for e in grounding.entities]
    elif schema is CompactGroundedOutput:
        draft["ents"] = compact_grounding(grounding, source).ents

    def apply(out: dict[str, Any], value: Any) -> list[str]:
        changed: list[str] = []
        for side, locale in (("en", "en"), ("zh_hans", "zh-Hans")):
            new = getattr(value, side).model_dump(include=set(fields))
            for name in ("title", "one_line", "summary"):
                if new[name] != out["summary"][locale][name]:
                    changed.append(f"summary.{locale}.{name}")
            if new["key_points"] != out["summary"][locale]["key_points"]:
                changed.append(f"summary.{locale}.key_points")
            out["summary"][locale] = new
        out["keywords"] = {**out["keywords"], "en": value.keywords_en, "zh-Hans": value.keywords_zh_hans}
        # As in generation: map-reduce notes are numbered, not the article's paragraphs.
        cited = not out["provenance"].get("map_parts")
        if isinstance(value, CompactGroundedOutput):
            grounded = expand_grounding(value.compact_grounding(cited=cited), source)
            out["grounding"] = grounded.model_dump(mode="json")
        elif isinstance(value, GroundedSummaryOutput):
            sources = {"en": value.en.key_point_sources, "zh-Hans": value.zh_hans.key_point_sources}
            out["grounding"] = Grounding(
                entities=value.entities, key_point_sources=sources if cited else {}
            ).model_dump(mode="json")
        return changed  # a changed zh-Hans field re-derives the zh-Hant variants (drafts_rebuild._rebuild)

    rule = (
        "The draft is a bilingual summary: 'en' fields in English, 'zh_hans' fields in Simplified Chinese, "
        "the key points paired one-to-one in the same order."
    )
    return _Task(schema, rule, article, draft, apply)


def _translation_task(output: dict[str, Any], languages: list[str], article: str) -> _Task | None:
    target = output["target"]
    target_language = "en" if target == "en" else "zh"
    pairs = output["pairs"]
    pending = [i for i in range(len(pairs)) if i < len(languages) and languages[i] != target_language]
    if not pending:
        return None
    simplified = target in DERIVED_LOCALES  # the model works in Simplified, as when it translated
    draft = {
        "paragraphs": [
            {"index": i + 1, "text": convert(pairs[i]["target"], "t2s") if simplified else pairs[i]["target"]}
            for i in pending
        ]
    }
    validate = one_text_per_paragraph([i + 1 for i in pending])

    def apply(out: dict[str, Any], value: TranslationOutput) -> list[str]:
        changed = []
        for paragraph in value.paragraphs:
            text = paragraph.text.strip()
            if target in DERIVED_LOCALES:
                text = convert(text, DERIVED_LOCALES[target])
            if out["pairs"][paragraph.index - 1]["target"] != text:
                out["pairs"][paragraph.index - 1]["target"] = text
                changed.append(f"pairs[{paragraph.index - 1}].target")
        return changed

    name = "English" if target == "en" else "Simplified Chinese (zh-Hans)"
    rule = (
        f"Target language: {'en' if target == 'en' else 'zh-Hans'}\nThe draft translates the article's "
        f"numbered paragraphs into {name}: return exactly the draft's paragraphs, same indices, in order."
    )
    return _Task(TranslationOutput, rule, article, draft, apply, validate)


def _check_line(check: dict[str, Any]) -> str:
    field = _draft_names(check.get("field") or "")
    detail = _draft_names(check.get("detail") or "")
    return f"- {check['name']}" + (f" [{field}]" if field else "") + f": {detail}"


def _draft_names(text: str) -> str:
    for pattern, replacement in _FIELD_NAMES:
        text = pattern.sub(replacement, text)
    return _PAIR_FIELD.sub(lambda m: f"paragraphs[index={int(m.group(1)) + 1}].text", text)


def _add_usage(provenance: dict[str, Any], part: Usage) -> None:
    usage = provenance.setdefault("usage", {})
    for name, value in part.model_dump().items():
        usage[name] = usage.get(name, 0) + value
