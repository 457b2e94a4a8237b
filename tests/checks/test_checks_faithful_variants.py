"""Faithful renderings the checks must accept (rounded figures, compound amounts, a story's own currency,
names composed or abbreviated, a country opening a company's name), and the defects next to them that
they must still catch."""

from __future__ import annotations

import pytest

from service.checks.names import extract_names, missing_names, source_parts
from service.checks.numbers import find_numbers, money_conflicts, unmatched
from service.checks.regions import places, regions_in_pairs
from service.checks.units import currency_context
from service.checks.zh_names import missing_chinese_names
from service.schemas import TranslationPair


def _unmatched(a: str, b: str) -> list[str]:
    return [m.text for m in unmatched(find_numbers(a), find_numbers(b))]


@pytest.mark.parametrize(
    ("stated", "other"),
    [
        ("about 470,000 households", "46.8万户"),
        ("约47万户", "468,000 households"),
        ("more than 20% above the estimate", "高出23%"),
        ("nearly four hours of debate", "3.8小时"),
        ("about NT$45 billion", "约新台币450亿元"),
        ("350 million yuan", "3亿5000万元"),
        ("12,000 people", "1万2千人"),
        ("every six months", "每半年汇报一次"),
    ],
)
def test_rounded_and_compound_figures_match(stated: str, other: str) -> None:
    assert _unmatched(stated, other) == []


@pytest.mark.parametrize(
    ("stated", "other"),
    [
        ("about 480,000 households", "46.8万户"),  # rounds to 470,000, not 480,000
        ("about 100 people", "140人"),  # beyond 20 %
        ("up to 400 kWh", "330度"),  # a bound is a figure of its own, not an approximation
        ("90多艘船", "82%的赞成票"),  # a count never rounds to a percentage
        ("in November", "约10.7公里"),  # nor a month to a distance
        ("every six months", "上半年"),  # 上半年 is the first half, not six months
    ],
)
def test_rounding_does_not_excuse_a_different_figure(stated: str, other: str) -> None:
    assert _unmatched(stated, other) != []


def test_a_hong_kong_story_prices_in_hong_kong_dollars() -> None:
    source = "立法會財委會通過北環綫主綫撥款\n\n通過政府申請的約623億元撥款。"
    context = currency_context(source)
    (summary,) = find_numbers("approved about HK$62.3 billion", context)
    (article,) = find_numbers("约623亿元撥款", context)
    assert unmatched([summary], [article]) == []
    # An American story naming Hong Kong once keeps 元 as renminbi.
    us_story = "Corvane Inc. reported on Tuesday. " + "Revenue rose. " * 30 + "It has a Hong Kong desk."
    assert currency_context(us_story) == frozenset()


def test_the_same_amount_in_two_currencies_conflicts() -> None:
    context = frozenset({"HKD", "USD", "CNY"})
    en = find_numbers("approved about HK$62.3 billion", context)
    zh = find_numbers("通过约623亿元人民币拨款", context)
    assert [m.text for m in money_conflicts(zh, en)] == ["623亿"]
    assert money_conflicts(find_numbers("约623亿港元", context), en) == []


def test_latin_vocabulary_in_chinese_is_not_a_name_and_plurals_match() -> None:
    assert extract_names("完成KPI考核，下载app，每百万token", chinese=True) == []
    index = source_parts("The company launched two AI Agents last year.")
    assert missing_names(extract_names("它推出了Agent产品", chinese=True), index) == []


def test_chinese_names_composed_or_abbreviated_are_in_the_source() -> None:
    source = "立法會財務委員會昨日通過撥款。香港的北環綫。台灣電力公司與中國鋼鐵。張偉說。"
    names = ("香港立法会", "台电", "中钢", "北环线", "李明", "立法院")
    assert missing_chinese_names(names, source) == ["李明", "立法院"]


def test_a_country_opening_a_company_name_is_no_claim_about_the_country() -> None:
    assert places("users including TSMC and China Steel face a rise", False, in_names=False) == set()
    assert places("China Steel and China said", False, in_names=False) == {"china"}
    assert places("the Chinese Prime Minister", False, in_names=False) == {"china"}
    assert places("China Steel", False) == {"china"}  # EN vs ZH comparisons still see it


def test_a_translated_paragraph_may_not_move_the_story() -> None:
    source = "Frederiksen, Danish prime minister since 2019, conceded shortly after midnight."
    moved = [TranslationPair(source=source, target="2019年起任挪威首相的她在午夜后不久认输。")]
    result = regions_in_pairs(source, moved, "zh-Hans")
    assert not result.passed and result.field == "pairs[0].target" and "Norway" in result.detail
    faithful = [TranslationPair(source=source, target="2019年起任丹麦首相的她在午夜后不久认输。")]
    assert regions_in_pairs(source, faithful, "zh-Hans").passed
    # A translator's gloss beside the source's place is no change of place.
    source = "Dr Jennifer Glaser, a kidney specialist at the University of Colorado, said so."
    glossed = [TranslationPair(source=source, target="美国科罗拉多大学的肾病专家詹妮弗·格拉泽博士如是说。")]
    assert regions_in_pairs(source, glossed, "zh-Hans").passed
    assert places("a London-based start-up", False) == {"uk"}
    assert places("总部位于深圳的初创公司", True) == {"shenzhen"}
