"""Parallel sentence pairs in a source that carries both languages side by side.

Seed 000 follows its English dek with the Chinese version in the same paragraph; bilingual press
releases alternate an English paragraph with its Chinese one. Such a block is an English run of
sentences next to a Chinese run (same or adjacent paragraph). The two runs are aligned with a small
Gale-Church style dynamic programme (beads 1-1, 2-1, 1-2 and skips), whose cost is the length
mismatch - 1 visible Chinese character ≈ 2.7 visible English characters, measured on seed 000's
parallel block (385 / 143) - plus a penalty for anchors one side has and the other lacks: numbers,
and Latin-script names written inside the Chinese ("OLMo", "Ai2"). A bead becomes a pair only when
its cost is low and its anchors agree, and a block only when its pairs share at least one anchor; a
block whose overall length ratio is far off is no translation (seed 000's English essay and the Chinese
essay after it are two different texts). Without a bilingual dictionary this is cautious on purpose: a
parallel text with no numbers or Latin names is left unpaired and labelled independent.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from service.engines.extractive._text import (
    HAN_RE,
    LEADING_MARKUP_RE,
    in_language,
    is_noise,
)
from service.engines.extractive.sentences import spans

CHARS_PER_HAN = 2.7
_LOG_SIGMA = 0.35  # spread of log(length ratio) for true translations
_MAX_BEAD_COST = 2.0
_SKIP_COST = 1.2  # below a doubtful bead's cost: leaving a sentence unpaired beats a bad pair
_ANCHOR_COST = 1.5
_BLOCK_RATIO = (0.5, 2.0)  # overall (en / expected) of a block that is a translation
# A number with its scale word, so that "45 million" and "4500万" are the same anchor.
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*(million|billion|thousand|trillion|万|亿|千|百万)?", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "千": 1e3, "million": 1e6, "百万": 1e6, "万": 1e4, "billion": 1e9, "亿": 1e8}
_SCALE["trillion"] = 1e12
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Z]")
# The English words glued in front of the first Chinese sentence of a mixed paragraph.
_SPLIT = re.compile(r"^(?P<en>[^\u3400-\u9fff]*[A-Za-z][^\u3400-\u9fff]*?)\s*(?=[\u3400-\u9fff])")


@dataclass(frozen=True)
class Piece:
    lang: str
    text: str
    paragraph: int


@dataclass(frozen=True)
class Pair:
    en: list[str]  # verbatim sentences, document order
    zh: list[str]

    @property
    def en_text(self) -> str:
        return " ".join(self.en)

    @property
    def zh_text(self) -> str:
        return "".join(self.zh)


def _pieces(paragraphs: list[str]) -> list[Piece]:
    out: list[Piece] = []
    for number, paragraph in enumerate(paragraphs):
        for start, end in spans(paragraph):
            text = LEADING_MARKUP_RE.sub("", paragraph[start:end]).strip()
            parts = [text]
            match = _SPLIT.match(text)
            if match and len(match.group("en").split()) >= 2 and in_language(text[match.end() :], "zh"):
                parts = [match.group("en").strip(), text[match.end() :].strip()]
            for part in parts:
                lang = "en" if in_language(part, "en") else "zh" if in_language(part, "zh") else ""
                out.append(Piece(lang, part, number))
    return out


def _runs(pieces: list[Piece]) -> list[list[Piece]]:
    """Maximal runs of one language within one paragraph, in order."""
    runs: list[list[Piece]] = []
    for piece in pieces:
        if runs and runs[-1][-1].lang == piece.lang and runs[-1][-1].paragraph == piece.paragraph:
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return [run for run in runs if run[0].lang]


def _visible(text: str) -> int:
    return len("".join(text.split()))


def numbers(text: str) -> set[float]:
    """Every number in `text` as a value: "1,200" -> 1200, "45 million" -> 45e6, "4500万" -> 45e6."""
    values: set[float] = set()
    for digits, scale in _NUMBER.findall(text):
        try:
            value = float(digits.replace(",", ""))
        except ValueError:
            continue
        values.add(round(value * _SCALE.get(scale.lower(), 1.0), 6))
    return values


def zh_latin_names(zh: str) -> set[str]:
    return {m.lower() for m in _LATIN_NAME.findall(HAN_RE.sub(" ", zh))}


def anchors_agree(en: str, zh: str) -> bool:
    """Same numbers on both sides, and every Latin name in the Chinese also in the English."""
    en_words = {w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9\-]*", en)}
    return numbers(en) == numbers(zh) and zh_latin_names(zh) <= en_words


def _shared_anchors(en: str, zh: str) -> int:
    en_words = {w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9\-]*", en)}
    return len(numbers(en) & numbers(zh)) + len(zh_latin_names(zh) & en_words)


def _bead_cost(en: list[str], zh: list[str]) -> float:
    en_text, zh_text = " ".join(en), "".join(zh)
    ratio = _visible(en_text) / max(CHARS_PER_HAN * _visible(zh_text), 1.0)
    cost = abs(math.log(max(ratio, 1e-6))) / _LOG_SIGMA
    if not anchors_agree(en_text, zh_text):
        cost += _ANCHOR_COST
    if len(en) + len(zh) > 2:
        cost += 0.3  # a merge must earn its place
    return cost


def _align(en: list[str], zh: list[str]) -> list[tuple[list[str], list[str], float]]:
    n, m = len(en), len(zh)
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == math.inf:
                continue
            for di, dj in ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1)):
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                step = _SKIP_COST if 0 in (di, dj) else _bead_cost(en[i:a], zh[j:b])
                if best[i][j] + step < best[a][b]:
                    best[a][b] = best[i][j] + step
                    back[a][b] = (i, j)
    beads: list[tuple[list[str], list[str], float]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        prev = back[i][j]
        assert prev is not None
        pi, pj = prev
        if i > pi and j > pj:
            beads.append((en[pi:i], zh[pj:j], best[i][j] - best[pi][pj]))
        i, j = pi, pj
    return beads[::-1]


def parallel_pairs(paragraphs: list[str]) -> list[Pair]:
    """Every trustworthy EN/ZH sentence pair, in document order."""
    runs = _runs(_pieces(paragraphs))
    pairs: list[Pair] = []
    index = 0
    while index + 1 < len(runs):
        first, second = runs[index], runs[index + 1]
        if first[0].lang == second[0].lang or second[0].paragraph - first[-1].paragraph > 1:
            index += 1
            continue
        en_run, zh_run = (first, second) if first[0].lang == "en" else (second, first)
        en = [p.text for p in en_run]
        zh = [p.text for p in zh_run]
        ratio = _visible(" ".join(en)) / max(CHARS_PER_HAN * _visible("".join(zh)), 1.0)
        found = []
        if _BLOCK_RATIO[0] <= ratio <= _BLOCK_RATIO[1]:
            found = [
                Pair(en=e, zh=z)
                for e, z, cost in _align(en, zh)
                if cost <= _MAX_BEAD_COST
                and anchors_agree(" ".join(e), "".join(z))
                and not any(is_noise(t, "en") for t in e)
                and not any(is_noise(t, "zh") for t in z)
            ]
        # Lengths alone pair any two texts of similar size: a block is parallel only when its pairs
        # also share at least one number or Latin-script name (otherwise the lists stay independent).
        if found and sum(_shared_anchors(p.en_text, p.zh_text) for p in found) >= 1:
            pairs.extend(found)
            index += 2
        else:
            index += 1
    return pairs
