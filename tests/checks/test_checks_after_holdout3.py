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
