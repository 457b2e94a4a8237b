"""Keywords as noun phrases, not single generic words.

zh: jieba part-of-speech tags. Runs of adjacent nouns (and English words, abbreviations, verbal nouns)
give candidate phrases of one to three words; transliterated names joined by "·" stay whole ("洛根·基尔
帕特里克"). A verb may sit in a phrase only when the phrase recurs >= 3 times (a collocation such as
"开放原则", "专家离职"). Score: (occurrences weighted by the TextRank relevance of their sentence) ^ 0.7 x
mean IDF (jieba's table) x a bonus per extra word, for the title and for the lead; section headings
count twice. Lone common two-character nouns (专家, 伦理) are halved, and a stop list drops generic news
words (信中, 问题, AI...). A phrase inside a chosen longer one is dropped; the longer one replaces a
shorter one it contains when it is at least a quarter as frequent (or is a full name).
en: the YAKE idea of candidates between stopwords, scored by sublinear frequency with the same title and
lead bonuses. A lone word survives only as a name or acronym ("OLMo", "Ai2", "RLHF"); a phrase may not
start or end with a generic word ("leaving", "wrong"), except generic head nouns ("open-source AI").
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
_BODY_RELEVANCE = 0.35

_NOUNISH = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "vn", "an", "eng", "j", "b"}
_NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nz", "eng"}
_MAX_WORDS = 3
# Words that say "this is news about AI" and nothing about this article.
_ZH_GENERIC_TEXT = """
    AI 人工智能 信中 问题 事件 消息 方面 情况 领域 行业 人士 记者 报道 文章 时间 今天 近日 日前 内容 方式
    一方面 背景 过程 结果 部分 影响 变化 作用 意义 角色 程度 时候 时期 地方 东西 事情 人们 大家 公司 机构
    知情人士 新闻 资讯 分析 观点 原因 目标 方向 阶段 层面 本身 现实 事实 趋势 话题 信息 热度 质量 影响力
    深度分析 免责声明 分享 声明 研究 项目 工作 发展 技术 模型 数据 平台 产品 用户 团队
"""
_ZH_GENERIC = frozenset(_ZH_GENERIC_TEXT.split())
# Verbs of saying: a phrase ending in one is a reporting clause ("知情人士透露"), not a term.
_ZH_SAYING = frozenset(
    {
        "透露",
        "表示",
        "称",
        "说",
        "指出",
        "认为",
        "报道",
        "介绍",
        "坦言",
        "直言",
        "强调",
        "声称",
        "宣布",
        "回应",
    }
)
_EN_GENERIC_TEXT = """
    ai news analysis people thing things way ways time year years day days today leaving wrong right new old
    good bad big small lot lots part kind sort case point fact work world field story question issue model
    models data system systems company companies industry hype share disclaimer updated ago impact quality hot
"""
_EN_GENERIC = frozenset(_EN_GENERIC_TEXT.split())
# Generic words that are fine as a phrase's head ("open-source AI", "training data") but not alone.
_EN_HEAD_NOUNS = frozenset(
    {"ai", "model", "models", "data", "system", "systems", "work", "field", "industry"}
)


@lru_cache(maxsize=1)
def _posseg() -> Any:
    module = load_jieba()
    analyse = importlib.import_module("jieba.analyse")
    return module.posseg, analyse.default_tfidf.idf_freq, analyse.default_tfidf.median_idf


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
                # jieba cuts a long transliteration in pieces (基尔 / 帕特里克): they are one name.
                while word == "·" and i < len(pairs) and pairs[i][1] in _NAME_TAGS - {"eng"}:
                    run[-1] = (run[-1][0] + pairs[i][0], "nr")
                    i += 1
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
        if has_verb[phrase] and freq < 3:
            continue
        if len(words) == 1 and (len(phrase) < 2 or phrase.lower() in EN_STOPWORDS):
            continue
        if not HAN_RE.search(phrase) and not re.search(r"[A-Z0-9]", phrase[1:] + phrase[:1]):
            continue
        if words[0] in _ZH_GENERIC and len(words) > 1 and words[-1] in _ZH_GENERIC:
            continue
        if len(words) > 1 and words[-1] in _ZH_SAYING:
            continue
        idf = sum(idf_table.get(w, median_idf) for w in words) / len(words)
        bonus = 1.0 + 0.6 * (len(words) - 1) + (1.0 if phrase in title_text else 0.0)
        bonus += 1.0 if phrase in lead else 0.0  # news put the subject in the headline and the lead
        if len(words) == 1 and len(phrase) <= 2 and tags_of[phrase][0] not in _NAME_TAGS:
            bonus *= 0.5  # a lone common two-character noun (专家, 伦理) says little on its own
        # Sublinear in frequency: a topic word repeated 14 times must not bury a term said 3 times.
        scored.append((weight[phrase] ** 0.7 * idf * bonus, phrase))
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
            full_name = "·" in phrase and counts[phrase] >= 2  # 洛根·基尔帕特里克 over 洛根
            if full_name or all(counts[phrase] * 4 >= counts[other] for other in inside):
                chosen = [other for other in chosen if other not in inside]
            else:
                continue
        chosen.append(phrase)
    return chosen


def _contained(short: str, long: str) -> bool:
    return (
        len(long) > len(short)
        and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long, re.IGNORECASE) is not None
    )


_EN_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")


def _name_like(word: str, at_start: bool) -> bool:
    """OLMo, Ai2, RLHF, Allen: capitals or digits beyond a sentence's first letter."""
    return bool(
        re.search(r"[0-9]", word) or re.search(r"[A-Z]", word[1:]) or (word[0].isupper() and not at_start)
    )


