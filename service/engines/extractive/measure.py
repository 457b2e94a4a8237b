"""Quality measures for the extractive engine, shared by `benchmarks/extractive.py` and the tests.

- ROUGE-2 F on character bigrams (Chinese: Han, Latin letters and digits, punctuation and spaces
  dropped) or on word bigrams (English, lower case).
- Keyword recall: a reference keyword counts as recalled when an output keyword equals it, contains it
  or is contained in it, and the shorter of the two is at least half as long as the longer (so a lone
  "AI" does not recall "AI专家离职"). `loose=True` drops the length condition.
- Repeated sentences, within one language: two summary sentences or key points that are the same or
  near-duplicates (one contains the other, or >= 70 % of the shorter's tokens are shared), plus a gist
  that is an exact copy of a summary sentence or key point. A gist that compresses a summary sentence
  is not a repeat; that is what a gist is.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from service.engines.extractive._text import HAN_RE, normalised
from service.engines.extractive.rank import near_duplicate
from service.schemas import LanguageSummary
from service.text.segment import split_sentences

_ZH_UNIT = re.compile(r"[\u3400-\u9fff]|[A-Za-z]+|\d+")
_EN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _units(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return _ZH_UNIT.findall(text.lower())
    return _EN_WORD.findall(text.lower())


def rouge2_f(candidate: str, reference: str, lang: str) -> float:
    def bigrams(text: str) -> Counter[tuple[str, str]]:
        units = _units(text, lang)
        return Counter(itertools.pairwise(units))

    got, want = bigrams(candidate), bigrams(reference)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def keyword_recall(output: list[str], reference: list[str], *, loose: bool = False) -> float:
    def match(a: str, b: str) -> bool:
        a, b = a.lower().strip(), b.lower().strip()
        if a == b:
            return True
        short, long = sorted((a, b), key=len)
        return short in long and (loose or 2 * len(short) >= len(long))

    if not reference:
        return 1.0
    return sum(any(match(out, ref) for out in output) for ref in reference) / len(reference)


def repeated_sentences(summary: LanguageSummary, lang: str) -> list[tuple[str, str]]:
    """Every repeated pair (see the module docstring)."""
    items = [*split_sentences(summary.summary), *summary.key_points]
    repeats = [
        (a, b)
        for i, a in enumerate(items)
        for b in items[i + 1 :]
        if normalised(a) == normalised(b) or near_duplicate(a, b, lang)
    ]
    gist = normalised(summary.one_line)
    repeats += [(summary.one_line, item) for item in items if normalised(item) == gist]
    return repeats


def language_of(text: str) -> str:
    return "zh" if HAN_RE.search(text) else "en"
