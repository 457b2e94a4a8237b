"""Grounding checks: what a grounded output (summarize@v2) says it rests on, verified deterministically.

`entities_grounded` - the entity table: every row's `source` form occurs in the article; every name found
in either summary is covered by a row; and where a key-point pair (or a title, one_line, summary pair)
names a row on one side, the other side uses that row's form too. This is what makes a name swapped on one
side, or invented on both, visible for Chinese sources, where an English name cannot be looked up.

`key_points_grounded` - each key-point pair cites the same article paragraphs on both sides, the numbers
are in range, and the cited paragraphs state the pair's hard numbers and its table names.

Without grounding (prompt v1, a third party's output) both pass as "skipped".
"""

from __future__ import annotations

import re

from service.checks.fields import Problem, make_result, skipped
from service.checks.names import extract_names
from service.checks.numbers import describe, find_numbers
from service.checks.script import to_simplified
from service.checks.zh_names import chinese_names
from service.schemas import CheckResult, GroundedEntity, Grounding, LanguageSummary

_SKIP = "no grounding given (prompt v1 or an output checked from outside)"


def _fold(text: str) -> str:
    """Case, script and spacing folded: 'OpenAI' ~ 'openai', 臺灣 ~ 台湾, 'Sam  Altman' ~ 'sam altman'."""
    return re.sub(r"\s+", " ", to_simplified(text)).lower().replace("·", " ").replace("・", " ")


def _forms(entity: GroundedEntity, side: str) -> list[str]:
    """The forms a summary may use for a row: its full form, and for a person the family name alone
    ("Lambert" for "Nathan Lambert", 奥特曼 for 萨姆·奥特曼) - a second mention is usually that short."""
    full = entity.en if side == "en" else entity.zh
    forms = [full]
    if entity.type == "person":
        parts = re.split(r"[\s·・]+", full.strip())
        if len(parts) > 1 and len(parts[-1]) >= 2:
            forms.append(parts[-1])
    return [f for f in forms if f.strip()]


def _mentions(entity: GroundedEntity, side: str, text: str) -> bool:
    folded = _fold(text)
    for form in _forms(entity, side):
        needle = _fold(form)
        if side == "en":
            if re.search(rf"(?<![a-z0-9]){re.escape(needle)}(?![a-z0-9])", folded):
                return True
        elif needle in folded:
            return True
    return False


def _field_pairs(en: LanguageSummary, zh: LanguageSummary) -> list[tuple[str, str, str]]:
    pairs = [("title", en.title, zh.title), ("one_line", en.one_line, zh.one_line)]
    pairs.append(("summary", en.summary, zh.summary))
    if len(en.key_points) == len(zh.key_points):
        pairs += [
            (f"key_points[{i}]", a, b)
            for i, (a, b) in enumerate(zip(en.key_points, zh.key_points, strict=True))
        ]
    return pairs


def _covered(name: str, entities: list[GroundedEntity]) -> bool:
    folded = _fold(name)
    for entity in entities:
        for form in (entity.en, entity.zh, entity.source):
            candidate = _fold(form)
            if candidate and (folded in candidate or candidate in folded):
                return True
    return False


def _source_has(source_folded: str, form: str) -> bool:
    needle = _fold(form).strip()
    return bool(needle) and needle in source_folded


def entities_grounded(
    source: str, en: LanguageSummary | None, zh: LanguageSummary | None, grounding: Grounding | None
) -> CheckResult:
    if grounding is None:
        return skipped("entities_grounded", _SKIP)
    entities = grounding.entities
    source_folded = _fold(source)
    problems: list[Problem] = []
    for i, entity in enumerate(entities):
        if not _source_has(source_folded, entity.source):
            problems.append(
                Problem(
                    f"grounding.entities[{i}]",
                    f"{entity.source!r} ({entity.en} / {entity.zh}) is not in the article",
                )
            )
    # Every name the summaries use is a row of the table.
    for locale, value in (("en", en), ("zh-Hans", zh)):
        if value is None:
            continue
        chinese = locale != "en"
        for field, text in _fields(locale, value):
            found = [n.text for n in extract_names(text, chinese=chinese, headline=field.endswith(".title"))]
            if chinese:
                found += chinese_names(text)
            missing = [name for name in dict.fromkeys(found) if not _covered(name, entities)]
            if missing:
                problems.append(
                    Problem(field, f"{field} names {', '.join(missing)}, not in the entity table")
                )
    # Where one side of a pair names a row, the other side uses the same row.
    if en is not None and zh is not None:
        for suffix, en_text, zh_text in _field_pairs(en, zh):
            for entity in entities:
                in_en, in_zh = _mentions(entity, "en", en_text), _mentions(entity, "zh", zh_text)
                if in_en == in_zh or not suffix.startswith("key_points"):
                    continue
                side, other, form = ("zh-Hans", "en", entity.zh) if in_en else ("en", "zh-Hans", entity.en)
                problems.append(
                    Problem(
                        f"summary.{side}.{suffix}",
                        f"{suffix}: {other} names {entity.en if in_en else entity.zh}, "
                        f"{side} does not use its pair {form!r}",
                    )
                )
    return make_result("entities_grounded", problems)


