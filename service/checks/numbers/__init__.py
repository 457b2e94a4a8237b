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

The package: `mention` (the mention, shared helpers, durations), `english` (digits, English words),
`chinese` (Chinese and Korean numerals, tenths, fractions), `dates` (months, dates, weekdays), `compare`
(matching mentions across the two sides).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from service.checks.numbers.chinese import (
    _CN_COMPOUND,
    _CN_DECADE,
    _CN_FRACTION,
    _CN_ORDINAL,
    _CN_PERCENT,
    _CN_RUN,
    _CN_TENTHS,
    _EN_FRACTION,
    _HALF,
    _HALF_YEAR,
    _HOURS_MINUTES,
    _KOREAN,
    _QUARTERS,
    _blank_stopwords,
    _read_cn_compound,
    _read_cn_decade,
    _read_cn_ordinal,
    _read_cn_percent,
    _read_cn_run,
    _read_cn_tenths,
    _read_fraction,
    _read_half,
    _read_half_unit,
    _read_hours_minutes,
    _read_korean,
    _read_quarters,
)
from service.checks.numbers.compare import (
    comparable_conflict,
    conflicting,
    describe,
    format_value,
    matches,
    money_conflicts,
    surplus_comparable,
    surplus_durations,
    unmatched,
)
from service.checks.numbers.dates import (
    _CLOCK,
    _CN_DATE,
    _CN_MONTH_RANGE,
    _EN_DATE,
    _EN_DAY_RANGE,
    _EN_MONTH_RANGE,
    _MONTH,
    _NUMERIC_DATE,
    _WEEKDAY,
    _YEAR_PART,
    MONTHS,
    _as_date_part,
    _dated,
    _read_clock,
    _read_date,
    _read_day_range,
    _read_month,
    _read_month_range,
    _read_numeric_date,
    _read_weekday,
    _read_year_part,
)
from service.checks.numbers.english import (
    _ARABIC,
    _EN_ARTICLE_SCALE,
    _EN_ORDINAL,
    _EN_ORDINALS,
    _EN_TENS,
    _EN_UNITS,
    _EN_WORDS,
    LETTER_CURRENCIES,
    _read_arabic,
    _read_article_scale,
    _read_en_words,
    _read_ordinal,
)
from service.checks.numbers.hedges import mark_rounded
from service.checks.numbers.measures import in_base_units
from service.checks.numbers.mention import _REST, NumberMention, _scan, duration_after
from service.checks.script import to_simplified
from service.checks.units import currency_around, resolve

__all__ = [
    "LETTER_CURRENCIES",
    "MONTHS",
    "NumberMention",
    "comparable_conflict",
    "conflicting",
    "describe",
    "duration_after",
    "extract_numbers",
    "find_numbers",
    "format_value",
    "matches",
    "money_conflicts",
    "surplus_comparable",
    "surplus_durations",
    "unmatched",
]

_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "﹪": "%", "．": "."})


_PAREN_DAY = re.compile(r"(?<=[今昨明前])[（(](\d{1,2})[）)](?=日)")

Reader = Callable[[re.Match[str]], list[NumberMention] | None]
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words one of which every match of a pass contains, casefolded (a month name starts with its stem). Most
# passes look behind before their first character, so the regex engine tries them at every offset; the
# plain substring tests skip a pass that cannot match. tests/checks/test_number_gates.py holds each
# pass's matches to its words.
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _WEEKDAY: ("day", "周", "星期", "礼拜"),
    _EN_MONTH_RANGE: _MONTH_STEMS,
    _CN_MONTH_RANGE: ("月",),
    _EN_DATE: _MONTH_STEMS,
    _EN_DAY_RANGE: _MONTH_STEMS,
    _CN_DATE: ("月",),
    _YEAR_PART: ("年初", "年底", "年末", "year"),
    _MONTH: _MONTH_STEMS,
    _CN_DECADE: ("年代",),
    _CLOCK: ("m", "下午", "晚", "夜间", "夜里", "中午"),
    _QUARTERS: ("季", "quarters"),
    _HOURS_MINUTES: ("小时", "hour", ":"),
    _CN_ORDINAL: ("第", "季度", "首", "q"),
    _KOREAN: ("조", "억", "만", "천"),
    _CN_TENTHS: ("成",),
    _CN_FRACTION: ("分",),
    _EN_FRACTION: ("third", "quarter", "fifth", " in "),  # "by a third", "one in five" too
    _HALF_YEAR: ("半", "half"),
    _HALF: ("半", "half"),
    _CN_COMPOUND: ("兆", "亿", "万"),
    _EN_WORDS: tuple(word.casefold() for word in (*_EN_UNITS, *_EN_TENS)),
    _EN_ORDINAL: tuple(_EN_ORDINALS),
}


