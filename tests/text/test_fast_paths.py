"""The fast paths of normalise and detect give exactly what the slow ones they replace gave."""

from __future__ import annotations

import random
import unicodedata

import ftfy

from service.text import mojibake
from service.text.scripts import count_scripts

# Every character the ftfy pre-filter lets through, and some that it must not.
_SAFE_SAMPLE = (
    "\t abc XYZ 019 !\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~ "
    "\u3000、。〈〉「」『』【】〔〕〜〆々 中文繁體 ！（），：；？Ａｚ０ –—‘’“”… 洛根·基尔・\u00a0"
)
_MOJIBAKE = [
    "The Mona Lisa doesnâ€™t have eyebrows.",
    "cafÃ© crÃ¨me",
    "Ã¢â‚¬Å“quotedÃ¢â‚¬Â",
    "&amp; &lt;b&gt;",
    "caf\u0065\u0301",  # not NFC
    "ﬁne ligature",
    "\x1b[31mred\x1b[0m",
    "\u0080\u0093c1",
]


def test_lines_the_prefilter_passes_are_never_changed_by_ftfy() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        line = "".join(rng.choice(_SAFE_SAMPLE) for _ in range(rng.randint(1, 40)))
        assert mojibake._FTFY_NOT_NEEDED.fullmatch(line)
        assert ftfy.fix_text(line, mojibake._FTFY_CONFIG) == line


def test_repair_mojibake_equals_ftfy_on_whole_texts() -> None:
    rng = random.Random(7)
    pieces = [
        *_MOJIBAKE,
        "鈥渉ello鈥",  # GBK mojibake: ftfy leaves it to find_mojibake
        "<p>tag</p>",
        "普通的中文句子。",
        "A plain English line.",
        "",
        "  ",
    ]
    for _ in range(400):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        expected = ftfy.fix_text(text, mojibake._FTFY_CONFIG)
        assert mojibake.repair_mojibake(text) == (expected, expected != text)
    for line in _MOJIBAKE:
        assert not mojibake._FTFY_NOT_NEEDED.fullmatch(line)


def _slow_counts(text: str) -> tuple[int, int, int, int, int, dict[str, int], list[str]]:
    """The per-character loop count_scripts replaced (service/text/detect.py before the regex version)."""
    han = kana = hangul = latin = latin_ascii = 0
    other: dict[str, int] = {}
    han_chars = []
    names = {"CYRILLIC": "Cyrl", "ARABIC": "Arab", "GREEK": "Grek", "HEBREW": "Hebr", "THAI": "Thai"}
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            if ch.isascii() and ch.isalpha():
                latin += 1
                latin_ascii += 1
        elif (
            0x3400 <= cp <= 0x4DBF
            or 0x4E00 <= cp <= 0x9FFF
            or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x3134F
        ):
            han += 1
            han_chars.append(ch)
        elif (
            0x3041 <= cp <= 0x309F
            or 0x30A0 <= cp <= 0x30FA
            or 0x31F0 <= cp <= 0x31FF
            or 0xFF66 <= cp <= 0xFF9D
        ):
            kana += 1
        elif 0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
            hangul += 1
        elif ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith(("LATIN", "FULLWIDTH LATIN")):
                latin += 1
            elif name.split(" ", 1)[0] in names:
                script = names[name.split(" ", 1)[0]]
                other[script] = other.get(script, 0) + 1
    return han, kana, hangul, latin, latin_ascii, other, han_chars


def test_count_scripts_matches_the_per_character_loop() -> None:
    rng = random.Random(5)
    alphabet = (
        "aZ é ñ Ａｂ 中國汉字𠀀豈 かなカナ・ー ﾊﾝ 한국어 ᄀ ㄱ Привет مرحبا Ελλάδα שלום ไทย ，。“”—…々〆 1２"
    )
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        counts = count_scripts(text)
        got = (
            counts.han,
            counts.kana,
            counts.hangul,
            counts.latin,
            counts.latin_ascii,
            counts.other,
            counts.han_chars,
        )
        assert got == _slow_counts(text), text
