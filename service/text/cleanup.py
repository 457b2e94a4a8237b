"""Per-line cleanup stages of normalise: ruby pinyin, markdown / Obsidian markup, whitespace and width,
Chinese punctuation and spacing."""

from __future__ import annotations

import re

from service.text.scripts import HAN

# --- 3. ruby pinyin --------------------------------------------------------------------------------

_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = f"a-zü{_TONE_MARKS}"
# Neutral-tone syllables carry no tone mark but are still glosses.
_NEUTRAL_SYLLABLES = frozenset({"de", "le", "me", "men", "ma", "ne", "zi", "ba", "zhe", "ge"})
_RUBY = re.compile(rf"(?<=[{HAN}])[(（]([{_PINYIN}]{{1,6}}[1-5]?)[)）]")
# Mojibake can eat the character a gloss belonged to ("貢r(shí)"); a syllable carrying a tone mark is
# still unmistakably a gloss when it sits glued to other text in a line of Chinese.
_ORPHAN_RUBY = re.compile(rf"(?<=\S)[(（]([{_PINYIN}]{{1,6}})[)）]")
_HAN_CHAR = re.compile(rf"[{HAN}]")


def _is_pinyin_gloss(syllable: str) -> bool:
    return (
        any(ch in _TONE_MARKS for ch in syllable) or syllable[-1].isdigit() or syllable in _NEUTRAL_SYLLABLES
    )


def remove_ruby(line: str) -> str:
    """``當(dāng)地`` -> ``當地``: pages that print pinyin after each character would otherwise feed the
    model Latin noise. Only lowercase pinyin syllables (tone mark, tone digit or a neutral syllable) right
    after a Han character go; ``(MSL)``, ``(AI)``, ``(Alexandr Wang)`` stay."""
    if "(" not in line and "（" not in line:
        return line
    line = _RUBY.sub(lambda m: "" if _is_pinyin_gloss(m.group(1)) else m.group(0), line)
    if _HAN_CHAR.search(line):
        line = _ORPHAN_RUBY.sub(
            lambda m: "" if any(ch in _TONE_MARKS for ch in m.group(1)) else m.group(0), line
        )
    return line


# --- 4. markdown / Obsidian ------------------------------------------------------------------------

_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]")
_BLOCKQUOTE = re.compile(r"^(?:>\s?)+")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_RULE = re.compile(r"^[-–—_*=~•·\s]+$")
_BULLET = re.compile(r"^(?:[-*+•]\s+)+")


def _wiki_text(match: re.Match[str]) -> str:
    alias = match.group(2)
    return (alias if alias is not None else match.group(1).replace("#", " ")).strip()


def strip_markup(line: str) -> str:
    """Markdown and Obsidian syntax -> its visible text (seed articles come from notes and .md exports).
    A line that is only a rule (``-----``, ``-``) becomes empty."""
    line = line.strip()
    if not line:
        return ""
    line = _BLOCKQUOTE.sub("", line).strip()
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    if _RULE.match(line):
        return ""
    line = _BULLET.sub("", line)
    if "[[" in line:
        line = _WIKI_LINK.sub(_wiki_text, _WIKI_EMBED.sub("", line)).strip()
    return line


# --- 5. whitespace and width -----------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width space, word joiner, BOM. ZWJ/ZWNJ stay: emoji and some scripts need them.
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff]")
# Bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): invisible, and
# an override makes text display in another order than it is stored ("Trojan Source"): an editor would
# approve what they did not read. English and Chinese never need them; LRM/RLM marks stay (harmless).
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Full-width digits and Latin letters (ＡＢＣ１２３) -> ASCII. Full-width punctuation is left alone.
_FULLWIDTH_ALNUM = {
    **{cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)},
    **{cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)},
    **{cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)},
}


def normalize_whitespace(line: str) -> str:
    """One space between words, none at the ends; full-width letters/digits become ASCII so that
    dates, numbers and names match however the page typed them."""
    line = _BIDI_CONTROLS.sub("", _ZERO_WIDTH.sub("", line)).translate(_FULLWIDTH_ALNUM)
    return _SPACES.sub(" ", line).strip()


def clean_title(title: str) -> str:
    """A caller-supplied title: no bidi controls or stray whitespace (it is shown to editors too)."""
    return normalize_whitespace(title)


# --- 7. Chinese punctuation and spacing --------------------------------------------------------------

# Chinese full-width punctuation that Chinese text hugs without spaces.
_CJK_PUNCT = "，。：；！？、（）「」『』【】《》〈〉…—"
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}])")
# A bare number between Han characters: ``今年 2 月`` -> ``今年2月``
# (``Ai2 的`` and ``1.1 资深`` keep their space).
_NUMBER_IN_HAN = re.compile(rf"(?<=[{HAN}]) ?(\d[\d.,%]*) ?(?=[{HAN}])")
# ... and a number before its unit anywhere (``3 月 1 日`` at the start of a line).
_NUMBER_UNIT = re.compile(r"(?<![\w.\-])(\d+) (?=[年月日号號时時点點分秒万萬亿億元个個名位岁歲周週天倍])")
_SPACE_AROUND_PUNCT = re.compile(r" (?=[，。：；！？、）」』】》])|(?<=[，。：；！？、（「『【《]) ")
_ASCII_PUNCT_NEAR_HAN = re.compile(rf"(?<=[{HAN}])[,:;]|[,:;](?=[{HAN}])")
_QUESTION_AFTER_HAN = re.compile(rf"(?<=[{HAN}”」』）》])[?!]{{1,2}}(?=$|[\s{HAN}”’\"'」』）)\]》】“A-Z0-9])")
_PARENS = re.compile(r"\(([^()\n]{0,200})\)")
_FULLWIDTH_PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！"})
_NEAR_HAN = re.compile(f"[{HAN}{_CJK_PUNCT}“”]")
_PINYIN_GLOSS = re.compile(rf"^[{_PINYIN}]{{1,6}}[1-5]?$")


def _fullwidth_parens(match: re.Match[str]) -> str:
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else ""
    after = text[match.end()] if match.end() < len(text) else ""
    inner = match.group(1)
    if _PINYIN_GLOSS.match(inner) and _is_pinyin_gloss(inner):
        return match.group(0)  # a stranded pinyin gloss inside mojibake: leave it visible as it is
    if (before and _NEAR_HAN.match(before)) or (after and _NEAR_HAN.match(after)) or _HAN_CHAR.search(inner):
        return f"（{inner}）"
    return match.group(0)


def tidy_chinese(line: str) -> str:
    """In Chinese context only: no spaces between Han characters (or Han and digits, ``今年 2 月`` ->
    ``今年2月``), ASCII ,:;?!() touching Han -> full width. English sentences have no Han neighbours and are
    left exactly as they are. A ``?`` or ``!`` that is glued to letters or other ``?!`` is not touched:
    that is what mojibake looks like, and the mojibake detector needs to see it."""
    if not _HAN_CHAR.search(line):
        return line
    line = _SPACE_BETWEEN_HAN.sub("", line)
    line = _NUMBER_IN_HAN.sub(r"\1", _NUMBER_UNIT.sub(r"\1", line))
    line = _ASCII_PUNCT_NEAR_HAN.sub(lambda m: m.group(0).translate(_FULLWIDTH_PUNCT), line)
    line = _QUESTION_AFTER_HAN.sub(lambda m: m.group(0).translate(_FULLWIDTH_PUNCT), line)
    if "(" in line:
        line = _PARENS.sub(_fullwidth_parens, line)
    return _SPACE_AROUND_PUNCT.sub("", line)
