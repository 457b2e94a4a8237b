"""Validate a checks evaluation set: python benchmarks/checks/validate.py benchmarks/checks/<set>

Errors (exit 1): a line that does not parse, a duplicate id, a missing article file, a variant whose
faithful case is missing or which equals it, a defect field that does not exist in the variant (or in
the faithful case), a variant that differs outside its field (allowed: grounding for entity and key
point kinds, everything for wrong_article), an entity `source` that is not verbatim in the article, a
paragraph number out of range. Warnings: summary shape (lengths, counts) of faithful cases."""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from service.text.normalize import decode_bytes, normalize

GROUNDING_KINDS = {"entity_invented", "key_points_misaligned", "name_swapped_one_side", "wrong_article"}
_INDEXED = re.compile(r"^(.*)\[(\d+)\]$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def get_field(body: dict, field: str) -> object:
    """The value at a dotted field name (locale names may contain '-'); KeyError/IndexError if absent."""
    node: object = body
    for part in field.split("."):
        match = _INDEXED.match(part)
        node = node[match.group(1)][int(match.group(2))] if match else node[part]  # type: ignore[index]
    return node


def without_field(body: dict, field: str) -> dict:
    """A copy of body with the field removed (set to None), to compare everything else."""
    copy = json.loads(json.dumps(body))
    steps: list[str | int] = []
    for part in field.split("."):
        match = _INDEXED.match(part)
        steps += [match.group(1), int(match.group(2))] if match else [part]
    parent: object = copy
    for step in steps[:-1]:
        try:
            parent = parent[step]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return copy
    with contextlib.suppress(IndexError, TypeError):
        parent[steps[-1]] = None  # type: ignore[index]
    return copy


def article_texts(folder: Path, article: str) -> tuple[str, list[str]] | None:
    for suffix in (".txt", ".html"):
        path = folder / "articles" / f"{article}{suffix}"
        if path.exists():
            raw = decode_bytes(path.read_bytes())
            normalized = normalize(raw, html=suffix == ".html")
            return raw + "\n" + normalized.text, normalized.paragraphs
    return None


def shape_warnings(case_id: str, body: dict) -> list[str]:
    warnings = []
    for lang, block in body["summary"].items():
        summary = block["summary"]
        size = len(_HAN.findall(summary)) if lang.startswith("zh") else len(summary.split())
        low, high = (150, 280) if lang.startswith("zh") else (80, 150)
        if not low <= size <= high:
            unit = "Han" if lang.startswith("zh") else "words"
            warnings.append(f"{case_id}: {lang} summary has {size} {unit}")
        if not 3 <= len(block["key_points"]) <= 5:
            warnings.append(f"{case_id}: {lang} has {len(block['key_points'])} key points")
        one_line = block["one_line"]
        one_size = len(one_line) if lang.startswith("zh") else len(one_line.split())
        if one_size >= (55 if lang.startswith("zh") else 30):
            warnings.append(f"{case_id}: {lang} one_line is {one_size} long")
        if block["title"].endswith((".", "。")):
            warnings.append(f"{case_id}: {lang} title ends with a period")
    for lang, words in body.get("keywords", {}).items():
        if not 5 <= len(words) <= 8:
            warnings.append(f"{case_id}: {len(words)} {lang} keywords")
    return warnings


def validate(folder: Path) -> tuple[list[str], list[str], Counter]:
    errors: list[str] = []
    warnings: list[str] = []
    cases: dict[str, dict] = {}
    for number, line in enumerate((folder / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {number}: {exc}")
            continue
        if item["id"] in cases:
            errors.append(f"line {number}: duplicate id {item['id']}")
        cases[item["id"]] = item
    kinds: Counter = Counter()
    texts: dict[str, tuple[str, list[str]] | None] = {}
    for case_id, item in cases.items():
        article = item["article"]
        if article not in texts:
            texts[article] = article_texts(folder, article)
        source = texts[article]
        if source is None:
            errors.append(f"{case_id}: no article file for {article}")
            continue
        text, paragraphs = source
        body = item["body"]
        for entity in body.get("grounding", {}).get("entities", []):
            if entity["source"] not in text and not item["defect"]:
                errors.append(f"{case_id}: entity source {entity['source']!r} not in the article")
        for lang, per_point in body.get("grounding", {}).get("key_point_sources", {}).items():
            for numbers in per_point:
                bad = [n for n in numbers if not 1 <= n <= len(paragraphs)]
                if bad:
                    errors.append(f"{case_id}: {lang} paragraph numbers {bad} out of 1..{len(paragraphs)}")
            if "summary" in body and len(per_point) != len(body["summary"][lang]["key_points"]):
                errors.append(f"{case_id}: {lang} key_point_sources and key_points differ in length")
        defect = item["defect"]
        if "pairs" in body and [pair["source"] for pair in body["pairs"]] != paragraphs:
            errors.append(f"{case_id}: pairs do not follow the article's {len(paragraphs)} paragraphs")
        if defect is None:
            if "summary" in body:
                warnings += shape_warnings(case_id, body)
            continue
        kinds[defect["kind"]] += 1
        reference = "translation-faithful" if "pairs" in body else "faithful"
        faithful = cases.get(f"{article}/{reference}")
        if faithful is None:
            errors.append(f"{case_id}: no faithful case for {article}")
            continue
        if body == faithful["body"]:
            errors.append(f"{case_id}: identical to its faithful case")
        if defect["kind"] == "wrong_article":
            continue
        field = defect["field"]
        try:
            get_field(body, field)
        except (KeyError, IndexError, TypeError):
            if not field.startswith("disclaimer."):
                errors.append(f"{case_id}: field {field} does not exist")
        if not field.startswith("disclaimer."):
            try:
                get_field(faithful["body"], field)
            except (KeyError, IndexError, TypeError):
                errors.append(f"{case_id}: field {field} not in the faithful case")
        rest, faithful_rest = without_field(body, field), without_field(faithful["body"], field)
        if field.startswith("disclaimer."):
            rest.pop("disclaimer", None)
        if defect["kind"] in GROUNDING_KINDS:
            rest.pop("grounding", None)
            faithful_rest.pop("grounding", None)
        if rest != faithful_rest:
            errors.append(f"{case_id}: differs from its faithful case outside {field}")
    return errors, warnings, kinds


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "benchmarks/checks/dev2")
    errors, warnings, kinds = validate(folder)
    for line in warnings:
        print(f"warning: {line}")
    for line in errors:
        print(f"error: {line}")
    print(f"{sum(kinds.values())} variants over {len(kinds)} kinds:")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:30} {count}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
