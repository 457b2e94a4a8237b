"""Sentence selection that reads like an editor's pick: a recap that restates the article is damped, a
"；而……" continuation and a quotation stay with their sentence, key points stand on their own, and the
gist is never a bare subject."""

from __future__ import annotations

import re

import pytest

from service.engines.extractive import summarize_extractive
from service.engines.extractive.compose import balanced, compress
from service.engines.extractive.rank import RECAP_NOVELTY, novelty, rank
from service.engines.extractive.sentences import sentences
from service.pipeline import prepare_source
from service.schemas import SummaryRequest
from tests.conftest import offline_settings, seed
from tests.engines.test_extractive import CASES, LENGTHS, run

# A news story whose last paragraph restates every point made before it.
RECAP_ARTICLE = [
    "港口罢工进入第三天",
    "本周一，鹿特丹港的码头工人开始罢工，要求把夜班津贴提高百分之十五。",
    "港口管理局表示，已有四十艘集装箱船在锚地等待靠泊，部分航运公司开始改道安特卫普。",
    "工会负责人说，谈判将于周四恢复，但在夜班津贴问题上不会让步。",
    "一些进口商担心，如果罢工持续到下周，超市的冷链货物将出现短缺。",
    "总之，码头工人罢工、夜班津贴、集装箱船等待靠泊、航运公司改道安特卫普、谈判恢复和冷链货物短缺，"
    "构成了鹿特丹港罢工的全貌。",
]


def test_a_recap_has_little_novelty_and_is_damped():
    found = [s for s in sentences(RECAP_ARTICLE, "zh") if s.candidate]
    values = novelty(found)
    assert values[0] == 1.0  # nothing comes before the lead
    assert values[-1] < RECAP_NOVELTY  # the recap says nothing new
    assert all(v >= RECAP_NOVELTY for v in values[:-1])
    ranking = rank(found, "zh", RECAP_ARTICLE[0])
    assert ranking.ranked()[0] is not found[-1]


def test_a_recap_does_not_become_the_gist():
    out = summarize_extractive(RECAP_ARTICLE, language="zh", length="short").summary
    assert "全貌" not in out.one_line
    assert "全貌" not in out.summary


def test_seed_002_summary_keeps_the_lead_and_leaves_the_conclusion_out():
    # Seed 002 without its author's abstract (the benchmark's case): the conclusion restates sections
    # 1.1 and 2.2, the reference abstract restates the lead paragraph.
    text = seed("002")
    start, end = text.index("> ### 摘要"), text.index("## 一、")
    source = prepare_source(SummaryRequest(text=text[:start] + text[end:]), offline_settings())
    out = summarize_extractive(source.normalized.simplified_paragraphs, language="zh").summary
    assert out.summary.startswith("近日，一位在人工智能领域深耕十余年的资深专家")
    assert "形成鲜明对照" not in out.summary and "形成鲜明对照" not in out.one_line


def test_a_continuation_clause_stays_with_its_sentence():
    paragraph = (
        "该专家始终将基础研究透明性置于核心位置；而实验室近年战略则明显转向闭源商用路径。"
        "数据共享机制亦从默认开放滑向逐项审批。"
    )
    texts = [s.text for s in sentences([paragraph], "zh")]
    assert texts == [
        "该专家始终将基础研究透明性置于核心位置；而实验室近年战略则明显转向闭源商用路径。",
        "数据共享机制亦从默认开放滑向逐项审批。",
    ]
    # Parallel clauses without a connective stay apart: each says something of its own.
    parallel = "在算力上，专家主张向公共基准倾斜；在论文发表上，其坚持预印本同步发布。"
    assert len(sentences([parallel], "zh")) == 2


def test_a_quotation_of_several_sentences_stays_whole():
    paragraph = "他直言，“如此一来，美国基本退出了竞争。欧洲尚存一个竞争者。”莫里克是沃顿商学院的副教授。"
    texts = [s.text for s in sentences([paragraph], "zh")]
    assert texts == [
        "他直言，“如此一来，美国基本退出了竞争。欧洲尚存一个竞争者。”",
        "莫里克是沃顿商学院的副教授。",
    ]
    english = "He said: “We are done. Nobody else is coming.” The vote is on Friday."
    assert len(sentences([english], "en")) == 2
    # An opening quote that never closes does not swallow the paragraph.
    assert len(sentences(["他说：“我们走了。之后再谈。"], "zh")) == 2


def test_the_gist_is_never_a_bare_subject():
    sentence = (
        "专家坚持的算力向公共基准测试倾斜、预印本同步发布、方法论全量披露、数据默认开放等实践，"
        "与其所在实验室转向闭源商用路径、收紧投稿审核的现实形成鲜明对照。"
    )
    assert not compress(sentence, "zh").endswith("等实践。")


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize(("seed", "language"), CASES)
def test_key_points_stand_on_their_own(seed, language, length):
    out = run(seed, language, length).summary
    for point in out.key_points:
        assert point.endswith(("。", ".", "！", "？", "!", "?", "”", '"', "’", "）", ")")), point
        assert not point.endswith(("；", ";")), point
        assert balanced(point), point
        assert not re.match(r"^(?:另一边|另一方面|值得注意的是|此外|Still|However|Instead),", point), point
    assert balanced(out.one_line), out.one_line


@pytest.mark.parametrize(("seed", "language"), CASES)
def test_the_summary_never_ends_on_a_semicolon(seed, language):
    for length in LENGTHS:
        assert not run(seed, language, length).summary.summary.endswith(("；", ";"))


def test_keywords_are_terms_not_reporting_clauses_or_descriptions():
    assert not any(k.endswith(("透露", "表示")) for k in run("004", "zh").keywords)
    assert not any(re.match(r"^[a-z]+ly\s", k) for k in run("000", "en").keywords)
