"""Rules added after the first run of holdout4 and holdout5 (their faithful outputs flagged for these)."""

from __future__ import annotations

from service.checks.counted import mismatches
from service.checks.names import extract_names
from service.checks.numbers import find_numbers
from service.checks.numbers.compare import unmatched
from service.checks.regions import places
from service.checks.units import currency_context
from service.checks.zh_names import chinese_names, missing_chinese_names


def values(text: str, **kwargs) -> list[tuple[float, str | None, bool]]:
    return [(m.value, m.unit, m.soft) for m in find_numbers(text, **kwargs)]


def test_a_designation_is_no_quantity():
    assert values("A Long March 3B put the probe into orbit") == [(3.0, None, True)]
    assert values("长征三号乙运载火箭") == [(3.0, None, True)]
    assert values("神舟十八号飞船") == [(18.0, None, True)]
    assert values("a 70B model") == [(7e10, None, False)]  # no name before it: a scale
    assert find_numbers("11月三号晚")[0].kind == "date"


def test_a_range_shares_its_scale_and_a_month_span_from_january_is_the_first_months():
    assert [m.value for m in find_numbers("an estimate of HK$6.8-8.2 billion")] == [6.8e9, 8.2e9]
    assert [m.value for m in find_numbers("出口同比增长7.4%至618亿美元")] == [7.4, 6.18e10]
    span = find_numbers("Exports for January-November reached")
    assert {(m.value, m.unit) for m in span} == {(1.0, "month"), (11.0, "month"), (11.0, "dur:m")}
    assert all(m.soft for m in span)
    assert not any(m.soft for m in find_numbers("from March to May"))  # a changed month still counts
    assert values("今年首三季累计下跌") == [(9.0, "dur:m", False)]


def test_a_tiny_fraction_is_no_figure_and_a_figure_may_drop_one_digit_of_four():
    assert all(m.soft for m in find_numbers("引力只有地球的约十万分之一"))
    en, zh = find_numbers("revenue of 38.6 billion yuan"), find_numbers("营收386.4亿元")
    assert unmatched(en, zh) == []
    assert unmatched(find_numbers("opens in 2030"), find_numbers("2032年开通")) != []
    assert unmatched(find_numbers("2.5 million"), find_numbers("247万")) != []  # needs an "about"


def test_a_bare_number_after_a_duration_counts_the_same_unit():
    assert values("18.4 months versus 11.2 on chemotherapy")[1][:2] == (11.2, "dur:m")
    assert values("Lindqvist received 14 years and Whitcombe eight;")[1][:2] == (8.0, "dur:y")
    assert values("lasted three days and 5 people died")[1][:2] == (5.0, None)
    assert values("化疗组为11.2个月（风险比0.58）")[1][:2] == (0.58, None)


def test_a_mainland_articles_bare_yuan_is_renminbi_though_it_names_hong_kong_dollars():
    source = "驰远汽车在香港上市，营业收入386.4亿元。港股收涨7.9%，收于每股52港元。"
    assert currency_context(source) == frozenset({"CNY"})
    assert find_numbers("营收386.4亿元", currency_context(source))[0].unit == "CNY"


def test_casualty_verbs_and_without_decide_what_a_number_counts():
    en = "The quake has killed 214 people and injured at least 1,380, leaving about 52,000 without homes."
    zh = "地震已造成214人死亡、至少1380人受伤，约5.2万人无家可归。"
    assert mismatches(en, False, zh, True) == []


def test_currency_prefixes_and_dictionary_noise_are_no_names_or_places():
    assert [
        n.text for n in extract_names("Exports hit US$61.8bn in January-November, Park said.", chinese=False)
    ] == ["Park"]
    assert places("Exports rose to US$61.8bn", chinese=False) == set()
    assert chinese_names("9月成交约3860宗，同比增加5%。") == ()
    assert chinese_names("新鸿基地产与恒基兆业地产组成的财团") == ("新鸿基", "恒基")


