"""Keywords as noun phrases, not single generic words.

zh: jieba part-of-speech tags; runs of adjacent nouns (and English words, abbreviations, verbal nouns)
are candidate phrases of one to three words, transliterated names joined by "·" stay whole ("洛根·基尔
帕特里克"). A verb may sit inside a phrase only when the phrase recurs (a collocation such as "开放原则",
"专家离职"). Scores: frequency x mean IDF (jieba's table) x a bonus per extra word and for appearing in
the title. A short phrase inside a chosen longer one is dropped, and the longer phrase replaces a
shorter one it contains when it is at least half as frequent.
en: YAKE (up to trigrams); a single word survives only as a name or acronym (capitals or digits:
"OLMo", "Ai2") and never from the generic list.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from service.engines.extractive._text import (
    EN_STOPWORDS,
    HAN_RE,
    NUMBER_RE,
    ZH_STOPWORDS,
    is_noise,
    terminate,
    tokens,
)
from service.engines.extractive._text import jieba as load_jieba
from service.engines.extractive.sentences import Sentence

KEYWORDS_MIN, KEYWORDS_MAX = 5, 8

_NOUNISH = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "vn", "an", "eng", "j", "b"}
_NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nz", "eng"}
_MAX_WORDS = 3
# Terms jieba's dictionary splits ("预印本" -> 预 / 印本); added once as nouns.
_TERMS = ("预印本", "大模型", "开源模型", "闭源", "算力", "通用人工智能", "基准测试", "开源生态", "权重")
# Words that say "this is news about AI" and nothing about this article.
_ZH_GENERIC_TEXT = """
    AI 人工智能 信中 问题 事件 消息 方面 情况 领域 行业 人士 记者 报道 文章 时间 今天 近日 日前 内容 方式
    一方面 背景 过程 结果 部分 影响 变化 作用 意义 角色 程度 时候 时期 地方 东西 事情 人们 大家 公司 机构
    知情人士 新闻 资讯 分析 观点 原因 目标 方向 阶段 层面 本身 现实 事实 趋势 话题 信息 热度 质量 影响力
    深度分析 免责声明 分享 声明 研究 项目 工作 发展 技术 模型 数据 平台 产品 用户 团队
"""
_ZH_GENERIC = frozenset(_ZH_GENERIC_TEXT.split())
_EN_GENERIC_TEXT = """
    ai news analysis people thing things way ways time year years day days today leaving wrong right new old
    good bad big small lot lots part kind sort case point fact work world field story question issue model
    models data system systems company companies industry hype share disclaimer updated ago impact quality hot
