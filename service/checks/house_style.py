"""House style for Chinese output fields: deterministic findings, each with the edit that fixes it.

Four rule groups, each `off | warn | fix` (settings `BISUM_HOUSE_STYLE_*`):

- punctuation: half-width ，。：；？！（） in Chinese context become full-width. Latin runs ("Hello, world"),
  decimals (3.5), thousands (1,000), times (10:30), ellipses, URLs and e-mail addresses are left alone.
- spacing: a space between Chinese and Latin letters / digits (`space`, done with `pangu`, the port of
  pangu.js) or none (`none`). A digit stays attached to 年月日万亿 and % so the date and number rules hold.
- dates: 2026-12-02, 2026/12/2 and 2026.12.2 become 2026年12月2日; 12/2/2026 (day and month order
  unknowable) is reported, never fixed.
- numbers: round large numbers take 万/亿/万亿 (12,000,000 -> 1200万, 150,000,000 -> 1.5亿). Not fixed:
  amounts after a currency symbol ($12,000,000: the symbol would have to move), digit runs without
  separators unless a Chinese unit follows (phone numbers, ids, codes), decimals, numbers with a Latin unit,
  and numbers whose 万/亿 form would need more than two decimals (an exact count reads fine as is).

Every fix goes through `_same_meaning`: a fix that would change the number values, the letters or the
Chinese characters (beyond the 年月日万亿 the rules add) is dropped and its finding stays a warning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import pangu

from service.checks.fields import summary_fields
from service.checks.numbers import find_numbers
from service.checks.severity import STYLE_CHECKS
from service.schemas import CheckResult, LanguageSummary
from service.text.scripts import HAN, HAN_RE

Mode = Literal["off", "warn", "fix"]
SpacingMode = Literal["space", "none"]
RULES: tuple[str, ...] = ("punctuation", "dates", "numbers", "spacing")  # the order fixes are applied in
CHECK_NAMES: dict[str, str] = dict(
    zip(("punctuation", "spacing", "dates", "numbers"), STYLE_CHECKS, strict=True)
)

_HAN_CLASS = HAN  # the one Han set (service/text/scripts.py)
_HAN = HAN_RE
# Full-width marks after which a half-width mark is in Chinese context too ("”," "）.").
_CJK_CLOSE = "，。：；？！）」』”’》〉】"
_WIDE = {",": "，", ".": "。", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_PROTECTED = re.compile(
    # a URL ends before trailing punctuation ("见 https://x.org/a, 然后")
    rf"(?:https?://|www\.)[^\s{_HAN_CLASS}\u3000-\u303f\uff00-\uffef]*[^\s{_HAN_CLASS}\u3000-\u303f\uff00-\uffef,.;:!?)]"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|`[^`\n]*`"
)
_UNIT_CHARS = "年月日万亿%"  # a digit stays attached to these in `space` mode


@dataclass(frozen=True)
class HouseStyle:
    punctuation: Mode = "warn"
    spacing: Mode = "off"
    spacing_mode: SpacingMode = "space"
    dates: Mode = "warn"
    numbers: Mode = "warn"

    @classmethod
    def from_settings(cls, settings: Any) -> HouseStyle:
        return cls(
            punctuation=settings.house_style_punctuation,
            spacing=settings.house_style_spacing,
            spacing_mode=settings.house_style_spacing_mode,
            dates=settings.house_style_dates,
            numbers=settings.house_style_numbers,
        )

    def mode(self, rule: str) -> Mode:
        return getattr(self, rule)

    @property
    def fixes(self) -> bool:
        return any(self.mode(rule) == "fix" for rule in RULES)


@dataclass(frozen=True)
class Finding:
    rule: str
    start: int
    end: int
    before: str
    after: str | None  # None: reported only (no safe fix)
    why: str = ""
    label: str | None = None  # how the detail shows it, when before/after alone say too little

    def describe(self) -> str:
        if self.label is not None:
            return self.label
        if self.after is None:
            return f"{self.before!r} ({self.why})"
        return f"{self.before!r} -> {self.after!r}"


OFF = HouseStyle(punctuation="off", spacing="off", dates="off", numbers="off")


@dataclass
class Fixed:
    text: str
    applied: dict[str, list[Finding]] = field(default_factory=dict)


# --- finders ----------------------------------------------------------------------------------


def _protected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _is_han(char: str) -> bool:
    return bool(char) and bool(_HAN.match(char))


def _chinese_before(text: str, i: int) -> bool:
    return i > 0 and (_is_han(text[i - 1]) or text[i - 1] in _CJK_CLOSE)


def _next_visible(text: str, i: int) -> str:
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    return text[j] if j < len(text) else ""


def find_punctuation(text: str, style: HouseStyle) -> list[Finding]:
    spans = _protected(text)
    found: list[Finding] = []
    for m in re.finditer(r"[,.:;?!]", text):
        i, mark = m.start(), m.group()
        if _inside(spans, i, i + 1):
            continue
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if mark == ".":
            # Only a sentence end after Chinese: never 3.5, U.S., file.txt or an ellipsis.
            chinese = _chinese_before(text, i) and nxt != "." and (not nxt or nxt.isspace() or _is_han(nxt))
        else:
            chinese = _chinese_before(text, i) or _is_han(_next_visible(text, i + 1))
        if chinese:
            end = i + 1
            while end < len(text) and text[end] == " ":
                end += 1  # a full-width mark carries its own spacing
            start = i
            while start > 0 and text[start - 1] == " " and _chinese_before(text, start - 1):
                start -= 1
            found.append(Finding("punctuation", start, end, text[start:end], _WIDE[mark]))
    for m in re.finditer(r"(?P<pad> *)\((?P<inner>[^()\n]*)\)", text):
        open_at = m.start() + len(m["pad"])
        if _inside(spans, m.start(), m.end()):
            continue
        if _HAN.search(m["inner"]) or _chinese_before(text, m.start()):
            found.append(Finding("punctuation", m.start(), open_at + 1, text[m.start() : open_at + 1], "（"))
            close_end = m.end()
            while close_end < len(text) and text[close_end] == " ":
                close_end += 1
            found.append(Finding("punctuation", m.end() - 1, close_end, text[m.end() - 1 : close_end], "）"))
    return sorted(found, key=lambda f: f.start)


_DATE = re.compile(
    r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/:T-]|\.\d)"
)
_DMY = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")


def find_dates(text: str, style: HouseStyle) -> list[Finding]:
    spans = _protected(text)
    found: list[Finding] = []
    for m in _DATE.finditer(text):
        if _inside(spans, *m.span()):
            continue
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        try:
            date(y, mo, d)
        except ValueError:
            continue  # not a date (a version number, a score)
        found.append(Finding("dates", m.start(), m.end(), m.group(), f"{y}年{mo}月{d}日"))
    for m in _DMY.finditer(text):
        if not _inside(spans, *m.span()):
            why = "write as YYYY年M月D日; day and month order unknown, not fixed"
            found.append(Finding("dates", m.start(), m.end(), m.group(), None, why))
    return sorted(found, key=lambda f: f.start)


_GROUPED = re.compile(r"(?<![\d.,])(?P<n>[1-9]\d{0,2}(?:,\d{3})+)(?![\d,]|\.\d)")
_PLAIN = re.compile(rf"(?<![\d.,+#/\-A-Za-z])(?P<n>[1-9]\d{{4,8}})(?![\d.,/\-])(?=[{_HAN_CLASS}])")
_CURRENCY_BEFORE = re.compile(r"(?:[$¥€£₩＄￥]|US\$|HK\$|RMB|USD|CNY|EUR)\s*$")
_LATIN_UNIT_AFTER = re.compile(r"^\s*(?:[A-Za-z%‰]|°)")
_SCALES = ((Decimal(10**12), "万亿"), (Decimal(10**8), "亿"), (Decimal(10**4), "万"))


def chinese_scale(value: Decimal) -> str | None:
    """12000000 -> "1200万", 150000000 -> "1.5亿"; None below 10,000 or when more than two decimals."""
    for scale, unit in _SCALES:
        if value >= scale:
            quotient = value / scale
            if quotient != quotient.quantize(Decimal("0.01")):
                return None
            text = format(quotient.normalize(), "f")
            return f"{text}{unit}"
    return None


def find_numbers_style(text: str, style: HouseStyle) -> list[Finding]:
    spans = _protected(text)
    found: list[Finding] = []
    seen: set[int] = set()
    for pattern in (_GROUPED, _PLAIN):
        for m in pattern.finditer(text):
            if m.start() in seen or _inside(spans, *m.span()):
                continue
            if _CURRENCY_BEFORE.search(text[: m.start()]) or _LATIN_UNIT_AFTER.match(text[m.end() :]):
                continue
            after = text[m.end() : m.end() + 2]
            if after[:1] in "万亿千百" and after[:1]:
                continue  # already scaled ("1,200万")
            wide = chinese_scale(Decimal(m["n"].replace(",", "")))
            if wide is not None:
                seen.add(m.start())
                found.append(Finding("numbers", m.start(), m.end(), m.group(), wide))
    return sorted(found, key=lambda f: f.start)


_SPACE_NONE = re.compile(rf"(?<=[{_HAN_CLASS}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) +(?=[{_HAN_CLASS}])")


def find_spacing(text: str, style: HouseStyle) -> list[Finding]:
    spans = _protected(text)
    if style.spacing_mode == "none":
        return [
            Finding("spacing", m.start(), m.end(), m.group(), "", label=_label(text, m.start(), m.end(), ""))
            for m in _SPACE_NONE.finditer(text)
            if not _inside(spans, m.start() - 1, m.end() + 1)
        ]
    found = []
    for at in _pangu_insertions(text):
        left, right = text[at - 1], text[at]
        if (left.isdigit() and right in _UNIT_CHARS) or (left in "年月日" and right.isdigit()):
            continue
        if not (_is_han(left) or _is_han(right)) or any(a < at < b for a, b in spans):
            continue  # only the Chinese/Latin boundary is this rule's business
        found.append(Finding("spacing", at, at, "", " ", label=_label(text, at, at, " ")))
    return found


def _pangu_insertions(text: str) -> list[int]:
    """Offsets where pangu inserts a space; none at all if pangu did anything but insert spaces."""
    spaced = pangu.space_text(text)
    inserted, i = [], 0
    for char in spaced:
        if i < len(text) and char == text[i]:
            i += 1
        elif char == " ":
            inserted.append(i)
        else:
            return []
    return inserted if i == len(text) else []


def _label(text: str, start: int, end: int, new: str) -> str:
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    return f"{before + text[start:end] + after!r} -> {before + new + after!r}"


FINDERS: dict[str, Callable[[str, HouseStyle], list[Finding]]] = {
    "punctuation": find_punctuation,
    "dates": find_dates,
    "numbers": find_numbers_style,
    "spacing": find_spacing,
}


# --- fixing -----------------------------------------------------------------------------------


def apply(text: str, findings: Iterable[Finding]) -> str:
    """Apply the fixable findings (non-overlapping, right to left so offsets hold)."""
    out, last = text, len(text) + 1
    for f in sorted((f for f in findings if f.after is not None), key=lambda f: f.start, reverse=True):
        if f.end > last:
            continue
        out = out[: f.start] + (f.after or "") + out[f.end :]
        last = f.start
    return out


_ADDED_BY_RULES = set("年月日万亿")


def number_values(text: str) -> Counter[float]:
    return Counter(m.value for m in find_numbers(text))


def _same_meaning(rule: str, before: str, after: str) -> bool:
    """The fix kept every number (the same values: 12,000,000 is 1200万, 2026-12-02 is 2026年12月2日), every
    letter and every Chinese character (the rules only add 年月日万亿)."""

    def kept(s: str) -> list[str]:
        return [c for c in s if c.isalpha() and c not in _ADDED_BY_RULES]

    return number_values(before) == number_values(after) and kept(before) == kept(after)


def fix_text(text: str, style: HouseStyle) -> Fixed:
    """Apply every rule set to `fix`, in RULES order; a fix that fails `_same_meaning` is not applied."""
    result = Fixed(text)
    for rule in RULES:
        if style.mode(rule) != "fix":
            continue
        findings = [f for f in FINDERS[rule](result.text, style) if f.after is not None]
        if not findings:
            continue
        candidate = apply(result.text, findings)
        if candidate != result.text and _same_meaning(rule, result.text, candidate):
            result.applied[rule] = findings
            result.text = candidate
    return result


def check_fields(
    fields: Iterable[tuple[str, str]],
    style: HouseStyle,
    fixed: dict[str, dict[str, list[Finding]]] | None = None,
) -> list[CheckResult]:
    """One warning-severity result per active rule over (path, text) Chinese fields. `fixed`: per path,
    what `fix_text` changed there (reported in the detail; the result fails only on what is left)."""
    fields = list(fields)
    fixed = fixed or {}
    results = []
    for rule in RULES:
        mode = style.mode(rule)
        if mode == "off":
            continue
        left = [(path, f) for path, text in fields for f in FINDERS[rule](text, style)]
        done = [(path, f) for path, rules in fixed.items() for f in rules.get(rule, [])]
        parts = []
        if done:
            parts.append(f"fixed {len(done)}: " + _listing(done))
        if left:
            parts.append(f"{len(left)} to change: " + _listing(left))
        results.append(
            CheckResult(
                name=CHECK_NAMES[rule],
                passed=not left,
                severity="warning",
                detail="; ".join(parts) or "ok",
                field=left[0][0] if left else (done[0][0] if done else None),
            )
        )
    return results


def _listing(items: list[tuple[str, Finding]], limit: int = 6) -> str:
    shown = [f"{path}: {f.describe()}" for path, f in items[:limit]]
    more = f" (+{len(items) - limit} more)" if len(items) > limit else ""
    return ", ".join(shown) + more


# --- summaries --------------------------------------------------------------------------------

FixLog = dict[str, dict[str, list[Finding]]]  # field path -> rule -> the findings fixed there


def fix_summary(locale: str, summary: LanguageSummary, style: HouseStyle) -> tuple[LanguageSummary, FixLog]:
    """`summary` with the `fix` rules applied to every text field, and what changed where."""
    log: FixLog = {}

    def fixed(path: str, text: str) -> str:
        result = fix_text(text, style)
        if result.applied:
            log[path] = result.applied
        return result.text

    base = f"summary.{locale}"
    new = LanguageSummary(
        title=fixed(f"{base}.title", summary.title),
        one_line=fixed(f"{base}.one_line", summary.one_line),
        summary=fixed(f"{base}.summary", summary.summary),
        key_points=[fixed(f"{base}.key_points[{i}]", p) for i, p in enumerate(summary.key_points)],
    )
    return new, log


def check_summaries(
    summary: dict[str, LanguageSummary | None], locales: Iterable[str], style: HouseStyle, fixed: FixLog
) -> list[CheckResult]:
    fields = [
        pair
        for locale in locales
        if (s := summary.get(locale)) is not None
        for pair in summary_fields(locale, s)
    ]
    return check_fields(fields, style, fixed)
