"""Comparing mentions: when two mentions state the same fact, and which of one side's the other lacks."""

from __future__ import annotations

from collections.abc import Iterable

from service.checks.numbers.hedges import rounds_to
from service.checks.numbers.mention import NumberMention
from service.checks.units import compatible

_CONFLICT_ONLY = ("weekday", "ordinal")


def _duration(unit: str | None) -> bool:
    return unit is not None and unit.startswith("dur:")


def matches(a: NumberMention, b: NumberMention) -> bool:
    """Same value and kind, and nothing that tells them apart: not percent vs percentage points, not
    two different currencies (an unstated one matches any). An ordinal matches a plain number: 28th."""
    if (a.approx or b.approx) and a.percent and b.percent:
        return abs(a.value - b.value) <= 1.0  # "a third" vs "33 percent"
    if {a.kind, b.kind} == {"date", "number"}:  # 3月 / "in March" / 1日 name part of March 1
        full, part = (a, b) if a.kind == "date" else (b, a)
        if part.unit == "day":
            return part.value == full.value % 100
        return part.date and part.value == full.value // 100
    if a.kind != b.kind and {a.kind, b.kind} != {"ordinal", "number"}:
        return False
    if a.value != b.value and not (a.kind == b.kind == "number" and rounds_to(a, b)):
        return False
    if a.measure and b.measure and a.measure != b.measure:  # 9.6 GW is no 9.6 GWh
        return False
    if (a.percent and b.points) or (a.points and b.percent):  # 3 % is no 3 percentage points
        return False
    if (a.percent and (b.date or b.unit)) or (b.percent and (a.date or a.unit)):  # 8 % is no 8月
        return False
    if {a.unit, b.unit} == {"dur:d", "day"}:  # 暂停供应21日 (Hong Kong usage) = "suspended for 21 days"
        return True
    ordinal = "ordinal" in (a.kind, b.kind)  # 连续六个月 = "the sixth consecutive month"
    if not ordinal and (_duration(a.unit) or _duration(b.unit)):  # "three days" is no 3月, two weeks no 两年
        return a.unit == b.unit
    return compatible(a.unit, b.unit)


