"""The one definition of the scripts the text stages tell apart (Han, Kana, Hangul, Latin, others), as
regex character classes: detect, normalise and the checks count and find characters with these, in C,
instead of testing one character at a time in Python."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

# Han ideographs: URO + Ext A + compatibility ideographs + supplementary planes (Ext B..).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Hiragana/Katakana letters. ・ (U+30FB) and ー (U+30FC) are excluded: Chinese text uses ・ as a name
# separator, so they say nothing about Japanese.
KANA = "\u3041-\u309f\u30a0-\u30fa\u31f0-\u31ff\uff66-\uff9d"
HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
# CJK compatibility ideographs (a subset of HAN): decoding debris when they turn up in Chinese text.
CJK_COMPAT = "\uf900-\ufaff"

HAN_RE = re.compile(f"[{HAN}]")
KANA_RE = re.compile(f"[{KANA}]")
HANGUL_RE = re.compile(f"[{HANGUL}]")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# Non-ASCII characters that may be letters of another script: everything except Han/Kana/Hangul and the
# punctuation blocks that hold no letter of a script we name (General Punctuation, CJK Symbols,
# full-width punctuation and digits). Only these are looked up by Unicode name.
_OTHER_CANDIDATE_RE = re.compile(
    f"[^\\x00-\\x7f{HAN}{KANA}{HANGUL}\u2000-\u206f\u3000-\u303f\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]"
)

# Unicode character-name prefixes of the non-CJK, non-Latin scripts we recognise (ISO 15924 codes).
NAME_SCRIPT = {
    "CYRILLIC": "Cyrl",
    "ARABIC": "Arab",
    "GREEK": "Grek",
    "HEBREW": "Hebr",
    "THAI": "Thai",
    "DEVANAGARI": "Deva",
    "BENGALI": "Beng",
    "TAMIL": "Taml",
    "GEORGIAN": "Geor",
    "ARMENIAN": "Armn",
    "KHMER": "Khmr",
    "LAO": "Laoo",
    "MYANMAR": "Mymr",
    "ETHIOPIC": "Ethi",
    "SINHALA": "Sinh",
    "TIBETAN": "Tibt",
    "GUJARATI": "Gujr",
    "GURMUKHI": "Guru",
    "TELUGU": "Telu",
    "KANNADA": "Knda",
    "MALAYALAM": "Mlym",
}


def is_han(ch: str) -> bool:
    return bool(HAN_RE.match(ch))


def is_kana(ch: str) -> bool:
    return bool(KANA_RE.match(ch))


def is_hangul(ch: str) -> bool:
    return bool(HANGUL_RE.match(ch))


# One Han character ~ 2.5 Latin letters. Rationale: the same news content takes roughly 2.5-3 times as
# many Latin letters in English as characters in Chinese (an English word is ~4.7 letters, a Chinese
# word ~1.7 characters). We take the low end so that a paragraph which is half English and half its
# Chinese translation is not automatically called Chinese.
HAN_WEIGHT = 2.5
# A kana is one mora (about two Latin letters); a Hangul syllable block is a whole syllable, like a Han char.
KANA_WEIGHT = 1.5
HANGUL_WEIGHT = 2.5


@dataclass
class ScriptCounts:
    """Letters of one text, by script. `other` maps an ISO 15924 code to a count."""

    han: int = 0
    kana: int = 0
    hangul: int = 0
    latin: int = 0
    latin_ascii: int = 0
    other: dict[str, int] = field(default_factory=dict)
    han_chars: list[str] = field(default_factory=list)

    @property
    def cjk_weight(self) -> float:
        return self.han * HAN_WEIGHT + self.kana * KANA_WEIGHT

    @property
    def total_weight(self) -> float:
        return self.cjk_weight + self.hangul * HANGUL_WEIGHT + self.latin + sum(self.other.values())

    @property
    def kana_share(self) -> float:
        cjk = self.han + self.kana
        return self.kana / cjk if cjk else 0.0


def count_scripts(text: str) -> ScriptCounts:
    han_chars = HAN_RE.findall(text)
    latin_ascii = len(_ASCII_LETTER_RE.findall(text))
    latin = latin_ascii
    other: dict[str, int] = defaultdict(int)
    for ch in _OTHER_CANDIDATE_RE.findall(text) if not text.isascii() else ():
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith(("LATIN", "FULLWIDTH LATIN")):
            latin += 1
        elif script := NAME_SCRIPT.get(name.split(" ", 1)[0]):
            other[script] += 1
    return ScriptCounts(
        han=len(han_chars),
        kana=len(KANA_RE.findall(text)),
        hangul=len(HANGUL_RE.findall(text)),
        latin=latin,
        latin_ascii=latin_ascii,
        other=dict(other),
        han_chars=han_chars,
    )
