"""Embedded extractive summariser: the default engine when no LLM endpoint is configured.

Honest extraction: every sentence, key point and title this module returns is a verbatim slice of
the input (a whole sentence, or a sentence's leading clauses when a key point or title must be short).
Nothing is paraphrased, translated or invented.

Pipeline, for one language at a time ("en" or "zh"; zh input is Simplified Chinese):

1. Paragraphs -> sentences (``service.text.segment.split_sentences``), located back in their paragraph so
   the text kept is exactly the source slice. Sentences of the other script are dropped (zh: Han share of
   letters >= 0.5; en: no Han), as are markup-only and URL-only lines; leading list/quote/heading markers
   are trimmed.
2. Tokens: jieba (zh, loaded lazily) or a small regex tokenizer with light plural stripping (en), minus
   a built-in stopword list.
3. Ranking: TextRank — PageRank (networkx Google matrix, power iteration) over a TF-IDF cosine sentence
   graph — personalised by a prior that favours lead sentences, sentences close to the document centroid
   and sentences close to the title. The final score blends PageRank, centroid similarity and position.
4. Selection: summary sentences in rank order under a sentence count and a size bound (visible characters
   for zh, words for en), skipping near-duplicates, then printed in document order. Selections are nested
   (short within medium within long), so a longer length never yields a shorter summary.
5. Keywords: jieba TF-IDF (zh) or YAKE (en).
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import networkx as nx
import numpy as np

from service.errors import EmptyInputError, UnsupportedOptionError
from service.schemas import LanguageSummary
from service.text.segment import split_paragraphs, split_sentences

__all__ = ["ExtractiveSummary", "summarize_extractive"]


@dataclass(frozen=True)
class ExtractiveSummary:
    summary: LanguageSummary
    keywords: list[str]


# --- budgets ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Budget:
    max_sentences: int
    zh_chars: int  # visible (non-space) characters
    en_words: int
    key_points: int


_BUDGETS: dict[str, _Budget] = {
    "short": _Budget(max_sentences=2, zh_chars=120, en_words=60, key_points=3),
    "medium": _Budget(max_sentences=4, zh_chars=250, en_words=120, key_points=4),
    "long": _Budget(max_sentences=7, zh_chars=450, en_words=220, key_points=6),
}
_LENGTH_ORDER = ("short", "medium", "long")

# Size limits, in the language's unit (zh: visible chars, en: words).
_KEY_POINT_LIMIT = {"zh": 80, "en": 40}
_ONE_LINE_LIMIT = {"zh": 60, "en": 30}
_TITLE_LIMIT = {"zh": 40, "en": 15}
_TITLE_MIN = {"zh": 4, "en": 2}
# Smallest sentence worth ranking, and the smallest clause worth using as a key point.
_MIN_SENTENCE = {"zh": 10, "en": 5}
# Sentences without terminal punctuation (notes, bullet lines) still count in English when this long.
_EN_UNTERMINATED_MIN_WORDS = 8

_KEYWORDS_MIN, _KEYWORDS_MAX = 5, 8

# Openings that lean on the previous sentence; such a sentence makes a poor stand-alone one-liner.
_ANAPHORA = {
    "zh": re.compile(r"^(?:这|那|他|她|它|其|此|但|而|然而|因此|所以|不过|此外|同时|后者|前者)"),
    "en": re.compile(
        r"^(?:this|these|that|those|it|its|it's|it’s|he|she|they|his|her|their|but|however|so|and|also|"
        r"yet|still|instead)\b",
        re.IGNORECASE,
    ),
}

# --- text patterns ----------------------------------------------------------------------------

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LEADING_MARKUP_RE = re.compile(r"^(?:(?:[>#*•]+|[-–—]+)\s+)+")
# A Chinese sentence that starts with a run of >= 4 English words glued to it (interleaved bilingual
# pages do this): the English run belongs to the other language's text and is trimmed off.
_LATIN_LEAD_RE = re.compile(r"^(?:[A-Za-z][\w’'\-]*[,;:]?\s+){4,}(?=[\u3400-\u9fff])")
_CLOSERS = "”’\"'）)】」』》"
_TERMINAL_RE = re.compile(rf"[。！？!?…；;.][{_CLOSERS}]*$")
_TRAILING_PUNCT = "。.，,；;：:、 \t"
_BOILERPLATE_RE = re.compile(
    r"^(?:disclaimer|copyright|share|all rights reserved|免责声明|本文系|未经授权|责任编辑|版权所有|"
    r"转载请|原标题|来源[:：]|编辑[:：]|分享到)",
    re.IGNORECASE,
)
# Clause boundaries for shortening a sentence to its leading clauses (key points, one-liner, title).
_CLAUSE_BOUNDARY = {"zh": re.compile(r"[，,；;]"), "en": re.compile(r";|\s[—–]\s|—")}
_TITLE_BOUNDARY = {"zh": re.compile(r"[，,；;：:]"), "en": re.compile(r"[;:,]\s|\s[—–]\s|—")}
_LATIN_WORD_RE = re.compile(r"[^\W\d_\u3400-\u9fff\uf900-\ufaff]+")
_WIKI_LINK_RE = re.compile(r"\[\[[^\]]*\]\]")
_EN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’\-][A-Za-z0-9]+)*")
_NUMBER_RE = re.compile(r"[\d.,%％:：/\-]+")

_EN_STOPWORDS_TEXT = """
    a about above after again against all almost also although am among an and another any are aren't
    around as at be because been before being below between both but by can can't cannot could couldn't
    did didn't do does doesn't doing don't down during each either else even ever every few for from
    further get gets got had hadn't has hasn't have haven't having he he's her here here's hers herself
    him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just
    least less let's like made make makes many may me might more most much must mustn't my myself
    neither no nor not now of off often on once one only or other others ought our ours ourselves out
    over own per perhaps quite rather really said same say says she she'd she'll she's should shouldn't
    since so some still such than that that's the their theirs them themselves then there there's these
    they they'd they'll they're they've this those though through thus to too under until up upon us
    very via was wasn't we we'd we'll we're we've were weren't what what's whatever when when's where
    where's whether which while who who's whom whose why why's will with within without won't would
    wouldn't yet you you'd you'll you're you've your yours yourself yourselves
