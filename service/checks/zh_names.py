"""Names written in Chinese characters (人名 地名 机构名), found with jieba's part-of-speech tags.

jieba tags persons nr/nrfg/nrt, places ns, organisations nt and other proper nouns nz. Its tags are noisy on
single characters (中 as a place in "在app中") and split transliterated names (萨提亚·纳德拉 ->
萨提亚 纳 德拉), so: a name has at least two Han characters, and the pieces of a person's name are merged.
A common-word stop list removes the tags jieba gets wrong most often in news prose.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from typing import Any

from service.checks.script import to_simplified
from service.text.chinese import converter

_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})
_HAN = re.compile(r"[\u3400-\u9fff]")
# Tagged as names by jieba in ordinary news sentences, but common words.
_NOT_NAMES = frozenset(
    """中 国内 国外 海外 全国 全球 世界 各地 当地 本地 市场 政府 公司 集团 银行 中心 东部 西部 南部 北部
    中部 华南 华北 华东 亚洲 欧洲 非洲 美洲 平台 方面 记者 总统 总理 部长 主席 教授 博士 先生 女士
    高达 同比 环比 达到 据悉 表示 认为 指出 强调 介绍 透露 称 说 万元 亿元 美元 港元 日元 欧元
    新台币 人民币 韩元 英镑 令吉 卢比 泰铢 比索 卢布 新元 澳元 加元 兰特
    周一 周二 周三 周四 周五 周六 周日 明日 今日 昨日 年初 年底 年末 上午 下午
    晚间 凌晨 归母 扣非 营收 黄金 白银 石油 钢铁 文化 历史 经济 金融 科技 人工智能 大模型 模型""".split()  # noqa: SIM905 - a word list reads better as text
)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _posseg() -> Any:
    """jieba.posseg, initialised once (loading the dictionary takes about a second)."""
    with _lock:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.ERROR)
        jieba.initialize()
        return jieba.posseg


_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})


@lru_cache(maxsize=2048)
def chinese_names(text: str) -> tuple[str, ...]:
    """Proper names in Chinese characters in `text` (Simplified form), de-duplicated, in order. Pieces of a
    transliterated person's name are merged: across "·" (萨提亚·纳德拉) and a one-character piece with the
    next person piece (纳 + 德拉)."""
    if not text or not _HAN.search(text):
        return ()
    tokens = [(t.word, t.flag) for t in _posseg().cut(to_simplified(text))]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        word, flag = tokens[i]
        if flag not in _NAME_TAGS or word in _NOT_NAMES:
            i += 1
            continue
        name = word
        while i + 1 < len(tokens) and flag in _PERSON_TAGS:
            nxt, nxt_flag = tokens[i + 1]
            if nxt in ("·", "・", "•") and i + 2 < len(tokens) and tokens[i + 2][1] in _PERSON_TAGS:
                name += "·" + tokens[i + 2][0]
                i += 2
            elif nxt_flag in _PERSON_TAGS and (len(word) == 1 or len(nxt) == 1):
                name += nxt
                i += 1
            else:
                break
            word, flag = tokens[i]
        names.append(name)
        i += 1
    return tuple(
        dict.fromkeys(
            n
            for n in names
            if len(_HAN.findall(n)) >= 2 and n not in _NOT_NAMES and not _glued(n) and not _ordinary_words(n)
        )
    )


@lru_cache(maxsize=256)
def chinese_people(text: str) -> tuple[str, ...]:
    """The `chinese_names` jieba tags as a person's, less everyday words it also tags so (顾问, 高峰)."""
    person = {t.word for t in _posseg().cut(to_simplified(text)) if t.flag in _PERSON_TAGS}
    return tuple(
        name
        for name in chinese_names(text)
        if any(name.startswith(word) for word in person)
        and not any(common_word(part, 50) for part in name.split("·") if len(part) >= 2)
    )


def _ordinary_words(name: str) -> bool:
    """A "name" that is two ordinary words, each far more frequent than the name itself: 同比增加 (同比 +
    增加), which jieba's dictionary lists as a person's name, and its HMM glues likewise."""
    dictionary = _posseg().dt
    tag_of, freq = dictionary.word_tag_tab, dictionary.tokenizer.FREQ
    own = freq.get(name) or 0
    for cut in range(2, len(name) - 1):
        left, right = name[:cut], name[cut:]
        if all(
            tag_of.get(part, "x") not in _NAME_TAGS and (freq.get(part) or 0) > max(1000, 100 * own)
            for part in (left, right)
        ):
            return True
    return False


