"""Build cases.jsonl from the per-article specs in spec/*.yaml.

A spec holds one faithful body and its variants. A variant names its defect and the one field it
changes, and says how: `replace: [old, new]` (old must occur exactly once in that field's text, or in
exactly one item of a list field), or `value:` (the field's new value). A variant may also add or drop
grounding entities, carry a `disclaimer`, or take its whole body from another article's faithful case
(`from_article`, for wrong_article); an entity_invented variant may add its entity on the other language
side too (`also`, the counterpart field). Writing the defects as edits keeps every variant identical to its
faithful case outside the named field, which is what the evaluation needs.

    python benchmarks/checks/holdout/build.py      # rewrites benchmarks/checks/holdout/cases.jsonl
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def field_steps(field: str) -> list[str | int]:
    """'summary.zh-Hans.key_points[2]' -> ['summary', 'zh-Hans', 'key_points', 2]."""
    steps: list[str | int] = []
    for part in field.split("."):
        for name, index in _STEP.findall(part):
            steps.append(int(index) if index else name)
    return steps


def get_field(body: dict[str, Any], field: str) -> Any:
    node: Any = body
    for step in field_steps(field):
        node = node[step]
    return node


def set_field(body: dict[str, Any], field: str, value: Any) -> None:
    steps = field_steps(field)
    node: Any = body
    for step in steps[:-1]:
        node = node[step] if not isinstance(node, dict) or step in node else node.setdefault(step, {})
    node[steps[-1]] = value


def replace_once(value: Any, old: str, new: str, where: str) -> Any:
    if isinstance(value, str):
        if value.count(old) != 1:
            raise ValueError(f"{where}: {old!r} occurs {value.count(old)} times in {value!r}")
        return value.replace(old, new)
    hits = [i for i, item in enumerate(value) if old in item]
    if len(hits) != 1:
        raise ValueError(f"{where}: {old!r} is in {len(hits)} items of {value!r}")
    return [replace_once(item, old, new, where) if i == hits[0] else item for i, item in enumerate(value)]


def build_variant(spec: dict[str, Any], variant: dict[str, Any], faithful_by_article: dict) -> dict:
    article = spec["article"]
    prefix = "translation-" if spec.get("task") == "translation" else ""
    where = f"{article}/{prefix}{variant['id']}"
    if "from_article" in variant:
        body = copy.deepcopy(faithful_by_article[variant["from_article"]])
    else:
        body = copy.deepcopy(spec["faithful"])
    field = variant["field"]
    if "replace" in variant:
        old, new = variant["replace"]
        set_field(body, field, replace_once(get_field(body, field), old, new, where))
    elif "value" in variant:
        set_field(body, field, variant["value"])
    elif "disclaimer" not in variant and "from_article" not in variant:
        raise ValueError(f"{where}: a variant needs replace, value, disclaimer or from_article")
    for extra in variant.get("also", []):
        # Only an invented entity may touch a second field: it is added on both language sides.
        if variant["kind"] != "entity_invented":
            raise ValueError(f"{where}: only entity_invented variants may edit a second field")
        old, new = extra["replace"]
        set_field(body, extra["field"], replace_once(get_field(body, extra["field"]), old, new, where))
    if "disclaimer" in variant:
        body["disclaimer"] = variant["disclaimer"]
    entities = body.get("grounding", {}).get("entities")
    for source in variant.get("entities_drop", []):
        kept = [e for e in entities if e["source"] != source]
        if len(kept) == len(entities):
            raise ValueError(f"{where}: no entity with source {source!r} to drop")
        entities[:] = kept
    entities_extra = variant.get("entities_add", [])
    if entities_extra:
        entities.extend(entities_extra)
    defect = {"kind": variant["kind"], "field": field, "note": variant["note"]}
    if variant.get("also"):
        defect["also_fields"] = [extra["field"] for extra in variant["also"]]
    return {"id": where, "article": article, "format": spec["format"], "defect": defect, "body": body}


def source_paragraphs(article: str, fmt: str) -> list[str]:
    """The cleaned paragraphs bisum itself works from, so pairs line up with what the service sees."""
    from service.config import get_settings
    from service.pipeline import prepare_source
    from service.schemas import DetectRequest
    from service.text.normalize import decode_bytes

    path = HERE / "articles" / f"{article}.{'html' if fmt == 'html' else 'txt'}"
    raw = decode_bytes(path.read_bytes())
    request = DetectRequest(html=raw) if fmt == "html" else DetectRequest(text=raw)
    return list(prepare_source(request, get_settings()).normalized.paragraphs)


def translation_body(spec: dict[str, Any]) -> dict[str, Any]:
    sources = source_paragraphs(spec["article"], spec["format"])
    targets = spec["translations"]
    if len(sources) != len(targets):
        raise ValueError(f"{spec['article']}: {len(sources)} paragraphs but {len(targets)} translations")
    pairs = [{"source": s, "target": t} for s, t in zip(sources, targets, strict=True)]
    return {"pairs": pairs, "target": spec["target"]}


def load_specs() -> list[dict[str, Any]]:
    specs = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(HERE.glob("spec/*.yaml"))]
    for spec in specs:
        if spec.get("task") == "translation":
            spec["faithful"] = translation_body(spec)
    return specs


def build(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    summaries = [s for s in specs if s.get("task", "summary") == "summary"]
    faithful_by_article = {s["article"]: s["faithful"] for s in summaries}
    cases: list[dict[str, Any]] = []
    for spec in specs:
        faithful_id = "translation-faithful" if spec.get("task") == "translation" else "faithful"
        cases.append(
            {
                "id": f"{spec['article']}/{faithful_id}",
                "article": spec["article"],
                "format": spec["format"],
                "defect": None,
                "body": spec["faithful"],
            }
        )
        cases.extend(build_variant(spec, v, faithful_by_article) for v in spec.get("variants", []))
    return cases


def main() -> int:
    cases = build(load_specs())
    out = HERE / "cases.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for case in cases:
            handle.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
