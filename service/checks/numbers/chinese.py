"""Chinese and Korean numerals: 四十五, 二〇二四, 百分之四十五, 六成, 第三, 6조 5천억; fractions and halves
in both languages (三分之一, "a third", 一半)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import cn2an

from service.checks.numbers.mention import (
    _BLANK,
    _COUNTED_NOUN_ZH,
    _COUNTED_ZH,
    NumberMention,
    _alternation,
    _canon,
)

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUMERAL_CHARS = _CN_DIGITS + "十百千万亿"
_CN_DIGIT_VALUE = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}

# 兆 is Taiwan's and Hong Kong's trillion (2兆9,870億 = 2.987 trillion); before 瓦/赫/字节 it is "mega" and
# no scale (the readers' look-aheads keep 兆瓦 out).
_CN_SCALES = {
    "万亿": 10**12, "兆": 10**12, "千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4, "千": 10**3,
}  # fmt: skip

_CN_PERCENT = re.compile(rf"百分之\s*(?P<num>\d+(?:\.\d+)?|[{_CN_NUMERAL_CHARS}]+)")

# Digits with two scales, one amount: 3亿5000万 = 350 million, 1万2千 = 12,000, 6亿零500万, 2兆9,870亿.
_CN_COMPOUND = re.compile(
    r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*(?P<big>兆|亿|万)\s*零?\s*"
    r"(?P<b>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)\s*(?P<small>亿|万|千)(?!万|亿)"
)


def _read_cn_compound(m: re.Match[str]) -> list[NumberMention] | None:
    big, small = _CN_SCALES[m["big"]], _CN_SCALES[m["small"]]
    if small >= big:
        return None
    value = Decimal(m["a"]) * big + Decimal(m["b"].replace(",", "")) * small
    return [NumberMention(_canon(value), m.group(0), m.start(), end=m.end())]


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
            # a bill's readings (三读通过 = "passed its third reading"): a procedure, not a count
            "一读 二读 三读",
        ]
    ).split()
)
_CN_STOPWORD_RE = re.compile(rf"(?<![{_CN_NUMERAL_CHARS}\d])(?:{_alternation(_CN_STOPWORDS)})")
_CN_RUN = re.compile(rf"[{_CN_NUMERAL_CHARS}]+")
_ROUND_SCALES = {"百亿": 10**10, "千亿": 10**11, "万亿": 10**12}
_VAGUE_BEFORE = frozenset("几数")  # 数十, 几百
_VAGUE_AFTER = frozenset("几")  # 十几, 二十几


def _cn_numeral_value(run: str) -> list[tuple[float, bool]] | None:
    """Value(s) of a run of Chinese numeral characters as (value, soft) pairs; None when it is no number."""
    if run in _ROUND_SCALES:  # 突破千亿元, 万亿级: a round figure, said without a digit
        return [(float(_ROUND_SCALES[run]), True)]
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


# A Han character that can end a name before 三号 (not 月 of 11月三号, nor a preposition: 在, 于, 到).
_HAN_NAME_CHAR = re.compile(r"[\u4e00-\u9fff](?<![月在于到至从自和与及或第])")


def _counted_zh(value: float, rest: str) -> bool:
    """两天, 三年, 五岁 (a duration or an age, from two), 三名, 九个州 (a count of things, from three)."""
    return (value >= 2 and rest.startswith(_COUNTED_ZH)) or (value >= 3 and rest.startswith(_COUNTED_NOUN_ZH))


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
        if after == "号" and len(values) == 1 and _HAN_NAME_CHAR.match(before):
            values = [(values[0][0], True)]  # 长征三号, 灵犀一号, 神舟十八号: a name's number, no date
        elif after in "月日号" and len(values) == 1:  # 三月五日: a month or a day is a fact, not a count
            values = [(values[0][0], False)]
        elif len(values) == 1 and _counted_zh(values[0][0], work[m.end() :]):
            values = [(values[0][0], False)]  # 两天, 三年, 五岁, 三名: a counted duration, age or count
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


# The first three quarters of a year are nine months: 前三季度 = "the first nine months" = "nine-month".
_QUARTERS = re.compile(
    r"[前首](?P<zh>[两二三四234])个?季度?(?![节])"
    r"|(?<![A-Za-z])(?:first|past|last)\s+(?P<en>two|three|2|3)\s+quarters(?![A-Za-z])"
    r"|(?<=in |er )(?P<en2>two|three|2|3)\s+quarters(?![A-Za-z])(?!\s+of\b)",  # "in / over three quarters"
    re.IGNORECASE,
)
_QUARTER_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "two": 2, "three": 3}


# 1小时37分 / "1 hour 37 minutes": also the minutes in all (97), which the other side may give instead.
_HOURS_MINUTES = re.compile(
    r"(?P<h>\d+)\s*(?:个)?小时\s*(?P<m>\d+)\s*分(?:钟)?|(?<![\d.])(?P<h2>\d+)\s*hours?\s*(?:and\s+)?(?P<m2>\d+)\s*min(?:ute)?s?\b"
    # a race time, 2:09:18 = 2小时9分18秒 (its seconds are left to be read as a number, as in Chinese)
    r"|(?<![\d:.])(?P<h3>\d):(?P<m3>[0-5]\d)(?=:[0-5]\d(?![\d:]))",
    re.IGNORECASE,
)


def _read_hours_minutes(m: re.Match[str]) -> list[NumberMention] | None:
    hours, minutes = int(m["h"] or m["h2"] or m["h3"]), int(m["m"] or m["m2"] or m["m3"])
    if minutes >= 60:
        return None
    text = m.group(0)
    return [
        NumberMention(float(hours), text, m.start(), soft=hours <= 2, unit="dur:h"),
        NumberMention(float(minutes), text, m.start()),
        NumberMention(float(hours * 60 + minutes), text, m.start(), soft=True, end=m.end()),
    ]


def _read_quarters(m: re.Match[str]) -> list[NumberMention] | None:
    n = m["zh"] or (m["en"] or m["en2"]).lower()
    quarters = int(n) if n.isdigit() else _QUARTER_COUNT[n]
    return [NumberMention(float(3 * quarters), m.group(0), m.start(), unit="dur:m")]


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
# "the first half" of a year is 上半年, a period (neither side reads it as a number), not 50 %.
_HALF = re.compile(
    r"(?<![上下前后])一半|半数|过半"
    r"|(?<![A-Za-z])(?<!first )(?<!second )(?<!first-)(?<!second-)half(?![A-Za-z-])",
    re.IGNORECASE,
)


def _read_cn_tenths(m: re.Match[str]) -> list[NumberMention] | None:
    num = m["num"]
    tenths = Decimal(num) if num[0].isdigit() else Decimal(_CN_DIGIT_VALUE.get(num, 10))
    value = tenths * 10 + (5 if m["half"] else _CN_DIGIT_VALUE[m["unit"]] if m["unit"] else 0)
    return [NumberMention(_canon(value), m.group(0), m.start(), percent=True, end=m.end())]


# Fractions as percentages, approximately: 三分之一 / "a third" ~ 33 %, 四分之三 / "three-quarters" ~ 75 %.
_CN_FRACTION = re.compile(  # 三分之一, and Hong Kong's 三分一
    r"(?P<den>\d+|[二三四五六七八九十])分之(?P<num>\d+|[一二三四五六七八九])"
    r"|(?P<tiny>[十百千]?[万亿]|千)分之[一二三四五六七八九]"  # 十万分之一, 千分之三: a small fraction
    r"|(?<![\d一二三四五六七八九十])(?P<den2>[三四五])分(?P<num2>[一二三])(?![一二三四五六七八九十钟秒])"
)
_EN_FRACTION = re.compile(
    r"(?<![A-Za-z])(?P<num>one|a|two|three)(?:-|\s+)(?P<den>thirds?|quarters?|fifths?)(?=\s+of\b)"
    r"|(?<![A-Za-z])(?P<numh>one|two|three)-(?P<denh>thirds?|quarters?|fifths?)(?![A-Za-z])"
    # a change "by a third", "by about two-fifths": a share of what it was
    r"|(?<![A-Za-z])by\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|some\s+|more\s+than\s+)?"
    r"(?P<numb>a|one|two)[\s-](?P<denb>thirds?|quarters?|fifths?)(?![A-Za-z])"
    # "one in five" doctors, 1 in 3
    r"|(?<![A-Za-z\d])(?P<numi>one|two|three|[1-3])\s+in\s+(?P<deni>three|four|five|ten|[345]|10)(?![A-Za-z\d])",
    re.IGNORECASE,
)
_EN_FRACTION_PARTS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
                      "third": 3, "thirds": 3, "quarter": 4,
                      "quarters": 4, "fifth": 5, "fifths": 5}  # fmt: skip


def _read_fraction(m: re.Match[str]) -> list[NumberMention] | None:
    def part(text: str) -> int:
        if text.isdigit():
            return int(text)
        return _EN_FRACTION_PARTS.get(text.lower()) or int(_CN_DIGIT_VALUE.get(text, 10))

    groups = m.groupdict()
    if groups.get("tiny"):  # a rate like 十万分之一 ("one hundred-thousandth"): no figure either side checks
        return [NumberMention(0.0, m.group(0), m.start(), soft=True, end=m.end(), approx=True)]
    before = m.string[max(0, m.start() - 7) : m.start()].lower()
    if re.search(r"(?:first|last|past|next|latest)\s+$", before):
        return None  # "the first three quarters of 2025": a count of quarters, not 75 %
    num_text = next(groups[g] for g in ("num", "num2", "numh", "numb", "numi") if groups.get(g))
    den_text = next(groups[g] for g in ("den", "den2", "denh", "denb", "deni") if groups.get(g))
    num, den = part(num_text), part(den_text)
    if not den or num >= den:
        return None
    value = round(100 * num / den, 1)
    return [NumberMention(value, m.group(0), m.start(), percent=True, end=m.end(), approx=True)]


# 每半年 / 半年内 / "half a year" = six months ("every six months"); not 上半年 (the first half, H1).
_HALF_YEAR = re.compile(
    r"(?<![上下前后])半年(?![度报])|(?<![A-Za-z])half\s+a\s+(?:year|century)(?![A-Za-z])|半个月|半小时"
    r"|半个多?世纪|半世纪",
    re.IGNORECASE,
)
_HALF_UNITS = {"年": (6.0, "dur:m"), "year": (6.0, "dur:m"), "月": (15.0, "dur:d"), "小时": (30.0, None),
               "世纪": (50.0, "dur:y"), "century": (50.0, "dur:y")}  # fmt: skip


def _read_half_unit(m: re.Match[str]) -> list[NumberMention] | None:
    text = m.group(0)
    key = next(k for k in _HALF_UNITS if text.lower().endswith(k))
    value, unit = _HALF_UNITS[key]
    # Soft: "every six months" may be rendered 每半年 or not at all; a number the other side states still
    # matches it (6 months, 15 days, 30 minutes).
    return [NumberMention(value, text, m.start(), soft=True, unit=unit, end=m.end())]


def _read_half(m: re.Match[str]) -> list[NumberMention] | None:
    # Soft: "half" rarely carries a checkable fact, and "50%" on the other side still matches it.
    return [NumberMention(50.0, m.group(0), m.start(), soft=True, percent=True, end=m.end())]


def _blank_stopwords(work: str) -> str:
    return _CN_STOPWORD_RE.sub(lambda m: _BLANK * len(m.group(0)), work)
