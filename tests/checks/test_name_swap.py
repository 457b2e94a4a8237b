"""A person swapped on one side of a field pair for someone else the article names (service/checks/
name_swap.py): the swaps the row-for-row rule cannot see, and the faithful pairs it must leave alone."""

from __future__ import annotations

from service.checks.grounding import entities_grounded
from service.llm.schemas import GroundedEntity
from service.schemas import Grounding, LanguageSummary

SOURCE = (
    "Treasurer Simon Lai said the deal would cost A$1.2 billion. Education Minister Rachel Whitford said "
    "the union had voted for it. Professor Chen Xiaoyan of Yunnan University warned of risks. "
    "财长西蒙·赖表示协议将耗资12亿澳元。教育部长雷切尔·惠特福德说工会已投票支持。云南大学教授陈晓燕提醒风险。"
)
ROWS = [
    GroundedEntity(en="Simon Lai", zh="西蒙·赖", source="Simon Lai", type="person"),
    GroundedEntity(en="Yunnan University", zh="云南大学", source="Yunnan University", type="organization"),
]


def check(en_summary: str, zh_summary: str, rows: list[GroundedEntity] = ROWS):
    en = LanguageSummary(title="Deal costed", one_line="A deal.", summary=en_summary, key_points=["A deal."])
    zh = LanguageSummary(title="协议耗资", one_line="协议。", summary=zh_summary, key_points=["协议。"])
    return entities_grounded(SOURCE, en, zh, Grounding(entities=rows))


def test_a_person_the_table_lacks_in_the_place_of_a_row_on_the_english_side_is_a_swap():
    result = check(
        "Education Minister Rachel Whitford said the deal would cost A$1.2 billion.",
        "财长西蒙·赖表示，协议将耗资12亿澳元。",
    )
    assert not result.passed
    assert result.field == "summary.en.summary"
    assert "Rachel Whitford instead of Simon Lai" in result.detail


def test_another_row_named_more_often_on_the_chinese_side_is_a_swap():
    rows = [
        *ROWS,
        GroundedEntity(en="Rachel Whitford", zh="雷切尔·惠特福德", source="Rachel Whitford", type="person"),
    ]
    result = check(
        "Simon Lai said the deal would cost A$1.2 billion; Rachel Whitford said the union voted for it.",
        "惠特福德表示，协议将耗资12亿澳元；雷切尔·惠特福德说工会已投票支持。",
        rows,
    )
    assert not result.passed
    assert result.field == "summary.zh-Hans.summary"
    assert "instead of 西蒙·赖" in result.detail


def test_a_person_named_on_one_side_only_with_nobody_in_their_place_is_no_swap():
    # A professor named in Chinese and only described in English: an editor's choice, not an error.
    rows = [*ROWS, GroundedEntity(en="Chen Xiaoyan", zh="陈晓燕", source="Chen Xiaoyan", type="person")]
    result = check(
        "Simon Lai put the cost at A$1.2 billion, and a Yunnan University professor warned of risks.",
        "西蒙·赖称协议耗资12亿澳元，云南大学教授陈晓燕提醒风险。",
        rows,
    )
    assert result.passed, result.detail


def test_a_currency_or_a_title_glued_to_a_listed_name_is_nobody():
    rows = [GroundedEntity(en="Dana Whitcombe", zh="达娜·惠特科姆", source="Dana Whitcombe", type="person")]
    en = LanguageSummary(
        title="t",
        one_line="o",
        summary="Dana Whitcombe was jailed; losses were 4,651 ringgit.",
        key_points=["k"],
    )
    zh = LanguageSummary(
        title="t", one_line="o", summary="前首席财务官达娜·惠特科姆被判入狱，损失4651令吉。", key_points=["k"]
    )
    assert entities_grounded(
        "Dana Whitcombe 达娜·惠特科姆 4,651 ringgit", en, zh, Grounding(entities=rows)
    ).passed
    zh_without = zh.model_copy(update={"summary": "前首席财务官被判入狱，损失4651令吉。"})
    assert entities_grounded("Dana Whitcombe 4,651 ringgit", en, zh_without, Grounding(entities=rows)).passed