def _en_runs(text: str) -> list[list[tuple[str, bool]]]:
    """Runs of content words between stopwords and punctuation, each word with its name-likeness."""
    runs: list[list[tuple[str, bool]]] = []
    for clause in re.split(r"[.,;:!?()\[\]“”\"—–]|\s-\s", text):
        run: list[tuple[str, bool]] = []
        for number, match in enumerate(_EN_PHRASE_WORD.finditer(clause)):
            # "Lambert’s departure" -> "Lambert", "OLMos" -> "OLMo": one name, however it is inflected.
            word = re.sub(r"['’]s$", "", match.group(0))
            if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][a-z]*s", word):
                word = word[:-1]
            at_start = number == 0 and clause is text
            if word.lower().replace("’", "'") in EN_STOPWORDS or word.lower().endswith(("n't", "n’t")):
                if run:
                    runs.append(run)
                run = []
                continue
            run.append((word, _name_like(word, at_start or match.start() == 0)))
            if re.search(r"['’]s$", match.group(0)):  # a possessive ends the phrase: "Lambert’s note"
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def _en_keywords(sentences: list[Sentence], title: str | None) -> list[str]:
    """Frequent phrases of one to three content words (the YAKE idea of candidates between stopwords,
    scored by sublinear frequency). A lone word must be a name or acronym; a phrase may not start or
    end with a generic word; the headline and the lead weigh more."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    names: dict[str, bool] = {}
    for sentence in sentences:
        for run in _en_runs(sentence.text):
            for start in range(len(run)):
                for end in range(start + 1, min(start + _MAX_WORDS, len(run)) + 1):
                    words = [w for w, _ in run[start:end]]
                    key = " ".join(words).lower()
                    counts[key] += 1
                    shown.setdefault(key, " ".join(words))
                    first_seen.setdefault(key, len(first_seen))
                    names[key] = names.get(key, False) or any(name for _, name in run[start:end])
    lead = " ".join(s.text for s in sentences[:2]).lower()
    title_text = (title or "").lower()
    scored: list[tuple[float, str]] = []
    for key, freq in counts.items():
        words = key.split()
        edge_generic = words[-1] in _EN_GENERIC and not (len(words) > 1 and words[-1] in _EN_HEAD_NOUNS)
        # An adverb at either edge ("fully open") makes a description, not a term.
        adverb = words[-1].endswith("ly") or (len(words) > 1 and words[0].endswith("ly") and not names[key])
        if words[0] in _EN_GENERIC or edge_generic or adverb:
            continue
        if len(words) == 1 and (not names[key] or len(key) < 2):
            continue
        if len(words) > 1 and freq < 2 and key not in title_text:
            continue  # a one-off word sequence is a turn of phrase, not a term
        bonus = (1.0 + 0.6 * (len(words) - 1)) * (1.0 + (key in title_text) + (key in lead))
        scored.append((freq**0.7 * bonus * (1.2 if names[key] else 1.0), key))
    scored.sort(key=lambda item: (-round(item[0], 9), first_seen[item[1]]))
    selected: list[str] = []
    for _, key in scored:
        if len(selected) >= KEYWORDS_MAX:
            break
        if any(_contained(key, other.lower()) for other in selected):
            continue
        inside = [other for other in selected if _contained(other.lower(), key)]
        # A full name beats its surname ("Nathan Lambert" over "Lambert") once it recurs.
        full_name = names[key] and counts[key] >= 2
        if inside and not full_name and not all(counts[key] * 2 >= counts[o.lower()] for o in inside):
            continue
        selected = [other for other in selected if other not in inside]
        selected.append(shown[key])
    return selected


def keywords(
    sentences: list[Sentence], lang: str, title: str | None = None, relevance: dict[int, float] | None = None
) -> list[str]:
    """Keywords of the article body: the candidate sentences, plus the short lines between them
    (section headings) - not the lists of other headlines that pages end with."""
    body = [s for s in sentences if s.candidate and not is_noise(s.text, lang)]
    # The body ends with its last sentence of some weight: pages close with lists of other stories.
    weighty = [s.index for s in body if relevance is None or relevance.get(s.index, 0.0) >= _BODY_RELEVANCE]
    last = max(weighty, default=-1)
    first = min((s.index for s in body), default=-1)
    headings = [
        s.text for s in sentences if not s.candidate and first < s.index < last and not is_noise(s.text, lang)
    ]
    found = (
        _zh_keywords(body, title, headings, relevance or {}) if lang == "zh" else _en_keywords(body, title)
    )
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
