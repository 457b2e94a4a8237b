"""Dates and calendar words in numbers: month names, month-day dates (March 1 = 3月1日 = 301), weekdays."""

from __future__ import annotations

import re
from dataclasses import replace

from service.checks.numbers.chinese import _cn_numeral_value
from service.checks.numbers.mention import WITHIN_DAYS, NumberMention, _alternation

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
}  # fmt: skip
_MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9}
_MONTH_ABBR |= {"Oct": 10, "Nov": 11, "Dec": 12}
_MONTH = re.compile(
    # "Long March 4C" is a rocket, not a date
    rf"(?<![A-Za-z])(?<!Long )(?:(?P<full>{_alternation(m for m in MONTHS if m != 'May')})"
    r"|(?P<may>May)(?=,?\s+\d)|(?<=[Ii]n )(?P<may2>May)"
    rf"|(?P<abbr>{_alternation(_MONTH_ABBR)})(?:\.|(?=\s+\d)))(?![A-Za-z])"
)


# A month and its day as one fact: "March 1" / "1 March" / 3月1日 -> 301, so March 3 against 3月1日 is a
# conflict even though 3 occurs on both sides. A lone month (3月, "in March") matches a date in it.
_MONTH_WORDS = _alternation([*MONTHS, *_MONTH_ABBR])
_EN_DATE = re.compile(
    rf"(?<![A-Za-z])(?<!Long )(?P<m1>{_MONTH_WORDS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:A-Za-z])"
    rf"|(?<![\d.])(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORDS})(?![A-Za-z])"
)
# "from August 15 to 21", "15-21 August": the second day is a date of the same month (8月21日).
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_TO = r"\s*(?:-|–|to|through)\s*"
_EN_DAY_RANGE = re.compile(
    rf"(?<![A-Za-z])(?<!Long )(?P<m1>{_MONTH_WORDS})\.?\s+(?P<a1>{_DAY}){_DAY_TO}(?P<b1>{_DAY})"
    r"(?![\d:A-Za-z])"
    rf"|(?<![\d.])(?P<a2>{_DAY}){_DAY_TO}(?P<b2>{_DAY})\s+(?P<m2>{_MONTH_WORDS})(?![A-Za-z])"
)


def _read_day_range(m: re.Match[str]) -> list[NumberMention] | None:
    month = m["m1"] or m["m2"]
    number = MONTHS.get(month) or _MONTH_ABBR[month]
    first, last = (int(re.sub(r"\D", "", m[g1] or m[g2])) for g1, g2 in (("a1", "a2"), ("b1", "b2")))
    if not 1 <= first < last <= 31:
        return None
    return [
        NumberMention(float(number * 100 + day), m.group(0), m.start(), kind="date", end=m.end(), date=True)
        for day in (first, last)
    ]


_CN_DATE = re.compile(
    r"(?<![\d.])(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"
)


# An ISO or slashed date is a year and a month-day, like "December 2, 2026" and 2026年12月2日 (which the
# house-style date fix writes for it), not three numbers: 2026-12-02 -> 2026 and 1202.
_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/-]|\.\d)"
)


def _read_numeric_date(m: re.Match[str]) -> list[NumberMention] | None:
    month, day = int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None  # a version number or a score, read as numbers later
    year_end = m.start() + 4
    return [
        NumberMention(float(m["y"]), m["y"], m.start(), end=year_end),
        NumberMention(
            float(month * 100 + day), m.group(0)[5:], year_end + 1, kind="date", end=m.end(), date=True
        ),
    ]


def _month_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in MONTHS:
        return MONTHS[text]
    if text in _MONTH_ABBR:
        return _MONTH_ABBR[text]
    values = _cn_numeral_value(text)
    return int(values[0][0]) if values and len(values) == 1 else None


def _read_date(m: re.Match[str]) -> list[NumberMention] | None:
    groups = m.groupdict()
    month = _month_value(groups.get("m1") or groups.get("m2") or groups.get("m") or "")
    day = _month_value(groups.get("d1") or groups.get("d2") or groups.get("d") or "")
    if not month or not day or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return [
        NumberMention(float(month * 100 + day), m.group(0), m.start(), kind="date", end=m.end(), date=True)
    ]


# A span of months: "January-November", "January to November", 1至11月, 1-11月. From January it is also
# "the first eleven months" (前11个月): then both readings are soft, so either rendering matches the other.
_EN_MONTH_RANGE = re.compile(
    rf"(?<![A-Za-z])(?P<a>{_alternation(MONTHS)})\s*(?:-|–|to|through)\s*(?P<b>{_alternation(MONTHS)})"
    r"(?![A-Za-z])"
)
_CN_MONTH_RANGE = re.compile(
    r"(?<![\d.])(?P<a>1[0-2]|[1-9])\s*(?:至|到|-|–|~|～)\s*(?P<b>1[0-2]|[1-9])月(?![份]?\d)"
)


