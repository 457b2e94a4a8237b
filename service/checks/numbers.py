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
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import cn2an

from service.checks.script import to_simplified


@dataclass(frozen=True)
class NumberMention:
    value: float
    text: str  # surface form, e.g. "1.2亿", "$120 million", "三月"
    start: int  # offset in the prepared (Simplified) text; order of appearance
    soft: bool = False
    percent: bool = False


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
    r"(?P<pct>\s*(?:%|‰|(?:percent(?:age)?|per\s+cent)(?![A-Za-z])|个百分点|百分点))?",
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
    r"(?P<pct>\s+(?:percent|per\s+cent))?"
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
    rf"(?<![A-Za-z])(?:(?P<full>{_alternation(m for m in MONTHS if m != 'May')})"
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
        return [NumberMention(_canon(value), text, m.start(), soft=False, percent=bool(m["pct"]))]

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
        return [NumberMention(v, m.group(0), m.start(), soft=soft, percent=percent) for v, soft in values]

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
    soft = value <= 10 and not m["pct"]
    return [NumberMention(_canon(value), text, m.start(), soft=soft, percent=bool(m["pct"]))]


def _read_article_scale(m: re.Match[str]) -> list[NumberMention] | None:
    scale = m["scale"].lower()
    if scale == "dozen":
        return [NumberMention(12.0, m.group(0), m.start(), soft=True)]
    if scale == "decade":
        return [NumberMention(10.0, m.group(0), m.start(), soft=True)]
    value = 100 if scale == "hundred" else _EN_SCALES[scale]
    return [NumberMention(_canon(value), m.group(0), m.start())]


def _read_ordinal(m: re.Match[str]) -> list[NumberMention] | None:
    return [NumberMention(float(_EN_ORDINALS[m["word"].lower()]), m.group(0), m.start(), soft=True)]


def _read_month(m: re.Match[str]) -> list[NumberMention] | None:
    if m["full"]:
        value = MONTHS[m["full"]]
    elif m["abbr"]:
        value = _MONTH_ABBR[m["abbr"]]
    else:
        value = 5
    return [NumberMention(float(value), m.group(0), m.start())]


def _blank_stopwords(work: str) -> str:
    return _CN_STOPWORD_RE.sub(lambda m: _BLANK * len(m.group(0)), work)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mentioned in `text` (any script), in order of appearance. See the module doc for rules."""
    if not text:
        return []
    work = to_simplified(text.translate(_FULLWIDTH))
    found: list[NumberMention] = []
    work = _scan(work, _CN_PERCENT, _read_cn_percent, found)
    work = _scan(work, _ARABIC, _read_arabic(work), found)
    work = _scan(work, _EN_WORDS, _read_en_words, found)
    work = _scan(work, _EN_ARTICLE_SCALE, _read_article_scale, found)
    work = _scan(work, _EN_ORDINAL, _read_ordinal, found)
    work = _scan(work, _MONTH, _read_month, found)
    work = _blank_stopwords(work)
    work = _scan(work, _CN_RUN, _read_cn_run(work), found)
    return sorted(found, key=lambda mention: mention.start)


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
        shown = format_value(m.value)
        seen[m.value] = shown if m.text == shown else f'{shown} ("{m.text}")'
    return ", ".join(seen.values())


def unmatched(side: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """Hard mentions of `side` whose value is nowhere in `other` (hard or soft)."""
    values = {m.value for m in other}
    return [m for m in side if not m.soft and m.value not in values]