"""
_EN_STOPWORDS = frozenset(_EN_STOPWORDS_TEXT.split())

_ZH_STOPWORDS_TEXT = """
    的 了 是 在 和 与 及 或 而 也 就 都 又 还 并 但 却 则 即 把 被 让 给 对 向 从 自 于 以 为 之 其 此 这 那
    有 没 没有 不 不是 很 更 最 太 再 已 已经 曾 曾经 将 将会 会 能 能够 可以 可能 要 需要 应该 得 地 着 过
    吗 呢 吧 啊 呀 哦 嘛 么 个 些 一 一个 一些 一种 一样 一直 一切 我 我们 你 你们 他 他们 她 她们 它 它们
    自己 大家 这个 那个 这些 那些 这样 那样 这种 那种 这里 那里 这是 那是 什么 怎么 怎样 如何 为何 为什么
    哪 哪些 哪里 谁 因为 所以 因此 因而 于是 如果 假如 虽然 尽管 即使 不过 然而 而且 并且 或者 还是 以及
    只是 只有 只要 不仅 而是 就是 也是 都是 正在 目前 现在 当时 之后 之前 以后 以前 以来 之中 其中 其他
    其它 等等 等 各 每 另 另外 此外 同时 关于 对于 通过 根据 按照 由于 随着 作为 成为 进行 表示 认为
    称 说 道 上 下 中 内 外 里 后 前 时 年 月 日 多 少 大 小 更是 仍 仍然 甚至 几乎 非常 十分 比较
    还有 以上 以下 如此 所 所有 任何 一次 一位 一条 一家 这家 这位 这次 这一 该 本 该项 某 某些
