"""Writes `cases.jsonl` from `faithful.py` (one faithful body per article) and `variants.py` (one defect
per variant, stated as an edit of one field of the faithful body).
Run: python benchmarks/checks/dev/build_cases.py

Stating each defect as an edit, with the edited text asserted to occur exactly once, keeps every variant a
single, reviewable change of its faithful case.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from faithful import FAITHFUL
from translations import TR_VARIANTS, TRANSLATIONS
from variants import VARIANTS

from service.text.normalize import normalize

HERE = Path(__file__).resolve().parent
LANGS = {"en": 0, "zh": 1}
LOCALE = {"en": "en", "zh": "zh-Hans"}
_PATH_PART = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")


def faithful_body(article_id: str) -> dict[str, Any]:
    entry = FAITHFUL[article_id]
    summary = {}
    for lang in ("en", "zh"):
        title, one_line, text, points = entry[lang]
        summary[LOCALE[lang]] = {
            "title": title,
            "one_line": one_line,
            "summary": text,
            "key_points": list(points),
        }
    return {
        "summary": summary,
        "keywords": {"en": list(entry["kw_en"]), "zh-Hans": list(entry["kw_zh"])},
        "length": "medium",
        "grounding": {
            "entities": [
                {"en": en, "zh": zh, "source": source, "type": kind}
                for en, zh, source, kind in entry["entities"]
            ],
            "key_point_sources": {
                "en": copy.deepcopy(entry["sources"]),
                "zh-Hans": copy.deepcopy(entry["sources"]),
            },
        },
    }


def translation_body(article_id: str) -> dict[str, Any]:
    """One pair per cleaned source paragraph, the sources exactly as `bisum normalize` prints them."""
    file = FAITHFUL[article_id]["file"]
    raw = (HERE / "articles" / file).read_text(encoding="utf-8")
    paragraphs = normalize(raw, html=file.endswith(".html")).paragraphs
    target, texts = TRANSLATIONS[article_id]
    if len(texts) != len(paragraphs):
        raise ValueError(f"{article_id}: {len(texts)} translated paragraphs for {len(paragraphs)} sources")
    pairs = [{"source": source, "target": text} for source, text in zip(paragraphs, texts, strict=True)]
    return {"pairs": pairs, "target": target}


def split_path(path: str) -> list[str | int]:
    """`summary.zh-Hans.key_points[2]` -> ["summary", "zh-Hans", "key_points", 2]."""
    parts: list[str | int] = []
    for match in _PATH_PART.finditer(path):
        parts.append(match.group(1))
        if match.group(2) is not None:
            parts.append(int(match.group(2)))
    return parts


def get_path(body: Any, path: str) -> Any:
    node = body
    for part in split_path(path):
        node = node[part]
    return node


def set_path(body: Any, path: str, value: Any) -> None:
    parts = split_path(path)
    node = body
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = value


def replace_once(text: str, old: str, new: str, where: str) -> str:
    count = text.count(old)
    if count != 1:
        raise ValueError(f"{where}: {old!r} occurs {count} times in {text!r}")
    return text.replace(old, new)


def apply(body: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    body = copy.deepcopy(body)
    field, op = spec["field"], spec["op"]
    where = f"{spec['article']}/{spec['slug']}"
    action = op[0]
    if action == "rep":
        current = get_path(body, field)
        if isinstance(current, list):  # a keyword list: replace one element
            index = current.index(op[1])
            current[index] = op[2]
        else:
            set_path(body, field, replace_once(current, op[1], op[2], where))
    elif action == "append":
        set_path(body, field, get_path(body, field) + op[1])
    elif action == "set":
        set_path(body, field, op[1])
    elif action == "copy":  # the field is given the text of another field (wrong language)
        set_path(body, field, copy.deepcopy(get_path(body, op[1])))
    elif action == "swap":  # key points i and j swapped on one side
        points = get_path(body, field)
        points[op[1]], points[op[2]] = points[op[2]], points[op[1]]
    elif action == "article":  # the whole output of another article
        other = faithful_body(op[1])
        for key in ("summary", "keywords", "grounding"):
            body[key] = other[key]
    elif action == "disclaimer":
        body["disclaimer"] = op[1]
    else:
        raise ValueError(f"{where}: unknown op {action}")
    if spec.get("also"):  # the same defect on the other language side (entity_invented)
        also_field, old, new = spec["also"]
        set_path(body, also_field, replace_once(get_path(body, also_field), old, new, where))
    if spec.get("entity"):
        en, zh, source, kind = spec["entity"]
        body["grounding"]["entities"].append({"en": en, "zh": zh, "source": source, "type": kind})
    return body


def article_format(file: str) -> str:
    return "html" if file.endswith(".html") else "text"


def build() -> list[dict[str, Any]]:
    cases = []
    for article_id, entry in FAITHFUL.items():
        cases.append(
            {
                "id": f"{article_id}/faithful",
                "article": article_id,
                "format": article_format(entry["file"]),
                "defect": None,
                "body": faithful_body(article_id),
            }
        )
    for article_id in TRANSLATIONS:
        cases.append(
            {
                "id": f"{article_id}/translation",
                "article": article_id,
                "format": article_format(FAITHFUL[article_id]["file"]),
                "defect": None,
                "body": translation_body(article_id),
            }
        )
    specs = [(spec, faithful_body) for spec in VARIANTS] + [(spec, translation_body) for spec in TR_VARIANTS]
    for spec, base in specs:
        article_id = spec["article"]
        defect = {"kind": spec["kind"], "field": spec["field"], "note": spec["note"]}
        if spec.get("also"):
            defect["also"] = spec["also"][0]
        cases.append(
            {
                "id": f"{article_id}/{spec['slug']}",
                "article": article_id,
                "format": article_format(FAITHFUL[article_id]["file"]),
                "defect": defect,
                "body": apply(base(article_id), spec),
            }
        )
    return cases


def main() -> None:
    cases = build()
    with (HERE / "cases.jsonl").open("w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {HERE / 'cases.jsonl'}")


if __name__ == "__main__":
    main()
