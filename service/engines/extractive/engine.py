"""Entry points: one language (`summarize_extractive`) and a whole article (`summarize_article`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from service.engines.extractive.compose import BUDGETS, compose
from service.engines.extractive.keywords import keywords as extract_keywords
from service.engines.extractive.pairs import Pair, parallel_pairs
from service.engines.extractive.rank import Ranking, rank
from service.engines.extractive.sentences import Sentence, is_prose, sentences
from service.engines.extractive.title import fallback_title, source_title, strip_title
from service.errors import EmptyInputError, UnsupportedOptionError
from service.schemas import LanguageSummary
from service.text.segment import split_paragraphs

Alignment = Literal["aligned", "independent", "single"]
_LOCALE = {"en": "en", "zh": "zh-Hans"}


@dataclass(frozen=True)
class ExtractiveSummary:
    summary: LanguageSummary
    keywords: list[str]


@dataclass(frozen=True)
class ArticleSummary:
    summary: dict[str, LanguageSummary | None]  # "en", "zh-Hans"
    keywords: dict[str, list[str]]
    # aligned: key point i says the same in both languages (parallel source pairs); independent: each
    # language's key points were extracted on their own; single: one language only.
    key_points_alignment: Alignment


def _language(language: str, length: str) -> str:
    lang = language.split("-")[0].lower()
    if lang not in ("en", "zh"):
        raise UnsupportedOptionError(f"extractive engine supports en and zh, not {language!r}")
    if length not in BUDGETS:
        raise UnsupportedOptionError(f"unknown length {length!r}; use short, medium or long")
    return lang


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for paragraph in paragraphs for line in split_paragraphs(paragraph or "")]


@dataclass(frozen=True)
class _Prepared:
    lang: str
    headline: str | None
    sentences: list[Sentence]
    candidates: list[Sentence]
    ranking: Ranking


def _prepare(lines: list[str], lang: str, title: str | None) -> _Prepared:
    found = sentences(lines, lang)
    candidates = [s for s in found if s.candidate]
    if not candidates:
        raise EmptyInputError("no sentences to summarise")
    headline = source_title(lines, lang, title)
    if headline:
        # The headline itself is not summary material.
        candidates = [s for s in candidates if strip_title(s.text) != headline] or candidates
    return _Prepared(lang, headline, found, candidates, rank(candidates, lang, headline))


def _finish(prepared: _Prepared, length: str, aligned: list[str] | None, used: set[str]) -> ExtractiveSummary:
    lang = prepared.lang
    ranking = prepared.ranking
    if used:
        rest = [s for s in prepared.candidates if s.text not in used]
        if rest:
            ranking = rank(rest, lang, prepared.headline)
    relevance = {s.index: float(v) for s, v in zip(prepared.candidates, prepared.ranking.scores, strict=True)}
    words = extract_keywords(prepared.sentences, lang, prepared.headline, relevance)
    parts = compose(ranking, lang, length, key_points=aligned)
    summary = LanguageSummary(
        title=prepared.headline or fallback_title(parts.one_line, words, lang),
        one_line=parts.one_line,
        summary=parts.summary,
        key_points=parts.key_points,
    )
    return ExtractiveSummary(summary=summary, keywords=words)


def summarize_extractive(
    paragraphs: list[str], *, language: str, title: str | None = None, length: str = "medium"
) -> ExtractiveSummary:
    """Extractive summary of `paragraphs` in `language` ("en" or "zh"; zh must be Simplified).

    Raises EmptyInputError when no sentence in `language` is found, UnsupportedOptionError for an unknown
    language or length.
    """
    lang = _language(language, length)
    return _finish(_prepare(_lines(paragraphs), lang, title), length, None, set())


def _pair_score(pair: Pair, en: _Prepared, zh: _Prepared) -> float | None:
    """Mean of the two sides' best sentence scores; None when a side holds no candidate sentence."""
    sides = []
    for texts, prepared in ((pair.en, en), (pair.zh, zh)):
        scores = [prepared.ranking.score(s) for s in prepared.candidates if s.text in texts]
        if not scores:
            return None
        sides.append(max(scores))
    return sum(sides) / 2


def _aligned_points(pairs: list[Pair], en: _Prepared, zh: _Prepared, count: int) -> list[Pair]:
    scored = [(score, i, p) for i, p in enumerate(pairs) if (score := _pair_score(p, en, zh)) is not None]
    scored.sort(key=lambda item: (-round(item[0], 12), item[1]))
    return [pair for _, _, pair in scored[:count]]


def summarize_article(
    paragraphs: dict[str, list[str]], *, title: str | None = None, length: str = "medium"
) -> ArticleSummary:
    """Both languages of an article; `paragraphs` maps "en" / "zh" to the text each is extracted from
    (zh in Simplified). With both languages, parallel pairs in the source become aligned key points."""
    lines = {_language(lang, length): _lines(text) for lang, text in paragraphs.items()}
    prepared: dict[str, _Prepared] = {}
    for lang, text in lines.items():
        try:
            prepared[lang] = _prepare(text, lang, title)
        except EmptyInputError:
            if len(lines) == 1:
                raise
    if not prepared:
        raise EmptyInputError("no sentences to summarise")
    prose = {lang for lang, p in prepared.items() if any(is_prose(s, lang) for s in p.candidates)}
    # A side with no prose of its own (only page chrome such as "Hot 热度") is left out when the other
    # side has some.
    langs = [lang for lang in prepared if lang in prose or not prose]
    summary: dict[str, LanguageSummary | None] = {"en": None, "zh-Hans": None}
    words: dict[str, list[str]] = {"en": [], "zh-Hans": []}
    alignment: Alignment = "single"
    chosen: list[Pair] = []
    if len(langs) == 2:
        alignment = "independent"
        # The Simplified copy holds both languages in source order (OpenCC leaves English alone).
        pairs = parallel_pairs(lines["zh"])
        chosen = _aligned_points(pairs, prepared["en"], prepared["zh"], BUDGETS[length].key_points)
        if chosen:
            alignment = "aligned"
    for lang in langs:
        aligned = [p.en_text if lang == "en" else p.zh_text for p in chosen] or None
        used = {text for p in chosen for text in (p.en if lang == "en" else p.zh)}
        result = _finish(prepared[lang], length, aligned, used)
        summary[_LOCALE[lang]] = result.summary
        words[_LOCALE[lang]] = result.keywords
    return ArticleSummary(summary=summary, keywords=words, key_points_alignment=alignment)