# The character every match of a pass starts with. A pattern that opens with a lookbehind is tried at every
# offset; a lookahead for its first character first fails fast where it cannot start (_ARABIC: 5x faster).
_FIRST_CHARS: dict[re.Pattern[str], str] = {
    _ARABIC: r"\d",
    _CN_COMPOUND: r"\d",
    _KOREAN: r"\d",
    _HOURS_MINUTES: r"\d",
    _NUMERIC_DATE: r"[12]",
    _CN_TENTHS: r"[\d一二两三四五六七八九十]",
    _CN_DATE: r"[\d一二三四五六七八九十]",
    _CN_FRACTION: r"[\d二三四五六七八九十百千万亿]",
    _CLOCK: r"[\d下晚傍夜中]",
    _WEEKDAY: r"[mtwfs周星礼]",
    _EN_WORDS: r"[zotfsen]",
    _EN_ORDINAL: r"[fstne]",
    _EN_DATE: r"[JFMASOND\d]",
    _EN_DAY_RANGE: r"[JFMASOND\d]",
    _MONTH: r"[JFMASOND]",
    _EN_MONTH_RANGE: r"[JFMASOND]",
    _QUARTERS: r"[前首fplt23]",
    _HALF: r"[一半过h]",
    _HALF_YEAR: r"[半h]",
    _EN_FRACTION: r"[oatb1-3]",
    _CN_ORDINAL: r"[第一二三四首Q]",
    _YEAR_PART: r"[年sbey]",
}
_FAST = {p: re.compile(f"(?={first})(?:{p.pattern})", p.flags) for p, first in _FIRST_CHARS.items()}


def find_numbers(text: str, currencies: frozenset[str] | None = None) -> list[NumberMention]:
    """Every number mentioned in `text` (any script), in order of appearance. See the module doc for rules.
    `currencies`: the article's explicit currencies (units.currency_context), to read a bare "$" or 元."""
    if not text:
        return []
    prepared = work = to_simplified(text.translate(_FULLWIDTH))
    if "）日" in prepared or ")日" in prepared:  # Taiwan's 今（15）日: "today, the 15th"
        prepared = work = _PAREN_DAY.sub(lambda m: "  " + m[1], prepared)
    folded = prepared.casefold()
    found: list[NumberMention] = []

    def scan(work: str, pattern: re.Pattern[str], read: Reader) -> str:
        needs = _NEEDS.get(pattern)
        if needs is not None and not any(word in folded for word in needs):
            return work  # none of the words every match contains: the pass cannot match
        return _scan(work, _FAST.get(pattern, pattern), read, found)

    _REST.set(work)
    work = scan(work, _WEEKDAY, _read_weekday)
    work = scan(work, _NUMERIC_DATE, _read_numeric_date)
    work = scan(work, _EN_MONTH_RANGE, _read_month_range)
    work = scan(work, _CN_MONTH_RANGE, _read_month_range)
    work = scan(work, _EN_DAY_RANGE, _read_day_range)
    work = scan(work, _EN_DATE, _read_date)
    work = scan(work, _CN_DATE, _read_date)
    work = scan(work, _YEAR_PART, _read_year_part)
    work = scan(work, _MONTH, _read_month)  # before digits: "in May 2024" needs its 2024
    work = scan(work, _CLOCK, _read_clock)
    work = scan(work, _CN_DECADE, _read_cn_decade)
    work = scan(work, _QUARTERS, _read_quarters)
    work = scan(work, _HOURS_MINUTES, _read_hours_minutes)
    work = scan(work, _CN_ORDINAL, _read_cn_ordinal)
    work = scan(work, _KOREAN, _read_korean)
    work = scan(work, _CN_TENTHS, _read_cn_tenths)
    work = scan(work, _CN_FRACTION, _read_fraction)
    work = scan(work, _EN_FRACTION, _read_fraction)
    work = scan(work, _HALF_YEAR, _read_half_unit)
    work = scan(work, _HALF, _read_half)
    work = scan(work, _CN_PERCENT, _read_cn_percent)
    work = scan(work, _CN_COMPOUND, _read_cn_compound)
    work = scan(work, _ARABIC, _read_arabic(work))
    work = scan(work, _EN_WORDS, _read_en_words)
    work = scan(work, _EN_ARTICLE_SCALE, _read_article_scale)
    work = scan(work, _EN_ORDINAL, _read_ordinal)
    work = _blank_stopwords(work)
    work = scan(work, _CN_RUN, _read_cn_run(work))
    found = [_with_currency(prepared, m, currencies) for m in found]
    found = [_as_date_part(prepared, m) for m in found]
    found = [mark_rounded(prepared, m) for m in found]
    found = [in_base_units(prepared, m) for m in found]
    # A bare 1 ("1人死亡", "1 of them") says "a"/"one", which the other language often leaves unsaid.
    # So does the 1 of an exchange rate (1美元兑157.8日元 = "157.8 per dollar").
    found = [
        replace(m, soft=True)
        if m.value == 1
        and m.kind == "number"
        and (not (m.percent or m.points or m.unit) or _rate_base(prepared, m))
        and not _dated(prepared, m)
        else m
        for m in found
    ]
    return _elliptical_units(prepared, sorted(found, key=lambda mention: mention.start))