"""
_ZH_STOPWORDS = frozenset(_ZH_STOPWORDS_TEXT.split())


# --- lazy resources ---------------------------------------------------------------------------

_LOCK = threading.Lock()
_JIEBA: Any = None
_JIEBA_ANALYSE: Any = None


def _jieba() -> Any:
    """jieba, initialised on first use (loading its dictionary takes about a second)."""
    global _JIEBA
    if _JIEBA is None:
        with _LOCK:
            if _JIEBA is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _JIEBA = jieba
    return _JIEBA


def _jieba_analyse() -> Any:
    global _JIEBA_ANALYSE
    if _JIEBA_ANALYSE is None:
        _jieba()
        with _LOCK:
            if _JIEBA_ANALYSE is None:
                import jieba.analyse

                _JIEBA_ANALYSE = jieba.analyse
    return _JIEBA_ANALYSE


@lru_cache(maxsize=1)
def _yake() -> Any:
    """YAKE, English, up to bigrams. More candidates than we keep (8), because the filters below drop
    contraction fragments and keywords contained in longer ones."""
    import yake

    return yake.KeywordExtractor(lan="en", n=2, top=30)


# --- sentences --------------------------------------------------------------------------------


@dataclass
class _Sentence:
    index: int  # order among the kept sentences
    paragraph: int
    text: str  # verbatim slice of the source paragraph
    size: int  # zh: visible chars, en: words
    terminated: bool
    tokens: list[str]
    candidate: bool = False


def _size(text: str, lang: str) -> int:
    return len(text.split()) if lang == "en" else len("".join(text.split()))


def _han_share(text: str) -> float | None:
    """Share of Han characters among the letters; None when there are no letters."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return None
    return len(_HAN_RE.findall(text)) / letters


def _in_language(text: str, lang: str) -> bool:
    """zh: Han characters make up at least half of the text, counting each Latin word as one unit (a
    Latin name is one word however many letters it has: "Nathan Lambert 要离开 Ai2 了。" is Chinese).
    This is never stricter than the plain share of letters. en: (almost) no Han at all."""
    share = _han_share(text)
    if share is None:
        return False
    if lang == "en":
        return share < 0.02
    han = len(_HAN_RE.findall(text))
    latin_words = len(_LATIN_WORD_RE.findall(text))
    return han > 0 and han / (han + latin_words) >= 0.5


