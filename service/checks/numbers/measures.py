"""Measures written in different units on the two sides: 9.6 GW = 960万千瓦, 60 cubic hectometres = 6000万
立方米, 3.2 TWh = 32亿千瓦时 (度). A number followed by a power, energy or volume unit is read in that
quantity's base unit (kW, kWh, m³), so either way of writing it has one value."""

from __future__ import annotations

import re
from dataclasses import replace

from service.checks.numbers.mention import NumberMention, _canon

# unit (as written, after the number) -> factor to the base unit
_FACTORS = {
    "tw": 1e9, "gw": 1e6, "mw": 1e3, "kw": 1.0,
    "twh": 1e9, "gwh": 1e6, "mwh": 1e3, "kwh": 1.0,
    "太瓦": 1e9, "吉瓦": 1e6, "兆瓦": 1e3, "千瓦": 1.0,
    "太瓦时": 1e9, "吉瓦时": 1e6, "兆瓦时": 1e3, "千瓦时": 1.0,
    "度": 1.0, "度电": 1.0,
    "km3": 1e9, "km³": 1e9, "hm3": 1e6, "hm³": 1e6, "m3": 1.0, "m³": 1.0,
    "cubic kilometre": 1e9, "cubic kilometer": 1e9, "cubic hectometre": 1e6, "cubic hectometer": 1e6,
    "cubic metre": 1.0, "cubic meter": 1.0, "立方千米": 1e9, "立方公里": 1e9, "立方米": 1.0,
}  # fmt: skip
_UNIT = re.compile(
    r"\s*-?(?P<u>[TGMk]Wh?|[kh]?m[3³]|km³|(?:tera|giga|mega|kilo)watt(?=s?(?:[\s-]hours?)?\b)(?:s?[\s-]hours?)?"
    r"|cubic[\s-](?:kilo|hecto)?met(?:re|er)(?=s?\b)|太瓦时?|吉瓦时?|兆瓦时?|千瓦时?|度电|度(?![的假])"
    r"|立方(?:千米|公里|米))"
)


def in_base_units(prepared: str, mention: NumberMention) -> NumberMention:
    if mention.kind != "number" or mention.percent or mention.points or mention.date or mention.unit:
        return mention
    if mention.end < 0 or not (found := _UNIT.match(prepared, mention.end)):
        return mention
    key = _unit_key(found["u"])
    if key not in _FACTORS:
        return mention
    factor = _FACTORS[key]
    text = prepared[mention.start : found.end()].strip()  # "9.6 GW": the editor sees the unit
    value = _canon(mention.value * factor)
    return replace(mention, value=value, text=text, measure=_measure(key))


def _unit_key(unit: str) -> str:
    """The unit as `_FACTORS` spells it: "gigawatts" -> "gw", "megawatt-hours" -> "mwh", "cubic-metre"
    -> "cubic metre"."""
    if not unit.isascii():
        return unit
    key = re.sub(r"(tera|giga|mega|kilo)watts?", lambda m: f"{m[1][0]}w", unit.lower())
    return re.sub(r"[\s-]hours?$", "h", key).replace("-", " ")


def _measure(key: str) -> str:
    if key.endswith(("h", "时")) or key.startswith("度"):
        return "energy"
    if "瓦" in key or key.endswith("w"):
        return "power"
    return "volume"
