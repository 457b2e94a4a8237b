"""script.profile counts with regexes (it is on the hot path of every output's checks); it must count
exactly what the per-character predicates say."""

from __future__ import annotations

import random
from pathlib import Path

from service.checks.script import _LATIN_WORD, ScriptProfile, is_latin_letter, profile
from service.text.detect import is_han, is_hangul, is_kana

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _reference(text: str) -> ScriptProfile:
    han = kana = hangul = latin = 0
    for ch in text:
        if is_han(ch):
            han += 1
        elif is_kana(ch):
            kana += 1
        elif is_hangul(ch):
            hangul += 1
        elif is_latin_letter(ch):
            latin += 1
    words = _LATIN_WORD.findall(text)
    names = sum(1 for w in words if not w.islower() or any(ch.isdigit() for ch in w))
    return ScriptProfile(han, kana, hangul, latin, len(words), names)


def test_every_bmp_character_is_counted_like_the_predicates_say() -> None:
    for cp in range(0x10000):
        if not 0xD800 <= cp <= 0xDFFF:
            assert profile(chr(cp)) == _reference(chr(cp)), hex(cp)


def test_mixed_texts_and_the_seeds() -> None:
    rng = random.Random(0)
    spans = [(0x20, 0x300), (0x1100, 0x1200), (0x3000, 0x3200), (0x4E00, 0xA000), (0xAC00, 0xD7B0),
             (0xFF00, 0xFFEF), (0x20000, 0x20100)]  # fmt: skip
    texts = [p.read_text("utf-8") for p in SEEDS.glob("*.txt")]
    texts += ["".join(chr(rng.randint(*rng.choice(spans))) for _ in range(80)) for _ in range(500)]
    for text in texts:
        assert profile(text) == _reference(text)
