"""Rules added after holdout3's first run (its faithful outputs flagged for these reasons)."""

from __future__ import annotations

from service.checks.names import extract_names
from service.checks.numbers import find_numbers
from service.checks.script import traditional_chars


def test_a_traditional_character_whose_simplified_form_is_rare_is_no_script_error():
    # 劏 -> 㓥 (CJK Extension A) by OpenCC, but mainland text writes 劏房.
    assert traditional_chars("香港劏房住户") == []
    assert traditional_chars("臺灣的劏房") == ["臺", "灣"]


def test_a_decade_is_ten_years_like_shi_nian():
    (decade,) = find_numbers("prices hit a decade high")
    (shi,) = find_numbers("价格创近十年新高")
    assert (decade.value, decade.unit) == (shi.value, shi.unit) == (10.0, "dur:y")
    assert any(m.value == 20.0 and m.unit == "dur:y" for m in find_numbers("two decades of growth"))


def test_a_temperature_is_no_name():
    assert [n.text for n in extract_names("Temperatures reached 44C in Beja.", chinese=False)] == ["Beja"]
    assert extract_names("气温达44C", chinese=True) == []
    assert [n.text for n in extract_names("a 38.5°F night in Oslo", chinese=False)] == ["Oslo"]


def test_an_initialism_of_a_name_the_source_spells_out_is_in_the_source():
    from service.checks.names import source_parts

    parts = source_parts(
        "Exports to the United Arab Emirates and Saudi Arabia rose, the Kenya Flower Council said."
    )
    assert {"uae", "sa", "kfc"} <= parts
    assert "nba" not in parts


def test_half_a_century_is_fifty_years_in_both_languages():
    (en,) = find_numbers("the first new route in more than half a century")[1:]
    (zh,) = find_numbers("半個多世紀來首條新線路")
    assert (en.value, en.unit, en.soft) == (zh.value, zh.unit, zh.soft) == (50.0, "dur:y", True)


def test_pushing_prices_up_is_a_rise_and_opponents_are_no_rejection():
    from service.checks.polarity import contradiction, poles

    assert poles("a heatwave pushing olive oil prices up again", False)[("rise", 1)] == 1
    assert poles("干旱推高价格", True)[("rise", 1)] == 1
    assert (
        contradiction(
            "The harvest is cut by 20%, pushing prices up.", False, "减产约20%，价格再度上涨。", True
        )
        == []
    )
    assert poles("反对者主张延长地铁红线", True) == {}
    assert contradiction("The vote passed 11 to 6.", False, "议会以11票对6票否决。", True) == ["approve"]


def test_a_hong_kong_article_is_at_home_in_hong_kong_though_it_writes_ping_tai():
    from service.checks.regions import place_in_source, source_place_keys

    hk = "房屋委員會公布，平均輪候時間為5.3年。關注劏房平台指出，全港仍有約11萬人居於劏房。"
    tw = "行政院今日宣布，全台將發放新台幣3萬元補助，平台業者表示歡迎。"
    assert "hong_kong" in source_place_keys(hk) and "taiwan" not in source_place_keys(hk)
    assert "taiwan" in source_place_keys(tw) and "hong_kong" not in source_place_keys(tw)
    assert place_in_source("香港", hk) and not place_in_source("澳门", hk)


def test_a_yielding_classifier_counts_the_noun_a_few_words_on():
    from service.checks.counted import _zh_thing

    assert _zh_thing("约有13.2万宗一般公屋申请", 7) == ("registration", None)
    assert _zh_thing("保留59家位于较大城市的门店", 4) is None  # 家 is no classifier of cities
