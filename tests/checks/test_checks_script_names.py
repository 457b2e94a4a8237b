"""Script detection (Simplified vs Traditional), language of a field, and Latin-name extraction."""

from __future__ import annotations

import opencc
import pytest

from service.checks.language import chinese_problem, english_problem
from service.checks.names import extract_names, missing_names, source_parts
from service.checks.script import simplified_chars, traditional_chars


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_simplified_and_english_seeds_have_no_traditional_characters(prefix: str, seed) -> None:
    assert traditional_chars(seed(prefix)) == []


def test_traditional_characters_are_reported_in_order() -> None:
    assert traditional_chars("他當時在網上宣布离职") == ["當", "時", "網"]
    # Characters that are Simplified too in these words are left alone (phrase-aware t2s).
    assert traditional_chars("乾坤、乾隆、瞭望、著名、皇后") == []


def test_traditional_seed_is_traditional(seed) -> None:
    assert {"國", "開", "時"} <= set(traditional_chars(seed("004")))


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2twp", "s2hk"])
@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_opencc_derived_traditional_has_no_simplified_characters(prefix: str, config: str, seed) -> None:
    derived = opencc.OpenCC(config).convert(seed(prefix))
    assert simplified_chars(derived) == []


def test_simplified_characters_in_traditional_text_are_reported() -> None:
    assert simplified_chars("他於三月離開了公司,之后发表声明") == ["后", "发", "声"]
    assert simplified_chars("台灣的公里數、皇后、干涉、面試") == []  # shared characters


def test_language_of_fields() -> None:
    assert chinese_problem("OpenAI开发者关系负责人Logan Kilpatrick于3月1日宣布离职") is None
    problem = chinese_problem("The researcher left OpenAI on March 1.")
    assert problem is not None and "not Chinese" in problem
    assert chinese_problem("2024") is None  # nothing to judge
    assert "not Chinese" in (chinese_problem("これは日本語の文章であり、中国語ではありません") or "")
    assert "kana" in (chinese_problem("日本政府は人工知能戦略会議を開催") or "")  # kanji-heavy Japanese
    assert english_problem("Logan Kilpatrick (洛根) left OpenAI on March 1 after a year and a half.") is None
    assert "not English" in (english_problem("洛根于3月1日离开OpenAI") or "")


def test_extract_names_from_english() -> None:
    text = (
        "Nathan Lambert is leaving the Allen Institute for AI. After OLMo and Molmo, he says GPT-4 is not "
        "the only model. The 28-year-old researcher left in March. However, Ai2 goes on."
    )
    names = [n.text for n in extract_names(text, chinese=False)]
    assert names == ["Nathan Lambert", "Allen Institute", "OLMo", "Molmo", "GPT-4", "Ai2"]


def test_extract_names_from_chinese() -> None:
    text = "洛根·基尔帕特里克(Logan Kilpatrick)在X上宣布离开OpenAI,此前Allie K. Miller已经离开。"
    names = [n.text for n in extract_names(text, chinese=True)]
    assert names == ["Logan Kilpatrick", "OpenAI", "Allie", "Miller"]


def test_missing_names_against_seed(seed) -> None:
    index = source_parts(seed("001"))
    names = extract_names("Logan Kilpatrick, GPT-4, OpenAI's Julia work and Demis Hassabis", chinese=False)
    assert [n.text for n in missing_names(names, index)] == ["Demis Hassabis"]


def test_title_case_headline_only_yields_name_like_tokens() -> None:
    title = "Why Nathan Lambert Keeps Building Open Models Like OLMo at Ai2"
    assert [n.text for n in extract_names(title, chinese=False, headline=True)] == ["OLMo", "Ai2"]
    # The same words in running text are names (a name-heavy sentence is not a headline).
    assert "Nathan Lambert Keeps Building Open Models Like OLMo" in [
        n.text for n in extract_names(title, chinese=False)
    ]


def test_s2t_is_not_idempotent_where_phrases_overlap() -> None:
    # s2t("视为了解") segments 为了|解 -> 視爲了解; converting again gives 視爲瞭解. 了 is Traditional too.
    derived = opencc.OpenCC("s2t").convert("很多人把他的X账号视为了解日益封闭的OpenAI的窗口。")
    assert simplified_chars(derived) == []
    assert simplified_chars("很多人把他的X账號視為了解日益封閉的OpenAI的窗口。") == ["账"]
