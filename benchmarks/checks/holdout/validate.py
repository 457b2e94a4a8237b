"""Validate a checks evaluation set: a folder with articles/ and cases.jsonl.

    python benchmarks/checks/validate.py benchmarks/checks/holdout

Every line parses; ids are unique; each variant's article has a faithful case; the defect field exists
and differs from the faithful case, and nothing else differs (grounding may change for entity kinds,
the disclaimer for disclaimer kinds, everything for wrong_article); grounding sources occur verbatim
in the cleaned article text; key-point source paragraphs are in range and one list per key point;
summary lengths and counts follow the medium-length brief. Exit 1 with one line per problem.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from service.config import get_settings
from service.pipeline import prepare_source
from service.schemas import DetectRequest
from service.text.normalize import decode_bytes

KINDS = {
    "number_changed", "number_swapped_in_article", "unit_or_scale", "percent_vs_points", "date_changed",
    "count_word_changed", "number_unit_mismatch", "name_swapped_one_side", "entity_invented",
    "key_points_misaligned", "nationality_region_changed", "injected_instruction_obeyed", "link_added",
    "wrong_article", "script_mixed", "wrong_language", "disclaimer_wrong", "negation_flipped",
}  # fmt: skip
LANGS = ("en", "zh-Hans")


def load_article(folder: Path, article: str, fmt: str) -> tuple[str, list[str]]:
    path = folder / "articles" / f"{article}.{'html' if fmt == 'html' else 'txt'}"
    raw = decode_bytes(path.read_bytes())
    request = DetectRequest(html=raw) if fmt == "html" else DetectRequest(text=raw)
    normalized = prepare_source(request, get_settings()).normalized
    return normalized.text, list(normalized.paragraphs)


def flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    """Leaf path -> value, with the field syntax of the cases (summary.en.key_points[2])."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            out.update(flatten(value, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(node, list) and prefix.split(".")[0] in ("summary", "pairs"):
        out = {}
        for i, value in enumerate(node):
            out.update(flatten(value, f"{prefix}[{i}]"))
        return out
    return {prefix: node}


def han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def shape_problems(body: dict[str, Any]) -> list[str]:
    problems = []
    for lang in LANGS:
        s = body["summary"][lang]
        kp = s["key_points"]
        if not 3 <= len(kp) <= 5:
            problems.append(f"{lang}: {len(kp)} key points")
        if lang == "en":
            words = len(s["summary"].split())
            if not 80 <= words <= 150:
                problems.append(f"en summary has {words} words")
            if len(s["one_line"].split()) >= 30:
                problems.append("en one_line has 30+ words")
        else:
            chars = han_count(s["summary"])
            if not 150 <= chars <= 280:
                problems.append(f"zh summary has {chars} Han characters")
            if len(s["one_line"]) >= 55:
                problems.append(f"zh one_line has {len(s['one_line'])} characters")
        if s["title"].rstrip().endswith((".", "。")):
            problems.append(f"{lang} title ends with a period")
        if not 5 <= len(body["keywords"][lang]) <= 8:
            problems.append(f"{lang}: {len(body['keywords'][lang])} keywords")
    if len(body["summary"]["en"]["key_points"]) != len(body["summary"]["zh-Hans"]["key_points"]):
        problems.append("EN and ZH key point counts differ")
    return problems


def grounding_problems(body: dict[str, Any], text: str, paragraphs: list[str]) -> list[str]:
    problems = []
    grounding = body["grounding"]
    for entity in grounding["entities"]:
        if entity["type"] not in ("person", "organization", "product", "place"):
            problems.append(f"entity type {entity['type']!r}")
        if entity["source"] not in text:
            problems.append(f"entity source {entity['source']!r} not in the cleaned article")
    for lang in LANGS:
        sources = grounding["key_point_sources"][lang]
        if len(sources) != len(body["summary"][lang]["key_points"]):
            problems.append(f"{lang}: {len(sources)} key point source lists")
        for numbers in sources:
            if not numbers or any(not 1 <= n <= len(paragraphs) for n in numbers):
                problems.append(f"{lang}: paragraph numbers {numbers} out of 1..{len(paragraphs)}")
    return problems


def task_of(case: dict[str, Any]) -> str:
    return "translation" if "pairs" in case["body"] else "summary"


def pair_problems(body: dict[str, Any], paragraphs: list[str]) -> list[str]:
    """One pair per cleaned source paragraph, in order, with a target for each."""
    sources = [pair["source"] for pair in body["pairs"]]
    if sources != paragraphs:
        return [f"pair sources differ from the {len(paragraphs)} cleaned paragraphs"]
    return [f"pairs[{i}] has no target" for i, pair in enumerate(body["pairs"]) if not pair["target"].strip()]


def variant_problems(case: dict[str, Any], faithful: dict[str, Any]) -> list[str]:
    defect = case["defect"]
    problems = [] if defect["kind"] in KINDS else [f"unknown kind {defect['kind']!r}"]
    if defect["kind"] == "wrong_article":
        return problems if case["body"] != faithful["body"] else ["wrong_article body equals faithful"]
    before, after = flatten(faithful["body"]), flatten(case["body"])
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    field = defect["field"]
    if defect["kind"] == "disclaimer_wrong":
        # A missing language is the defect itself, so the field may be absent; the rest must not change.
        extra = {k for k in changed if not k.startswith("disclaimer.")}
        return problems + ([f"also changed: {sorted(extra)}"] if extra else [])
    if field not in after:
        problems.append(f"field {field} does not exist")
    if field not in changed:
        problems.append(f"field {field} is unchanged")
    allowed = {field}
    if defect["kind"] == "entity_invented":
        allowed.add("grounding.entities")
        allowed |= set(defect.get("also_fields", []))
    extra = changed - allowed
    if extra:
        problems.append(f"also changed: {sorted(extra)}")
    return problems


def validate(folder: Path) -> tuple[list[str], list[dict[str, Any]]]:
    problems: list[str] = []
    cases = []
    for number, line in enumerate((folder / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: {exc}")
    ids = Counter(c["id"] for c in cases)
    problems += [f"{i}: duplicate id" for i, n in ids.items() if n > 1]
    faithful = {(c["article"], task_of(c)): c for c in cases if c["defect"] is None}
    articles: dict[str, tuple[str, list[str]]] = {}
    for case in cases:
        key = case["article"]
        if key not in articles:
            articles[key] = load_article(folder, key, case["format"])
        text, paragraphs = articles[key]
        body = case["body"]
        found = []
        if case["defect"] is None and task_of(case) == "summary":
            found += shape_problems(body) + grounding_problems(body, text, paragraphs)
        if case["defect"] is None and task_of(case) == "translation":
            found += pair_problems(body, paragraphs)
        if case["defect"] is not None:
            if (key, task_of(case)) not in faithful:
                found.append(f"no faithful {task_of(case)} case for this article")
            else:
                found += variant_problems(case, faithful[(key, task_of(case))])
        problems += [f"{case['id']}: {p}" for p in found]
    return problems, cases


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "benchmarks/checks/holdout")
    problems, cases = validate(folder)
    for problem in problems:
        print(problem)
    kinds = Counter(c["defect"]["kind"] for c in cases if c["defect"])
    faithful = sum(1 for c in cases if not c["defect"])
    print(f"{len(cases)} cases, {faithful} faithful, {sum(kinds.values())} variants")
    for kind, n in sorted(kinds.items()):
        print(f"  {kind:28} {n}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
