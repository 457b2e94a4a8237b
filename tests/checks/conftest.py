"""Fixtures for the output checks: real seed articles and a faithful bilingual summary of seed 001.

Test modules get everything through fixtures (no `from conftest import`, which breaks as soon as another
test directory has a conftest.py of its own)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import opencc
import pytest

from service.schemas import LanguageSummary, TranslationPair

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def read_seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# A summary of seed 001 (Simplified Chinese: Logan Kilpatrick leaves OpenAI), written from its facts only.
EN_001 = LanguageSummary(
    title="Logan Kilpatrick, the man who explained OpenAI, leaves the company",
    one_line=(
        "Logan Kilpatrick, OpenAI's head of developer relations, announced his departure on March 1 amid "
        "debate over how open OpenAI still is."
    ),
    summary=(
        "Logan Kilpatrick, OpenAI's head of developer relations and one of its most visible voices on X, "
        "announced on March 1 that he had left the company, following Allie K. Miller, who left in "
        "February. His last day, February 29, was the day Musk sued OpenAI in San Francisco, claiming it "
        "had become a closed-source subsidiary of Microsoft. After leaving, he wrote that open-source AI "
        "would be a pure win for developers, businesses and humanity, then said this was not a dig at any "
        "company. Before OpenAI he led machine learning at Path AI, advised NASA's TOPS programme and, "
        "from 2020, was a lead developer of the Julia language. OpenAI has not disclosed the details of "
        "GPT-4, and its last open-source model was GPT-2 in 2019."
    ),
    key_points=[
        "Logan Kilpatrick, OpenAI's head of developer relations, announced his departure on X on March 1.",
        "His last day, February 29, coincided with Musk's lawsuit claiming OpenAI had become a "
        "closed-source subsidiary of Microsoft.",
        "Two days before the lawsuit, Microsoft announced a $2 billion investment in Mistral AI, which "
        "then turned to closed source.",
        "OpenAI's last open-source model was GPT-2 in 2019, and the 98-page GPT-4 technical report left "
        "out key details.",
    ],
)
ZH_001 = LanguageSummary(
    title="为OpenAI解释一切的洛根·基尔帕特里克离开了OpenAI",
    one_line="OpenAI开发者关系负责人洛根·基尔帕特里克于3月1日宣布离职,外界再次讨论OpenAI是否足够开放。",
    summary=(
        "OpenAI开发者关系负责人洛根·基尔帕特里克(Logan Kilpatrick)是外界了解OpenAI的重要窗口,"
        "他于3月1日在X上宣布离职,此前Allie K. Miller已于2月离开。他在OpenAI的最后一天是2月29日,"
        "同一天马斯克在旧金山起诉OpenAI,称其已成为微软的闭源子公司。离职后他发文称,开源AI对开发者、"
        "商业以及全人类都是纯粹的胜利,随后又解释这并非针对任何公司。加入OpenAI之前,他在Path AI领导机器学习,"
        "担任NASA的TOPS计划顾问,并从2020年起担任Julia语言的首席开发者。OpenAI没有公开GPT-4的具体细节,"
        "其最后一个开源模型是2019年的GPT-2。"
    ),
    key_points=[
        "OpenAI开发者关系负责人洛根·基尔帕特里克于3月1日在X上宣布离职。",
        "他在OpenAI的最后一天是2月29日,恰逢马斯克起诉OpenAI已成为微软的闭源子公司。",
        "诉讼两天前,微软宣布向Mistral AI注资20亿美元,后者随即转向闭源。",
        "OpenAI最后一个开源模型是2019年的GPT-2,长达98页的GPT-4技术报告也没有披露关键细节。",
    ],
)
KEYWORDS_001 = {
    "en": ["OpenAI", "Logan Kilpatrick", "developer relations", "open source", "Musk lawsuit"],
    "zh-Hans": ["OpenAI", "洛根·基尔帕特里克", "开发者关系", "开源", "马斯克诉讼"],
}
DISCLAIMER = {
    "en": "This summary is AI-generated and may contain errors; check the original article.",
    "zh-Hans": "本摘要由AI生成,可能有误,请以原文为准。",
    "zh-Hant": "本摘要由AI生成,可能有誤,請以原文為準。",
    "zh-Hant-TW": "本摘要由AI生成,可能有誤,請以原文為準。",
    "zh-Hant-HK": "本摘要由AI生成,可能有誤,請以原文為準。",
}


def derive(zh: LanguageSummary, config: str) -> LanguageSummary:
    """A zh-Hant* locale the way the service derives it: OpenCC over every zh-Hans field."""
    converter = opencc.OpenCC(config)
    return LanguageSummary(
        title=converter.convert(zh.title),
        one_line=converter.convert(zh.one_line),
        summary=converter.convert(zh.summary),
        key_points=[converter.convert(point) for point in zh.key_points],
    )


# Three paragraphs of seed 001 and a faithful English translation.
PAIRS_001 = [
    TranslationPair(
        source="Allie K. Miller(AK)之后,洛根·基尔帕特里克——这位OpenAI内部的开发者关系负责人也离开了OpenAI。",
        target="After Allie K. Miller (AK), Logan Kilpatrick, OpenAI's head of developer relations, has also "
        "left OpenAI.",
    ),
    TranslationPair(
        source="3 月 1 日,他在X上官宣了这个消息。",
        target="On March 1, he announced the news on X.",
    ),
    TranslationPair(
        source=(
            "HyperWrite(一款基于GPT API开发的写作工具)最近列了一个榜单,关于 2024 年在X上,"
            "AI的关心者应该关注的账号。前三甲中“谦虚”的把自己的CEO 马特·舒默(Matt Shumer)排在第二位,"
            "洛根排在第三。"
        ),
        target=(
            "HyperWrite (a writing tool built on the GPT API) recently published a list of the accounts on "
            "X that people interested in AI should follow in 2024. Among the top three, it “modestly” "
            "ranked its own CEO, Matt Shumer, second, and Logan third."
        ),
    ),
]


@pytest.fixture(scope="session")
def source_001() -> str:
    return read_seed("001")


@pytest.fixture
def summary_001() -> dict[str, LanguageSummary | None]:
    return {
        "en": EN_001.model_copy(deep=True),
        "zh-Hans": ZH_001.model_copy(deep=True),
        "zh-Hant": derive(ZH_001, "s2t"),
        "zh-Hant-TW": derive(ZH_001, "s2twp"),
        "zh-Hant-HK": derive(ZH_001, "s2hk"),
    }


@pytest.fixture
def keywords_001() -> dict[str, list[str]]:
    return {lang: list(words) for lang, words in KEYWORDS_001.items()}


@pytest.fixture
def disclaimer() -> dict[str, str]:
    return dict(DISCLAIMER)


@pytest.fixture
def pairs_001() -> list[TranslationPair]:
    return [pair.model_copy() for pair in PAIRS_001]


@pytest.fixture(scope="session")
def seed() -> Callable[[str], str]:
    """seed("003") -> the text of seeds/003_*.txt."""
    return read_seed


@pytest.fixture(scope="session")
def derived() -> Callable[[LanguageSummary, str], LanguageSummary]:
    """derived(zh_hans_summary, "s2hk") -> the zh-Hant* locale as the service derives it."""
    return derive
