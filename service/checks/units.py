"""What a number counts, where the text says so unambiguously: its currency. 20亿美元 and "$2 billion" are
the same amount; 20亿元 and "2 billion US dollars" are not.

Currencies are read from a symbol before the number (US$, HK$, NT$, $, €, £, ₩) or a word after it (and its
scale word: "2 billion yuan", "3亿港元"). Ambiguous forms stay ambiguous instead of guessing: a bare "$" or
"dollars" is any dollar (US, Hong Kong, Taiwan...), a bare 元 is any yuan-named currency (人民币, 港元 and
新台币 are all "元" in their own press), ¥ is yuan or yen. Two mentions are compatible unless both name
currencies and no reading of one is a reading of the other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.checks.regions import article_home

# currency code -> the codes it may mean (itself when unambiguous)
_READINGS: dict[str, frozenset[str]] = {
    "USD": frozenset({"USD"}),
    "HKD": frozenset({"HKD"}),
    "TWD": frozenset({"TWD"}),
    "CNY": frozenset({"CNY"}),
    "EUR": frozenset({"EUR"}),
    "GBP": frozenset({"GBP"}),
    "JPY": frozenset({"JPY"}),
    "KRW": frozenset({"KRW"}),
    "SGD": frozenset({"SGD"}),
    "AUD": frozenset({"AUD"}),
    "MOP": frozenset({"MOP"}),
    "MYR": frozenset({"MYR"}),
    "INR": frozenset({"INR"}),
    "IDR": frozenset({"IDR"}),
    "THB": frozenset({"THB"}),
    "CAD": frozenset({"CAD"}),
    "CHF": frozenset({"CHF"}),
    "RUB": frozenset({"RUB"}),
    "VND": frozenset({"VND"}),
    "NZD": frozenset({"NZD"}),
    "DKK": frozenset({"DKK"}),
    "SEK": frozenset({"SEK"}),
    "NOK": frozenset({"NOK"}),
    "KRONE": frozenset({"DKK", "NOK", "SEK"}),  # bare "kroner", 克朗
    "DOLLAR": frozenset({"USD", "HKD", "TWD", "SGD", "AUD", "CAD"}),
    "YUAN": frozenset({"CNY", "HKD", "TWD", "MOP", "SGD"}),
    "YEN_YUAN": frozenset({"CNY", "JPY"}),
}

_BEFORE = re.compile(
    r"(?:(?P<us>US\$|U\.S\.\s?\$|USD\s?)|(?P<hk>HK\$|HKD\s?)|(?P<tw>NT\$|TWD\s?)|(?P<sg>S\$|SGD\s?)"
    r"|(?P<au>A\$|AU\$|AUD\s?)|(?P<mop>MOP\$?\s?)"
    r"|(?P<cny>RMB\s?|CNY\s?|人民币)|(?P<usd_zh>美元)|(?P<dollar>\$)|(?P<eur>€|EUR\s?)|(?P<gbp>£|GBP\s?)"
    r"|(?P<krw>₩|KRW\s?)|(?P<yen_yuan>[¥￥])|(?P<myr>(?<![A-Za-z])RM|MYR\s?)|(?P<inr>(?<![A-Za-z])Rs\.?\s?|₹|INR\s?)"
    r"|(?P<idr>(?<![A-Za-z])Rp\.?\s?|IDR\s?)|(?P<thb>฿|THB\s?)|(?P<cad>C\$|CA\$|CAD\s?)|(?P<chf>CHF\s?)"
    r"|(?P<nzd>NZ\$|NZD\s?)|(?P<zar>(?<![A-Za-z])R|ZAR\s?))\s*$"
)
_AFTER = re.compile(
    r"^\s*(?:(?:多|余|左右)\s*)?(?:"
    r"(?P<us>US\s+dollars?|U\.S\.\s+dollars?|美元|美金)"
    r"|(?P<hk>Hong\s+Kong\s+dollars?|HK\s+dollars?|港元|港币|港幣)"
    r"|(?P<tw>(?:New\s+)?Taiwan(?:ese)?\s+dollars?|NT\s+dollars?|新台币|新台幣|台币|台幣)"
    r"|(?P<sg>Singapore\s+dollars?|新加坡元|新元)"
    r"|(?P<au>Australian\s+dollars?|澳元|澳币|澳幣)|(?P<mop>patacas?|澳门元|澳門元|澳门币|澳門幣|葡币|葡幣)"
    r"|(?P<cny>yuan|renminbi|RMB|CNY|人民币元?|人民幣|元人民币|元人民幣)"
    r"|(?P<eur>euros?|欧元|歐元)|(?P<gbp>pounds?\s+sterling|pounds?|英镑|英鎊)"
    r"|(?P<jpy>yen|日元|日圓|日圆)|(?P<krw>won|韩元|韓元|원)"
    r"|(?P<myr>ringgits?|令吉|马币|馬幣)|(?P<inr>(?:Indian\s+)?rupees?|卢比|盧比)|(?P<idr>rupiah|印尼盾)"
    r"|(?P<thb>baht|泰铢|泰銖)|(?P<cad>Canadian\s+dollars?|加元|加币|加幣)|(?P<chf>Swiss\s+francs?|瑞士法郎)"
    r"|(?P<zar>(?:South\s+African\s+)?rand(?![a-z])|兰特|蘭特)|(?P<rub>roubles?|rubles?|卢布|盧布)|(?P<vnd>dong|越南盾)|(?P<nzd>New\s+Zealand\s+dollars?|新西兰元|纽元)"
    r"|(?P<dkk>Danish\s+kron(?:er|e)|丹麦克朗|丹麥克朗)|(?P<sek>Swedish\s+kron(?:or|a)|瑞典克朗)"
    r"|(?P<nok>Norwegian\s+kron(?:er|e)|挪威克朗)|(?P<krone>kron(?:er|or|e|a)|克朗)"
    r"|(?P<dollar>dollars?)|(?P<yuan>元|块钱|块))",
    re.IGNORECASE,
)
_CODES = {"us": "USD", "usd_zh": "USD", "hk": "HKD", "tw": "TWD", "sg": "SGD", "au": "AUD", "mop": "MOP",
          "cny": "CNY", "eur": "EUR",
          "gbp": "GBP", "jpy": "JPY", "krw": "KRW", "dollar": "DOLLAR", "yuan": "YUAN",
          "yen_yuan": "YEN_YUAN", "myr": "MYR", "inr": "INR", "idr": "IDR", "thb": "THB", "cad": "CAD",
          "chf": "CHF", "rub": "RUB", "vnd": "VND", "nzd": "NZD", "dkk": "DKK", "sek": "SEK", "nok": "NOK",
          "zar": "ZAR", "krone": "KRONE"}  # fmt: skip
# "the won", "won the election": only a number directly before "won" makes it a currency.
# ("1,121 won an hour" is a wage.)
_WON_VERB = re.compile(
    r"^\s*won\s+(?:the|a|an|his|her|their|its|by|over|against)\b(?!\s+(?:hour|day|week|month|year)\b)",
    re.IGNORECASE,
)


def _code(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    for group, code in _CODES.items():
        if match.groupdict().get(group):
            return code
    return None


def currency_around(text: str, start: int, end: int) -> str | None:
    """The currency of the number at text[start:end], from a symbol before it or a word after it."""
    if code := _code(_BEFORE.search(text[max(0, start - 6) : start])):
        return code
    after = text[end : end + 24]
    if _WON_VERB.match(after):
        return None
    return _code(_AFTER.match(after))


def compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return bool(_READINGS.get(a, frozenset({a})) & _READINGS.get(b, frozenset({b})))


_EXPLICIT = frozenset({"USD", "HKD", "TWD", "CNY", "EUR", "GBP", "JPY", "KRW", "SGD"})
_CONTEXT_MARKERS = (
    ("HKD", re.compile(r"HK\$|港元|港币|港幣|Hong Kong dollars?", re.IGNORECASE)),
    ("TWD", re.compile(r"NT\$|新台币|新台幣|台币|台幣|Taiwan(?:ese)? dollars?", re.IGNORECASE)),
    ("CNY", re.compile(r"人民币|人民幣|\byuan\b|\bRMB\b|\bCNY\b", re.IGNORECASE)),
    ("USD", re.compile(r"US\$|美元|美金|\bUS dollars?|\bUSD\b", re.IGNORECASE)),
    # A story set in Singapore prices in Singapore dollars, "$" and 元 alike.
    (
        "SGD",
        re.compile(r"S\$|\bSGD\b|Singapore dollars?|新加坡元|新元|新币|\bSingapore\b|新加坡", re.IGNORECASE),
    ),
    ("KRW", re.compile(r"韩元|韓元|\bwon\b|₩|원", re.IGNORECASE)),
    ("JPY", re.compile(r"日元|日圓|\byen\b", re.IGNORECASE)),
    ("AUD", re.compile(r"A\$|AU\$|\bAUD\b|Australian dollars?|澳元|澳币|澳幣", re.IGNORECASE)),
    ("MOP", re.compile(r"\bpatacas?\b|\bMOP\b|澳门元|澳門元|澳门币|澳門幣", re.IGNORECASE)),
)


# Where a story is set, when it names no currency: a Hong Kong paper's 623億元 is in Hong Kong dollars, a
# Taiwan one's 元 in New Taiwan dollars. A place adds its currency beside the defaults (US$ for "$", renminbi
# for 元) rather than replacing them, so a bare amount stays ambiguous instead of being guessed wrong.
_PLACE_MARKERS = (
    ("HKD", re.compile(r"香港|港府|港鐵|港铁|立法會|Hong Kong|\bHK\b", re.IGNORECASE)),
    ("TWD", re.compile(r"台灣|臺灣|台湾|台北|臺北|新北|高雄|台中|臺中|立法院|Taiwan|Taipei|Kaohsiung")),
    ("MOP", re.compile(r"澳門|澳门|Macau|Macao")),
)


def _set_in(marker: re.Pattern[str], source: str) -> bool:
    """The story is set there: the place is in its opening (headline, dateline) or named three times; an
    American earnings story that mentions Hong Kong once is not a Hong Kong story."""
    return bool(marker.search(source[:300])) or len(marker.findall(source)) >= 3


@lru_cache(maxsize=64)
def currency_context(source: str) -> frozenset[str]:
    """The currencies an article names explicitly: what its bare "$" and 元 can mean; with none named, the
    place it is set in adds its own currency to the defaults."""
    named = frozenset(code for code, marker in _CONTEXT_MARKERS if marker.search(source))
    if article_home(source) == "china":  # a mainland article
        # A mainland article writes 港元 / 新台币 when it means them: its bare 元 is renminbi, always.
        return (named - _YUAN_NAMED) | {"CNY"}
    placed = frozenset(code for code, marker in _PLACE_MARKERS if _set_in(marker, source))
    if not placed - named:
        return named
    return named | placed | (frozenset() if named else frozenset({"USD", "CNY"}))


_YUAN_NAMED = frozenset({"HKD", "TWD", "SGD", "MOP"})  # currencies Chinese text also calls 元


def resolve(unit: str | None, context: frozenset[str]) -> str | None:
    """A bare "$" / dollars / 元 read in the article's context: in a Hong Kong story "$" is HK$, in an
    American one US$; 元 in a story that names no yuan-named currency is renminbi."""
    if unit not in ("DOLLAR", "YUAN"):
        return unit
    readings = _READINGS[unit] & context
    if len(readings) == 1:
        return next(iter(readings))
    if not readings:
        return "USD" if unit == "DOLLAR" else "CNY"
    return unit
