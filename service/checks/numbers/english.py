"""Arabic digits with their scales and percent forms ("1.2亿", "$120m", "45 percent"), and English number
words and ordinals ("two billion", "a dozen", "third")."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from service.checks.numbers.chinese import _CN_SCALES
from service.checks.numbers.dates import _MONTH_WORDS, _WEEKDAYS_EN
from service.checks.numbers.mention import (
    _COUNTED_EN,
    _COUNTED_NOUN_EN,
    _REST,
    NumberMention,
    _alternation,
    _canon,
)

_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_ABBR_SCALES = {"bn": 10**9, "mn": 10**6, "tn": 10**12, "k": 10**3, "m": 10**6, "b": 10**9}
_CURRENCY = "$€£¥￥"

# Letters glued to digits make an identifier (K2, H100), except a currency's letters: RM27 (ringgit),
# Rs500 (rupees), Rp10,000 (rupiah).
LETTER_CURRENCIES = ("RM", "Rs", "Rp")
_AFTER_LETTER_CURRENCY = "".join(f"|(?<=(?<![A-Za-z]){code})" for code in LETTER_CURRENCIES) + (
    # South Africa's rand (R38.2 billion, R1.9bn, R9,800): only in an amount's shape; R445 (a road) is none
    r"|(?<=(?<![A-Za-z])R)(?=\d[\d,]*(?:\.\d+)?\s?(?:billion|million|bn|mn|m|k)(?![A-Za-z])|\d{1,3}(?:,\d{3})+(?!\d))"
)
_RAND = re.compile(r"(?<![A-Za-z])R$")
_ARABIC = re.compile(
    rf"(?:(?<![A-Za-z0-9_.]){_AFTER_LETTER_CURRENCY})"
    r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<dec>\.\d+)?"
    r"(?:\s*(?P<cn>万亿|千万|百万|亿|万|千(?![瓦米克卡])|兆(?![瓦赫字焦帕欧位比]))"
    r"|(?:\s+|-)(?P<en>thousand|million|billion|trillion)(?![A-Za-z])"
    r"|\s?(?P<abbr>bn|mn|tn)(?![A-Za-z])"
    r"|(?P<letter>[KMBkmb])(?![A-Za-z]))?"
    r"(?:(?P<pts>(?:\s*|-)(?:percentage[\s-]+points?|pp(?![A-Za-z])|个百分点|百分点))"
    r"|(?P<bp>(?:\s*|-)(?:个基点|基点|basis[\s-]+points?|bps?(?![A-Za-z])))"
    r"|(?P<pct>\s*(?:%|‰|(?:percent|per\s+cent)(?![A-Za-z]))))?",
)

# The second end of a range that carries the scale for both: "6.8-8.2 billion", "2 to 3 million", 6.8至8.2亿.
_RANGE_SCALE = re.compile(
    r"\s*(?:-|–|—|to|至|到|~|～)\s*(?P<to>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*(?P<cn>万亿|千万|百万|亿|万)|(?:\s+|-)(?P<en>thousand|million|billion|trillion)(?![A-Za-z])"
    r"|\s?(?P<abbr>bn|mn|tn)(?![A-Za-z]))"
)
# Inside a sentence, a capitalised word that is no month just before a bare number: a model's name.
_MODEL_NAME = re.compile(
    rf"[a-z,]\s+(?!(?:{_MONTH_WORDS}|{_alternation(w.title() for w in _WEEKDAYS_EN)}|Q)\b)[A-Z][a-z]+\s$"
)
_NAME_WINDOW = 64  # the longest "word + space" those two look back over: the search stays local
_SCORE_AFTER = re.compile(r"\s*[-–:]\s*\d")
# A capitalised word just before a number: the number is part of a name ("Long March 3B", "Falcon 9").
_DESIGNATION = re.compile(
    r"(?<![A-Za-z])(?!(?:The|In|On|At|By|Of|And|To|For|From|Some|About|Over|Nearly|Almost|Only)\b)"
    r"[A-Z][a-z]+[\s-]$"
)

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


def _read_arabic(work: str) -> Callable[[re.Match[str]], list[NumberMention] | None]:
    def read(m: re.Match[str]) -> list[NumberMention] | None:
        try:
            value = Decimal(m["int"].replace(",", "") + (m["dec"] or ""))
        except InvalidOperation:
            return None
        bare = not (m["cn"] or m["en"] or m["abbr"] or m["letter"] or m["pts"] or m["bp"] or m["pct"])
        shared = _RANGE_SCALE.match(work, m.end()) if bare else None
        if (
            shared and Decimal(shared["to"].replace(",", "")) > value
        ):  # "HK$6.8-8.2 billion", 6.8至8.2亿: the range's scale is both ends'
            scale = shared["cn"] or shared["en"] or shared["abbr"]
            value *= _CN_SCALES.get(scale) or _EN_SCALES.get(scale.lower()) or _ABBR_SCALES[scale.lower()]
        elif m["cn"]:
            value *= _CN_SCALES[m["cn"]]
        elif m["en"]:
            value *= _EN_SCALES[m["en"].lower()]
        elif m["abbr"]:
            value *= _ABBR_SCALES[m["abbr"]]
        elif m["letter"]:
            letter = m["letter"]
            # "70B", "4K", "$5M": upper case scales; "$120m" only after a currency sign (100m may be metres).
            before = work[max(0, m.start() - 2) : m.start()].strip()[-1:]
            if work[max(0, m.start() - 2) : m.start()] in LETTER_CURRENCIES or _RAND.search(
                work, 0, m.start()
            ):
                before = "$"  # RM120m, R1.9m: after a currency sign
            if _DESIGNATION.search(work, max(0, m.start() - _NAME_WINDOW), m.start()) and not (
                before and before in _CURRENCY
            ):
                # "Long March 3B", "Model 3B": a name's designation (长征三号乙), no quantity; its digit may
                # be said by the other side (三号), so it stays, soft.
                text = m.group(0).strip()
                return [NumberMention(_canon(value), text, m.start(), soft=True, end=m.end())]
            if letter.isupper() or (before and before in _CURRENCY):
                value *= _ABBR_SCALES[letter.lower()]
        if m["bp"]:  # 75 basis points / 75个基点 = 0.75 percentage points
            value /= 100
        text = m.group(0).strip()
        if (
            bare
            and not m["dec"]
            and value < 1000
            and _MODEL_NAME.search(work, max(0, m.start() - _NAME_WINDOW), m.start())
            and not _SCORE_AFTER.match(work, m.end())  # "Chelsea 2-1" is a score
        ):
            # "the Orbit 7", "Orbit 6 units": a product's number (the other side may drop or keep it)
            return [NumberMention(_canon(value), text, m.start(), soft=True, end=m.end())]
        points = bool(m["pts"] or m["bp"])
        percent = bool(m["pct"])
        return [NumberMention(_canon(value), text, m.start(), percent=percent, points=points, end=m.end())]

    return read


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
                NumberMention(_canon(base * 10), text, m.start(), soft=True, unit="dur:y")]  # fmt: skip
    rest = _REST.get()[m.end() : m.end() + 40]
    # A duration or an age from two ("two days"), a count of things from three ("three new stations").
    duration = value >= 2 and bool(_COUNTED_EN.match(rest[:24]))
    counted = duration or (value >= 3 and bool(_COUNTED_NOUN_EN.match(rest)))
    soft = value <= 10 and not (m["pct"] or m["pts"] or counted)
    percent, points = bool(m["pct"]), bool(m["pts"])
    return [
        NumberMention(_canon(value), text, m.start(), soft=soft, percent=percent, points=points, end=m.end())
    ]


def _read_article_scale(m: re.Match[str]) -> list[NumberMention] | None:
    scale = m["scale"].lower()
    if scale == "dozen":
        return [NumberMention(12.0, m.group(0), m.start(), soft=True)]
    if scale == "decade":  # ten years, as 十年 reads
        return [NumberMention(10.0, m.group(0), m.start(), soft=True, unit="dur:y")]
    value = 100 if scale == "hundred" else _EN_SCALES[scale]
    return [NumberMention(_canon(value), m.group(0), m.start())]


def _read_ordinal(m: re.Match[str]) -> list[NumberMention] | None:
    value = float(_EN_ORDINALS[m["word"].lower()])
    return [NumberMention(value, m.group(0), m.start(), kind="ordinal", end=m.end())]
