"""check_summary on a faithful bilingual summary of seed 001, then one mutation per check."""

from __future__ import annotations

import pytest

from service.checks import check_summary
from service.disclaimer import disclaimer as disclaimer_for
from service.schemas import CheckResult, LanguageSummary

ALL_CHECKS = [
    "output_language",
    "simplified_script",
    "traditional_script",
    "numbers_consistent",
    "numbers_in_source",
    "names_in_source",
    "names_consistent",
    "regions_consistent",
    "dates_consistent",
    "polarity_consistent",
    "counts_consistent",
    "key_points_aligned",
    "length_bounds",
    "disclaimer_present",
    "translation_available",
    "keywords",
    "source_addresses_model",
    "prompt_injection",
    "links_in_output",
    "entities_grounded",
    "key_points_grounded",
]


def run(source: str, summary: dict, keywords: dict, disclaimer: dict, length: str = "medium") -> dict:
    results = check_summary(
        source=source, summary=summary, keywords=keywords, disclaimer=disclaimer, length=length
    )
    by_name = {r.name: r for r in results}
    assert len(by_name) == len(results), "one result per check name"
    return by_name


def failed(results: dict[str, CheckResult]) -> set[str]:
    return {name for name, r in results.items() if not r.passed}


def test_faithful_summary_passes_every_check(source_001, summary_001, keywords_001, disclaimer) -> None:
    results = run(source_001, summary_001, keywords_001, disclaimer)
    assert list(results) == ALL_CHECKS
    assert failed(results) == set(), {n: r.detail for n, r in results.items() if not r.passed}
    assert all(r.detail for r in results.values())
    # Names the Chinese source gives only in Chinese (马斯克, 微软) cannot be verified: listed, not failed.
    assert "not verifiable" in results["names_in_source"].detail
    assert "Musk" in results["names_in_source"].detail


