"""Loading and validating the checker evaluation sets, `benchmarks/checks/<set>/cases.jsonl` + `articles/`.

A set is data other people write by hand, so every rule a case must follow is checked here, with a message
naming the case: lines parse, ids are unique, every variant has its article's faithful case and differs from
it only in the field its defect names, entity sources occur verbatim in the article, and key-point source
paragraphs exist. `benchmarks/checks.py` refuses to measure a set that fails, and a test keeps them valid.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from service.text.normalize import normalize

SETS_DIR = Path(__file__).resolve().parent / "checks"

KINDS = frozenset(
    {
        "number_changed",
        "number_swapped_in_article",
        "unit_or_scale",
        "percent_vs_points",
        "date_changed",
        "count_word_changed",
        "number_unit_mismatch",
        "name_swapped_one_side",
        "entity_invented",
        "key_points_misaligned",
        "nationality_region_changed",
        "injected_instruction_obeyed",
        "link_added",
        "wrong_article",
        "script_mixed",
        "wrong_language",
        "disclaimer_wrong",
        "negation_flipped",
    }
)
ENTITY_TYPES = frozenset({"person", "organization", "product", "place", "other"})
SUMMARY_LOCALES = ("en", "zh-Hans")
SUMMARY_FIELDS = ("title", "one_line", "summary", "key_points")
# Which parts of the body a defect kind may change besides its own field.
EXTRA_CHANGES = {
    "entity_invented": ("grounding",),
    # A model that writes a different key point also cites what that point rests on.
    "key_points_misaligned": ("grounding.key_point_sources",),
    "name_swapped_one_side": ("grounding",),
    "wrong_article": ("summary", "keywords", "grounding"),
    "disclaimer_wrong": ("disclaimer",),
}
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Case:
    set_name: str
    id: str
    article: str
    format: str
    defect: dict[str, Any] | None
    body: dict[str, Any]
    line: int = 0

    @property
    def is_faithful(self) -> bool:
        return self.defect is None


@dataclass
class Article:
    raw: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def set_names() -> list[str]:
    return sorted(path.parent.name for path in SETS_DIR.glob("*/cases.jsonl"))


def article_path(folder: Path, article_id: str, fmt: str) -> Path:
    return folder / "articles" / f"{article_id}.{'html' if fmt == 'html' else 'txt'}"


@lru_cache(maxsize=256)
def _load_article(path: Path, fmt: str) -> Article:
    raw = path.read_text(encoding="utf-8")
    return Article(raw=raw, paragraphs=normalize(raw, html=fmt == "html").paragraphs)


def load_article(folder: Path, case: Case) -> Article:
    return _load_article(article_path(folder, case.article, case.format), case.format)


def load_cases(folder: Path) -> tuple[list[Case], list[str]]:
    """Every parseable case of a set, and a problem line for each line that is not one."""
    cases, problems = [], []
    lines = (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            cases.append(
                Case(
                    set_name=folder.name,
                    id=row["id"],
                    article=row["article"],
                    format=row.get("format", "text"),
                    defect=row["defect"],
                    body=row["body"],
                    line=number,
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            problems.append(f"{folder.name}/cases.jsonl:{number}: not a case ({exc!r})")
    return cases, problems


def request_body(folder: Path, case: Case, *, grounded: bool) -> dict[str, Any]:
    """The `POST /v1/checks` body: the case body plus the article as `text` or `html`."""
    body = copy.deepcopy(case.body)
    if not grounded:
        body.pop("grounding", None)
    raw = load_article(folder, case).raw
    body["html" if case.format == "html" else "text"] = raw
    return body


# --- diffs between a variant and its faithful case --------------------------------------------------


def diff_paths(left: Any, right: Any, prefix: str = "") -> Iterator[str]:
    """Paths (`summary.en.key_points[1]`) where two JSON values differ."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right)):
            path = f"{prefix}.{key}" if prefix else key
            if key not in left or key not in right:
                yield path
            else:
                yield from diff_paths(left[key], right[key], path)
    elif isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            yield from diff_paths(a, b, f"{prefix}[{index}]")
    elif left != right:
        yield prefix


def under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith((prefix + ".", prefix + "["))


