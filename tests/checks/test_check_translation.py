"""check_translation on a faithful zh->en translation of part of seed 001 and an en->zh translation of seed
003, then one mutation per check."""

from __future__ import annotations

import opencc
import pytest

from service.checks import check_translation
from service.disclaimer import disclaimer as disclaimer_for
from service.schemas import CheckResult, TranslationPair

PAIRS_003_ZH_HANS = [
    TranslationPair(
        source="Our central models, [[OLMo]]s, are best understood as research infrastructure more than just "
        "standalone artifacts.",
        target="我们的核心模型OLMo,最好被理解为研究基础设施,而不仅仅是独立的成果。",
    ),
    TranslationPair(
        source="At AI2, a small handful of people drive most of the progress on OLMo.",
        target="在AI2,一小部分人推动了OLMo的大部分进展。",
    ),
    TranslationPair(
        source="What is “next” after that is to be determined in 2025.",
        target="在那之后的“下一步”是什么,将在2025年确定。",
    ),
]


def run(source: str, pairs: list[TranslationPair], target: str, disclaimer: dict) -> dict[str, CheckResult]:
    results = check_translation(source=source, pairs=pairs, target=target, disclaimer=disclaimer)
    by_name = {r.name: r for r in results}
    assert len(by_name) == len(results)
    return by_name


@pytest.fixture
def pairs_003_hant() -> list[TranslationPair]:
    s2t = opencc.OpenCC("s2t")
    return [TranslationPair(source=p.source, target=s2t.convert(p.target)) for p in PAIRS_003_ZH_HANS]


def test_faithful_zh_to_en_passes(source_001, pairs_001, disclaimer) -> None:
    results = run(source_001, pairs_001, "en", disclaimer)
    assert list(results) == [
        "output_language",
        "numbers_consistent",
        "polarity_consistent",
        "counts_consistent",
        "regions_consistent",
        "names_in_source",
        "paragraphs_aligned",
        "source_addresses_model",
        "prompt_injection",
        "links_in_output",
        "disclaimer_present",
    ]
    assert all(r.passed for r in results.values()), {n: r.detail for n, r in results.items()}


def test_faithful_en_to_zh_passes(pairs_003_hant, disclaimer, seed) -> None:
    source = seed("003")
    hans = run(source, [p.model_copy() for p in PAIRS_003_ZH_HANS], "zh-Hans", disclaimer)
    assert "simplified_script" in hans and "traditional_script" not in hans
    assert all(r.passed for r in hans.values()), {n: r.detail for n, r in hans.items()}
    hant = run(source, pairs_003_hant, "zh-Hant", disclaimer)
    assert "traditional_script" in hant and "simplified_script" not in hant
    assert all(r.passed for r in hant.values()), {n: r.detail for n, r in hant.items()}


def test_untranslated_paragraph(source_001, pairs_001, disclaimer) -> None:
    pairs_001[1].target = pairs_001[1].source
    result = run(source_001, pairs_001, "en", disclaimer)["output_language"]
    assert not result.passed and result.field == "pairs[1].target" and "not English" in result.detail


def test_number_changed_in_translation(source_001, pairs_001, disclaimer) -> None:
    pairs_001[1].target = "On March 2, he announced the news on X."
    result = run(source_001, pairs_001, "en", disclaimer)["numbers_consistent"]
    assert not result.passed
    assert result.field == "pairs[1].target"
    assert 'source has 3-1 ("3 月 1 日") missing from the target' in result.detail
    assert 'target has 3-2 ("March 2") not in the source paragraph' in result.detail


def test_traditional_characters_in_zh_hans_target(disclaimer, seed) -> None:
    pairs = [p.model_copy() for p in PAIRS_003_ZH_HANS]
    pairs[2].target = "在那之後的“下一步”是什麼,將在2025年確定。"
    result = run(seed("003"), pairs, "zh-Hans", disclaimer)["simplified_script"]
    assert not result.passed and result.field == "pairs[2].target"
    assert "後" in result.detail and "麼" in result.detail and "將" in result.detail


def test_simplified_characters_in_zh_hant_target(pairs_003_hant, disclaimer, seed) -> None:
    pairs_003_hant[0].target = "我們的核心模型OLMo,最好被理解为研究基础设施。"
    result = run(seed("003"), pairs_003_hant, "zh-Hant", disclaimer)["traditional_script"]
    assert not result.passed and result.field == "pairs[0].target"
    assert "为" in result.detail and "础" in result.detail and "设" in result.detail


def test_invented_name_in_chinese_target(pairs_003_hant, disclaimer, seed) -> None:
    pairs_003_hant[1].target = "在AI2,Sam Altman說一小部分人推動了OLMo的大部分進展。"
    result = run(seed("003"), pairs_003_hant, "zh-Hant", disclaimer)["names_in_source"]
    assert not result.passed and result.field == "pairs[1].target" and "Sam Altman" in result.detail


def test_english_names_from_chinese_source_are_listed_not_failed(source_001, pairs_001, disclaimer) -> None:
    pairs_001[1].target = "On March 1, he announced the news on X, days before Elon Musk sued."
    result = run(source_001, pairs_001, "en", disclaimer)["names_in_source"]
    assert result.passed and "not verifiable" in result.detail and "Elon Musk" in result.detail


def test_empty_and_truncated_targets(source_001, pairs_001, disclaimer) -> None:
    pairs_001[0].target = " "
    pairs_001[2].target = "HyperWrite published a list."
    result = run(source_001, pairs_001, "en", disclaimer)["paragraphs_aligned"]
    assert not result.passed
    assert result.field == "pairs[0].target"
    assert "pairs[0].target is empty" in result.detail
    assert "pairs[2].target is 0.11x the source paragraph" in result.detail


def test_no_pairs(source_001, disclaimer) -> None:
    result = run(source_001, [], "en", disclaimer)["paragraphs_aligned"]
    assert not result.passed and result.detail == "no paragraph pairs"


def test_translation_disclaimer(source_001, pairs_001, disclaimer, pairs_003_hant, seed) -> None:
    del disclaimer["zh-Hant-TW"]
    assert run(source_001, pairs_001, "en", disclaimer)["disclaimer_present"].passed
    result = run(seed("003"), pairs_003_hant, "zh-Hant-TW", disclaimer)["disclaimer_present"]
    assert not result.passed and result.field == "disclaimer.zh-Hant-TW"


def test_translation_disclaimer_needs_only_the_target_variant(seed, pairs_003_hant) -> None:
    """A zh-Hant-TW translation carries en, zh-Hans and zh-Hant-TW notices, no plain zh-Hant one."""
    notice = disclaimer_for("llm", ["zh-Hant-TW"])
    assert "zh-Hant" not in notice
    assert run(seed("003"), pairs_003_hant, "zh-Hant-TW", notice)["disclaimer_present"].passed