def _read_month_range(m: re.Match[str]) -> list[NumberMention] | None:
    first, last = (MONTHS[m[g]] if m[g] in MONTHS else int(m[g]) for g in ("a", "b"))
    if last <= first:
        return None
    soft = first == 1
    found = [
        NumberMention(float(month), m.group(0), m.start(), soft=soft, date=True, unit="month")
        for month in (first, last)
    ]
    if soft:
        found.append(NumberMention(float(last), m.group(0), m.start(), soft=True, unit="dur:m", end=m.end()))
    return found


def _read_month(m: re.Match[str]) -> list[NumberMention] | None:
    if m["full"]:
        value = MONTHS[m["full"]]
    elif m["abbr"]:
        value = _MONTH_ABBR[m["abbr"]]
    else:
        value = 5
    return [NumberMention(float(value), m.group(0), m.start())]


# The start or end of a year names its first or last month: 较年初 = "since January", 年底 = "by December".
# Soft: either side may leave it out; it only keeps the other side's month from reading as a conflict.
_YEAR_PART = re.compile(
    r"(?P<start>年初|(?<![A-Za-z])(?:start|beginning)\s+of\s+(?:the|this)\s+year)"
    r"|(?P<end>年底|年末|(?<![A-Za-z])end\s+of\s+(?:the|this)\s+year|(?<![A-Za-z])year-end)",
    re.IGNORECASE,
)


def _read_year_part(m: re.Match[str]) -> list[NumberMention] | None:
    value = 1.0 if m["start"] else 12.0
    return [NumberMention(value, m.group(0), m.start(), soft=True, date=True, unit="month")]


_WEEKDAYS_EN = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
                "sunday": 7}  # fmt: skip
_WEEKDAYS_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_WEEKDAY = re.compile(
    rf"(?<![A-Za-z])(?P<en>{_alternation(_WEEKDAYS_EN)})(?![A-Za-z])"
    r"|(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])",
    re.IGNORECASE,
)


def _read_weekday(m: re.Match[str]) -> list[NumberMention] | None:
    day = _WEEKDAYS_EN[m["en"].lower()] if m["en"] else _WEEKDAYS_ZH[m["zh"]]
    return [NumberMention(float(day), m.group(0), m.start(), kind="weekday", end=m.end())]


def _as_date_part(prepared: str, mention: NumberMention) -> NumberMention:
    """3月 / "in March" is a month, 4日 a day: each matches a full date (September 4) that has it."""
    if mention.kind != "number" or mention.unit or not _dated(prepared, mention):
        return mention
    day = prepared[mention.end : mention.end + 1] in ("日", "号")
    return replace(mention, date=True, unit="day" if day else "month")


def _dated(prepared: str, mention: NumberMention) -> bool:
    after = prepared[mention.end : mention.end + 1]
    if after == "号":  # 5月3号 is a day; 羲和三号 is a model number
        return "月" in prepared[max(0, mention.start - 3) : mention.start]
    if prepared.startswith(WITHIN_DAYS, mention.end):  # 28日内: within 28 days, a duration
        return False
    return after in ("月", "日") or mention.text in MONTHS


# A time of day is read on the 24-hour clock, so each language's way of writing it agrees: "5 pm" = 下午5时 =
# 17时 (17), "6 am" = 早上6时 = 6时 (6). Minutes stay a number of their own ("5:30 pm" -> 17, 30).
_CLOCK = re.compile(
    r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s?(?P<ampm>[ap])\.?m\.?(?![A-Za-z])"
    r"|(?P<later>下午|晚上|晚间|傍晚|夜间|夜里|中午|晚)\s*(?P<zh>1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])\s*(?=[时点])",
    re.IGNORECASE,
)


def _read_clock(m: re.Match[str]) -> list[NumberMention] | None:
    if m["zh"]:
        hour, later = _month_value(m["zh"]) or 0, True  # 5, 十一: a number word from 1 to 12
    else:
        hour, later = int(m["h"]), m["ampm"].lower() == "p"
    if later and hour < 12:
        hour += 12
    found = [NumberMention(float(hour), m.group(0), m.start(), end=m.end(), clock=True)]
    if m["min"]:
        found.append(NumberMention(float(int(m["min"])), m["min"], m.start("min"), end=m.end("min")))
    return found
