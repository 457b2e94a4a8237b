"""Character scripts: what a text is written in, and which Chinese characters are in the wrong script.

All comparisons across scripts go through `to_simplified` (OpenCC t2s, one cached converter per process).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.memo import per_finalize
from service.text.chinese import converter as _converter
from service.text.detect import is_han


@per_finalize  # the checks convert the same texts over and over: once per finalize each
def to_simplified(text: str) -> str:
    """Traditional -> Simplified (phrase-aware OpenCC t2s). Simplified, Latin and digits pass unchanged."""
    return _converter("t2s").convert(text) if text else text


def is_latin_letter(ch: str) -> bool:
    # Basic Latin + Latin-1/Extended-A/B letters (é, ü, ł ...).
    return ch.isalpha() and ord(ch) < 0x250


_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]*(?:['’][A-Za-z]+)?")


@dataclass(frozen=True)
class ScriptProfile:
    han: int
    kana: int
    hangul: int
    latin_letters: int
    latin_words: int
    latin_name_words: (
        int  # of latin_words: capitalised, mixed-case or with digits ("OpenAI", "Ai2", "Nathan")
    )

    @property
    def cjk(self) -> int:
        return self.han + self.kana + self.hangul

    def han_share_units(self) -> float | None:
        """Han characters over (Han + kana + Hangul characters + Latin words). A lower-case Latin word counts
        as one unit, like one Han character; a name-like word (capitalised, mixed case, digits) as half, so a
        short Chinese sentence full of names ("Nathan Lambert 要离开 Ai2 了") stays Chinese while English
        prose does not. None when there is nothing to judge (digits or punctuation only)."""
        units = self.cjk + (self.latin_words - self.latin_name_words) + 0.5 * self.latin_name_words
        return self.han / units if units else None

    def cjk_share_letters(self) -> float | None:
        """Han/kana/Hangul characters over all letters (Latin counted per letter): how un-English text is."""
        letters = self.cjk + self.latin_letters
        return self.cjk / letters if letters else None


# Per-script character classes, for counting with C-speed regexes instead of a Python loop per character
# (profile() runs dozens of times per output, on the source too). Same sets as is_han / is_kana /
# is_hangul / is_latin_letter.
_HAN_CHARS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_KANA_CHARS = re.compile(r"[\u3041-\u309f\u30a0-\u30fa\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL_CHARS = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN_LETTER_CHARS = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in range(0x250) if chr(cp).isalpha()) + "]"
)


@lru_cache(maxsize=512)
def profile(text: str) -> ScriptProfile:
    words = _LATIN_WORD.findall(text)
    names = sum(1 for w in words if not w.islower() or any(ch.isdigit() for ch in w))
    return ScriptProfile(
        len(_HAN_CHARS.findall(text)),
        len(_KANA_CHARS.findall(text)),
        len(_HANGUL_CHARS.findall(text)),
        len(_LATIN_LETTER_CHARS.findall(text)),
        len(words),
        names,
    )


@lru_cache(maxsize=512)
def han_equivalent_size(text: str) -> float:
    """A language-neutral length: Han/kana/Hangul characters + Latin letters and digits / 3.
    An English word (~5 letters) carries about what 1.5-2 Han characters carry, so the two sides of a
    translation come out roughly the same size."""
    p = profile(text)
    digits = sum(map(str.isdigit, text))
    return p.cjk + (p.latin_letters + digits) / 3


def english_share(text: str) -> float:
    """Share of a text's content that is Latin-script prose, in word-equivalents (1.7 Han chars ~ 1 word)."""
    p = profile(text)
    total = p.latin_words + p.han / 1.7
    return p.latin_words / total if total else 0.0


def _unique(chars: list[str]) -> list[str]:
    return list(dict.fromkeys(chars))


def _changes_alone(config: str, ch: str) -> bool:
    return _converter(config).convert(ch) != ch


def traditional_chars(text: str) -> list[str]:
    """Han characters of `text` that are Traditional forms, in order of appearance.

    A character is reported when OpenCC t2s changes it both in context (whole-text, phrase-aware, compared
    position by position) and on its own. In context: characters that are Simplified too in some words
    (乾坤, 瞭望, 皇后) are left alone where t2s keeps them. On its own: a character t2s rewrites only inside
    some phrase is shared by both scripts, and phrase segmentation is not stable enough to judge it.
    t2s preserves length; if it ever did not, fall back to characters one by one."""
    converted = to_simplified(text)
    if len(converted) == len(text):
        found = [
            a for a, b in zip(text, converted, strict=True) if a != b and is_han(a) and _in_common_use(b)
        ]
    else:
        found = [ch for ch in text if is_han(ch)]
    return _unique([ch for ch in found if _changes_alone("t2s", ch) and _in_common_use(to_simplified(ch))])


def _in_common_use(simplified: str) -> bool:
    """A Simplified form outside the basic CJK block (Extension A and beyond: 劏 -> 㓥) is one that
    Simplified writing does not use in practice - mainland text keeps the character (劏房) - so the
    Traditional form is no script error there."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in simplified)


# Characters that s2t always rewrites but that are standard Traditional too in everyday (TW/HK) writing:
# 台 (台灣 beside 臺灣), 周 (周末/週末), 布 (發布/發佈), 里 (transliterations: 莫里克).
_TRADITIONAL_ALSO = frozenset("台周布里")
_S2T_CONFIGS = ("s2t", "s2tw", "s2hk")


def simplified_chars(text: str) -> list[str]:
    """Han characters of `text` that are Simplified-only, for text that should be Traditional.

    A character is reported when every OpenCC Simplified->Traditional converter (s2t, s2tw, s2hk) rewrites it,
    both in context and on its own, and t2s leaves it alone (it is a Simplified form). All three converters:
    regional variant choices (為/爲, 著/着, 裡/裏, 羣/群) are not reported, so output derived with any of
    them passes. On its own too: s2t is not idempotent where phrases overlap (視爲了解 -> 視爲瞭解), and a
    character kept by the single-character table (了, 面, 周) is standard Traditional as well."""
    outputs = [_converter(config).convert(text) for config in _S2T_CONFIGS]
    if all(len(out) == len(text) for out in outputs):
        found = [ch for i, ch in enumerate(text) if is_han(ch) and all(out[i] != ch for out in outputs)]
    else:
        found = [ch for ch in text if is_han(ch)]
    return _unique(
        [
            ch
            for ch in found
            if ch not in _TRADITIONAL_ALSO
            and all(_changes_alone(config, ch) for config in _S2T_CONFIGS)
            and not _changes_alone("t2s", ch)
        ]
    )
