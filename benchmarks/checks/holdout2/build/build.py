"""Build benchmarks/checks/holdout2/cases.jsonl from the faithful summaries and the defect edits.

    python benchmarks/checks/holdout2/build/build.py [out.jsonl]

Every variant is its faithful case with one edit in one field (plus, for a few kinds, the grounding),
so a variant can never silently differ from its faithful case anywhere else."""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from faithful_en import FAITHFUL_EN  # noqa: E402
from faithful_zh import FAITHFUL_ZH  # noqa: E402
from translations import TARGETS, TRANSLATION_VARIANTS  # noqa: E402
from variants import VARIANTS  # noqa: E402

from service.text.normalize import decode_bytes, normalize  # noqa: E402

SET_DIR = HERE.parent
FAITHFUL = {**FAITHFUL_ZH, **FAITHFUL_EN}
DISCLAIMER = {
    "en": "The above content is AI-generated and for reference only.",
    "zh-Hans": "以上内容由 AI 生成，仅供参考。",
}
END = "$END"  # old == END: append `new` to the field
WHOLE = None  # old is None: `new` replaces the whole field
MISSING = "$MISSING"  # disclaimer: drop this language


def faithful_body(article: str) -> dict:
    entry = FAITHFUL[article]
    sources = [list(s) for s in entry["kps"]]
    return {
        "summary": {"en": copy.deepcopy(entry["en"]), "zh-Hans": copy.deepcopy(entry["zh"])},
        "keywords": {"en": list(entry["kw_en"]), "zh-Hans": list(entry["kw_zh"])},
        "length": "medium",
        "grounding": {
            "entities": [
                {"en": en, "zh": zh, "source": source, "type": kind}
                for en, zh, source, kind in entry["entities"]
            ],
            "key_point_sources": {"en": sources, "zh-Hans": copy.deepcopy(sources)},
        },
    }


def article_paragraphs(article: str) -> list[str]:
    file = FAITHFUL[article]["file"]
    raw = decode_bytes((SET_DIR / "articles" / file).read_bytes())
    return normalize(raw, html=file.endswith(".html")).paragraphs


def translation_body(article: str) -> dict:
    target, translations = TARGETS[article]
    sources = article_paragraphs(article)
    assert len(sources) == len(translations), (
        f"{article}: {len(sources)} paragraphs, {len(translations)} translations"
    )
    return {
        "pairs": [{"source": s, "target": t} for s, t in zip(sources, translations, strict=True)],
        "target": target,
    }


_PAIR = re.compile(r"^pairs\[(\d+)\]\.target$")
_PATH = re.compile(r"^(summary)\.(en|zh-Hans)\.(title|one_line|summary|key_points)(?:\[(\d+)\])?$")


def locate(body: dict, field: str) -> tuple[object, object]:
    """(container, key) of a field name such as summary.zh-Hans.key_points[2] or keywords.en."""
    match = _PATH.match(field)
    if match:
        _, lang, part, index = match.groups()
        block = body["summary"][lang]
        if index is not None:
            return block[part], int(index)
        return block, part
    pair = _PAIR.match(field)
    if pair:
        return body["pairs"][int(pair.group(1))], "target"
    head, _, lang = field.partition(".")
    if head in ("keywords", "disclaimer") and lang in ("en", "zh-Hans"):
        return body.setdefault(head, dict(DISCLAIMER) if head == "disclaimer" else {}), lang
    raise ValueError(f"unknown field {field!r}")


def edit_value(value: object, old: object, new: object, where: str) -> object:
    if isinstance(old, tuple) and old[0] == "swap":
        items = list(value)
        i, j = old[1], old[2]
        items[i], items[j] = items[j], items[i]
        return items
    if old is WHOLE:
        return new
    if isinstance(value, list):  # keywords
        if old == END:
            return [*value, new]
        assert value.count(old) == 1, f"{where}: keyword {old!r} not found once"
        return [new if item == old else item for item in value]
    if old == END:
        return f"{value}{new}"
    assert isinstance(value, str) and value.count(old) == 1, f"{where}: {old!r} not found once in {value!r}"
    return value.replace(old, new)


def build_variant(spec: dict) -> dict:
    article = spec["article"]
    where = f"{article}/{spec['slug']}"
    if spec["field"].startswith("pairs["):
        body = translation_body(article)
        container, key = locate(body, spec["field"])
        new = container["source"] if spec["new"] is None else spec["new"]  # untranslated paragraph
        container[key] = edit_value(container[key], spec.get("old"), new, where)
    elif spec["kind"] == "wrong_article":
        body = faithful_body(spec["other"])
    else:
        body = faithful_body(article)
        container, key = locate(body, spec["field"])
        if spec.get("old") == MISSING:
            del container[key]
        else:
            container[key] = edit_value(container[key], spec.get("old"), spec["new"], where)
    for entity in spec.get("add_entities", ()):
        en, zh, source, kind = entity
        body["grounding"]["entities"].append({"en": en, "zh": zh, "source": source, "type": kind})
    for lang, sources in spec.get("kps", {}).items():
        body["grounding"]["key_point_sources"][lang] = sources
    return case(
        article, spec["slug"], body, {"kind": spec["kind"], "field": spec["field"], "note": spec["note"]}
    )


def case(article: str, slug: str, body: dict, defect: dict | None) -> dict:
    file = FAITHFUL[article]["file"]
    return {
        "id": f"{article}/{slug}",
        "article": article,
        "format": "html" if file.endswith(".html") else "text",
        "defect": defect,
        "body": body,
    }


def main() -> int:
    cases = [case(article, "faithful", faithful_body(article), None) for article in FAITHFUL]
    cases += [build_variant(spec) for spec in VARIANTS]
    cases += [case(article, "translation-faithful", translation_body(article), None) for article in TARGETS]
    cases += [build_variant(spec) for spec in TRANSLATION_VARIANTS]
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else SET_DIR / "cases.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for item in cases:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
