"""Shared text helpers of the extractive engine: patterns, language tests, sizes, tokens, stopwords and
the lazily loaded jieba. Nothing here ranks or selects."""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from typing import Any

HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
LEADING_MARKUP_RE = re.compile(r"^(?:(?:[>#*•]+|[-–—]+)\s+)+")
# A Chinese sentence that starts with a run of >= 4 English words glued to it (interleaved bilingual
# pages do this): the English run belongs to the other language's text and is trimmed off.
LATIN_LEAD_RE = re.compile(r"^(?:[A-Za-z][\w’'\-]*[,;:]?\s+){4,}(?=[\u3400-\u9fff])")
CLOSERS = "”’\"'）)】」』》"
TERMINAL_RE = re.compile(rf"[。！？!?…；;.][{CLOSERS}]*$")
TRAILING_PUNCT = "。.，,；;：:、 \t"
BOILERPLATE_RE = re.compile(
    r"^(?:disclaimer|copyright|share|all rights reserved|免责声明|本文系|未经授权|责任编辑|版权所有|"
    r"转载请|原标题|来源[:：]|编辑[:：]|分享到)",
    re.IGNORECASE,
)
# Clause boundaries for shortening a sentence to some of its clauses (key points, gist, title).
CLAUSE_BOUNDARY = {"zh": re.compile(r"[，,；;]"), "en": re.compile(r";|\s[—–]\s|—")}
LATIN_WORD_RE = re.compile(r"[^\W\d_\u3400-\u9fff\uf900-\ufaff]+")
WIKI_LINK_RE = re.compile(r"\[\[[^\]]*\]\]")
EN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’\-][A-Za-z0-9]+)*")
NUMBER_RE = re.compile(r"[\d.,%％:：/\-]+")

# Smallest sentence worth ranking, and the smallest clause worth using on its own.
MIN_SENTENCE = {"zh": 10, "en": 5}

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
EN_STOPWORDS = frozenset(_EN_STOPWORDS_TEXT.split())

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
ZH_STOPWORDS = frozenset(_ZH_STOPWORDS_TEXT.split())


def size(text: str, lang: str) -> int:
    """The engine's measure: words for English, visible characters for Chinese."""
    return len(text.split()) if lang == "en" else len("".join(text.split()))


def han_count(text: str) -> int:
    return len(HAN_RE.findall(text))


def latin_words(text: str) -> int:
    return len(LATIN_WORD_RE.findall(text))


def han_share(text: str) -> float | None:
    """Share of Han characters among the letters; None when there are no letters."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return None
    return han_count(text) / letters


def in_language(text: str, lang: str) -> bool:
    """zh: Han characters make up at least half of the text, counting each Latin word as one unit (a
    Latin name is one word however many letters it has: "Nathan Lambert 要离开 Ai2 了。" is Chinese).
    en: (almost) no Han at all."""
    share = han_share(text)
    if share is None:
        return False
    if lang == "en":
        return share < 0.02
    han = han_count(text)
    return han > 0 and han / (han + latin_words(text)) >= 0.5


def clean(text: str, lang: str) -> str:
    text = LEADING_MARKUP_RE.sub("", text).strip()
    if lang == "zh":
        text = LATIN_LEAD_RE.sub("", text).strip()
    return text


def is_noise(text: str, lang: str) -> bool:
    """URL-only or link-only lines ("[[Nathan Lambert|Nato]]") and boilerplate (disclaimers, bylines)."""
    if BOILERPLATE_RE.match(text):
        return True
    rest = WIKI_LINK_RE.sub("", URL_RE.sub("", text))
    return size(rest, lang) * 2 < min(size(text, lang), MIN_SENTENCE[lang])


def terminate(text: str, lang: str) -> str:
    """Give an unterminated line (notes, bullets) a full stop so it reads as prose."""
    if TERMINAL_RE.search(text):
        return text
    return text.rstrip(TRAILING_PUNCT) + ("。" if lang == "zh" else ".")


def normalised(text: str) -> str:
    """For comparing sentences: no whitespace, no trailing punctuation, lower case."""
    return "".join(text.split()).rstrip(TRAILING_PUNCT + CLOSERS + "!?！？…").lower()


# --- lazy resources ---------------------------------------------------------------------------

_LOCK = threading.Lock()
# Terms jieba's dictionary splits ("预印本" -> 预 / 印本). Added before any text is cut, so that tokens
# never depend on which function happened to load jieba first.
_TERMS = ("预印本", "大模型", "开源模型", "闭源", "算力", "通用人工智能", "基准测试", "开源生态")
_JIEBA: Any = None


def jieba() -> Any:
    """jieba, initialised on first use (loading its dictionary takes about a second)."""
    global _JIEBA
    if _JIEBA is None:
        with _LOCK:
            if _JIEBA is None:
                import jieba as module
                import jieba.posseg  # loaded under the lock; keywords use it

                module.setLogLevel(logging.WARNING)
                module.initialize()
                for term in _TERMS:
                    module.add_word(term, tag="n")
                _JIEBA = module
    return _JIEBA


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
    for match in EN_WORD_RE.finditer(text):
        word = match.group(0).lower().replace("’", "'")
        if len(word) < 2 or word in EN_STOPWORDS:
            continue
        tokens.append(_en_stem(word))
    return tokens


def tokens(text: str, lang: str) -> list[str]:
    """Content tokens: jieba words (zh) or lightly stemmed English words, minus stopwords."""
    return list(_cached_tokens(text, lang))


@lru_cache(maxsize=8192)
def _cached_tokens(text: str, lang: str) -> tuple[str, ...]:
    if lang == "en":
        return tuple(_en_tokens(text))
    out: list[str] = []
    for raw in jieba().lcut(text):
        token = raw.strip().lower()
        if not token or not any(ch.isalnum() for ch in token) or NUMBER_RE.fullmatch(token):
            continue
        if HAN_RE.match(token):
            if len(token) < 2 or token in ZH_STOPWORDS:
                continue
        elif len(token) < 2 or token in EN_STOPWORDS:
            continue
        out.append(token)
    return tuple(out)
