"""Dotted field paths of an output, and folding a check's problems into one CheckResult."""

from __future__ import annotations

from dataclasses import dataclass

from service.schemas import CheckResult, LanguageSummary

ZH_LOCALES = ("zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK")


def is_chinese_locale(locale: str) -> bool:
    return locale.startswith("zh")


def summary_fields(locale: str, summary: LanguageSummary) -> list[tuple[str, str]]:
    """(path, text) for every text field, e.g. ("summary.en.key_points[0]", "..."); key points 0-based."""
    base = f"summary.{locale}"
    fields = [(f"{base}.title", summary.title), (f"{base}.one_line", summary.one_line)]
    fields.append((f"{base}.summary", summary.summary))
    fields.extend((f"{base}.key_points[{i}]", point) for i, point in enumerate(summary.key_points))
    return fields


def field_pairs(
    en: LanguageSummary, zh: LanguageSummary, *, joined_unequal: bool = False
) -> list[tuple[str, str, str]]:
    """(field suffix, en text, zh text): title, one_line, summary, and the key points pairwise when the
    counts agree (with `joined_unequal`, all key points together when they do not)."""
    pairs = [("title", en.title, zh.title), ("one_line", en.one_line, zh.one_line)]
    pairs.append(("summary", en.summary, zh.summary))
    if len(en.key_points) == len(zh.key_points):
        points = zip(en.key_points, zh.key_points, strict=True)
        pairs += [(f"key_points[{i}]", a, b) for i, (a, b) in enumerate(points)]
    elif joined_unequal:
        pairs.append(("key_points", " ; ".join(en.key_points), " ; ".join(zh.key_points)))
    return pairs


@dataclass(frozen=True)
class Problem:
    field: str | None
    message: str


def make_result(name: str, problems: list[Problem], ok: str = "ok") -> CheckResult:
    """One result per check: all problems joined into the detail, `field` = the first offending field."""
    if not problems:
        return CheckResult(name=name, passed=True, detail=ok, field=None)
    detail = "; ".join(p.message for p in problems)
    return CheckResult(name=name, passed=False, detail=detail, field=next((p.field for p in problems), None))


def skipped(name: str, why: str) -> CheckResult:
    """Not applicable to this output: passed, the detail says why (the failure belongs to another check)."""
    return CheckResult(name=name, passed=True, detail=f"skipped: {why}", field=None)
