"""The case builder shared by the dev2 and holdout2 sets: a set's cases.jsonl from its faithful summaries
and its defect edits. Each set's build/build.py passes its own folder and data.

Every variant is its faithful case with one edit in one field (plus, for a few kinds, the grounding),
so a variant can never silently differ from its faithful case anywhere else."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path

from service.text.normalize import decode_bytes, normalize

DISCLAIMER = {
    "en": "The above content is AI-generated and for reference only.",
    "zh-Hans": "以上内容由 AI 生成，仅供参考。",
}
END = "$END"  # old == END: append `new` to the field
WHOLE = None  # old is None: `new` replaces the whole field
MISSING = "$MISSING"  # disclaimer: drop this language

_PAIR = re.compile(r"^pairs\[(\d+)\]\.target$")
_PATH = re.compile(r"^(summary)\.(en|zh-Hans)\.(title|one_line|summary|key_points)(?:\[(\d+)\])?$")


def variant(
    article: str, slug: str, kind: str, field: str, old: object, new: object, note: str, **extra: object
) -> dict:
    """One defect edit as the sets' build data records it (`extra`: e.g. `also`, `grounding`)."""
    return {
        "article": article,
        "slug": slug,
        "kind": kind,
        "field": field,
        "old": old,
        "new": new,
        "note": note,
        **extra,
    }


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


@dataclass(frozen=True)
class SetBuilder:
    set_dir: Path  # holds articles/ and, by default, cases.jsonl
    faithful: dict[str, dict]  # article -> its faithful summary entry
    targets: dict[str, tuple]  # article -> (target, paragraph translations)

    def faithful_body(self, article: str) -> dict:
        entry = self.faithful[article]
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

    def article_paragraphs(self, article: str) -> list[str]:
        file = self.faithful[article]["file"]
        raw = decode_bytes((self.set_dir / "articles" / file).read_bytes())
        return normalize(raw, html=file.endswith(".html")).paragraphs

    def translation_body(self, article: str) -> dict:
        target, translations = self.targets[article]
        sources = self.article_paragraphs(article)
        assert len(sources) == len(translations), (
            f"{article}: {len(sources)} paragraphs, {len(translations)} translations"
        )
        return {
            "pairs": [{"source": s, "target": t} for s, t in zip(sources, translations, strict=True)],
            "target": target,
        }

    def build_variant(self, spec: dict) -> dict:
        article = spec["article"]
        where = f"{article}/{spec['slug']}"
        if spec["field"].startswith("pairs["):
            body = self.translation_body(article)
            container, key = locate(body, spec["field"])
            new = container["source"] if spec["new"] is None else spec["new"]  # untranslated paragraph
            container[key] = edit_value(container[key], spec.get("old"), new, where)
        elif spec["kind"] == "wrong_article":
            body = self.faithful_body(spec["other"])
        else:
            body = self.faithful_body(article)
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
        defect = {"kind": spec["kind"], "field": spec["field"], "note": spec["note"]}
        return self.case(article, spec["slug"], body, defect)

    def case(self, article: str, slug: str, body: dict, defect: dict | None) -> dict:
        file = self.faithful[article]["file"]
        return {
            "id": f"{article}/{slug}",
            "article": article,
            "format": "html" if file.endswith(".html") else "text",
            "defect": defect,
            "body": body,
        }

    def write(self, variants: list[dict], translation_variants: list[dict], out: Path | None = None) -> int:
        """Faithful cases, their variants, faithful translations, their variants: written as JSON Lines."""
        cases = [self.case(a, "faithful", self.faithful_body(a), None) for a in self.faithful]
        cases += [self.build_variant(spec) for spec in variants]
        cases += [self.case(a, "translation-faithful", self.translation_body(a), None) for a in self.targets]
        cases += [self.build_variant(spec) for spec in translation_variants]
        out = out or self.set_dir / "cases.jsonl"
        with out.open("w", encoding="utf-8") as handle:
            for item in cases:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"wrote {len(cases)} cases to {out}")
        return 0


def build_folder(build_dir: Path, argv: list[str]) -> int:
    """The build script of a set laid out like holdout3: faithful_en.py / faithful_zh.py (FAITHFUL_EN,
    FAITHFUL_ZH) and variants_a.py / variants_b.py (VARIANTS_A, VARIANTS_B) in `build_dir`; writes the
    set's cases.jsonl, or `argv[0]`."""
    import importlib.util

    def load(name: str) -> object:
        spec = importlib.util.spec_from_file_location(
            f"{build_dir.parent.name}_{name}", build_dir / f"{name}.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    faithful = {**load("faithful_en").FAITHFUL_EN, **load("faithful_zh").FAITHFUL_ZH}  # type: ignore[attr-defined]
    variants = [*load("variants_a").VARIANTS_A, *load("variants_b").VARIANTS_B]  # type: ignore[attr-defined]
    builder = SetBuilder(set_dir=build_dir.parent, faithful=faithful, targets={})
    return builder.write(variants, [], Path(argv[0]) if argv else None)
