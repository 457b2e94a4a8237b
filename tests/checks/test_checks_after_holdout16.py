"""Rules added after the first run of holdout16 (wave 6: 5 of its 6 faithful outputs flagged, for these)."""

from __future__ import annotations

from service.checks.names import extract_names
from service.checks.numbers import find_numbers
from service.checks.numbers.compare import unmatched
from service.checks.polarity import poles
from service.checks.regions import places


def read(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.unit) for m in find_numbers(text)]


def test_rand_amounts_are_read_in_an_amounts_shape_only():
    assert read("earnings rose to about R38.2 billion") == [(38.2e9, "ZAR")]
    assert read("delays cost R1.9bn") == [(1.9e9, "ZAR")]
    assert read("R9,800 a month") == [(9800.0, "ZAR")]
    assert read("382亿兰特") == [(38.2e9, "ZAR")]
    assert read("the R445 regional road") == []  # an Irish road, no amount
    assert read("5 randomised trials") == [(5.0, None)]
    assert not extract_names("earnings of R38.2bn", chinese=False)


def test_a_round_hundred_billion_said_without_a_digit_is_a_number():
    assert [m.value for m in find_numbers("首次突破千亿元大关")] == [1.0, 1e11]
    assert unmatched(find_numbers("passed 100 billion yuan"), find_numbers("首次突破千亿元大关")) == []
    assert find_numbers("数千亿元") == []  # vague: "hundreds of billions"
    assert find_numbers("千万不要") == []  # the adverb


def test_taiwans_today_the_15th_is_a_day_of_the_month():
    assert read("經濟部今（15）日召開審議會") == [(15.0, "day")]
    assert unmatched(find_numbers("on December 15"), find_numbers("經濟部今（15）日召開審議會")) == []


def test_southeast_asia_is_no_claim_about_asia():
    assert places("Southeast Asian and Japanese routes grew fastest", False) == {"southeast_asia", "japan"}
    assert places("東南亞及日本航線", True) == {"southeast_asia", "japan"}
    assert places("South-East Asia and the rest of Asia", False) == {"southeast_asia", "asia"}


def test_a_direction_word_inside_a_name_is_no_direction_and_raising_is_a_rise():
    assert dict(poles("a shuttle from the Lower Station car park, raising capacity", False)) == {
        ("rise", 1): 1
    }
    assert dict(poles("Prices were lower. Lower fares follow", False)) == {("rise", -1): 2}
