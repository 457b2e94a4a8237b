"""The prompt regression gate (issue 11 §5): `bisum eval PROMPT_REF [--baseline REF] --set FILE.jsonl`.

Runs one or two prompt versions (summarize@v2 against summarize@v1, translate@v2 against translate@v1)
over an evaluation set, through the same pipeline and checks as production, against the configured
endpoint, and compares: error / warning check failures per check, statuses, calls and tokens, and how far
each output is from the editor-approved one, per field (character similarity and ROUGE-L F1). Nothing is
stored: an evaluation writes no drafts.

The set is JSON Lines, one article per line:
- the article: `text` or `html` (or `source`, the normalised text `/v1/feedback.jsonl` exports);
- optional `id` (else `draft_id`, else the line number), `title`, `source_language`, `length`;
- optional approved output: `approved`, or `final_output` as `/v1/feedback.jsonl` exports it
  (`{"summary": {"en": {...}, "zh-Hans": {...}}, "keywords": ...}` or `{"pairs": [...], "target": ...}`);
- optional `kind` (summary | translation) and `target` (translations; default the approved one's, else
  zh-Hans). Lines of the other kind than the prompt's are skipped (a feedback export mixes both).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from service.errors import BisumError, InputError, UnsupportedOptionError
from service.pipeline import Pipeline
from service.schemas import SummaryRequest, TranslationRequest
from service.text.normalize import decode_bytes
from service.text.scripts import HAN_RE

KINDS = {"summarize": "summary", "translate": "translation"}
SUMMARY_FIELDS = ("title", "one_line", "summary", "key_points")
SUMMARY_LOCALES = ("en", "zh-Hans")
_ZH_UNIT = re.compile(r"[\u3400-\u9fff]|[A-Za-z]+|\d+")
_EN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_HAN = HAN_RE


class EvalSetError(InputError):
    code = "invalid_eval_set"


@dataclass(frozen=True)
class EvalItem:
    id: str
    kind: str
    request: dict[str, Any]  # SummaryRequest / TranslationRequest fields, without the prompt version
    approved: dict[str, Any] | None


@dataclass
class VersionReport:
    prompt: str
    articles: int = 0
    errors: Counter = field(default_factory=Counter)  # generation errors by code (no output)
    statuses: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)  # "name (severity)" -> articles failing it
    usage: Counter = field(default_factory=Counter)
    distances: dict[str, list[dict[str, float]]] = field(default_factory=dict)  # field -> per article
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def error_failures(self) -> int:
        return sum(n for name, n in self.failures.items() if name.endswith("(error)"))

    def mean_distance(self, name: str) -> dict[str, float]:
        values = self.distances.get(name) or []
        if not values:
            return {}
        return {m: round(sum(v[m] for v in values) / len(values), 3) for m in ("similarity", "rouge_l")}

    def as_json(self) -> dict[str, Any]:
        return {
            "prompt": self.prompt,
            "articles": self.articles,
            "generation_errors": dict(self.errors),
            "statuses": dict(self.statuses),
            "check_failures": dict(sorted(self.failures.items())),
            "error_check_failures": self.error_failures,
            "usage": dict(self.usage),
            "distance": {name: self.mean_distance(name) for name in sorted(self.distances)},
            "per_article": self.rows,
        }


def parse_ref(ref: str) -> tuple[str, str | None]:
    """`summarize@v2` -> ("summarize", "v2"); `summarize` -> the configured default version."""
    prompt_id, _, version = ref.partition("@")
    if prompt_id not in KINDS:
        raise UnsupportedOptionError(
            f"cannot evaluate prompt {ref!r}: give summarize@<version> or translate@<version>"
        )
    return prompt_id, version or None


def load_set(path: Path) -> list[EvalItem]:
    """Every line validated before any call: a bad set costs no tokens and writes nothing."""
    if not path.is_file():
        raise EvalSetError(f"{path}: no such evaluation set file")
    try:
        lines = decode_bytes(path.read_bytes()).splitlines()
    except InputError as exc:
        raise EvalSetError(f"{path}: {exc.message}") from None
    items: list[EvalItem] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalSetError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise EvalSetError(f"{path}:{number}: expected a JSON object per line")
        item = _item(row, number, f"{path}:{number}")
        if item.id in seen:
            raise EvalSetError(f"{path}:{number}: id {item.id!r} appears more than once")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise EvalSetError(f"{path}: the evaluation set is empty")
    return items


def _item(row: dict[str, Any], number: int, where: str) -> EvalItem:
    approved = row.get("approved", row.get("final_output"))
    if approved is not None and not isinstance(approved, dict):
        raise EvalSetError(f"{where}: 'approved' must be an object (a draft output)")
    kind = row.get("kind") or ("translation" if approved and "pairs" in approved else "summary")
    if kind not in ("summary", "translation"):
        raise EvalSetError(f"{where}: kind must be summary or translation, got {kind!r}")
    text = row.get("text", row.get("source"))
    request: dict[str, Any] = {"text": text} if row.get("html") is None else {"html": row["html"]}
    if (
        not isinstance(request.get("text", request.get("html")), str)
        or not str(request.get("text", request.get("html"))).strip()
    ):
        raise EvalSetError(f"{where}: needs the article as 'text', 'html' or 'source'")
    for name in ("title", "source_language"):
        if row.get(name) is not None:
            request[name] = row[name]
    if kind == "summary":
        request["length"] = row.get("length", "medium")
        model: type = SummaryRequest
    else:
        request["target"] = row.get("target") or (approved or {}).get("target") or "zh-Hans"
        model = TranslationRequest
    try:
        model.model_validate(request)
    except ValidationError as exc:
        errors = exc.errors()[:3]
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in errors)
        raise EvalSetError(f"{where}: {problems}") from None
    item_id = str(row.get("id") or row.get("draft_id") or number)
    return EvalItem(item_id, kind, request, approved)


async def evaluate(
    pipeline: Pipeline,
    items: list[EvalItem],
    candidate: str,
    baseline: str | None = None,
    *,
    concurrency: int = 4,
) -> list[VersionReport]:
    """One report per prompt ref (the candidate first). Raises UnsupportedOptionError for a ref the
    registry does not have, before any call."""
    refs = [candidate] + ([baseline] if baseline else [])
    parsed = [parse_ref(ref) for ref in refs]
    if len({prompt_id for prompt_id, _ in parsed}) > 1:
        raise UnsupportedOptionError(f"compare versions of one prompt, not {candidate} with {baseline}")
    templates = [pipeline.prompts.get(prompt_id, version) for prompt_id, version in parsed]
    kind = KINDS[parsed[0][0]]
    chosen = [item for item in items if item.kind == kind]
    if not chosen:
        raise EvalSetError(f"the evaluation set has no {kind} articles for {candidate}")
    reports = []
    slots = asyncio.Semaphore(max(1, concurrency))

    async def one(item: EvalItem, version: str) -> tuple[EvalItem, Any]:
        async with slots:
            return item, await _run(pipeline, item, version)

    for template in templates:
        report = VersionReport(prompt=template.ref)
        for item, result in await asyncio.gather(*(one(item, template.version) for item in chosen)):
            _record(report, item, result)
        reports.append(report)
    return reports


async def _run(pipeline: Pipeline, item: EvalItem, version: str) -> Any:
    try:
        if item.kind == "summary":
            request = SummaryRequest(**item.request, prompt_version=version, targets=list(SUMMARY_LOCALES))
            return await pipeline.summarize(request)
        return await pipeline.translate(TranslationRequest(**item.request, prompt_version=version))
    except BisumError as exc:  # the article has no output for this version; counted, not fatal
        return exc


def _record(report: VersionReport, item: EvalItem, result: Any) -> None:
    report.articles += 1
    row: dict[str, Any] = {"id": item.id}
    if isinstance(result, BisumError):
        report.errors[result.code] += 1
        row["error"] = {"code": result.code, "message": result.message}
        report.rows.append(row)
        return
    report.statuses[result.status] += 1
    failed = [c for c in result.checks if not c.passed]
    for check in failed:
        report.failures[f"{check.name} ({check.severity})"] += 1
    usage = result.provenance.usage
    report.usage.update(
        {
            "llm_calls": usage.llm_calls,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.total_tokens,
        }
    )
    row.update(
        status=result.status,
        failed_checks=[{"name": c.name, "severity": c.severity, "field": c.field} for c in failed],
        usage=usage.model_dump(),
    )
    if item.approved is not None:
        distances = _distances(item.kind, result.model_dump(mode="json"), item.approved)
        for name, value in distances.items():
            report.distances.setdefault(name, []).append(value)
        row["distance"] = distances
    report.rows.append(row)


def _distances(kind: str, output: dict[str, Any], approved: dict[str, Any]) -> dict[str, dict[str, float]]:
    pairs: dict[str, tuple[str, str, str]] = {}
    if kind == "summary":
        got_summary, want_summary = output.get("summary") or {}, approved.get("summary") or {}
        for locale in SUMMARY_LOCALES:
            got, want = got_summary.get(locale), want_summary.get(locale)
            if not got or not want:
                continue
            for name in SUMMARY_FIELDS:
                a, b = got.get(name, ""), want.get(name, "")
                if isinstance(a, list) or isinstance(b, list):
                    a, b = "\n".join(a or []), "\n".join(b or [])
                pairs[f"{locale}.{name}"] = (a, b, "zh" if locale.startswith("zh") else "en")
    else:
        want_pairs = approved.get("pairs") or []
        got_pairs = output.get("pairs") or []
        a = "\n".join(p.get("target", "") for p in got_pairs)
        b = "\n".join(p.get("target", "") for p in want_pairs)
        pairs["target"] = (a, b, "zh" if _HAN.search(b) else "en")
    return {
        name: {"similarity": round(similarity(a, b), 3), "rouge_l": round(rouge_l(a, b, lang), 3)}
        for name, (a, b, lang) in pairs.items()
    }


def similarity(a: str, b: str) -> float:
    """Character-level similarity in [0, 1] (difflib's ratio: 2 * matches / total length)."""
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def rouge_l(candidate: str, reference: str, lang: str) -> float:
    """ROUGE-L F1: longest common subsequence of words (English, lower case) or of Han characters,
    Latin words and numbers (Chinese); punctuation and spaces dropped."""
    pattern = _ZH_UNIT if lang == "zh" else _EN_WORD
    got, want = pattern.findall(candidate.lower()), pattern.findall(reference.lower())
    if not got or not want:
        return 1.0 if not got and not want else 0.0
    lcs = _lcs(got, want)
    if not lcs:
        return 0.0
    precision, recall = lcs / len(got), lcs / len(want)
    return 2 * precision * recall / (precision + recall)


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def gate(reports: list[VersionReport]) -> dict[str, Any] | None:
    """The regression gate: the candidate may become the default only if it fails no more error checks
    (and has no more generation errors) than the baseline on the same set."""
    if len(reports) < 2:
        return None
    candidate, baseline = reports
    checks = {"candidate": candidate.error_failures, "baseline": baseline.error_failures}
    errors = {"candidate": sum(candidate.errors.values()), "baseline": sum(baseline.errors.values())}
    return {
        "candidate": candidate.prompt,
        "baseline": baseline.prompt,
        "error_check_failures": checks,
        "generation_errors": errors,
        "passed": checks["candidate"] <= checks["baseline"] and errors["candidate"] <= errors["baseline"],
    }
