"""House style of Chinese fields: what each rule finds, what its fix writes, and that a fix never changes
a number, a name or a word (asserted on every fixed text)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from service.checks.house_style import (
    FINDERS,
    OFF,
    HouseStyle,
    check_fields,
    chinese_scale,
    fix_text,
    number_values,
)
from service.finalize import convert_summary, finish_summary
from service.schemas import LanguageSummary

FIX_ALL = HouseStyle(punctuation="fix", spacing="fix", dates="fix", numbers="fix")


def only(rule: str, mode: str = "fix", **extra) -> HouseStyle:
    return HouseStyle(
        **{**{r: "off" for r in ("punctuation", "spacing", "dates", "numbers")}, rule: mode, **extra}
    )


def letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha() and c not in "年月日万亿"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("你好,世界", "你好，世界"),
        ("他说:我们会赢;真的?当然!", "他说：我们会赢；真的？当然！"),
        ("增长了3.5%.", "增长了3.5%."),  # '.' after a digit is not known to end a Chinese sentence
        ("公司宣布.随后", "公司宣布。随后"),
        ("人工智能(AI)领域", "人工智能（AI）领域"),
        ("苹果公司 (Apple) 发布", "苹果公司（Apple）发布"),
        ("他说, 然后离开", "他说，然后离开"),
        ("会议10:30开始", "会议10:30开始"),  # a time
        ("约1,000人", "约1,000人"),  # thousands separator
        ("引用 Hello, world. 原文", "引用 Hello, world. 原文"),  # a Latin run keeps its punctuation
        ("GPT-4(o)模型", "GPT-4(o)模型"),  # parentheses inside a Latin name
        ("见https://example.com/a?b=1,c=2获取", "见https://example.com/a?b=1,c=2获取"),
        ("见https://example.com/a, 然后", "见https://example.com/a，然后"),  # the URL ends before ','
        ("联系 a.b@example.com,谢谢", "联系 a.b@example.com，谢谢"),
        ("等等...然后", "等等...然后"),  # an ellipsis is not three full stops
    ],
)
def test_punctuation_fix(before, after):
    fixed = fix_text(before, only("punctuation"))
    assert fixed.text == after
    assert number_values(fixed.text) == number_values(before)
    assert letters(fixed.text) == letters(before)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("于2026-12-02发布", "于2026年12月2日发布"),
        ("于2026/12/2发布", "于2026年12月2日发布"),
        ("于2026.3.15发布", "于2026年3月15日发布"),
        ("版本2026-13-45", "版本2026-13-45"),  # not a date
        ("时间2026-12-02T10:30", "时间2026-12-02T10:30"),  # a timestamp
        ("见https://x.org/2026/12/02/a", "见https://x.org/2026/12/02/a"),
    ],
)
def test_date_fix(before, after):
    fixed = fix_text(before, only("dates"))
    assert fixed.text == after
    # the year, month and day are the same numbers, in the same order, read with the same values
    assert [int(n) for n in re.findall(r"\d+", fixed.text)] == [int(n) for n in re.findall(r"\d+", before)]
    assert number_values(fixed.text) == number_values(before)


def test_day_month_order_unknown_is_reported_not_fixed():
    fixed = fix_text("于12/2/2026发布", only("dates"))
    assert fixed.text == "于12/2/2026发布"
    (result,) = check_fields([("summary.zh-Hans.summary", fixed.text)], only("dates", "warn"))
    assert not result.passed and result.severity == "warning"
    assert "12/2/2026" in result.detail and "not fixed" in result.detail


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("共12,000,000人", "共1200万人"),
        ("预算150,000,000美元", "预算1.5亿美元"),
        ("约50,000名用户", "约5万名用户"),
        ("共12000000人", "共1200万人"),  # digits with a Chinese unit after them
        ("耗资$12,000,000", "耗资$12,000,000"),  # money with a symbol: the symbol would have to move
        ("电话13800138000联系", "电话13800138000联系"),  # phone-like: too long a bare digit run
        ("编号123456", "编号123456"),  # an id: no unit after it
        ("共12,345,678人", "共12,345,678人"),  # an exact count: 1234.5678万 would read worse
        ("共9,999人", "共9,999人"),  # under 10,000
        ("距离12,000 km", "距离12,000 km"),  # a Latin unit
        ("收入1,200万元", "收入1,200万元"),  # already scaled
        ("2026年", "2026年"),  # a year
    ],
)
def test_large_number_fix(before, after):
    fixed = fix_text(before, only("numbers"))
    assert fixed.text == after
    assert number_values(fixed.text) == number_values(before)  # the same number mentions, same values


def test_chinese_scale():
    assert chinese_scale(Decimal(1_200_000_000_000)) == "1.2万亿"
    assert chinese_scale(Decimal(123_456)) is None


@pytest.mark.parametrize(
    ("mode", "before", "after"),
    [
        ("space", "发布iPhone 16手机", "发布 iPhone 16 手机"),
        ("space", "于2026年12月2日发布", "于 2026年12月2日发布"),  # digits stay attached to 年月日
        ("space", "约1200万人", "约 1200万人"),
        ("space", "增长3.5%", "增长 3.5%"),
        ("none", "发布 iPhone 16 手机", "发布iPhone 16手机"),
        ("none", "于 2026年 发布", "于2026年 发布"),
    ],
)
def test_spacing_fix(mode, before, after):
    fixed = fix_text(before, only("spacing", spacing_mode=mode))
    assert fixed.text == after
    assert fixed.text.replace(" ", "") == before.replace(" ", "")  # only spaces change


def test_all_rules_together_keep_every_number_and_word():
    text = "据报道,公司于2026-12-02宣布(AI)计划,投资150,000,000美元,约12,000,000人受益.详见https://x.org/a"
    fixed = fix_text(text, FIX_ALL)
    assert fixed.text == (
        "据报道，公司于 2026年12月2日宣布（AI）计划，投资 1.5亿美元，约 1200万人受益。详见 https://x.org/a"
    )
    assert set(fixed.applied) == {"punctuation", "dates", "numbers", "spacing"}
    assert letters(fixed.text) == letters(text)
    # every number is read with the same value before and after (the date as 2026 and 12-02)
    assert number_values(fixed.text) == number_values(text)
    assert {150_000_000.0, 12_000_000.0, 2026.0, 1202.0} <= set(number_values(fixed.text))
    assert fix_text(fixed.text, FIX_ALL).applied == {}  # idempotent


def test_warn_reports_field_and_detail_and_fix_reports_what_changed():
    style = HouseStyle(punctuation="warn", dates="warn", numbers="warn")
    results = {
        r.name: r
        for r in check_fields([("summary.zh-Hans.one_line", "于2026-12-02发布,共12,000,000人")], style)
    }
    assert set(results) == {"style_punctuation", "style_dates", "style_large_numbers"}
    for result in results.values():
        assert not result.passed and result.severity == "warning"
        assert result.field == "summary.zh-Hans.one_line"
    assert "'2026-12-02' -> '2026年12月2日'" in results["style_dates"].detail
    assert "'12,000,000' -> '1200万'" in results["style_large_numbers"].detail
    assert FINDERS["spacing"]("发布iPhone", style) and "style_spacing" not in results  # spacing is off


def test_finish_summary_fixes_zh_hans_before_deriving_zh_hant_and_checks_pass():
    en = LanguageSummary(
        title="Launch", one_line="Launched on Dec 2, 2026.", summary="12 million users.", key_points=["Users"]
    )
    zh = LanguageSummary(
        title="发布",
        one_line="于2026-12-02发布.",
        summary="约12,000,000名用户,增长迅速.",
        key_points=["用户(全球)"],
    )
    style = HouseStyle(punctuation="fix", dates="fix", numbers="fix")
    finished = finish_summary(
        source="Launched on Dec 2, 2026 with 12 million users.",
        mojibake=[],
        summary={"en": en, "zh-Hans": zh},
        keywords={"en": [], "zh-Hans": []},
        targets=["en", "zh-Hans", "zh-Hant"],
        derive=["zh-Hant"],
        notice_kind="llm",
        length="medium",
        warning_checks=[],
        house_style=style,
    )
    hans, hant = finished.summary["zh-Hans"], finished.summary["zh-Hant"]
    assert hans.one_line == "于2026年12月2日发布。"
    assert hans.summary == "约1200万名用户，增长迅速。"
    assert hans.key_points == ["用户（全球）"]
    assert hant.summary == "約1200萬名用戶，增長迅速。"  # derived from the fixed text
    style_results = {c.name: c for c in finished.checks if c.name.startswith("style_")}
    assert all(c.passed and c.severity == "warning" for c in style_results.values())
    assert style_results["style_dates"].detail.startswith("fixed 1: summary.zh-Hans.one_line")
    assert number_values(hans.summary) == number_values(zh.summary)


def test_off_adds_no_checks_and_changes_nothing():
    assert fix_text("于2026-12-02发布,共12,000,000人", OFF).text == "于2026-12-02发布,共12,000,000人"
    assert check_fields([("f", "于2026-12-02发布")], OFF) == []


@pytest.mark.parametrize("source_date", ["2026-12-02", "December 2, 2026"])
def test_a_fixed_date_still_passes_the_number_checks_against_the_source(source_date):
    """The numbers checks read 2026-12-02 as 2026 and 12-02, like 2026年12月2日 and December 2, 2026: the
    date fix never turns a clean draft into one that needs review."""
    en = LanguageSummary(
        title="Launch", one_line="Launch.", summary=f"It launched on {source_date}.", key_points=["A"]
    )
    zh = LanguageSummary(title="发布", one_line="发布。", summary="于2026-12-02发布。", key_points=["甲"])
    finished = finish_summary(
        source=f"The product launched on {source_date}.",
        mojibake=[],
        summary={"en": en, "zh-Hans": zh},
        keywords={"en": [], "zh-Hans": []},
        targets=["en", "zh-Hans"],
        derive=[],
        notice_kind="llm",
        length="medium",
        warning_checks=[],
        house_style=only("dates"),
    )
    assert finished.summary["zh-Hans"].summary == "于2026年12月2日发布。"
    numbers = {c.name: c for c in finished.checks if c.name.startswith("numbers")}
    assert numbers and all(c.passed for c in numbers.values()), numbers


def test_an_edit_elsewhere_still_carries_the_fix_to_derived_variants_and_checks_own_variants():
    """As after an edit of the English side (derive=[]): zh-Hant that is plain zh-Hans converted follows
    the fixed zh-Hans; zh-Hant-TW with text of its own is styled and reported on its own."""
    en = LanguageSummary(title="Launch", one_line="Launch.", summary="Launched.", key_points=["A"])
    zh = LanguageSummary(title="发布", one_line="发布.", summary="公司宣布,产品发布.", key_points=["甲"])
    hant = convert_summary(zh, "s2t")
    own_tw = LanguageSummary(title="發佈", one_line="發佈.", summary="公司宣佈,產品上市.", key_points=["甲"])
    finished = finish_summary(
        source="Launched.",
        mojibake=[],
        summary={"en": en, "zh-Hans": zh, "zh-Hant": hant, "zh-Hant-TW": own_tw},
        keywords={"en": [], "zh-Hans": []},
        targets=["en", "zh-Hans", "zh-Hant", "zh-Hant-TW"],
        derive=[],
        notice_kind="llm",
        length="medium",
        warning_checks=[],
        house_style=only("punctuation"),
    )
    assert finished.summary["zh-Hans"].summary == "公司宣布，产品发布。"
    assert finished.summary["zh-Hant"].summary == "公司宣佈，產品發佈。"  # re-derived from the fix
    assert finished.summary["zh-Hant-TW"].summary == "公司宣佈，產品上市。"  # fixed on its own
    (result,) = [c for c in finished.checks if c.name == "style_punctuation"]
    assert "summary.zh-Hant-TW.summary" in result.detail and "summary.zh-Hant.summary" not in result.detail