# "18.4 months versus 11.2", "14 years and Whitcombe eight", "20 years, the defence seven": a bare number
# right after a duration, joined by a comparison or a list, counts the same unit.
_ELLIPSIS = re.compile(r"^[^\d.!?。！？；;]{0,30}$")
_JOINED = re.compile(
    r",|，|、|\b(?:versus|vs|against|compared\s+with|and|or|than|instead\s+of|from)\b|对|比|与|和",
    re.IGNORECASE,
)
# The duration's own unit word, which the joiner must follow directly: 11.2个月（风险比0.58） is no ellipsis.
_UNIT_WORD = re.compile(r"^\s*(?:[-\s]?[A-Za-z]+|个月|年|天|周|週|星期|小时)")
# ... and nothing after it says what else it counts ("three days and 5 people" counts people).
_ENDS_BARE = re.compile(
    r"\s*(?:$|[,;:.)，。；：、）]|(?:on|in|for|with|under|at|from|among|of|before|after)\b)", re.IGNORECASE
)


def _elliptical_units(prepared: str, found: list[NumberMention]) -> list[NumberMention]:
    out: list[NumberMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and _may_take_unit(mention, previous)
            and previous.end > 0
            and _ELLIPSIS.match(gap := prepared[previous.end : mention.start])
            and _joined(_UNIT_WORD.sub("", gap, count=1).lstrip())
            and _ENDS_BARE.match(prepared, mention.end)
        ):
            mention = replace(mention, unit=previous.unit)
        out.append(mention)
    # ... and before one: "from 48 and 27 months", "3 to 5 years".
    for i in range(len(out) - 2, -1, -1):
        mention, following = out[i], out[i + 1]
        if (
            _may_take_unit(mention, following)
            and mention.end > 0
            and _BEFORE_DURATION.match(prepared[mention.end : following.start])
        ):
            out[i] = replace(mention, unit=following.unit)
    return out


def _joined(rest: str) -> bool:
    """A joiner right after the unit word, or after one noun it qualifies ("a 12-month transition instead
    of six")."""
    if _JOINED.match(rest):
        return True
    noun = _NOUN.match(rest)
    return bool(noun and _JOINED.match(rest, noun.end()))


_NOUN = re.compile(r"(?!(?:and|or|than|versus|vs|against|from)\b)[a-z]+\s+")
_BEFORE_DURATION = re.compile(r"^\s*(?:and|or|to|-|–|至|到|和|或)\s*$", re.IGNORECASE)


def _may_take_unit(bare: NumberMention, duration: NumberMention) -> bool:
    """`bare` is a plain number that could count `duration`'s unit beside it: no unit, date or percentage
    of its own, and of like size (both under 1,000 and within ten times each other)."""
    a, b = bare.value, duration.value
    return (
        duration.unit is not None
        and duration.unit.startswith("dur:")
        and bare.kind == "number"
        and bare.unit is None
        and not (bare.date or bare.percent or bare.points or bare.clock)
        and 0 < a < 1000
        and 0 < b < 1000
        and max(a, b) / min(a, b) <= 10
    )


_RATE_BASE = re.compile(r"\s*(?:美元|欧元|日元|英镑|港元|港币|人民币|韩元|新台币|澳元|元)?\s*(?:兑|换|=)")


def _rate_base(prepared: str, mention: NumberMention) -> bool:
    return bool(mention.end > 0 and _RATE_BASE.match(prepared, mention.end))


def _with_currency(prepared: str, mention: NumberMention, currencies: frozenset[str] | None) -> NumberMention:
    if mention.kind != "number" or mention.percent or mention.points or mention.end < 0:
        return mention
    ordinal = prepared[max(0, mention.start - 1) : mention.start] == "第"  # 第10个月: the 10th month
    if not ordinal and (duration := duration_after(prepared[mention.end : mention.end + 24], mention.value)):
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