# jieba glues a conjunction or hedge to the word before it and tags the pair a name (委办费和 -> 费和 nr,
# 贵约两成 -> 贵约 ns): a two-character "name" ending in one is that artefact.
_FUNCTION_CHARS = frozenset("和与及约或的了在将为是被把向对等并也都就又而但从")


def _glued(name: str) -> bool:
    if len(name) != 2:
        return False
    # ... or its HMM makes a "place" of a motion verb and its object (入馆, 进场), a word its dictionary lacks
    unknown = name not in _posseg().dt.tokenizer.FREQ
    return name[1] in _FUNCTION_CHARS or (name[0] in _MOTION_CHARS and unknown)


_MOTION_CHARS = frozenset("入出进到返离抵回")


@lru_cache(maxsize=64)
def _simplified_source(source: str) -> str:
    """The source in Simplified form; a Traditional one also in mainland words (OpenCC tw2sp: 奈米 ->
    纳米, 晶片 -> 芯片, 賓士 -> 奔驰), which is how a zh-Hans summary writes its terms and names."""
    simplified = to_simplified(source)
    if simplified == source:
        return simplified
    return f"{simplified}\n{converter('tw2sp').convert(source)}"


# Generic heads a summary adds to a name the article states bare (台积电公司, 林郑政府).
_HEADS = "公司 集团 政府 当局 大学 银行 医院 法院 委员会 交易所 市 省 县 区 州 国 岛 镇 村 港 线 站"
_GENERIC_HEADS = frozenset(f"{_HEADS} 馆 园 厂 中心 机场 学校 工厂".split())


# Descriptions a summary puts before a name the article states: 强台风柯罗莎 (强烈台风「柯罗莎」), 总统拜登.
_DESCRIPTORS = frozenset(
    "台风 强台风 超强台风 强烈台风 飓风 热带风暴 强热带风暴 气旋 总统 总理 首相 部长 主席 市长 董事长".split()  # noqa: SIM905
)


def _composed(name: str, plain: str) -> bool:
    """`name` is pieces the article states, each of two characters or more, or a generic head:
    香港立法会 from 香港 and 立法会, 台积电公司 from 台积电."""
    reachable = [True] + [False] * len(name)
    for end in range(2, len(name) + 1):
        for start in range(end - 1):
            if not reachable[start]:
                continue
            piece = name[start:end]
            if piece in plain or (start and piece in _GENERIC_HEADS) or (not start and piece in _DESCRIPTORS):
                reachable[end] = True
                break
        if not reachable[end] and reachable[end - 1] and end > 1 and name[end - 1 : end] in _GENERIC_HEADS:
            reachable[end] = True
    return reachable[-1]


def _abbreviates(name: str, plain: str) -> bool:
    """A short name abbreviating one the article states in full: 台电 for 台湾电力公司, 中钢 for 中国钢铁
    (its characters in order within one run of Han text at most three times its length, starting with its
    first character)."""
    if not 2 <= len(name) <= 3:
        return False
    gap = f"[\u3400-\u9fff]{{0,{2 * len(name)}}}?"
    pattern = re.compile(re.escape(name[0]) + "".join(gap + re.escape(ch) for ch in name[1:]))
    return any(len(m.group(0)) <= 3 * len(name) for m in pattern.finditer(plain))


def missing_chinese_names(names: tuple[str, ...], source: str) -> list[str]:
    """Names not stated in the source (compared in Simplified form; "·" and spaces ignored), nor composed
    of names it states, nor an abbreviation of one."""
    plain = _simplified_source(source).replace("·", "").replace(" ", "")
    missing = []
    for name in names:
        bare = name.replace("·", "")
        if bare in plain or _composed(bare, plain) or _abbreviates(bare, plain):
            continue
        missing.append(name)
    return missing


def common_word(word: str, threshold: int = 1000) -> bool:
    """An everyday word (jieba's dictionary frequency above `threshold`: 全球, 领先, 购买), no evidence of
    where a text came from."""
    _posseg()
    import jieba

    return jieba.dt.FREQ.get(word, 0) > threshold


def segment(text: str) -> list[str]:
    """jieba's words of `text` (Simplified), for the checks that compare Chinese wording."""
    return [token.word for token in _posseg().cut(to_simplified(text))] if text else []


@lru_cache(maxsize=4096)
def word_starts(text: str) -> frozenset[int]:
    """Offsets where jieba's dictionary words of `text` begin (no HMM guessing): 非工会员工 has words at 0
    and 3 (非工会, 员工), so 会员 at 2 is no word of it."""
    _posseg()
    import jieba

    starts, offset = set(), 0
    for word in jieba.lcut(text, HMM=False):
        starts.add(offset)
        offset += len(word)
    return frozenset(starts)
