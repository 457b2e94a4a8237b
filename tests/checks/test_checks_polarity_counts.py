"""polarity_consistent (rose / 下降, approved / 否决) and counts_consistent (households / 人): the pair of
fields must not say opposite things, nor count a shared number as different things."""

from __future__ import annotations

import pytest

from service.checks.counted import counts_consistent, counts_in_pairs, mismatches
from service.checks.numbers import find_numbers
from service.checks.polarity import contradiction, polarity_consistent, polarity_pairs
from service.schemas import LanguageSummary, TranslationPair


def _pair(en_point: str, zh_point: str) -> tuple[LanguageSummary, LanguageSummary]:
    en = LanguageSummary(title="Rates", one_line="Rates news.", summary="Rates news.", key_points=[en_point])
    zh = LanguageSummary(title="利率", one_line="利率消息。", summary="利率消息。", key_points=[zh_point])
    return en, zh


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("Shares rose 3% on Monday", "周一股价下跌3%"),
        ("The committee approved the budget", "委员会否决了预算"),
        ("The secretary acknowledged the overrun", "局长否认超支"),
        ("The bill was not approved", "法案获通过"),
        ("Exports rose and imports rose", "出口增长，进口下降"),
    ],
)
def test_opposite_statements_contradict(en: str, zh: str) -> None:
    assert contradiction(en, False, zh, True)
    result = polarity_consistent(*_pair(en, zh))
    assert not result.passed and result.field == "summary.zh-Hans.key_points[0]"


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("Shares rose 3% on Monday", "周一股价上涨3%"),
        ("Exports rose and imports fell", "出口增长，进口下降"),
        ("The bill was not approved", "法案未获通过"),
        ("He refused to concede", "他拒绝让步"),
        ("Samsung won 3 billion won in damages", "三星获赔30亿韩元"),
        ("Prices rose", "价格"),  # one side leaving the verb out is no contradiction
    ],
)
def test_same_direction_or_omission_passes(en: str, zh: str) -> None:
    assert contradiction(en, False, zh, True) == []
    assert polarity_consistent(*_pair(en, zh)).passed


def test_polarity_in_translation_pairs() -> None:
    pairs = [TranslationPair(source="JPMorgan shares rose 2%.", target="摩根大通股价下跌2%。")]
    result = polarity_pairs(pairs, "zh-Hans")
    assert not result.passed and result.field == "pairs[0].target"
    pairs = [TranslationPair(source="JPMorgan shares rose 2%.", target="摩根大通股价上涨2%。")]
    assert polarity_pairs(pairs, "zh-Hans").passed


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("470,000 people", "47万户"),
        ("18 provinces", "18个城市"),
        ("six Champions League goals", "6次助攻"),
        ("118,000 union members", "11.8万名员工"),
        ("6 million people", "600万户"),
    ],
)
def test_a_number_counting_different_things_is_flagged(en: str, zh: str) -> None:
    assert mismatches(en, False, zh, True)
    assert not counts_consistent(*_pair(en, zh)).passed


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("about 470,000 households", "约47万户家庭"),
        ("five people were injured", "5人受伤"),
        ("600,000 vouchers", "60万张消费券"),
        ("about 50 minutes", "约50分钟"),
        ("58 points", "58分"),
        ("the 20 largest stores", "20家最大的门店"),
        ("6 million users", "600万名用户"),
        ("6 million people", "600万"),  # the Chinese side does not say: not judged
    ],
)
def test_the_same_thing_counted_passes(en: str, zh: str) -> None:
    assert mismatches(en, False, zh, True) == []
    assert counts_consistent(*_pair(en, zh)).passed


def test_counts_in_translation_pairs() -> None:
    pairs = [TranslationPair(source="全港约47万户受惠。", target="About 470,000 people benefit.")]
    result = counts_in_pairs(pairs, "en")
    assert not result.passed and result.field == "pairs[0].target"


def test_a_long_field_needs_a_clean_reversal() -> None:
    filler = (
        " The council met on Thursday and the minister spoke to reporters about the budget afterwards." * 3
    )
    en = "Bus fares will rise 6 percent from December and concession fares rise 4 cents." + filler
    zh = "巴士车资12月起上调6%，优惠车资上调4分钱。理事会周四开会，部长会后就预算向记者发表讲话。"
    assert len(en) + len(zh) > 360
    # A paraphrase that also says something fell is not a reversal of a long field ...
    assert contradiction(en + " Lower-income riders' costs fell.", False, zh, True) == []
    # ... a field that says only "fell" where the other says only 上调 is.
    assert contradiction(en.replace("rise", "fall"), False, zh, True) == ["rise"]


@pytest.mark.parametrize(
    ("text", "soft"),
    [
        ("nine states", False),  # a count of things from three is a fact
        ("three new stations", False),
        ("九个州", False),
        ("三名检察官", False),
        ("two officials", True),  # one or two things may be rendered "a"/"both"
        ("两名总检察长", True),
        ("five of the", True),
        ("five became four", True),
    ],
)
def test_small_counts_of_things_are_hard(text: str, soft: bool) -> None:
    assert find_numbers(text)[0].soft is soft
