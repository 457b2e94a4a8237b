"""Numbers in English and Chinese text, normalised to comparable values.

`find_numbers(text)` returns every mention with its value, surface text and flags; `extract_numbers(text)`
returns the set of values (floats). Rules, in the order they are applied (a span is consumed once):

1. Input is prepared: full-width digits/％/． -> ASCII, then OpenCC t2s (萬 億 兩 -> 万 亿 两).
2. Chinese percent: "百分之四十五" / "百分之45" -> 45, percent.
3. Arabic numbers: "1,000" -> 1000, "1.5" -> 1.5, optional scale: 万 1e4, 亿 1e8, 万亿 1e12, 千 1e3, 百万 1e6,
   千万 1e7 ("1.2亿", "20 亿" with a space too); thousand/million/billion/trillion; bn/mn/tn; K/M/B glued to
   the number ("70B"); k/m/b only after a currency sign ("$120m"). Percent keeps its face value: "45%",
   "45 percent", "45个百分点" -> 45 with percent=True (so "45%" == "百分之四十五" == "45 per cent").
   Digits glued to a preceding Latin letter belong to an identifier and are skipped ("K2", "o1", "H100",
   "Ai2"); a hyphen or space separates ("GPT-4" -> 4, "28-year-old" -> 28). Signs are ignored.
   Suffixes do not change the value: "28th" -> 28, "1990s" -> 1990, "2024年" -> 2024, "3月1日" -> 3, 1.
4. English number words: zero..nineteen, twenty..ninety(-nine), "... hundred", "... million" etc.
   ("two billion" -> 2e9), "a million" -> 1e6, "a dozen" -> 12, "two decades" -> 20, ordinals first..tenth.
5. Month names -> 1..12 ("March 1" -> 3, 1, matching "3月1日"); "May" only before a number or after "in".
6. Chinese numerals, after blanking words that merely contain numeral characters (一些 一起 统一 十分
   千万 (adverb) 万一 ...): runs of 零〇一二两三四五六七八九十百千万亿 go through cn2an ("二十余年" -> 20,
   "两千零二十四" -> 2024, "第三" -> 3); digit-by-digit runs of 4+ are years ("二〇二四" -> 2024); 2-3 digit
   runs are approximations ("三四天" -> 3, 4). Skipped: vague quantities (数十, 几百, 十几) and runs that
   start with a bare unit (百度, 万物, 千万).

A mention is *soft* when it is a word numeral (English or Chinese) worth at most 10, an ordinal word, or a
decade count: "一位开发者" (a developer), "one of", "两名知情人士" carry no checkable fact and may be rendered
as "a"/"several" on the other side, so comparisons tolerate an unmatched soft mention (it still matches a
counterpart). Everything else - digits, scaled numbers, month names, word numerals above 10 - is *hard*.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

import cn2an

from service.checks.script import to_simplified
from service.checks.units import compatible, currency_around, resolve


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
    if a.value != b.value or (a.kind != b.kind and {a.kind, b.kind} != {"ordinal", "number"}):
        return False
    if (a.percent and b.points) or (a.points and b.percent):  # 3 % is no 3 percentage points
        return False
    if (a.percent and (b.date or b.unit)) or (b.percent and (a.date or a.unit)):  # 8 % is no 8月
        return False
    ordinal = "ordinal" in (a.kind, b.kind)  # 连续六个月 = "the sixth consecutive month"
    if not ordinal and (_duration(a.unit) or _duration(b.unit)):  # "three days" is no 3月, two weeks no 两年
        return a.unit == b.unit
    return compatible(a.unit, b.unit)


# The prepared text, for readers that look past their match (what a word numeral counts).
_REST: ContextVar[str] = ContextVar("numbers_rest", default="")
_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "﹪": "%", "．": "."})
_BLANK = "\x00"

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUMERAL_CHARS = _CN_DIGITS + "十百千万亿"
_CN_DIGIT_VALUE = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}

_CN_SCALES = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4, "千": 10**3}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_ABBR_SCALES = {"bn": 10**9, "mn": 10**6, "tn": 10**12, "k": 10**3, "m": 10**6, "b": 10**9}
_CURRENCY = "$€£¥￥"

_ARABIC = re.compile(
    r"(?<![A-Za-z0-9_.])"
    r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?"
    r"(?:\s*(?P<cn>万亿|千万|百万|亿|万|千(?![瓦米克卡]))"
    r"|(?:\s+|-)(?P<en>thousand|million|billion|trillion)(?![A-Za-z])"
    r"|\s?(?P<abbr>bn|mn|tn)(?![A-Za-z])"
    r"|(?P<letter>[KMBkmb])(?![A-Za-z]))?"
    r"(?:(?P<pts>\s*(?:percentage[\s-]+points?|pp(?![A-Za-z])|个百分点|百分点))"
    r"|(?P<pct>\s*(?:%|‰|(?:percent|per\s+cent)(?![A-Za-z]))))?",
)

_CN_PERCENT = re.compile(rf"百分之\s*(?P<num>\d+(?:\.\d+)?|[{_CN_NUMERAL_CHARS}]+)")

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    # Longest first so "seventeen" is not read as "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_EN_WORDS = re.compile(
    rf"(?<![A-Za-z])(?:(?P<tens>{_alternation(_EN_TENS)})"
    rf"(?:[- ](?P<tu>{_alternation(list(_EN_UNITS)[1:10])}))?"
    rf"|(?P<unit>{_alternation(_EN_UNITS)}))"
    r"(?:[\s-]+(?P<hundred>hundred))?"
    r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion))?"
    r"(?:\s+(?P<decade>decades?))?"
    r"(?:(?P<pts>\s+percentage[\s-]+points?)|(?P<pct>\s+(?:percent|per\s+cent)))?"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_EN_ARTICLE_SCALE = re.compile(
    r"(?<![A-Za-z])an?\s+(?P<scale>hundred|thousand|million|billion|trillion|dozen|decade)(?![A-Za-z])",
    re.IGNORECASE,
)
_EN_ORDINAL = re.compile(rf"(?<![A-Za-z])(?P<word>{_alternation(_EN_ORDINALS)})(?![A-Za-z])", re.IGNORECASE)

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

# Words that contain numeral characters but state no number. Blanked before Chinese numerals are read; the
# look-behind keeps real numbers intact ("三万一" = 31000 is not 万一, "一千万" is not the adverb 千万).
_CN_STOPWORDS = tuple(
    " ".join(
        [
            "一些 一起 一样 一般 一直 一定 一切 一旦 一致 一向 一度 一再 一边 一面 一同 一律 一举",
            "一味 一贯 一时 一齐 一道 一番 一流 一体 一系列 一下 一点 一方面 一带一路 一心 一并",
            "一经 一概 一口气 一席之地 一手 一如既往 一无所知 统一 唯一 单一 同一 不一 逐一 划一",
            "万一 十分 十足 万分 千万 万万 一一 三心二意 七嘴八舌 乱七八糟 五花八门 四面八方",
            "一五一十 九死一生 独一无二 一模一样 十全十美 千方百计 万众 万物 万事 万象 百姓 百科",
            "百度 百般 千里 万里 三星 二手 四处 一旁 亿万",
        ]
    ).split()
)
_CN_STOPWORD_RE = re.compile(rf"(?<![{_CN_NUMERAL_CHARS}\d])(?:{_alternation(_CN_STOPWORDS)})")
_CN_RUN = re.compile(rf"[{_CN_NUMERAL_CHARS}]+")
_VAGUE_BEFORE = frozenset("几数")  # 数十, 几百
_VAGUE_AFTER = frozenset("几")  # 十几, 二十几


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


def _read_arabic(work: str) -> Callable[[re.Match[str]], list[NumberMention] | None]:
    def read(m: re.Match[str]) -> list[NumberMention] | None:
        try:
            value = Decimal(m["int"].replace(",", "") + (m["dec"] or ""))
        except InvalidOperation:
            return None
        if m["cn"]:
            value *= _CN_SCALES[m["cn"]]
        elif m["en"]:
            value *= _EN_SCALES[m["en"].lower()]
        elif m["abbr"]:
            value *= _ABBR_SCALES[m["abbr"]]
        elif m["letter"]:
            letter = m["letter"]
            # "70B", "4K", "$5M": upper case scales; "$120m" only after a currency sign (100m may be metres).
            before = work[max(0, m.start() - 2) : m.start()].strip()[-1:]
            if letter.isupper() or (before and before in _CURRENCY):
                value *= _ABBR_SCALES[letter.lower()]
        text = m.group(0).strip()
        return [
            NumberMention(
                _canon(value), text, m.start(), percent=bool(m["pct"]), points=bool(m["pts"]), end=m.end()
            )
        ]

    return read


def _cn_numeral_value(run: str) -> list[tuple[float, bool]] | None:
    """Value(s) of a run of Chinese numeral characters as (value, soft) pairs; None when it is no number."""
    if run[0] in "百千万亿":
        return None  # bare unit: 百度, 万物, 千万 (adverb), 亿万
    if all(ch in _CN_DIGIT_VALUE for ch in run):
        if len(run) >= 4:  # 二〇二四, 一九八九: a year read digit by digit
            return [(float("".join(str(_CN_DIGIT_VALUE[ch]) for ch in run)), False)]
        if len(run) > 1:  # 三四天, 两三个: an approximation, each digit on its own
            return [(float(_CN_DIGIT_VALUE[ch]), True) for ch in run]
        value = _CN_DIGIT_VALUE[run]
        return [(float(value), value <= 10)]
    try:
        number = cn2an.cn2an(run, "smart")
    except (ValueError, KeyError, IndexError):  # cn2an raises on malformed runs such as 五六十
        return None
    return [(_canon(number), float(number) <= 10)]


def _read_cn_run(work: str) -> Callable[[re.Match[str]], list[NumberMention] | None]:
    def read(m: re.Match[str]) -> list[NumberMention] | None:
        before = work[m.start() - 1] if m.start() else ""
        after = work[m.end()] if m.end() < len(work) else ""
        if before in _VAGUE_BEFORE or after in _VAGUE_AFTER:
            return None
        values = _cn_numeral_value(m.group(0))
        if values is None:
            return None
        percent = after == "%"
        if after in "月日号" and len(values) == 1:  # 三月五日: a month or a day is a fact, not a count
            values = [(values[0][0], False)]
        elif len(values) == 1 and values[0][0] >= 2 and work[m.end() :].startswith(_COUNTED_ZH):
            values = [(values[0][0], False)]  # 两天, 三年, 五岁: a counted duration or age
        return [
            NumberMention(v, m.group(0), m.start(), soft=soft, percent=percent, end=m.end())
            for v, soft in values
        ]

    return read


def _read_cn_percent(m: re.Match[str]) -> list[NumberMention] | None:
    num = m["num"]
    if num[0].isdigit():
        value: float | None = _canon(Decimal(num))
    else:
        values = _cn_numeral_value(num)
        value = values[0][0] if values and len(values) == 1 else None
    if value is None:
        return None
    return [NumberMention(value, m.group(0), m.start(), soft=False, percent=True)]


def _read_en_words(m: re.Match[str]) -> list[NumberMention] | None:
    if m["tens"]:
        base = _EN_TENS[m["tens"].lower()] + (_EN_UNITS[m["tu"].lower()] if m["tu"] else 0)
    else:
        base = _EN_UNITS[m["unit"].lower()]
    value = base * (100 if m["hundred"] else 1) * (_EN_SCALES[m["scale"].lower()] if m["scale"] else 1)
    text = m.group(0)
    if m["decade"]:
        # "two decades" ~ 20 years: keep both readings, both soft (rounded, often "二十多年" or "数十年").
        return [NumberMention(_canon(base), text, m.start(), soft=True),
                NumberMention(_canon(base * 10), text, m.start(), soft=True)]  # fmt: skip
    counted = value >= 2 and bool(_COUNTED_EN.match(_REST.get()[m.end() : m.end() + 24]))
    soft = value <= 10 and not (m["pct"] or m["pts"] or counted)
    percent, points = bool(m["pct"]), bool(m["pts"])
    return [
        NumberMention(_canon(value), text, m.start(), soft=soft, percent=percent, points=points, end=m.end())
    ]


def _read_article_scale(m: re.Match[str]) -> list[NumberMention] | None:
    scale = m["scale"].lower()
    if scale == "dozen":
        return [NumberMention(12.0, m.group(0), m.start(), soft=True)]
    if scale == "decade":
        return [NumberMention(10.0, m.group(0), m.start(), soft=True)]
    value = 100 if scale == "hundred" else _EN_SCALES[scale]
    return [NumberMention(_canon(value), m.group(0), m.start())]


def _read_ordinal(m: re.Match[str]) -> list[NumberMention] | None:
    value = float(_EN_ORDINALS[m["word"].lower()])
    return [NumberMention(value, m.group(0), m.start(), kind="ordinal", end=m.end())]


# 第三次, 第四季度, 四季度, 首次, Q4: ordinals (digits after 第 stay plain numbers: 第28届 = 28th).
_CN_ORDINAL = re.compile(
    r"第(?P<n>[一二两三四五六七八九十]+)(?![一二两三四五六七八九十百千万亿])"
    r"|(?<![一二两三四五六七八九十第前后])(?P<q>[一二三四])季度|首(?=[次个家位名轮届批度])"
    r"|(?<![A-Za-z0-9])Q(?P<qd>[1-4])(?![0-9])"
)


def _read_cn_ordinal(m: re.Match[str]) -> list[NumberMention] | None:
    if m["n"]:
        values = _cn_numeral_value(m["n"])
        if not values or len(values) != 1:
            return None
        value = values[0][0]
    elif m["q"]:
        value = float(_CN_DIGIT_VALUE[m["q"]])
    elif m["qd"]:
        value = float(m["qd"])
    else:
        value = 1.0
    return [NumberMention(value, m.group(0), m.start(), kind="ordinal", end=m.end())]


# 20世纪90年代 / 上世纪90年代 = the 1990s.
_CN_DECADE = re.compile(r"(?:(?P<c>\d{2})世纪|(?P<last>上)世纪)(?P<d>\d0)年代")


def _read_cn_decade(m: re.Match[str]) -> list[NumberMention] | None:
    century = int(m["c"]) if m["c"] else 20
    return [NumberMention(float((century - 1) * 100 + int(m["d"])), m.group(0), m.start(), end=m.end())]


# A small count of a duration or an age is a fact ("two days", 两周, 五岁): hard, even as a word numeral.
_COUNTED_EN = re.compile(
    r"^[\s-]+(?:days?|weeks?|months?|years?|hours?|minutes?|quarters?|times|years?[\s-]+old|seasons?|terms?)\b",
    re.IGNORECASE,
)
_COUNTED_ZH = ("天", "周", "週", "个月", "年", "小时", "分钟", "岁", "次", "届", "轮", "季")
_DURATION_EN = re.compile(
    r"^[\s-]+(?:(?P<age>years?[\s-]+old)|(?P<d>days?)|(?P<w>weeks?)|(?P<m>months?)|(?P<y>years?)|(?P<h>hours?))\b",
    re.IGNORECASE,
)
_DURATION_ZH = (("岁", "age"), ("天", "dur:d"), ("周", "dur:w"), ("週", "dur:w"), ("星期", "dur:w"),
                ("个月", "dur:m"), ("年", "dur:y"), ("小时", "dur:h"))  # fmt: skip


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


# A month and its day as one fact: "March 1" / "1 March" / 3月1日 -> 301, so March 3 against 3月1日 is a
# conflict even though 3 occurs on both sides. A lone month (3月, "in March") matches a date in it.
_MONTH_WORDS = _alternation([*MONTHS, *_MONTH_ABBR])
_EN_DATE = re.compile(
    rf"(?<![A-Za-z])(?<!Long )(?P<m1>{_MONTH_WORDS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:A-Za-z])"
    rf"|(?<![\d.])(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORDS})(?![A-Za-z])"
)
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


def _read_month(m: re.Match[str]) -> list[NumberMention] | None:
    if m["full"]:
        value = MONTHS[m["full"]]
    elif m["abbr"]:
        value = _MONTH_ABBR[m["abbr"]]
    else:
        value = 5
    return [NumberMention(float(value), m.group(0), m.start())]


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


# Korean amounts: 6조 5천억 원 = 6.5e12, 3천만 = 3e7, 1조 2000억 = 1.2e12 (Hangul units, never Han ones).
_KO_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
_KOREAN = re.compile(
    r"(?:\d[\d,]*(?:\.\d+)?\s*[천백]?\s*[조억만]\s*)+(?:\d[\d,]*\s*천)?|\d[\d,]*\s*천(?![\u3131-\u318e])"
)
_KO_PART = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([천백])?\s*([조억만])?")


def _read_korean(m: re.Match[str]) -> list[NumberMention] | None:
    total = Decimal(0)
    for number, small, big in _KO_PART.findall(m.group(0)):
        value = Decimal(number.replace(",", "")) * (1000 if small == "천" else 100 if small == "백" else 1)
        total += value * _KO_UNITS.get(big, 1)
    text = m.group(0).strip()
    return [NumberMention(_canon(total), text, m.start(), end=m.start() + len(text))]


# 成 = tenths: 六成 = 60 %, 三成半 = 35 %; not 成为 / 成功 / 完成 (成 after a non-numeral).
_CN_TENTHS = re.compile(
    r"(?<![\d.零〇一二两三四五六七八九十百千])(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十])\s*成"
    r"(?:(?P<half>半)|(?P<unit>[一二三四五六七八九])(?![一二三四五六七八九十百千万亿]))?"
    r"(?![员交绩效])"  # 七成为用家 is "70 % are owner-occupiers": after a numeral, 成 is tenths
)
_HALF = re.compile(r"(?<![上下前后])一半|半数|过半|(?<![A-Za-z])half(?![A-Za-z-])", re.IGNORECASE)


def _read_cn_tenths(m: re.Match[str]) -> list[NumberMention] | None:
    num = m["num"]
    tenths = Decimal(num) if num[0].isdigit() else Decimal(_CN_DIGIT_VALUE.get(num, 10))
    value = tenths * 10 + (5 if m["half"] else _CN_DIGIT_VALUE[m["unit"]] if m["unit"] else 0)
    return [NumberMention(_canon(value), m.group(0), m.start(), percent=True, end=m.end())]


# Fractions as percentages, approximately: 三分之一 / "a third" ~ 33 %, 四分之三 / "three-quarters" ~ 75 %.
_CN_FRACTION = re.compile(  # 三分之一, and Hong Kong's 三分一
    r"(?P<den>\d+|[二三四五六七八九十])分之(?P<num>\d+|[一二三四五六七八九])"
    r"|(?<![\d一二三四五六七八九十])(?P<den2>[三四五])分(?P<num2>[一二三])(?![一二三四五六七八九十钟秒])"
)
_EN_FRACTION = re.compile(
    r"(?<![A-Za-z])(?P<num>one|a|two|three)(?:-|\s+)(?P<den>thirds?|quarters?|fifths?)(?=\s+of\b)"
    r"|(?<![A-Za-z])(?P<numh>one|two|three)-(?P<denh>thirds?|quarters?|fifths?)(?![A-Za-z])",
    re.IGNORECASE,
)
_EN_FRACTION_PARTS = {"one": 1, "a": 1, "two": 2, "three": 3, "third": 3, "thirds": 3, "quarter": 4,
                      "quarters": 4, "fifth": 5, "fifths": 5}  # fmt: skip


def _read_fraction(m: re.Match[str]) -> list[NumberMention] | None:
    def part(text: str) -> int:
        if text.isdigit():
            return int(text)
        return _EN_FRACTION_PARTS.get(text.lower()) or int(_CN_DIGIT_VALUE.get(text, 10))

    groups = m.groupdict()
    before = m.string[max(0, m.start() - 7) : m.start()].lower()
    if re.search(r"(?:first|last|past|next|latest)\s+$", before):
        return None  # "the first three quarters of 2025": a count of quarters, not 75 %
    num_text = groups.get("num") or groups.get("num2") or groups.get("numh")
    den_text = groups.get("den") or groups.get("den2") or groups.get("denh")
    num, den = part(num_text), part(den_text)
    if not den or num >= den:
        return None
    value = round(100 * num / den, 1)
    return [NumberMention(value, m.group(0), m.start(), percent=True, end=m.end(), approx=True)]


def _read_half(m: re.Match[str]) -> list[NumberMention] | None:
    # Soft: "half" rarely carries a checkable fact, and "50%" on the other side still matches it.
    return [NumberMention(50.0, m.group(0), m.start(), soft=True, percent=True, end=m.end())]


def _blank_stopwords(work: str) -> str:
    return _CN_STOPWORD_RE.sub(lambda m: _BLANK * len(m.group(0)), work)


def find_numbers(text: str, currencies: frozenset[str] | None = None) -> list[NumberMention]:
    """Every number mentioned in `text` (any script), in order of appearance. See the module doc for rules.
    `currencies`: the article's explicit currencies (units.currency_context), to read a bare "$" or 元."""
    if not text:
        return []
    prepared = work = to_simplified(text.translate(_FULLWIDTH))
    found: list[NumberMention] = []
    _REST.set(work)
    work = _scan(work, _WEEKDAY, _read_weekday, found)
    work = _scan(work, _NUMERIC_DATE, _read_numeric_date, found)
    work = _scan(work, _EN_DATE, _read_date, found)
    work = _scan(work, _CN_DATE, _read_date, found)
    work = _scan(work, _MONTH, _read_month, found)  # before digits: "in May 2024" needs its 2024
    work = _scan(work, _CN_DECADE, _read_cn_decade, found)
    work = _scan(work, _CN_ORDINAL, _read_cn_ordinal, found)
    work = _scan(work, _KOREAN, _read_korean, found)
    work = _scan(work, _CN_TENTHS, _read_cn_tenths, found)
    work = _scan(work, _CN_FRACTION, _read_fraction, found)
    work = _scan(work, _EN_FRACTION, _read_fraction, found)
    work = _scan(work, _HALF, _read_half, found)
    work = _scan(work, _CN_PERCENT, _read_cn_percent, found)
    work = _scan(work, _ARABIC, _read_arabic(work), found)
    work = _scan(work, _EN_WORDS, _read_en_words, found)
    work = _scan(work, _EN_ARTICLE_SCALE, _read_article_scale, found)
    work = _scan(work, _EN_ORDINAL, _read_ordinal, found)
    work = _blank_stopwords(work)
    work = _scan(work, _CN_RUN, _read_cn_run(work), found)
    found = [_with_currency(prepared, m, currencies) for m in found]
    found = [_as_date_part(prepared, m) for m in found]
    # A bare 1 ("1人死亡", "1 of them") says "a"/"one", which the other language often leaves unsaid.
    found = [
        replace(m, soft=True)
        if m.value == 1
        and m.kind == "number"
        and not (m.percent or m.points or m.unit)
        and not _dated(prepared, m)
        else m
        for m in found
    ]
    return sorted(found, key=lambda mention: mention.start)


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
    return after in ("月", "日") or mention.text in MONTHS


def _with_currency(prepared: str, mention: NumberMention, currencies: frozenset[str] | None) -> NumberMention:
    if mention.kind != "number" or mention.percent or mention.points or mention.end < 0:
        return mention
    if duration := duration_after(prepared[mention.end : mention.end + 24], mention.value):
        return replace(mention, unit=duration)
    unit = currency_around(prepared, mention.start, mention.end)
    if currencies is not None:
        unit = resolve(unit, currencies)
    return replace(mention, unit=unit) if unit else mention


def extract_numbers(text: str, *, include_soft: bool = True) -> set[float]:
    """The set of number values in `text` (floats; 45% -> 45.0, 1.2亿 -> 120000000.0).

    A set rather than a Counter: the checks ask "is this value stated on the other side / in the source",
    not how often. `include_soft=False` drops soft mentions (small word numerals, see the module doc)."""
    return {m.value for m in find_numbers(text) if include_soft or not m.soft}


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
        and not any(matches(m, o) for o in candidates(m))
        and not (m.approx and any(matches(m, o) for o in other))
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
