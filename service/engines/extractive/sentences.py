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
# A Chinese clause after "；" that opens with a contrastive or continuing connective ("…核心位置；而实验室
# 近年战略则…") is the second half of one sentence, not a statement of its own: it is kept with the
# clause before it, so it is never picked (or left out) alone.
_ZH_CONTINUATION = re.compile(r"^(?:而|但|却|然而|并且|而且|且|从而|进而|因而|以致|乃至|甚至|否则|也)")


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


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count("「") > text.count("」")


def _glued(paragraph: str, found: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Spans with a quotation that runs over several sentences kept whole ("他直言，“如此一来，……。
    欧洲尚存一个竞争者……。”": cut after its first sentence, the quote would be left open), and each zh
    continuation clause joined to the clause before it (see _ZH_CONTINUATION)."""
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out:
            previous = paragraph[out[-1][0] : out[-1][1]].rstrip()
            closes_later = "”" in paragraph[out[-1][1] :] or "」" in paragraph[out[-1][1] :]
            continues = (
                lang == "zh"
                and previous.endswith(("；", ";"))
                and _ZH_CONTINUATION.match(paragraph[start:end].lstrip()) is not None
            )
            if (_open_quote(previous) and closes_later) or continues:
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def sentences(paragraphs: list[str], lang: str, *, glue: bool = True) -> list[Sentence]:
    """`glue=False` keeps the segmenter's sentences as they are (the benchmark's lead-3 baseline)."""
    out: list[Sentence] = []
    for p_index, paragraph in enumerate(paragraphs):
        found = spans(paragraph)
        for start, end in _glued(paragraph, found, lang) if glue else found:
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