def test_a_traditional_source_is_also_read_in_mainland_words_and_a_storm_class_may_precede_its_name():
    source = "聯穎新廠將採用28奈米製程。強烈颱風「柯羅莎」上週四登陸。"
    assert missing_chinese_names(("纳米", "强台风柯罗莎"), source) == []
    assert missing_chinese_names(("德累斯顿",), source) == ["德累斯顿"]


def test_two_character_abbreviations_name_a_place_in_a_summary():
    assert "hong_kong" in places("为2021年在港上市以来首次盈利", chinese=True)
    assert "us" in places("对美出口减少9.8%", chinese=True)
    assert places("船只在港停留两天", chinese=True) == set()  # 在港 alone is any port


def test_mass_containers_and_compound_adjectives_say_what_a_number_counts():
    assert mismatches("The 380-kilometre asteroid", False, "直径约380米的小行星", True) == ["380: km vs m"]
    assert mismatches("collect at least 100 grams", False, "至少采集100千克", True) == ["100: g vs kg"]
    assert mismatches("about 264,000 tonnes", False, "约26.4万箱", True) == ["264,000: t vs container"]
    assert mismatches("a 2.3-tonne spacecraft", False, "重约2.3吨的探测器", True) == []
    assert mismatches("the 142-year-old chain", False, "拥有142年历史的连锁店", True) == []


def test_after_holdout6_hyphenated_points_hours_and_minutes_quarters_and_model_numbers():
    assert [(m.value, m.points) for m in find_numbers("wanted a 25-basis-point cut")] == [(0.25, True)]
    assert 97.0 in [m.value for m in find_numbers("最快1小时37分")]
    assert values("receipts were NT$289bn in three quarters")[1][:2] == (9.0, "dur:m")
    assert values("in the first three quarters of this year") == [(9.0, "dur:m", False)]
    assert values("three quarters of voters")[0][0] == 75.0
    assert values("started from 48 and 27 months") == [(48.0, "dur:m", False), (27.0, "dur:m", False)]
    # a duration's unit is no scaled figure's: "in 12 months, against 5.5 million"
    assert values("8 million shipments in 12 months, against 5.5 million")[2] == (5.5e6, None, False)
    assert values("ship 8 million Orbit 7s in a year")[1] == (7.0, None, True)
    assert values("Arsenal beat Chelsea 2-1")[0] == (2.0, None, False)  # a score stays a number


def test_after_holdout6_counts_and_compass_names():
    from service.checks.names import missing_names, source_parts

    en = "Between March 2021 and September 2022 they sold six people aged 68 to 81 a bond."
    assert mismatches(en, False, "2021年3月至2022年9月间，他们向六名68至81岁的长者推销", True) == []
    assert mismatches("Six victims aged 68-81 lost money", False, "六名68至81岁长者受骗", True) == []
    index = source_parts("Output fell in Sabah and Sarawak, the main producers in Malaysia.")
    assert missing_names(extract_names("Output fell in East Malaysia.", chinese=False), index) == []


def test_in_a_long_field_two_omissions_are_no_changed_number_but_a_comparable_pair_or_a_surplus_is():
    from service.checks.numbers.compare import comparable, surplus_comparable

    def one(text: str):
        return find_numbers(text)[0]

    assert not comparable(one("inflation of 3.4%"), one("25个基点"))  # percent vs points, 13x apart
    assert not comparable(one("a 5,800 mAh battery"), one("5.5 million phones"))
    assert comparable(one("a 41% share"), one("31%"))
    assert comparable(one("1184亿先令"), one("1184万先令"))  # the same digits at another scale
    assert comparable(one("in June"), one("7月"))
    en = find_numbers("The reservoir was 68% full; power was back for 92% of homes.")
    zh = find_numbers("水库蓄水92%，92%的用户已恢复供电。")
    assert [m.value for m in surplus_comparable([en[0]], zh, en)] == [92.0, 92.0]
    assert (
        surplus_comparable([en[0]], find_numbers("前三季度增长，前三季度"), find_numbers("nine months")) == []
    )