def resolves(body: Any, path: str) -> bool:
    node = body
    for name, index in re.findall(r"([^.\[\]]+)(?:\[(\d+)\])?", path):
        if not isinstance(node, dict) or name not in node:
            return False
        node = node[name]
        if index:
            if not isinstance(node, list) or int(index) >= len(node):
                return False
            node = node[int(index)]
    return True


# --- the rules --------------------------------------------------------------------------------


def _shape_problems(case: Case) -> Iterator[str]:
    body = case.body
    if case.format not in ("text", "html"):
        yield f"format {case.format!r} is neither text nor html"
    if not case.id.startswith(case.article + "/"):
        yield f"id does not start with its article {case.article!r}"
    if case.defect is not None:
        if case.defect.get("kind") not in KINDS:
            yield f"unknown defect kind {case.defect.get('kind')!r}"
        if not case.defect.get("field") or not case.defect.get("note"):
            yield "defect needs a field and a note"
    if "pairs" in body:
        pairs = body["pairs"]
        if not isinstance(pairs, list) or not all({"source", "target"} <= set(p) for p in pairs):
            yield "pairs must be a list of {source, target}"
        if "target" not in body:
            yield "pairs need a target"
        return
    summary = body.get("summary")
    if not isinstance(summary, dict):
        yield "body has neither summary nor pairs"
        return
    for locale in SUMMARY_LOCALES:
        part = summary.get(locale)
        if not isinstance(part, dict) or any(name not in part for name in SUMMARY_FIELDS):
            yield f"summary.{locale} needs {', '.join(SUMMARY_FIELDS)}"


def _style_problems(case: Case) -> Iterator[str]:
    """The brief's medium-length shape, for faithful summaries (variants may break it on purpose)."""
    summary = case.body["summary"]
    en, zh = summary["en"], summary["zh-Hans"]
    words = len(en["summary"].split())
    if not 80 <= words <= 150:
        yield f"summary.en.summary has {words} words (80-150)"
    chars = len(re.sub(r"\s", "", zh["summary"]))
    if not 150 <= chars <= 280:
        yield f"summary.zh-Hans.summary has {chars} characters (150-280)"
    if not 3 <= len(en["key_points"]) <= 5 or len(en["key_points"]) != len(zh["key_points"]):
        yield "key points: 3-5 per language, as many in en as in zh-Hans"
    if len(en["one_line"].split()) >= 30:
        yield "summary.en.one_line has 30 words or more"
    if len(zh["one_line"]) >= 55:
        yield f"summary.zh-Hans.one_line has {len(zh['one_line'])} characters (under 55)"
    for locale, part in (("en", en), ("zh-Hans", zh)):
        if part["title"].rstrip().endswith((".", "。")):
            yield f"summary.{locale}.title ends with a period"
        keywords = case.body.get("keywords", {}).get(locale, [])
        if not 5 <= len(keywords) <= 8:
            yield f"keywords.{locale} has {len(keywords)} keywords (5-8)"
    if _HAN.search(en["summary"] + en["title"]):
        yield "summary.en has Chinese characters"


def _grounding_problems(case: Case, article: Article, *, check_sources: bool) -> Iterator[str]:
    grounding = case.body.get("grounding")
    if grounding is None:
        return
    for entity in grounding.get("entities", []):
        if set(entity) != {"en", "zh", "source", "type"} or entity["type"] not in ENTITY_TYPES:
            yield f"entity {entity!r} needs en, zh, source and a type of {sorted(ENTITY_TYPES)}"
        elif check_sources and entity["source"] not in article.text and entity["source"] not in article.raw:
            yield f"entity source {entity['source']!r} does not occur in the article"
    paragraphs = len(article.paragraphs)
    for locale, sources in grounding.get("key_point_sources", {}).items():
        points = case.body.get("summary", {}).get(locale, {}).get("key_points", [])
        if len(sources) != len(points):
            yield f"key_point_sources.{locale} has {len(sources)} entries for {len(points)} key points"
        if check_sources and any(not 1 <= n <= paragraphs for numbers in sources for n in numbers):
            yield f"key_point_sources.{locale} names a paragraph outside 1-{paragraphs}"


