"""Relative dates: 下月 is "next month", 今年 is "this year". Absolute dates (months, days, years and
weekdays) are numbers and compared by the number checks; a relative one has no number, so an English field
that says "next year" where its Chinese twin says 今年 passes them. `dates_consistent` catches that: for
each unit (day, week, month, year), the two sides of a field pair may not name different offsets."""

from __future__ import annotations

import re

from service.checks.fields import Problem, field_pairs, make_result, skipped
from service.checks.script import to_simplified
from service.schemas import CheckResult, LanguageSummary

_EN = [
    (re.compile(r"\b(?:next|coming)\s+week\b", re.I), ("week", 1)),
    (re.compile(r"\b(?:last|past|previous)\s+week\b", re.I), ("week", -1)),
    (re.compile(r"\bthis\s+week\b", re.I), ("week", 0)),
    (re.compile(r"\b(?:next|coming)\s+month\b", re.I), ("month", 1)),
    (re.compile(r"\b(?:last|previous)\s+month\b", re.I), ("month", -1)),
    (re.compile(r"\bthis\s+month\b", re.I), ("month", 0)),
    (re.compile(r"\b(?:next|coming)\s+year\b", re.I), ("year", 1)),
    (re.compile(r"\b(?:last|previous)\s+year\b", re.I), ("year", -1)),
    (re.compile(r"\bthis\s+year\b", re.I), ("year", 0)),
    (re.compile(r"\btomorrow\b", re.I), ("day", 1)),
    (re.compile(r"\byesterday\b", re.I), ("day", -1)),
]
_ZH = [
    (re.compile(r"下(?:周|星期|礼拜)"), ("week", 1)),
    (re.compile(r"上(?:周|星期|礼拜)"), ("week", -1)),
    (re.compile(r"本周|这周"), ("week", 0)),
    (re.compile(r"下个?月"), ("month", 1)),
    (re.compile(r"上个?月"), ("month", -1)),
    (re.compile(r"本月|这个月"), ("month", 0)),
    (re.compile(r"明年"), ("year", 1)),
    (re.compile(r"去年"), ("year", -1)),
    (re.compile(r"今年"), ("year", 0)),
    (re.compile(r"明天|明日"), ("day", 1)),
    (re.compile(r"昨天|昨日"), ("day", -1)),
]


def relative_dates(text: str, chinese: bool) -> set[tuple[str, int]]:
    if chinese:
        text = to_simplified(text)
    return {key for pattern, key in (_ZH if chinese else _EN) if pattern.search(text)}


def dates_consistent(en: LanguageSummary | None, zh: LanguageSummary | None) -> CheckResult:
    if en is None or zh is None:
        return skipped("dates_consistent", "needs both en and zh-Hans")
    problems: list[Problem] = []
    for suffix, en_text, zh_text in field_pairs(en, zh):
        en_dates, zh_dates = relative_dates(en_text, False), relative_dates(zh_text, True)
        for unit in ("day", "week", "month", "year"):
            a = {offset for u, offset in en_dates if u == unit}
            b = {offset for u, offset in zh_dates if u == unit}
            if a and b and (a - b) and (b - a):
                problems.append(
                    Problem(
                        f"summary.zh-Hans.{suffix}",
                        f"{suffix}: en says {_say(unit, a - b)} where zh-Hans says {_say(unit, b - a)}",
                    )
                )
    return make_result("dates_consistent", problems)


def _say(unit: str, offsets: set[int]) -> str:
    words = {-1: "last", 0: "this", 1: "next"}
    return " / ".join(f"{words[o]} {unit}" for o in sorted(offsets))