def format_value(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def describe(mentions: Iterable[NumberMention]) -> str:
    """'37 ("37%"), 2031' - values with their surface form where it differs; one entry per value."""
    seen: dict[float, str] = {}
    for m in mentions:
        if m.value in seen:
            continue
        shown = format_value(m.value) if m.kind != "date" else f"{int(m.value) // 100}-{int(m.value) % 100}"
        seen[m.value] = shown if m.text == shown else f'{shown} ("{m.text}")'
    return ", ".join(seen.values())


def unmatched(
    side: list[NumberMention], other: list[NumberMention], *, include_soft: bool = False
) -> list[NumberMention]:
    """Hard mentions of `side` (soft ones too with `include_soft`) that no mention of `other` matches.
    A weekday counts only when `other` names a weekday too: dropping "on Tuesday" is fine, Tuesday against
    周三 is not."""
    by_value: dict[float, list[NumberMention]] = {}
    for mention in other:
        by_value.setdefault(mention.value, []).append(mention)
    approx = [o for o in other if o.approx]
    full_dates = [o for o in other if o.kind == "date"]
    dates_by_month: dict[float, list[NumberMention]] = {}
    for mention in other:
        if mention.kind == "date":
            dates_by_month.setdefault(float(int(mention.value) // 100), []).append(mention)

    def candidates(m: NumberMention) -> tuple[NumberMention, ...]:
        if m.kind == "date":  # a lone month or day on the other side
            parts = (
                *by_value.get(float(int(m.value) // 100), ()),
                *by_value.get(float(int(m.value) % 100), ()),
            )
            return (*by_value.get(m.value, ()), *parts)
        return (*by_value.get(m.value, ()), *approx, *(dates_by_month.get(m.value, ()) if m.date else ()),
                *(full_dates if m.unit == "day" else ()))  # fmt: skip

    unmatched_side = [
        m
        for m in side
        if (include_soft or not m.soft)
        and not any(matches(m, o) for o in candidates(m))  # the likely ones first
        and not any(matches(m, o) for o in other)  # rounded either way: "about 470,000", 38.6 for 38.64
    ]
    if not any(m.kind in _CONFLICT_ONLY for m in unmatched_side):
        return unmatched_side
    # A weekday or ordinal word counts only against one of the same kind that `side` does not match
    # either: "the second-largest" beside a 第三季度 elsewhere is no conflict, Tuesday vs 周三 is.
    side_by_value: dict[float, list[NumberMention]] = {}
    for mention in side:
        side_by_value.setdefault(mention.value, []).append(mention)
    conflicting = {
        o.kind
        for o in other
        if o.kind in _CONFLICT_ONLY and not any(matches(o, m) for m in side_by_value.get(o.value, ()))
    }
    return [m for m in unmatched_side if m.kind not in _CONFLICT_ONLY or m.kind in conflicting]


_DAYS = {"dur:h": 1 / 24, "dur:d": 1.0, "dur:w": 7.0, "dur:m": 30.0, "dur:y": 365.0}


def _dateish(m: NumberMention) -> bool:
    return m.kind in ("date", "weekday") or m.date


def _digits(value: float) -> str:
    text = f"{abs(value):.6g}"
    return "" if "e" in text else text.replace(".", "").strip("0")


def comparable(x: NumberMention, y: NumberMention) -> bool:
    """Two numbers, one unmatched on each side, that could be one fact stated differently: both dates,
    both percentages or points, both money in compatible currencies, both durations or counts; and of like
    size (within 10x, or the same digits at another scale: 1184亿 / 1184万). "3.4%" beside "25个基点", or
    a 5,800 mAh battery beside 5.5 million phones, are two omissions, not one changed number."""
    if _dateish(x) or _dateish(y):
        return _dateish(x) and _dateish(y)
    if (x.percent or x.points) != (y.percent or y.points):
        return False
    if x.measure != y.measure:  # 800 cubic metres an hour beside 900 mines: two omissions
        return False
    if _money(x) and _money(y) and not compatible(x.unit, y.unit):
        return False
    a = abs(x.value) * _DAYS.get(x.unit or "", 1.0)
    b = abs(y.value) * _DAYS.get(y.unit or "", 1.0)
    if not (a and b):
        return a == b
    return max(a, b) / min(a, b) <= 10 or _digits(x.value) == _digits(y.value)


def _money(m: NumberMention) -> bool:
    return m.unit is not None and not _duration(m.unit) and m.unit not in ("age", "month", "day")


def comparable_conflict(
    hard_a: list[NumberMention],
    any_a: list[NumberMention],
    hard_b: list[NumberMention],
    any_b: list[NumberMention],
) -> tuple[list[NumberMention], list[NumberMention]]:
    """The unmatched mentions of each side that pair with a comparable one of the other side, at least
    one of the pair hard: what a changed number leaves behind. ([], []) when there is none."""
    hard = [*hard_a, *hard_b]
    pairs = [
        (x, y)
        for x in any_a
        for y in any_b
        if (any(x is h for h in hard) or any(y is h for h in hard)) and comparable(x, y)
    ]
    return (
        [x for x in any_a if any(p[0] is x for p in pairs)],
        [y for y in any_b if any(p[1] is y for p in pairs)],
    )


def surplus_comparable(
    unmatched_other: list[NumberMention], side: list[NumberMention], other: list[NumberMention]
) -> list[NumberMention]:
    """Hard mentions `side` states more often than `other` (which states them too), comparable to a
    number `other` has unmatched: 92% twice against 92% once and an unmatched 68% (one changed into it)."""

    def count(mentions: list[NumberMention], m: NumberMention) -> int:
        return sum(o.value == m.value and o.unit == m.unit and o.percent == m.percent for o in mentions)

    return [
        m
        for m in side
        if not m.soft
        and m.kind == "number"
        and not (_duration(m.unit) or m.date)  # a period said twice (前三季度) is style: surplus_durations
        and count(side, m) > count(other, m) >= 1
        and any(comparable(u, m) for u in unmatched_other if not u.soft)
    ]


def conflicting(
    a: list[NumberMention], b: list[NumberMention]
) -> tuple[list[NumberMention], list[NumberMention]]:
    """(a's, b's) unmatched mentions when the two contradict each other: one side states a hard number
    the other lacks, and the other states some number (a soft one too: "under three" vs 五岁) the first
    lacks. One side alone stating a number is an omission, and ([], []) is returned."""
    hard_a, hard_b = unmatched(a, b), unmatched(b, a)
    # "a judge" / 一名法官, "two officials" / 两名: a soft one or two is no contradiction of anything.
    any_a = [m for m in unmatched(a, b, include_soft=True) if not (m.soft and m.value <= 2)]
    any_b = [m for m in unmatched(b, a, include_soft=True) if not (m.soft and m.value <= 2)]
    if (hard_a and any_b) or (hard_b and any_a):
        return any_a, any_b
    return [], []


def money_conflicts(side: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """Mentions of `side` whose amount `other` states only in an incompatible currency: HK$62.3 billion
    against 623亿元人民币 (unmatched on one side alone, yet a contradiction, not an omission)."""
    return [
        m
        for m in side
        if m.unit
        and not _duration(m.unit)
        and (same := [o for o in other if o.value == m.value and o.unit and not _duration(o.unit)])
        and not any(compatible(m.unit, o.unit) for o in same)
    ]


def surplus_durations(
    unmatched_other: list[NumberMention], side: list[NumberMention], other: list[NumberMention]
) -> list[NumberMention]:
    """Durations `side` states more often than `other` does, in the unit of a duration of `other` that
    `side` lacks (`unmatched_other`): "four years" twice against 四年 once and an unmatched 三年."""
    units = {m.unit for m in unmatched_other if _duration(m.unit) and not m.soft}
    if not units:
        return []

    def count(mentions: list[NumberMention], m: NumberMention) -> int:
        return sum(o.value == m.value and o.unit == m.unit for o in mentions)

    return [m for m in side if m.unit in units and not m.rounded and count(side, m) > count(other, m) >= 1]