def _pairs_problems(case: Case, article: Article) -> Iterator[str]:
    pairs = case.body["pairs"]
    if len(pairs) != len(article.paragraphs):
        yield f"{len(pairs)} pairs for {len(article.paragraphs)} source paragraphs"
    elif case.is_faithful:
        for index, (pair, paragraph) in enumerate(zip(pairs, article.paragraphs, strict=True)):
            if pair["source"] != paragraph:
                yield f"pairs[{index}].source is not source paragraph {index + 1}"


def _other_side(path: str) -> list[str]:
    """`summary.en.key_points[1]` -> [`summary.zh-Hans`, `keywords.zh-Hans`] (and the reverse)."""
    for mine, other in (("en", "zh-Hans"), ("zh-Hans", "en")):
        if path.startswith((f"summary.{mine}", f"keywords.{mine}")):
            return [f"summary.{other}", f"keywords.{other}"]
    return []


def _variant_problems(case: Case, faithful: Case) -> Iterator[str]:
    kind, defect_field = case.defect["kind"], case.defect["field"]
    if case.format != faithful.format:
        yield "format differs from the faithful case"
    # A disclaimer defect may be a missing language: then only the disclaimer itself must be there.
    target = "disclaimer" if kind == "disclaimer_wrong" else defect_field
    if not (resolves(case.body, target) or resolves(faithful.body, target)):
        yield f"field {defect_field!r} exists neither in the variant nor in its faithful case"
    changed = list(diff_paths(faithful.body, case.body))
    if not changed:
        yield "identical to its faithful case"
    allowed = [defect_field, *EXTRA_CHANGES.get(kind, ())]
    if case.defect.get("also"):
        allowed.append(case.defect["also"])
    if kind == "entity_invented":  # added in both languages: anywhere on the other side too
        allowed.extend(_other_side(defect_field))
    if kind == "key_points_misaligned":  # a swap touches two key points of one side
        allowed.append(re.sub(r"\[\d+\]$", "", defect_field))
    stray = [path for path in changed if not any(under(path, prefix) for prefix in allowed)]
    if stray:
        yield f"changes outside its field {defect_field!r}: {stray}"


def style_notes(folder: Path) -> list[str]:
    """The brief's shape rules for faithful summaries (lengths, counts, titles): worth fixing, but not
    what makes a set unusable, so they are reported apart from `validate_set`'s problems."""
    cases, _ = load_cases(folder)
    return [
        f"{folder.name}/{case.id}: {note}"
        for case in cases
        if case.is_faithful and isinstance(case.body.get("summary"), dict)
        for note in _style_problems(case)
    ]


def validate_set(folder: Path) -> list[str]:
    """Every problem of one set, each prefixed with the set and case id; empty when the set is valid."""
    cases, problems = load_cases(folder)
    seen: set[str] = set()
    # One faithful case per article and output kind (a summary, a translation's pairs).
    faithful = {(case.article, "pairs" in case.body): case for case in cases if case.is_faithful}
    for case in cases:
        where = f"{folder.name}/{case.id} (line {case.line})"
        found = [f"{where}: {problem}" for problem in _shape_problems(case)]
        if case.id in seen:
            found.append(f"{where}: duplicate id")
        seen.add(case.id)
        path = article_path(folder, case.article, case.format)
        if not path.is_file():
            found.append(f"{where}: no article file {path.relative_to(folder)}")
        if found:
            problems.extend(found)
            continue
        article = load_article(folder, case)
        is_summary = "summary" in case.body
        if is_summary:
            wrong_article = (case.defect or {}).get("kind") == "wrong_article"
            # Variants may add entities with made-up sources (entity_invented): only faithful sources count.
            problems.extend(
                f"{where}: {problem}"
                for problem in _grounding_problems(case, article, check_sources=case.is_faithful)
                if not (wrong_article and "outside" in problem)
            )
        else:
            problems.extend(f"{where}: {problem}" for problem in _pairs_problems(case, article))
        if not case.is_faithful:
            base = faithful.get((case.article, not is_summary))
            if base is None:
                problems.append(f"{where}: article {case.article!r} has no faithful case of this kind")
            else:
                problems.extend(f"{where}: {problem}" for problem in _variant_problems(case, base))
    return problems