def _locate(paragraph: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Span of `sentence` in `paragraph` at or after `start`, tolerating whitespace differences
    (split_sentences re-joins abbreviation splits with a single space)."""
    at = paragraph.find(sentence, start)
    if at >= 0:
        return at, at + len(sentence)
    pattern = r"\s+".join(re.escape(part) for part in sentence.split())
    match = re.compile(pattern).search(paragraph, start)
    return (match.start(), match.end()) if match else None


def _spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in split_sentences(paragraph):
        span = _locate(paragraph, sentence, cursor)
        if span is None:  # pragma: no cover - split_sentences only strips and re-joins with a space
            continue
        spans.append(span)
        cursor = span[1]
    return spans


def _clean(text: str, lang: str) -> str:
    text = _LEADING_MARKUP_RE.sub("", text).strip()
    if lang == "zh":
        text = _LATIN_LEAD_RE.sub("", text).strip()
    return text


def _is_noise(text: str, lang: str) -> bool:
    """URL-only or link-only lines ("[[Nathan Lambert|Nato]]") and boilerplate (disclaimers, bylines)."""
    if _BOILERPLATE_RE.match(text):
        return True
    rest = _WIKI_LINK_RE.sub("", _URL_RE.sub("", text))
    return _size(rest, lang) * 2 < min(_size(text, lang), _MIN_SENTENCE[lang])


def _sentences(paragraphs: list[str], lang: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    for p_index, paragraph in enumerate(paragraphs):
        for start, end in _spans(paragraph):
            text = _clean(paragraph[start:end], lang)
            if not text or not _in_language(text, lang):
                continue
            out.append(
                _Sentence(
                    index=len(out),
                    paragraph=p_index,
                    text=text,
                    size=_size(text, lang),
                    terminated=_TERMINAL_RE.search(text) is not None,
                    tokens=_tokens(text, lang),
                )
            )
    for sentence in out:
        sentence.candidate = _is_candidate(sentence, lang)
    if out and not any(s.candidate for s in out):
        # Nothing sentence-like (a list of headlines, terse notes): rank whatever has content.
        for sentence in out:
            sentence.candidate = bool(sentence.tokens) and not _is_noise(sentence.text, lang)
        if not any(s.candidate for s in out):
            for sentence in out:
                sentence.candidate = True
    return out


def _is_candidate(sentence: _Sentence, lang: str) -> bool:
    text = sentence.text
    if sentence.size < _MIN_SENTENCE[lang] or not sentence.tokens or _is_noise(text, lang):
        return False
    if text.rstrip().endswith((":", "：")):
        return False
    if lang == "zh":
        return sentence.terminated
    return sentence.terminated or sentence.size >= _EN_UNTERMINATED_MIN_WORDS


# --- tokens -----------------------------------------------------------------------------------


def _en_stem(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _en_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for match in _EN_WORD_RE.finditer(text):
        word = match.group(0).lower().replace("’", "'")
        if len(word) < 2 or word in _EN_STOPWORDS:
            continue
        tokens.append(_en_stem(word))
    return tokens


def _tokens(text: str, lang: str) -> list[str]:
    return list(_cached_tokens(text, lang))


@lru_cache(maxsize=8192)
def _cached_tokens(text: str, lang: str) -> tuple[str, ...]:
    if lang == "en":
        return tuple(_en_tokens(text))
    tokens: list[str] = []
    for raw in _jieba().lcut(text):
        token = raw.strip().lower()
        if not token or not any(ch.isalnum() for ch in token) or _NUMBER_RE.fullmatch(token):
            continue
        if _HAN_RE.match(token):
            if len(token) < 2 or token in _ZH_STOPWORDS:
                continue
        elif len(token) < 2 or token in _EN_STOPWORDS:
            continue
        tokens.append(token)
    return tuple(tokens)


# --- ranking ----------------------------------------------------------------------------------


def _tfidf(docs: list[list[str]]) -> tuple[np.ndarray, dict[str, int], np.ndarray]:
    """Row-normalised TF-IDF matrix (sublinear tf, smoothed idf), the vocabulary and the idf vector."""
    vocab: dict[str, int] = {}
    for doc in docs:
        for token in doc:
            vocab.setdefault(token, len(vocab))
    matrix = np.zeros((len(docs), max(len(vocab), 1)))
    for row, doc in enumerate(docs):
        for token, count in Counter(doc).items():
            matrix[row, vocab[token]] = 1.0 + math.log(count)
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    matrix *= idf
    return _normalise_rows(matrix), vocab, idf


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def _vector(tokens: list[str], vocab: dict[str, int], idf: np.ndarray) -> np.ndarray:
    vec = np.zeros(len(idf))
    for token, count in Counter(tokens).items():
        if token in vocab:
            vec[vocab[token]] = (1.0 + math.log(count)) * idf[vocab[token]]
    norm = np.linalg.norm(vec)
    return vec / norm if norm else vec


def _pagerank(similarity: np.ndarray, prior: np.ndarray, alpha: float = 0.85) -> np.ndarray:
    """Personalised PageRank over the weighted sentence graph: networkx builds the Google matrix
    (numpy only, no scipy needed); a fixed number of power iterations keeps it deterministic."""
    n = similarity.shape[0]
    graph = nx.from_numpy_array(similarity)
    personalization = {i: float(prior[i]) for i in range(n)}
    google = nx.google_matrix(graph, alpha=alpha, personalization=personalization, nodelist=list(range(n)))
    rank = prior / prior.sum()
    for _ in range(100):
        nxt = rank @ google
        delta = float(np.abs(nxt - rank).sum())
        rank = nxt
        if delta < 1e-10:
            break
    return rank


def _rank(candidates: list[_Sentence], lang: str, title: str | None) -> list[tuple[_Sentence, float]]:
    """Candidates with their scores, best first (ties broken by document order)."""
    n = len(candidates)
    if n == 1:
        return [(candidates[0], 1.0)]
    matrix, vocab, idf = _tfidf([s.tokens for s in candidates])
    similarity = matrix @ matrix.T
    np.fill_diagonal(similarity, 0.0)
    similarity[similarity < 1e-6] = 0.0

    centroid = _normalise_rows(matrix.sum(axis=0, keepdims=True))[0]
    centrality = matrix @ centroid
    position = 1.0 / np.sqrt(1.0 + np.arange(n))
    title_sim = np.zeros(n)
    if title:
        title_vec = _vector(_tokens(title, lang), vocab, idf)
        if title_vec.any():
            title_sim = matrix @ title_vec

    prior = position * (0.2 + centrality + 0.5 * title_sim) + 1e-9
    pagerank = _pagerank(similarity, prior) if similarity.any() else prior / prior.sum()

    def scaled(values: np.ndarray) -> np.ndarray:
        top = float(values.max())
        return values / top if top > 0 else values

    # Very short sentences carry little; damp them slightly so a fragment does not lead the summary.
    brevity = np.array([min(1.0, 0.6 + 0.4 * s.size / (3 * _MIN_SENTENCE[lang])) for s in candidates])
    score = (0.55 * scaled(pagerank) + 0.25 * scaled(centrality) + 0.2 * position + 0.1 * title_sim) * brevity
    order = sorted(range(n), key=lambda i: (-round(float(score[i]), 12), i))
    return [(candidates[i], float(score[i])) for i in order]


# --- selection --------------------------------------------------------------------------------


def _near_duplicate(a: _Sentence | str, b: _Sentence | str, lang: str) -> bool:
    text_a = a.text if isinstance(a, _Sentence) else a
    text_b = b.text if isinstance(b, _Sentence) else b
    if text_a in text_b or text_b in text_a:
        return True
    tokens_a = set(a.tokens if isinstance(a, _Sentence) else _tokens(text_a, lang))
    tokens_b = set(b.tokens if isinstance(b, _Sentence) else _tokens(text_b, lang))
    if not tokens_a or not tokens_b:
        return False
    return len(tokens_a & tokens_b) / min(len(tokens_a), len(tokens_b)) >= 0.7


def _select_summary(ranked: list[_Sentence], lang: str, length: str) -> list[_Sentence]:
    """Greedy selection in rank order, nested across lengths (short ⊆ medium ⊆ long). A sentence that
    would push the summary past the size bound is skipped (never cut); the first pick is always kept."""
    selected: list[_Sentence] = []
    for name in _LENGTH_ORDER:
        budget = _BUDGETS[name]
        bound = budget.zh_chars if lang == "zh" else budget.en_words
        pool = ranked[: max(2 * budget.max_sentences, 6)]
        used = sum(s.size for s in selected)
        for sentence in pool:
            if len(selected) >= budget.max_sentences:
                break
            if any(sentence is s or _near_duplicate(sentence, s, lang) for s in selected):
                continue
            if selected and used + sentence.size > bound:
                continue
            selected.append(sentence)
            used += sentence.size
        if not selected and ranked:
            selected.append(ranked[0])
        if name == length:
            break
    return sorted(selected, key=lambda s: s.index)


def _join(sentences: list[_Sentence], lang: str) -> str:
    parts: list[str] = []
    for sentence in sentences:
        text = sentence.text
        if not sentence.terminated:
            # Notes and bullet lines have no full stop; give them one so the paragraph reads as prose.
            text = text.rstrip(_TRAILING_PUNCT) + ("。" if lang == "zh" else ".")
        parts.append(text)
    return ("" if lang == "zh" else " ").join(parts)


def _leading_clauses(text: str, lang: str, limit: int, boundary: re.Pattern[str]) -> str | None:
    """Longest prefix of `text` that ends at a clause boundary and fits `limit`; None if there is none
    of a useful size."""
    best: str | None = None
    for match in boundary.finditer(text):
        prefix = text[: match.start()].rstrip(_TRAILING_PUNCT)
        size = _size(prefix, lang)
        if size > limit:
            break
        if size >= _MIN_SENTENCE[lang]:
            best = prefix
    return best


def _key_points(ranked: list[_Sentence], lang: str, count: int) -> list[str]:
    limit = _KEY_POINT_LIMIT[lang]
    boundary = _CLAUSE_BOUNDARY[lang]
    points: list[str] = []

    def add(text: str) -> None:
        if not any(_near_duplicate(text, other, lang) for other in points):
            points.append(text)

    # First pass: the best sentences that fit (whole, or by their leading clauses).
    for sentence in ranked[: max(3 * count, 8)]:
        if len(points) >= count:
            break
        if sentence.size <= limit:
            add(sentence.text)
        else:
            clause = _leading_clauses(sentence.text, lang, limit, boundary)
            if clause:
                add(clause)
    # Second pass for short articles or long-winded ones: anything left, whole if need be.
    for sentence in ranked:
        if len(points) >= count:
            break
        add(
            sentence.text
            if sentence.size <= limit
            else _leading_clauses(sentence.text, lang, limit, boundary) or sentence.text
        )
    return points


def _one_line(ranked: list[_Sentence], lang: str) -> str:
    """The best sentence that fits the one-liner limit, preferring one that stands on its own (does not
    open with a pronoun or connective pointing back at earlier text)."""
    limit = _ONE_LINE_LIMIT[lang]
    top = ranked[:3]
    for sentence in [s for s in top if not _ANAPHORA[lang].match(s.text)] + top:
        if sentence.size <= limit:
            return sentence.text
    best = ranked[0].text
    return _leading_clauses(best, lang, limit, _CLAUSE_BOUNDARY[lang]) or best


# --- title ------------------------------------------------------------------------------------


def _strip_title(text: str) -> str:
    text = text.strip().rstrip(_TRAILING_PUNCT).strip()
    for opener, closer in (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’")):
        if text.startswith(opener) and closer not in text:
            text = text[1:]
        if text.endswith(closer) and opener not in text:
            text = text[:-1]
    if text.count('"') % 2 == 1:
        text = text.strip('"')
    return text.strip().rstrip(_TRAILING_PUNCT).strip()


def _looks_like_headline(text: str, lang: str) -> bool:
    size = _size(text, lang)
    if not (_TITLE_MIN[lang] <= size <= _TITLE_LIMIT[lang]):
        return False
    if text.rstrip(_CLOSERS).endswith(("。", ".", ":", "：")) or _URL_RE.search(text):
        return False
    if "[[" in text or "|" in text or not _in_language(text, lang):
        return False
    if lang == "zh":
        # Stricter than for sentences: page chrome like "AI News AI资讯 1d ago 更新于 20小时前" is half Han.
        han = len(_HAN_RE.findall(text))
        return han >= 2 * len(_LATIN_WORD_RE.findall(text))
    return True


def _headline(paragraphs: list[str], lang: str) -> str | None:
    """The article's first line, if it reads as a headline. Navigation breadcrumbs ("首页 产业新闻 <title>")
    are resolved to the bare title when the next line repeats it."""
    content = [
        _clean(p, lang) for p in paragraphs[:6] if _han_share(p) is not None and not _URL_RE.fullmatch(p)
    ]
    content = [p for p in content if p and _in_language(p, lang)]
    if not content or not _looks_like_headline(content[0], lang):
        return None
    first = content[0]
    if (
        len(content) > 1
        and first != content[1]
        and first.endswith(content[1])
        and _looks_like_headline(content[1], lang)
    ):
        first = content[1]
    return _strip_title(first) or None


def _title_from(one_line: str, lang: str) -> str:
    limit = _TITLE_LIMIT[lang]
    text = _strip_title(one_line)
    if _size(text, lang) <= limit:
        return text
    clause = _leading_clauses(text, lang, limit, _TITLE_BOUNDARY[lang])
    if clause:
        return _strip_title(clause)
    first = _TITLE_BOUNDARY[lang].split(text, maxsplit=1)[0]
    if _size(first, lang) <= limit * 3 // 2:  # a little long, but better than a cut mid-phrase
        return _strip_title(first)
    # One long clause: cut it at a word boundary.
    if lang == "en":
        return _strip_title(" ".join(first.split()[:limit]))
    out = ""
    for word in _jieba().lcut(first):
        if _size(out + word, lang) > limit:
            break
        out += word
    return _strip_title(out or first[:limit])


# --- keywords ---------------------------------------------------------------------------------


def _contained(short: str, long: str) -> bool:
    return (
        len(long) > len(short)
        and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long, re.IGNORECASE) is not None
    )


def _usable_en_keyword(keyword: str) -> bool:
    words = keyword.split()
    if not words or _NUMBER_RE.fullmatch(keyword):
        return False
    # YAKE splits contractions: drop fragments such as "n’t" and all-stopword phrases.
    if any(word[0] in "'’" or word.lower() in ("n't", "n’t") for word in words):
        return False
    return not all(word.lower() in _EN_STOPWORDS for word in words)


def _keywords(sentences: list[_Sentence], lang: str) -> list[str]:
    # Each sentence ends with punctuation so that no keyword straddles two lines of notes.
    text = "\n".join(
        s.text if s.terminated else s.text + ("。" if lang == "zh" else ".")
        for s in sentences
        if not _is_noise(s.text, lang)
    )
    found: list[str] = []
    if lang == "zh":
        for tag in _jieba_analyse().extract_tags(text, topK=30):
            tag = tag.strip()
            if len(tag) < 2 or _NUMBER_RE.fullmatch(tag) or tag.lower() in _ZH_STOPWORDS:
                continue
            if tag.lower() in _EN_STOPWORDS:
                continue
            found.append(tag)
    else:
        extractor = _yake()
        scored = sorted(extractor.extract_keywords(text), key=lambda kv: float(kv[1]))
        found = [kw.strip() for kw, _ in scored if _usable_en_keyword(kw.strip())]

    selected: list[str] = []
    seen: set[str] = set()
    for keyword in found:
        if len(selected) >= _KEYWORDS_MAX:
            break
        key = keyword.lower()
        if key in seen:
            continue
        seen.add(key)
        if lang == "en":
            if any(_contained(keyword, other) for other in selected):
                continue
            selected = [other for other in selected if not _contained(other, keyword)]
        selected.append(keyword)
    # Back-fill from our own tokens when the extractor found too few (very short input).
    if len(selected) < _KEYWORDS_MIN:
        counts = Counter(token for s in sentences for token in s.tokens)
        for token, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
            if len(selected) >= _KEYWORDS_MIN:
                break
            if token.lower() not in seen and not any(_contained(token, other) for other in selected):
                seen.add(token.lower())
                selected.append(token)
    return selected


# --- entry point ------------------------------------------------------------------------------


def summarize_extractive(
    paragraphs: list[str], *, language: str, title: str | None = None, length: str = "medium"
) -> ExtractiveSummary:
    """Extractive summary of `paragraphs` in `language` ("en" or "zh"; zh must be Simplified).

    Raises EmptyInputError when no sentence in `language` is found, UnsupportedOptionError for an unknown
    language or length.
    """
    lang = language.split("-")[0].lower()
    if lang not in ("en", "zh"):
        raise UnsupportedOptionError(f"extractive engine supports en and zh, not {language!r}")
    if length not in _BUDGETS:
        raise UnsupportedOptionError(f"unknown length {length!r}; use short, medium or long")

    lines = [line for paragraph in paragraphs for line in split_paragraphs(paragraph or "")]
    sentences = _sentences(lines, lang)
    candidates = [s for s in sentences if s.candidate]
    if not candidates:
        raise EmptyInputError("no sentences to summarise")

    given_title = title.strip() if title and title.strip() else None
    headline = given_title or _headline(lines, lang)
    if headline:
        # The headline itself is not summary material.
        candidates = [s for s in candidates if _strip_title(s.text) != headline] or candidates
    ranked = [s for s, _ in _rank(candidates, lang, headline)]

    budget = _BUDGETS[length]
    chosen = _select_summary(ranked, lang, length)
    one_line = _one_line(ranked, lang)
    summary = LanguageSummary(
        title=headline or _title_from(one_line, lang),
        one_line=one_line,
        summary=_join(chosen, lang),
        key_points=_key_points(ranked, lang, budget.key_points),
    )
    # Keywords come from the article body (the ranked sentences), not from navigation or link lists.
    return ExtractiveSummary(summary=summary, keywords=_keywords(candidates, lang))