def _fields(locale: str, value: LanguageSummary) -> list[tuple[str, str]]:
    base = f"summary.{locale}"
    fields = [(f"{base}.title", value.title), (f"{base}.one_line", value.one_line)]
    fields.append((f"{base}.summary", value.summary))
    fields += [(f"{base}.key_points[{i}]", p) for i, p in enumerate(value.key_points)]
    return fields


def key_points_grounded(
    paragraphs: list[str], en: LanguageSummary | None, zh: LanguageSummary | None, grounding: Grounding | None
) -> CheckResult:
    if grounding is None:
        return skipped("key_points_grounded", _SKIP)
    if not grounding.key_point_sources:
        return skipped("key_points_grounded", "no key-point sources (a long article summarised from notes)")
    if en is None or zh is None:
        return skipped("key_points_grounded", "needs both en and zh-Hans")
    cites = grounding.key_point_sources
    en_cites, zh_cites = cites.get("en") or [], cites.get("zh-Hans") or []
    problems: list[Problem] = []
    for locale, value, cited in (("en", en, en_cites), ("zh-Hans", zh, zh_cites)):
        if len(cited) != len(value.key_points):
            problems.append(
                Problem(
                    f"summary.{locale}.key_points",
                    f"{locale} cites sources for {len(cited)} of {len(value.key_points)} key points",
                )
            )
    count = len(paragraphs)
    for i, (en_point, zh_point) in enumerate(zip(en.key_points, zh.key_points, strict=False)):
        a = set(en_cites[i]) if i < len(en_cites) else set()
        b = set(zh_cites[i]) if i < len(zh_cites) else set()
        field = f"summary.zh-Hans.key_points[{i}]"
        if a != b:
            problems.append(
                Problem(field, f"key_points[{i}]: en cites paragraphs {sorted(a)}, zh-Hans {sorted(b)}")
            )
        out_of_range = sorted(n for n in a | b if not 1 <= n <= count)
        if out_of_range:
            problems.append(Problem(field, f"key_points[{i}] cites paragraphs {out_of_range} of {count}"))
        cited_text = "\n".join(paragraphs[n - 1] for n in sorted(a | b) if 1 <= n <= count)
        if not cited_text:
            continue
        cited_values = {m.value for m in find_numbers(cited_text)}
        for locale, point in (("en", en_point), ("zh-Hans", zh_point)):
            absent = [m for m in find_numbers(point) if not m.soft and m.value not in cited_values]
            if absent:
                problems.append(
                    Problem(
                        f"summary.{locale}.key_points[{i}]",
                        f"key_points[{i}] ({locale}) states {describe(absent)}, not in the paragraphs "
                        f"it cites {sorted(a | b)}",
                    )
                )
        cited_folded = _fold(cited_text)
        for entity in grounding.entities:
            if not (_mentions(entity, "en", en_point) or _mentions(entity, "zh", zh_point)):
                continue
            # Any of the row's forms will do: a paragraph may name a person by family name or in Chinese.
            forms = {entity.source, *_forms(entity, "en"), *_forms(entity, "zh")}
            if any(_source_has(cited_folded, form) for form in forms):
                continue
            problems.append(
                Problem(
                    field,
                    f"key_points[{i}] names {entity.en}, not in the paragraphs it cites {sorted(a | b)}",
                )
            )
    return make_result("key_points_grounded", problems)
