"""Rounded figures: "about 470,000" for 46.8万, "more than 20%" for 23 %, 近四小时 for 3 hours 50.

A mention is *rounded* when a hedge word stands next to it (about, nearly, more than, 约, 近, 逾, 多,
左右...).
A rounded mention matches a value that rounds to it at its own precision (its significant digits), and
only within 20 %: "about 470,000" is 468,000, "about 480,000" is not; "about 100" is not 140. Without a
hedge, only one dropped decimal or large-figure digit, keeping three: 38.64 -> 38.6, 386.4亿 -> 38.6 billion
(never a year: 2032 is no 2030).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from service.checks.numbers.mention import NumberMention

_CURRENCY_PREFIX = r"(?:US\$|HK\$|NT\$|S\$|\$|€|£|¥|RMB\s?|新台币|人民币|港币|港元|美元)?\s*"
# Approximations of a figure, by direction: ~ about, > a little over, < a little under. Bounds that are
# figures of their own ("up to 400", "under 5", "at least 3") are not approximations and stay exact.
_BEFORE = {
    "~": r"(?<![A-Za-z])(?:about|around|roughly|approximately|approx\.|some|an\s+estimated|estimated)\s+|~\s*"
    r"|约|大约|约有|大概|差不多",
    ">": r"(?<![A-Za-z])(?:more\s+than|over|just\s+over|upwards\s+of)\s+|逾|超过|超",
    "<": r"(?<![A-Za-z])(?:nearly|almost|close\s+to|just\s+under)\s+|近|将近|接近|不到|不足",
}
_BEFORE_RE = {
    sign: re.compile(rf"(?:{words}){_CURRENCY_PREFIX}$", re.IGNORECASE) for sign, words in _BEFORE.items()
}
_AFTER = {
    "~": re.compile(r"^\s*(?:左右|上下|or\s+so)", re.IGNORECASE),
    ">": re.compile(r"^\s*(?:多|余|出头|-odd|\+)", re.IGNORECASE),
}
_TOLERANCE = 0.2


def mark_rounded(prepared: str, mention: NumberMention) -> NumberMention:
    if mention.kind != "number" or mention.approx or mention.date:
        return mention
    end = mention.end if mention.end >= 0 else mention.start + len(mention.text)
    before = prepared[max(0, mention.start - 24) : mention.start]
    after = prepared[end : end + 6]
    for sign, pattern in _BEFORE_RE.items():
        if pattern.search(before):
            return replace(mention, rounded=sign)
    for sign, pattern in _AFTER.items():
        if pattern.match(after):
            return replace(mention, rounded=sign)
    return mention


def _precision(value: float) -> float:
    """The place of the last significant digit: 470000 -> 10000, 46.8 -> 0.1, 20 -> 10, 7 -> 1."""
    text = f"{abs(value):.12g}"
    if "e" in text:
        return 0.0
    if "." in text:
        return 10.0 ** -len(text.split(".")[1])
    stripped = text.rstrip("0")
    return 10.0 ** (len(text) - len(stripped)) if stripped else 1.0


def rounds_to(a: NumberMention, b: NumberMention) -> bool:
    """The coarser of the two is rounded, and the finer value rounds to it at its precision: to nearest,
    down for "more than" (逾), up for "nearly" (近); both plain numbers of the same sort (no dates, not a
    percentage against a count)."""
    if a.value == b.value or not (a.value and b.value) or a.date or b.date:
        return False
    if a.percent != b.percent or a.points != b.points:
        return False
    if abs(a.value - b.value) > _TOLERANCE * max(abs(a.value), abs(b.value)):
        return False
    coarse, fine = (a, b) if _precision(a.value) > _precision(b.value) else (b, a)
    step = _precision(coarse.value)
    if not step:
        return False
    if not coarse.rounded:
        # Unhedged, a figure may still drop one last digit it keeps three of: 38.64 billion -> 38.6
        # billion, 1,384 -> 1,380 (not 2.47 million -> 2.5 million, which needs an "about").
        digits = round(abs(coarse.value) / step)
        if digits < 100 or _precision(fine.value) * 10 != step:
            return False
        if abs(fine.value) < 1e5 and _precision(fine.value) >= 1:
            return False  # a whole number below 100,000 is exact as written: 2032 is no 2030, 1,384 no 1,380
        return abs(math.floor(fine.value / step + 0.5) * step - coarse.value) <= 1e-6 * abs(coarse.value)
    scaled = fine.value / step
    nearest = {math.floor(scaled + 0.5)}
    if coarse.rounded == ">":
        nearest.add(math.floor(scaled + 1e-9))
    elif coarse.rounded == "<":
        nearest.add(math.ceil(scaled - 1e-9))
    return any(abs(c * step - coarse.value) <= 1e-6 * max(1.0, abs(coarse.value)) for c in nearest)
