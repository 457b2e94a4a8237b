"""Grounding checks: what a grounded output (summarize@v2, or v3's compact rows expanded to the same
`Grounding`) says it rests on, verified deterministically.

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

from service.checks.entity_forms import covered, fold, forms, mentions, reordered
from service.checks.fields import Problem, field_pairs, make_result, skipped, summary_fields
from service.checks.gazetteer import known_forms
from service.checks.name_swap import swapped_people
from service.checks.names import extract_names, missing_names, source_parts, without_role
from service.checks.numbers import describe, find_numbers, unmatched
from service.checks.regions import place_in_source
from service.checks.script import english_share
from service.checks.units import currency_context
from service.checks.zh_names import chinese_names, missing_chinese_names
from service.memo import per_finalize
from service.schemas import CheckResult, GroundedEntity, Grounding, LanguageSummary

# Several checks of one finalize ask for the numbers of the same texts: each text is scanned once.
find_numbers = per_finalize(find_numbers)

_SKIP = "no grounding given (prompt v1 or an output checked from outside)"
_ENGLISH_SOURCE_SHARE = 0.4  # as names_in_source: below it the article states its names in Chinese


def _source_has(source_folded: str, form: str) -> bool:
    needle = fold(form).strip()
    return bool(needle) and needle in source_folded


def grounded_rows(source: str, grounding: Grounding | None) -> list[GroundedEntity]:
    """The table's rows whose source form the article has: a name they pair is grounded in the article in
    either language (德累斯顿 for 德勒斯登 (Dresden); an association a mixed page names only in Chinese)."""
    if grounding is None:
        return []
    folded = fold(source)
    return [e for e in grounding.entities if _source_has(folded, e.source)]


def grounded_name(name: str, rows: list[GroundedEntity], side: str) -> bool:
    """An English `name` is (part of) a row's English form; a Chinese one is a row's Chinese form ("·"
    ignored)."""
    if side == "zh":
        bare = name.replace("·", "")
        return any(e.zh and e.zh.replace("·", "") == bare for e in rows)
    name = without_role(name)  # "Director Lam Wing-yee" is the row "Lam Wing-yee"
    folded = fold(name)
    return bool(folded) and any(e.en and (folded in fold(e.en) or reordered(name, e.en)) for e in rows)


def entities_grounded(
    source: str, en: LanguageSummary | None, zh: LanguageSummary | None, grounding: Grounding | None
) -> CheckResult:
    if grounding is None:
        return skipped("entities_grounded", _SKIP)
    entities = grounding.entities
    source_folded = fold(source)
    index = source_parts(source)
    problems: list[Problem] = []
    for i, entity in enumerate(entities):
        if not _source_has(source_folded, entity.source):
            problems.append(
                Problem(
                    f"grounding.entities[{i}]",
                    f"{entity.source!r} ({entity.en} / {entity.zh}) is not in the article",
                )
            )
    # An English name neither in the article nor in the table is grounded nowhere. For a Chinese article,
    # whose English names can only be looked up in the table, a table that simply left out a term
    # ("Typhoon Bailu", "Earth") is no invention: there the Chinese twin must name something the
    # article does not have either.
    chinese_source = english_share(source) < _ENGLISH_SOURCE_SHARE
    if en is not None:
        zh_fields = dict(summary_fields("zh-Hans", zh)) if zh is not None else {}
        for field, text in summary_fields("en", en):
            names = extract_names(text, chinese=False, headline=field.endswith(".title"))
            missing = [
                n.text
                for n in missing_names(names, index)
                if not covered(n.text, entities) and not _unit(n.text)
            ]
            if missing and chinese_source:
                twin = zh_fields.get(field.replace("summary.en.", "summary.zh-Hans.", 1), "")
                stray = [
                    n
                    for n in missing_chinese_names(chinese_names(twin), source)
                    if not place_in_source(n, source)
                ]
                if not stray:
                    missing = []
            if missing:
                problems.append(
                    Problem(field, f"{field} names {', '.join(missing)}: not in the article or the table")
                )
    if en is not None and zh is not None:
        for suffix, en_text, zh_text in field_pairs(en, zh):
            found = _pair_problems(suffix, en_text, zh_text, entities, source_folded)
            flagged = {problem.field for problem in found}
            problems += found + swapped_people(suffix, en_text, zh_text, entities, flagged)
    return make_result("entities_grounded", problems)


def _unit(token: str) -> bool:
    return bool(_UNIT.match(token))


# Units and currency prefixes that look like names to the English extractor: kWh, GWh, MW, NT (NT$), HK.
_UNIT = re.compile(
    r"^(?:[kMGT]W[h]?|[kMG]Wh|NT|HK|US|RMB|CNY|HKD|TWD|KRW|USD|\d+(?:st|nd|rd|th|s|C|F|km|kg|m)?)$"
)


def _pair_problems(
    suffix: str, en_text: str, zh_text: str, entities: list[GroundedEntity], source_folded: str
) -> list[Problem]:
    """A name swapped on one side: one side names row A, the other names row B of the same type (or a
    Chinese name that is in neither the article nor the table) instead of A."""
    problems: list[Problem] = []
    in_en = [e for e in entities if mentions(e, "en", en_text)]
    in_zh = [e for e in entities if mentions(e, "zh", zh_text)]
    # A well-known name the table does not cover, even one the article has elsewhere (谷歌 for 微软).
    stray_zh = [form for form in known_forms(zh_text, chinese=True) if not covered(form, entities)]
    for entity in in_en:
        if entity in in_zh:
            continue
        swapped = [e for e in in_zh if e.type == entity.type and e not in in_en]
        if swapped or stray_zh:
            instead = swapped[0].zh if swapped else stray_zh[0]
            problems.append(
                Problem(
                    f"summary.zh-Hans.{suffix}",
                    f"{suffix}: en names {entity.en}, zh-Hans names {instead} instead of {entity.zh}",
                )
            )
    for entity in in_zh:
        if entity in in_en:
            continue
        swapped = [e for e in in_en if e.type == entity.type and e not in in_zh]
        if swapped:
            problems.append(
                Problem(
                    f"summary.en.{suffix}",
                    f"{suffix}: zh-Hans names {entity.zh}, en names {swapped[0].en} instead of {entity.en}",
                )
            )
    return problems


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
    currencies = currency_context("\n\n".join(paragraphs))
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
        # Citations are approximate even when careful: a neighbouring paragraph, or the headline and
        # dateline (paragraphs 1-2), often carry the date or figure a key point restates.
        near = {m for n in a | b for m in (n - 1, n, n + 1)} | {1, 2}
        cited_text = "\n".join(paragraphs[n - 1] for n in sorted(near) if 1 <= n <= count)
        if not cited_text:
            continue
        cited_numbers = find_numbers(cited_text, currencies)
        for locale, point in (("en", en_point), ("zh-Hans", zh_point)):
            stated = [m for m in find_numbers(point, currencies) if m.kind != "ordinal"]
            absent = unmatched(stated, cited_numbers)
            if absent:
                problems.append(
                    Problem(
                        f"summary.{locale}.key_points[{i}]",
                        f"key_points[{i}] ({locale}) states {describe(absent)}, not in the paragraphs "
                        f"it cites {sorted(a | b)}",
                    )
                )
        cited_folded = fold(cited_text)
        for entity in grounding.entities:
            if entity.type != "person":  # an organisation or place is often the story's subject, unnamed
                continue
            if not (mentions(entity, "en", en_point) or mentions(entity, "zh", zh_point)):
                continue
            # Any of the row's forms will do: a paragraph may name a person by family name or in Chinese.
            row_forms = {entity.source, *forms(entity, "en"), *forms(entity, "zh")}
            if any(_source_has(cited_folded, form) for form in row_forms):
                continue
            problems.append(
                Problem(
                    field,
                    f"key_points[{i}] names {entity.en}, not in the paragraphs it cites {sorted(a | b)}",
                )
            )
    return make_result("key_points_grounded", problems)
