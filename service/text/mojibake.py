"""Mojibake: ftfy repairs what it can prove (stage 2 of normalise); what it could not repair is flagged
with its span (stage 8), never silently passed on."""

from __future__ import annotations

import re
import unicodedata

import ftfy

from service.schemas import MojibakeSpan
from service.text.cleanup import _PINYIN, _TONE_MARKS
from service.text.detect import KANA_SHARE_JA
from service.text.scripts import CJK_COMPAT, HAN, HANGUL, KANA, count_scripts, is_hangul, is_kana

# --- 2. ftfy ---------------------------------------------------------------------------------------

# fix_character_width would turn ，（？ into ,(? and uncurl_quotes would turn “” into "": both wreck
# Chinese typography. NFC (never NFKC) keeps full-width punctuation as it is.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_character_width=False, normalization="NFC", explain=False
)


def unify_newlines(text: str) -> str:
    """CRLF / CR / Unicode line and paragraph separators -> \\n, so every later step sees one convention."""
    return re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text)


# Lines made only of these characters are left exactly as they are by every ftfy fixer we run: no
# character a legacy single-byte decoding produces for a UTF-8 lead byte (mojibake always holds one: read
# as Latin-1/cp1252/cp1251/MacRoman... it is a non-ASCII Latin, Cyrillic or Greek letter or sign; the
# curly quotes, dashes, …, · and NBSP kept here are continuation bytes there, or no valid UTF-8 in
# MacRoman), no '&' (HTML entities), no control, C1, surrogate, ligature or line-break character, and all
# of them NFC-stable (the ideographic tone marks U+302A-302F, which NFC may reorder, are left out). Most lines
# of an article are like that, and ftfy's fixers cost as much on a line they leave alone.
_FTFY_NOT_NEEDED = re.compile(
    "[\t\n\x20-\x25\x27-\x7e\u3000-\u3029\u3030-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0\u00b7\u30fb]*"
)

_NEWLINE_SEGMENT = re.compile(r"[^\n]*\n|[^\n]+")


def repair_mojibake(text: str) -> tuple[str, bool]:
    """ftfy fixes mojibake it can decode with certainty (UTF-8 read as cp1252...). Returns (text, changed).

    Same result as ``ftfy.fix_text(text, _FTFY_CONFIG)``: the same line segments, the same rule that a
    ``<`` turns HTML unescaping off for the rest of the text; only the lines that cannot change skip it."""
    if _FTFY_NOT_NEEDED.fullmatch(text):
        return text, False
    config = _FTFY_CONFIG
    out = []
    for segment in _NEWLINE_SEGMENT.findall(text):  # ftfy's segments: up to and including each "\n"
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        if not _FTFY_NOT_NEEDED.fullmatch(segment):
            segment = ftfy.fix_and_explain(segment, config).text
        out.append(segment)
    fixed = "".join(out)
    return fixed, fixed != text


# --- 8. mojibake that could not be repaired ----------------------------------------------------------

# Evidence on its own (each pattern is searched separately, so overlapping evidence is all found).
_MOJIBAKE_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\ufffd+",  # replacement character: bytes were lost in decoding
        r"[\ue000-\uf8ff\U000f0000-\U0010ffff]+",  # private use: font hacks or broken conversions
        r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+",  # control characters
        r"(?:锟斤拷)+|烫{2,}|屯{2,}|锘[縿]?",  # GBK view of U+FFFD / uninitialised MSVC memory / a BOM
        r"â€[™œ\x9d˜”“¦¢]?|Ã[\x80-\xbf©¨¤¶¼§¡£]",  # UTF-8 read as cp1252 that ftfy could not undo
        rf"(?<=[{HAN}])\?(?=[a-z{_TONE_MARKS}])",  # '?' glued between Han and lowercase Latin: lost bytes
        rf"\?[{_PINYIN}]{{1,6}}[)）]",  # half a ruby gloss whose opening bracket was eaten
        # a gloss glued to a stray letter (``貢r(shí)``)
        rf"(?<=[{HAN}])[a-z][(（][{_PINYIN}]*[{_TONE_MARKS}][{_PINYIN}]*[)）]",
        rf"(?<=[{HAN}])\?!\?",  # what 。” became in a lossy GBK/Big5 round trip
    )
)
# Characters that extend a flagged span (they are what mojibake is made of), but prove nothing alone.
_MOJIBAKE_PARTS = frozenset("?!‥锟斤拷烫屯锛銆鈥锳\ufffd" + _TONE_MARKS)


def _is_mojibake_part(ch: str) -> bool:
    return ch in _MOJIBAKE_PARTS or is_kana(ch) or is_hangul(ch) or "\ue000" <= ch <= "\uf8ff"


# What _stray_in_chinese looks for: kana, Hangul or a CJK compatibility ideograph.
_STRAY_CANDIDATE = re.compile(f"[{KANA}{HANGUL}{CJK_COMPAT}]")


def _stray_in_chinese(paragraph: str) -> list[tuple[int, int]]:
    """Kana, Hangul or CJK compatibility ideographs inside a Chinese paragraph: decoding debris."""
    if not _STRAY_CANDIDATE.search(paragraph):
        return []
    counts = count_scripts(paragraph)
    if counts.han < 4 or counts.kana_share >= KANA_SHARE_JA or counts.hangul * 10 > counts.han:
        return []  # Japanese or Korean text, not Chinese with debris
    return [
        (m.start(), m.end())
        for m in _STRAY_CANDIDATE.finditer(paragraph)
        if not ("\uf900" <= m.group() <= "\ufaff")
        or unicodedata.name(m.group(), "").startswith("CJK COMPATIBILITY")
    ]


def _grow(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span over neighbouring mojibake characters, bridging single ordinary characters between
    them (``?!つ锟耍‥``: 耍 is a real character caught between two broken ones)."""
    n = len(paragraph)
    while True:
        if start > 0 and _is_mojibake_part(paragraph[start - 1]):
            start -= 1
        elif start > 1 and paragraph[start - 1].isalpha() and _is_mojibake_part(paragraph[start - 2]):
            start -= 2
        else:
            break
    while True:
        if end < n and _is_mojibake_part(paragraph[end]):
            end += 1
        elif end + 1 < n and paragraph[end].isalpha() and _is_mojibake_part(paragraph[end + 1]):
            end += 2
        else:
            break
    return start, end


def find_mojibake(paragraphs: list[str]) -> list[MojibakeSpan]:
    """Spans that still look like broken encoding after repair, as offsets into each cleaned paragraph."""
    found: list[MojibakeSpan] = []
    for index, paragraph in enumerate(paragraphs):
        raw = [(m.start(), m.end()) for pattern in _MOJIBAKE_PATTERNS for m in pattern.finditer(paragraph)]
        raw += _stray_in_chinese(paragraph)
        if not raw:
            continue
        grown = sorted(_grow(paragraph, start, end) for start, end in raw)
        merged: list[list[int]] = []
        for start, end in grown:
            if merged and start - merged[-1][1] <= 1:  # touching, or one character apart
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        found.extend(
            MojibakeSpan(paragraph=index, start=start, end=end, text=paragraph[start:end])
            for start, end in merged
        )
    return found