def test_chinese_field_written_in_english(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001[
        "zh-Hans"
    ].summary = "The researcher left OpenAI on March 1 after Allie K. Miller left in February."
    result = run(source_001, summary_001, keywords_001, disclaimer)["output_language"]
    assert not result.passed
    assert result.field == "summary.zh-Hans.summary"
    assert "not Chinese" in result.detail


def test_english_field_written_in_chinese(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["en"].key_points[1] = "他在OpenAI的最后一天是2月29日。"
    result = run(source_001, summary_001, keywords_001, disclaimer)["output_language"]
    assert not result.passed and result.field == "summary.en.key_points[1]"


def test_traditional_characters_in_zh_hans(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["zh-Hans"].key_points[0] = "OpenAI開發者關係負責人洛根當時在網上宣布离职。"
    result = run(source_001, summary_001, keywords_001, disclaimer)["simplified_script"]
    assert not result.passed
    assert result.field == "summary.zh-Hans.key_points[0]"
    for ch in "開發關係當時網":
        assert ch in result.detail
    assert "离" not in result.detail.split(":", 1)[1]


def test_simplified_characters_in_zh_hant(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["zh-Hant-TW"].title = "為OpenAI解释一切的人离开了OpenAI"
    result = run(source_001, summary_001, keywords_001, disclaimer)["traditional_script"]
    assert not result.passed
    assert result.field == "summary.zh-Hant-TW.title"
    assert "释" in result.detail and "离" in result.detail and "开" in result.detail


def test_number_mismatch_between_languages(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["en"].key_points[1] = (
        "His last day, February 28, coincided with Musk's lawsuit claiming OpenAI had become a "
        "closed-source subsidiary of Microsoft."
    )
    results = run(source_001, summary_001, keywords_001, disclaimer)
    result = results["numbers_consistent"]
    assert not result.passed
    assert "key_points[1]" in result.detail and "28" in result.detail
    assert "29" in result.detail  # zh-Hans still says 2月29日
    assert not results["key_points_aligned"].passed
    assert "key_points[1] does not pair up" in results["key_points_aligned"].detail


def test_invented_number(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["en"].key_points[2] = (
        "Two days before the lawsuit, Microsoft announced a $2 billion investment in Mistral AI, 37% of "
        "which was paid in 2031."
    )
    summary_001["zh-Hans"].key_points[2] = "诉讼两天前,微软宣布向Mistral AI注资20亿美元,其中37%于2031年支付。"
    results = run(source_001, summary_001, keywords_001, disclaimer)
    result = results["numbers_in_source"]
    assert not result.passed
    assert result.field == "summary.en.key_points[2]"
    assert '37 ("37%")' in result.detail and "2031" in result.detail
    assert "summary.zh-Hans.key_points[2]" in result.detail
    assert results["numbers_consistent"].passed  # invented consistently on both sides


def test_numbers_written_differently_still_match(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["en"].key_points[2] = (
        "Two days before the lawsuit, Microsoft announced a two-billion-dollar investment in Mistral AI."
    )
    summary_001["zh-Hans"].key_points[2] = "诉讼两天前,微软宣布向Mistral AI注资二十亿美元。"
    results = run(source_001, summary_001, keywords_001, disclaimer)
    assert results["numbers_consistent"].passed and results["numbers_in_source"].passed


def test_invented_name(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["zh-Hans"].key_points[3] = (
        "Demis Hassabis称,OpenAI最后一个开源模型是2019年的GPT-2,长达98页的GPT-4技术报告也没有披露关键细节。"
    )
    result = run(source_001, summary_001, keywords_001, disclaimer)["names_in_source"]
    assert not result.passed
    assert result.field == "summary.zh-Hans.key_points[3]"
    assert "Demis Hassabis" in result.detail


def test_invented_name_in_english_summary_of_english_source(seed, disclaimer) -> None:
    source = seed("003")
    en = LanguageSummary(
        title="Nathan Lambert on why he builds open language models",
        one_line="Nathan Lambert says open models like OLMo are research infrastructure for the whole field.",
        summary=(
            "Nathan Lambert argues that the deepest motivation for open-source AI is the fear of AI "
            "development going wrong, and that the OLMo models are best understood as research "
            "infrastructure. He says Ai2 is barely staying above the waterline in chasing capabilities, "
            "that few true allies of open-source AI exist, and that a small handful of people drive most "
            "of the progress on OLMo. Sam Altman agreed. What comes next is to be determined in 2025, and "
            "he plans to keep going with new work soon."
        ),
        key_points=[
            "Open models such as OLMo are research infrastructure more than standalone artifacts.",
            "There are not many true allies of open-source AI, and there is room for impact in open models.",
            "A small handful of people at Ai2 drive most of the progress on OLMo.",
        ],
    )
    results = run(source, {"en": en, "zh-Hans": None}, {"en": ["OLMo", "open models"]}, disclaimer)
    result = results["names_in_source"]
    assert not result.passed
    assert result.field == "summary.en.summary"
    assert "Sam Altman" in result.detail
    assert "OLMo" not in result.detail and "Nathan Lambert" not in result.detail


def test_key_point_count_mismatch(source_001, summary_001, keywords_001, disclaimer) -> None:
    del summary_001["zh-Hans"].key_points[3]
    for locale in ("zh-Hant", "zh-Hant-TW", "zh-Hant-HK"):
        del summary_001[locale].key_points[3]
    result = run(source_001, summary_001, keywords_001, disclaimer)["key_points_aligned"]
    assert not result.passed
    assert "en has 4 key points, zh-Hans has 3" in result.detail


def test_over_long_summary(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["en"].summary = " ".join([summary_001["en"].summary] * 3)
    result = run(source_001, summary_001, keywords_001, disclaimer)["length_bounds"]
    assert not result.passed
    assert result.field == "summary.en.summary"
    assert "more than 250" in result.detail


def test_summary_not_shorter_than_source(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary_001["zh-Hans"].summary = source_001
    result = run(source_001, summary_001, keywords_001, disclaimer, length="long")["length_bounds"]
    assert not result.passed
    assert "of the source's length" in result.detail


def test_length_table_depends_on_length(source_001, summary_001, keywords_001, disclaimer) -> None:
    result = run(source_001, summary_001, keywords_001, disclaimer, length="short")["length_bounds"]
    assert not result.passed
    assert "en has 4 key points, expected 1-3 for short" in result.detail
    summary_001["en"].title = "  "
    result = run(source_001, summary_001, keywords_001, disclaimer)["length_bounds"]
    assert not result.passed and "summary.en.title is empty" in result.detail


def test_missing_and_wrong_disclaimer(source_001, summary_001, keywords_001, disclaimer) -> None:
    del disclaimer["zh-Hans"]
    disclaimer["en"] = "Summary provided for convenience."
    result = run(source_001, summary_001, keywords_001, disclaimer)["disclaimer_present"]
    assert not result.passed
    assert result.field == "disclaimer.en"
    assert "no zh-Hans disclaimer" in result.detail and "AI-generated" in result.detail


def test_zh_hant_disclaimer_required_only_with_zh_hant(
    source_001, summary_001, keywords_001, disclaimer
) -> None:
    del disclaimer["zh-Hant"]
    assert not run(source_001, summary_001, keywords_001, disclaimer)["disclaimer_present"].passed
    for locale in ("zh-Hant", "zh-Hant-TW", "zh-Hant-HK"):
        summary_001[locale] = None
    results = run(source_001, summary_001, keywords_001, disclaimer)
    assert results["disclaimer_present"].passed
    assert "traditional_script" not in results


def test_zh_hant_tw_alone_needs_no_plain_zh_hant_disclaimer(source_001, summary_001, keywords_001) -> None:
    """targets en + zh-Hant-TW (the README's curl example) must not fail for a zh-Hant notice it never had."""
    summary = {locale: summary_001[locale] for locale in ("en", "zh-Hans", "zh-Hant-TW")}
    notice = disclaimer_for("llm", ["zh-Hant-TW"])
    assert "zh-Hant" not in notice
    assert run(source_001, summary, keywords_001, notice)["disclaimer_present"].passed
    del notice["zh-Hant-TW"]
    result = run(source_001, summary, keywords_001, notice)["disclaimer_present"]
    assert not result.passed and result.field == "disclaimer.zh-Hant-TW"


def test_missing_zh_hans_translation(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary = {"en": summary_001["en"], "zh-Hans": None, "zh-Hant": None}
    results = run(source_001, summary, {"en": keywords_001["en"]}, disclaimer)
    result = results["translation_available"]
    assert not result.passed
    assert result.field == "summary.zh-Hans"
    assert result.detail.startswith("no zh-Hans output: an LLM endpoint is needed")
    assert "OPENAI_BASE_URL" in result.detail
    assert failed(results) == {"translation_available"}
    for name in ("numbers_consistent", "key_points_aligned", "simplified_script"):
        assert results[name].detail.startswith("skipped")


def test_extractive_output_only_in_source_language(source_001, summary_001, keywords_001, disclaimer) -> None:
    summary = {"en": None, "zh-Hans": summary_001["zh-Hans"]}
    results = run(source_001, summary, {"en": [], "zh-Hans": keywords_001["zh-Hans"]}, disclaimer)
    assert failed(results) == {"translation_available"}
    assert results["translation_available"].field == "summary.en"


def test_bad_keywords(source_001, summary_001, keywords_001, disclaimer) -> None:
    keywords_001["en"] += ["openai", "quantum computing"]
    keywords_001["zh-Hans"] += ["open source"]
    result = run(source_001, summary_001, keywords_001, disclaimer)["keywords"]
    assert not result.passed
    assert result.field == "keywords.en"
    assert "duplicate en keywords: openai" in result.detail
    assert "quantum computing" in result.detail
    assert "zh-Hans keywords not in Chinese: open source" in result.detail


def test_empty_and_too_many_keywords(source_001, summary_001, keywords_001, disclaimer) -> None:
    keywords_001["zh-Hans"] = []
    keywords_001["en"] = [f"OpenAI {i}" for i in range(13)]
    result = run(source_001, summary_001, keywords_001, disclaimer)["keywords"]
    assert not result.passed
    assert "13 en keywords, more than 12" in result.detail and "no zh-Hans keywords" in result.detail


@pytest.fixture
def summary_004(derived) -> dict[str, LanguageSummary | None]:
    """A bilingual summary of seed 004, a Traditional Chinese article (numbers as 143億, 二十余年)."""
    en = LanguageSummary(
        title="Meta's superintelligence lab weighs a closed model",
        one_line="Meta's new superintelligence lab is considering dropping its open Behemoth model for a "
        "closed one.",
        summary=(
            "According to a July 14 report, core members of Meta's new superintelligence lab (MSL), "
            "including its 28-year-old AI chief Alexandr Wang, are considering abandoning Behemoth, Meta's "
            "most powerful open-source model, and developing a closed model instead. Ethan Mollick, who "
            "has worked in the open field for more than 20 years, said the US would then have all but left "
            "the race for frontier open models. In June, Meta invested $14.3 billion in Wang's start-up "
            "Scale AI; Wang now leads a team of about 12 people and met about 2,000 AI staff."
        ),
        key_points=[
            "Meta's MSL, led by 28-year-old Alexandr Wang, may drop the open Behemoth model.",
            "Meta invested $14.3 billion in Scale AI in June and brought in Wang and his team.",
            "Wang leads a team of about 12 people and told about 2,000 AI staff their work is secret.",
        ],
    )
    zh = LanguageSummary(
        title="Meta超级智能实验室考虑转向闭源模型",
        one_line="Meta新成立的超级智能实验室正考虑放弃开源模型Behemoth,转而开发闭源模型。",
        summary=(
            "据7月14日的报道,Meta新成立的超级智能实验室(MSL)的几名核心成员,"
            "包括28岁的新任AI主管亚历山大·王(Alexandr Wang),考虑放弃Meta最强大的开源AI模型Behemoth,"
            "转而开发闭源模型。深耕开源领域二十余年的Mollick直言,美国将基本退出前沿开源大模型的竞争。"
            "今年6月,Meta向亚历山大·王的Scale AI投资143亿美元;他如今领导着约12人的团队,"
            "并与约2000名AI部门员工举行了会议。"
        ),
        key_points=[
            "由28岁的亚历山大·王(Alexandr Wang)领导的MSL可能放弃开源模型Behemoth,转向闭源。",
            "Meta在6月向Scale AI投资143亿美元,亚历山大·王及其团队随之加入Meta。",
            "亚历山大·王领导约12人的团队,并告诉约2000名AI员工其工作将对外保密。",
        ],
    )
    return {"en": en, "zh-Hans": zh, "zh-Hant-HK": derived(zh, "s2hk")}


def test_traditional_source(summary_004, disclaimer, seed) -> None:
    source = seed("004")
    keywords = {
        "en": ["Meta", "Alexandr Wang", "closed model"],
        "zh-Hans": ["Meta", "超级智能实验室", "闭源"],
    }
    results = run(source, summary_004, keywords, disclaimer)
    assert failed(results) == set(), {n: r.detail for n, r in results.items() if not r.passed}
    summary_004["zh-Hans"].key_points[1] = (
        "Meta在6月向Scale AI投资134亿美元,亚历山大·王及其团队随之加入Meta。"
    )
    results = run(source, summary_004, keywords, disclaimer)
    assert '13400000000 ("134亿")' in results["numbers_in_source"].detail
    assert not results["numbers_consistent"].passed
