"""Number extraction across scripts, on snippets taken from the seed articles."""

from __future__ import annotations

import pytest

from service.checks.numbers import describe, extract_numbers, find_numbers, unmatched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed 004 (Traditional) and 002/001 (Simplified)
        ("包括28歲的新任AI主管亞歷山大·王(Alexandr Wang)", {28}),
        ("這一消息令深耕開源領域二十余年的美國學者", {1, 20}),  # 一 of 這一: a soft 1
        ("深耕开源领域二十余年", {20}),
        ("一位在人工智能领域深耕十余年的资深专家", {1, 10}),
        ("Meta宣布對亞歷山大·王的AI初創公司Scale AI進行143億美元的巨額投資", {14_300_000_000}),
        ("一笔 20 亿美元的注资", {1, 2_000_000_000}),
        ("在 5 月拿到一笔 1 亿美元融资之后总估值超过 20 亿", {5, 1, 100_000_000, 2_000_000_000}),
        ("1.2亿美元", {120_000_000}),
        ("3万人", {30_000}),
        ("重点行业客户模型交付周期缩短20%", {20}),
        ("2 月 29 日,洛根在OpenAI的最后一天", {229, 1}),
        ("3 月 1 日,他在X上官宣了这个消息。", {301}),  # a date is one value: month * 100 + day
        ("关于 2024 年在X上", {2024}),
        ("去年 3 月GPT- 4 发布,同时公布的技术报告长达 98 页", {3, 4, 98}),
        ("GPT系列的最后一个开源模型是 2019 年的GPT-2", {1, 2019, 2}),
        ("约2000名AI部门员工", {2000}),
        # English
        ("$120 million", {120_000_000}),
        ("a $2 billion investment in Mistral AI", {2_000_000_000}),
        ("raised $1.5bn and then US$300m", {1_500_000_000, 300_000_000}),
        ("a 70B-parameter model", {70_000_000_000}),
        ("100m sprint, then £5m", {100, 5_000_000}),  # lower-case m is a scale only after a currency sign
        ("1,000 users and 1,234,567 views", {1000, 1_234_567}),
        ("45% of them, or 45 percent", {45}),
        ("the 28-year-old new head of AI", {28}),
        ("On March 1, 2024 he left", {301, 2024}),
        ("his last day, Feb. 29", {229}),
        ("in May he said", {5}),
        ("twenty-eight researchers", {28}),
        ("two billion dollars", {2_000_000_000}),
        ("more than two decades", {2, 20}),
        ("a 98-page report", {98}),
        ("the 1990s and the 21st century", {1990, 21}),
        # Chinese numerals and percentages
        ("百分之四十五", {45}),
        ("百分之45的用户", {45}),
        ("两千零二十四年", {2024}),
        ("二〇二四年三月一日", {2024, 301}),
        ("一千万", {10_000_000}),
        ("三万一", {31_000}),
        ("第三", {3}),
        ("三四天", {3, 4}),
        # full-width digits
        ("２０２４年３月", {2024, 3}),
        ("增长４５％", {45}),
    ],
)
def test_extract_numbers(text: str, expected: set[float]) -> None:
    assert extract_numbers(text) == {float(v) for v in expected}


@pytest.mark.parametrize(
    "text",
    [
        "一些专家",
        "统一",
        "十分重要",
        "万一出现问题",
        "千万不要",
        "一起讨论,一样重要,一直如此",
        "同一天",
        "数十亿美元",  # vague
        "十几年",  # vague
        "百度和万物",  # bare units
        "Kimi K2, o1 and H100 and Ai2",  # digits inside identifiers
        "",
    ],
)
def test_no_numbers(text: str) -> None:
    assert extract_numbers(text) == set()


def test_equivalent_forms_have_equal_values() -> None:
    assert extract_numbers("1.2亿") == extract_numbers("120 million") == extract_numbers("$120M") == {1.2e8}
    assert extract_numbers("3万") == extract_numbers("30 thousand") == extract_numbers("30,000") == {3e4}
    assert extract_numbers("45%") == extract_numbers("百分之四十五") == extract_numbers("45 per cent")
    assert extract_numbers("2024年") == extract_numbers("二〇二四年") == extract_numbers("in 2024")
    assert extract_numbers("March 1") == extract_numbers("3月1日")


def test_percent_and_soft_flags() -> None:
    (pct,) = find_numbers("增长了45%")
    assert pct.value == 45 and pct.percent and not pct.soft
    (one,) = find_numbers("一位开发者评论")
    assert one.value == 1 and one.soft
    (twenty,) = find_numbers("二十余年")
    assert twenty.value == 20 and not twenty.soft
    (month,) = find_numbers("in March")
    assert month.value == 3 and not month.soft  # month names are facts, not filler
    assert extract_numbers("one of the two", include_soft=False) == set()
    # Ordinal words are kept (as ordinals): "third" against 第四 is a conflict.
    assert {m.kind for m in find_numbers("the first two") if not m.soft} == {"ordinal"}


def test_unmatched_tolerates_soft_and_matches_across_scripts() -> None:
    en = find_numbers("Two days before, Microsoft announced a $2 billion investment on February 27.")
    zh = find_numbers("两天前,微软于2月27日宣布注资20亿美元。")
    assert unmatched(en, zh) == [] and unmatched(zh, en) == []
    # A soft "one" with no counterpart is tolerated; a hard number is not.
    lost = unmatched(find_numbers("one of the 37 labs"), find_numbers("其中一家实验室"))
    assert [(m.value, m.text) for m in lost] == [(37, "37")]


def test_describe_shows_surface_forms() -> None:
    assert describe(find_numbers("涨了37%,到2031年")) == '37 ("37%"), 2031'
