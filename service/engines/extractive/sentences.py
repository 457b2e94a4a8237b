"""Paragraphs -> the sentences of one language, each a verbatim slice of its paragraph.

Sentences of the other script are dropped (zh: Han share >= 0.5 counting Latin words as one unit; en: no
Han), as are markup-only and URL-only lines; leading list/quote/heading markers are trimmed. A sentence
is a *candidate* for the summary when it reads as prose (long enough, terminated, not boilerplate)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.engines.extractive._text import (
    MIN_SENTENCE,
    TERMINAL_RE,
    clean,
    in_language,
    is_noise,
    size,
    tokens,
)
from service.text.segment import split_sentences

# Sentences without terminal punctuation (notes, bullet lines) still count in English when this long.
_EN_UNTERMINATED_MIN_WORDS = 8


@dataclass
class Sentence:
    index: int  # order among the kept sentences
    paragraph: int
    text: str  # verbatim slice of the source paragraph
    size: int  # zh: visible chars, en: words
    terminated: bool
    tokens: list[str]
    candidate: bool = False


def _locate(paragraph: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Span of `sentence` in `paragraph` at or after `start`, tolerating whitespace differences
    (split_sentences re-joins abbreviation splits with a single space)."""
    at = paragraph.find(sentence, start)
    if at >= 0:
        return at, at + len(sentence)
    pattern = r"\s+".join(re.escape(part) for part in sentence.split())
    match = re.compile(pattern).search(paragraph, start)
    return (match.start(), match.end()) if match else None


def spans(paragraph: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = 0
    for sentence in split_sentences(paragraph):
        span = _locate(paragraph, sentence, cursor)
        if span is None:  # pragma: no cover - split_sentences only strips and re-joins with a space
            continue
        out.append(span)
        cursor = span[1]
    return out


def sentences(paragraphs: list[str], lang: str) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, paragraph in enumerate(paragraphs):
        for start, end in spans(paragraph):
            text = clean(paragraph[start:end], lang)
            if not text or not in_language(text, lang):
                continue
            out.append(
                Sentence(
                    index=len(out),
                    paragraph=p_index,
                    text=text,
                    size=size(text, lang),
                    terminated=TERMINAL_RE.search(text) is not None,
                    tokens=tokens(text, lang),
                )
            )
    for sentence in out:
        sentence.candidate = is_prose(sentence, lang)
    if out and not any(s.candidate for s in out):
        # Nothing sentence-like (a list of headlines, terse notes): rank whatever has content.
        for sentence in out:
            sentence.candidate = bool(sentence.tokens) and not is_noise(sentence.text, lang)
        if not any(s.candidate for s in out):
            for sentence in out:
                sentence.candidate = True
    return out


def is_prose(sentence: Sentence, lang: str) -> bool:
    text = sentence.text
    if sentence.size < MIN_SENTENCE[lang] or not sentence.tokens or is_noise(text, lang):
        return False
    if text.rstrip().endswith((":", "：")):
        return False
    if lang == "zh":
        return sentence.terminated
    return sentence.terminated or sentence.size >= _EN_UNTERMINATED_MIN_WORDS
