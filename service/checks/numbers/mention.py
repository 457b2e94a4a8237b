"""A number mention, the helpers every reader shares, and what a count counts (durations, ages)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class NumberMention:
    value: float
    text: str  # surface form, e.g. "1.2亿", "$120 million", "三月"
    start: int  # offset in the prepared (Simplified) text; order of appearance
    soft: bool = False
    percent: bool = False
    # "3 percentage points" / "3个百分点": a difference of percentages, not a percentage.
    points: bool = False
    unit: str | None = None  # a currency code (see units.py), where the text names one
    kind: str = "number"  # or "weekday" (Monday = 1 ... Sunday = 7: 周二 == Tuesday)
    end: int = -1
    approx: bool = False  # a fraction read as a percentage: 三分之一 ~ 33 %
    date: bool = False  # a month or a day of a date (March, 3月, 5日): never a percentage
    rounded: str = ""  # hedged: "~" about / ">" more than / "<" nearly; matches what rounds to it (hedges.py)
    clock: bool = False  # a time of day on the 24-hour clock ("5 pm" = 17): it counts no duration
    measure: str = ""  # "power", "energy" or "volume" when a unit follows (measures.py); value in base units


# The prepared text, for readers that look past their match (what a word numeral counts).
_REST: ContextVar[str] = ContextVar("numbers_rest", default="")
_BLANK = "\x00"


def _alternation(words: Iterable[str]) -> str:
    # Longest first so "seventeen" is not read as "seven".
    return "|".join(sorted(words, key=len, reverse=True))


def _canon(value: Decimal | int | float) -> float:
    # Decimal arithmetic, then a float rounded to 12 significant digits: 1.2 * 10**8 == 120000000 exactly.
    return float(f"{float(value):.12g}")


def _scan(
    work: str,
    pattern: re.Pattern[str],
    read: Callable[[re.Match[str]], list[NumberMention] | None],
    out: list[NumberMention],
) -> str:
    """Run `pattern` over `work`; each match `read` accepts (returns a list) is consumed: blanked in the
    returned string so later passes do not read it again."""
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(work):
        mentions = read(match)
        if mentions is None:
            continue
        out.extend(mentions)
        pieces.append(work[last : match.start()])
        pieces.append(_BLANK * (match.end() - match.start()))
        last = match.end()
    pieces.append(work[last:])
    return "".join(pieces)


# A small count of a duration or an age is a fact ("two days", 两周, 五岁): hard, even as a word numeral.
_DURATION_ADJ = r"(?:(?:more|further|additional|extra|consecutive|straight|full|successive)\s+)?"
_COUNTED_EN = re.compile(
    r"^[\s-]+" + _DURATION_ADJ + r"(?:days?|weeks?|months?|years?|hours?|minutes?|quarters?|times"
    r"|years?[\s-]+old|seasons?|terms?)\b",
    re.IGNORECASE,
)
_COUNTED_ZH = ("天", "周", "週", "个月", "年", "小时", "分钟", "岁", "次", "届", "轮", "季")
# A small count of named things is a fact too ("nine states", "three new stations", 九个州, 三名): hard.
# "two officials" / 两名 stays soft (the value must be three or more), and so does a bare "five" or "five of".
_COUNTED_NOUN_EN = re.compile(
    r"^[\s-]+(?:(?!(?:of|the|and|or|to|in|at|on|for|by|from|with|per|percent|more|than|was|were|is|are)\b)"
    r"[A-Za-z-]+\s+){0,2}?(?:people|children|men|women|staff|(?!(?:was|is|has|this|its|his|us|as|thus|plus"
    r"|less|across|unless|others|ones|times)\b)[A-Za-z-]*[a-rt-z]s)\b"
)
_COUNTED_NOUN_ZH = tuple("个名位家项艘座条部款宗起间所只头台辆架枚颗份张本篇场票户人国州省县市队支")
_DURATION_EN = re.compile(  # "18 more months", "two further years", "three straight days" too
    r"^[\s-]+" + _DURATION_ADJ + r"(?:(?P<age>years?[\s-]+old)|(?P<d>days?)|(?P<w>weeks?)|(?P<m>months?)"
    r"|(?P<y>years?)|(?P<h>hours?))\b",
    re.IGNORECASE,
)
WITHIN_DAYS = ("日内", "日以内", "日之内")  # 28日内: within 28 days, a duration and no day of a month
_DURATION_ZH = (("岁", "age"), ("天", "dur:d"), ("周", "dur:w"), ("週", "dur:w"), ("星期", "dur:w"),
                ("个月", "dur:m"), ("年", "dur:y"), ("小时", "dur:h"),
                *((within, "dur:d") for within in WITHIN_DAYS))  # fmt: skip


def duration_after(rest: str, value: float) -> str | None:
    """'dur:d' / 'dur:w' / 'dur:m' / 'dur:y' / 'dur:h' (or 'age') when a count of that is what follows:
    "three days", 两周, "5 years", 五岁. Four-digit numbers before 年 are calendar years, not durations."""
    if value >= 100:
        return None
    rest = re.sub(r"^\s*(?:余|多|餘|几|幾|\+)", "", rest)  # 二十余年 is a count of years too
    if found := _DURATION_EN.match(rest[:24]):
        group = next(g for g, v in found.groupdict().items() if v)
        return "age" if group == "age" else f"dur:{group}"
    stripped = rest.lstrip()
    for word, unit in _DURATION_ZH:
        if stripped.startswith(word):
            return unit
    return None