"""
_EN_GENERIC = frozenset(_EN_GENERIC_TEXT.split())


@lru_cache(maxsize=1)
def _posseg() -> Any:
    module = load_jieba()
    for term in _TERMS:
        module.add_word(term, tag="n")
    analyse = importlib.import_module("jieba.analyse")
    return module.posseg, analyse.default_tfidf.idf_freq, analyse.default_tfidf.median_idf


@lru_cache(maxsize=1)
def _yake() -> Any:
    import yake

    return yake.KeywordExtractor(lan="en", n=3, top=40)


def _zh_runs(text: str) -> list[list[tuple[str, str]]]:
    """Runs of adjacent phrase-capable words, with their tags (names joined by '·' merged)."""
    posseg, _, _ = _posseg()
    runs: list[list[tuple[str, str]]] = []
    run: list[tuple[str, str]] = []
    pairs = [(w.word, w.flag) for w in posseg.cut(text)]
    i = 0
    while i < len(pairs):
        word, flag = pairs[i]
        if word in ("·", " ") and run and run[-1][1] in _NAME_TAGS and i + 1 < len(pairs):
            nxt = pairs[i + 1]
            if word == "·" or (run[-1][1] == nxt[1] == "eng"):  # 洛根·基尔帕特里克, Nathan Lambert
                run[-1] = (run[-1][0] + word + nxt[0], "eng" if word == " " else "nr")
                i += 2
                continue
        usable = word.strip() and not NUMBER_RE.fullmatch(word) and word not in ZH_STOPWORDS
        if usable and (flag in _NOUNISH or (flag == "v" and len(word) >= 2)):
            run.append((word, flag))
        else:
            if run:
                runs.append(run)
            run = []
        i += 1
    if run:
        runs.append(run)
    return runs


def _zh_keywords(
    sentences: list[Sentence], title: str | None, headings: list[str], relevance: dict[int, float]
) -> list[str]:
    _, idf_table, median_idf = _posseg()
    counts: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    lead = " ".join(s.text for s in sentences[:2])
    in_body: set[str] = set()
    tags_of: dict[str, list[str]] = {}
    words_of: dict[str, list[str]] = {}
    has_verb: dict[str, bool] = {}
    # The title and the section headings name the subject: their phrases count twice.
    body = [terminate(s.text, "zh") for s in sentences]
    texts = body + 2 * ([title] if title else []) + 2 * headings
    for number, text in enumerate(texts):
        # An occurrence in a sentence the ranking found central counts more than one in a side remark
        # or in a list of other stories (seed 004 ends with headlines about someone else).
        share = 0.3 + relevance.get(sentences[number].index, 0.0) if number < len(body) else 1.0
        for run in _zh_runs(text):
            for start in range(len(run)):
                for end in range(start + 1, min(start + _MAX_WORDS, len(run)) + 1):
                    span = run[start:end]
                    if span[0][1] == "v" and end - start == 1:
                        continue
                    phrase = "".join(w for w, _ in span)
                    counts[phrase] += 1
                    weight[phrase] += share
                    if number < len(body):
                        in_body.add(phrase)
                    words_of[phrase] = [w for w, _ in span]
                    tags_of[phrase] = [f for _, f in span]
                    has_verb[phrase] = any(f == "v" for _, f in span)
    title_text = title or ""
    scored: list[tuple[float, str]] = []
    for phrase, freq in counts.items():
        words = words_of[phrase]
        if phrase not in in_body or phrase in _ZH_GENERIC or len(phrase) < 2:
            continue
        if has_verb[phrase] and freq < 2:
            continue
        if len(words) == 1 and (len(phrase) < 2 or phrase.lower() in EN_STOPWORDS):
            continue
        if not HAN_RE.search(phrase) and not re.search(r"[A-Z0-9]", phrase[1:] + phrase[:1]):
            continue
        if words[0] in _ZH_GENERIC and len(words) > 1 and words[-1] in _ZH_GENERIC:
            continue
        idf = sum(idf_table.get(w, median_idf) for w in words) / len(words)
        bonus = 1.0 + 0.6 * (len(words) - 1) + (0.5 if phrase in title_text else 0.0)
        bonus += 0.5 if phrase in lead else 0.0  # news put the subject in the first sentences
        if len(words) == 1 and len(phrase) <= 2 and tags_of[phrase][0] not in _NAME_TAGS:
            bonus *= 0.5  # a lone common two-character noun (专家, 伦理) says little on its own
        scored.append((weight[phrase] * idf * bonus, phrase))
    scored.sort(key=lambda item: (-round(item[0], 9), item[1]))
    return _choose(scored, counts)


def _choose(scored: list[tuple[float, str]], counts: Counter[str]) -> list[str]:
    chosen: list[str] = []
    for _, phrase in scored:
        if len(chosen) >= KEYWORDS_MAX:
            break
        if any(phrase in other for other in chosen):
            continue
        inside = [other for other in chosen if other in phrase]
        if inside:
            if all(counts[phrase] * 4 >= counts[other] for other in inside):
                chosen = [other for other in chosen if other not in inside]
            else:
                continue
        chosen.append(phrase)
    return chosen


def _usable_en(keyword: str) -> bool:
    words = keyword.split()
    if not words or NUMBER_RE.fullmatch(keyword):
        return False
    # YAKE splits contractions: drop fragments such as "n’t" and all-stopword phrases.
    if any(word[0] in "'’" or word.lower() in ("n't", "n’t") for word in words):
        return False
    if words[0].lower() in EN_STOPWORDS or words[-1].lower() in EN_STOPWORDS:
        return False
    if all(word.lower() in _EN_GENERIC or word.lower() in EN_STOPWORDS for word in words):
        return False
    if len(words) == 1:
        # A lone word is a keyword only as a name or acronym: "OLMo", "Ai2", "Meta".
        return bool(re.search(r"[A-Z0-9]", keyword)) and keyword.lower() not in _EN_GENERIC
    return True


def _contained(short: str, long: str) -> bool:
    return (
        len(long) > len(short)
        and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long, re.IGNORECASE) is not None
    )


def _en_keywords(sentences: list[Sentence]) -> list[str]:
    text = "\n".join(terminate(s.text, "en") for s in sentences)
    scored = sorted(_yake().extract_keywords(text), key=lambda kv: float(kv[1]))
    selected: list[str] = []
    seen: set[str] = set()
    for keyword, _ in scored:
        keyword = keyword.strip()
        if len(selected) >= KEYWORDS_MAX or not _usable_en(keyword) or keyword.lower() in seen:
            continue
        seen.add(keyword.lower())
        if any(_contained(keyword, other) for other in selected):
            continue
        selected = [other for other in selected if not _contained(other, keyword)]
        selected.append(keyword)
    return selected


def keywords(
    sentences: list[Sentence], lang: str, title: str | None = None, relevance: dict[int, float] | None = None
) -> list[str]:
    """Keywords of the article body: the candidate sentences, plus the short lines between them
    (section headings) - not the lists of other headlines that pages end with."""
    body = [s for s in sentences if s.candidate and not is_noise(s.text, lang)]
    last = max((s.index for s in body), default=-1)
    first = min((s.index for s in body), default=-1)
    headings = [
        s.text for s in sentences if not s.candidate and first < s.index < last and not is_noise(s.text, lang)
    ]
    found = _zh_keywords(body, title, headings, relevance or {}) if lang == "zh" else _en_keywords(body)
    if len(found) < KEYWORDS_MIN:
        # Very short input: back-fill with the most frequent content words.
        counts = Counter(token for s in body for token in s.tokens)
        for token, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(found) >= KEYWORDS_MIN:
                break
            if not any(token.lower() in other.lower() for other in found):
                found.append(token)
    return found


__all__ = ["KEYWORDS_MAX", "KEYWORDS_MIN", "keywords", "tokens"]
