"""Glossary matching and the terminology check as pure functions: word boundaries for Latin terms,
Simplified matching for Chinese terms, zh / zh-Hans / zh-Hant renderings per output locale."""

from __future__ import annotations

from service.checks.terminology import check_summary_terms, check_translation_terms
from service.glossary import (
    Dictionary,
    Term,
    applicable_terms,
    apply_overrides,
    build_glossary,
    for_locale,
    occurs,
)
from service.schemas import LanguageSummary, TranslationPair


def term(source, target, source_lang="en", target_lang="zh") -> Term:
    return Term(source_lang=source_lang, target_lang=target_lang, source=source, target=target)


def test_latin_terms_match_whole_words_case_insensitively():
    assert occurs("AI", "Open-source ai matters")
    assert not occurs("AI", "SAID the team; maintain it")
    assert occurs("dropout", "Dropout, then")
    assert occurs("large language model", "A Large Language Model.")
    assert not occurs("GPU", "GPUs")  # a plural is another word: list it as its own entry
    assert occurs("大语言模型", "这个大语言模型很强")  # Han: no word boundaries in Chinese


def test_only_terms_in_the_article_apply_and_chinese_terms_match_in_simplified_form():
    glossary = build_glossary(
        "g",
        [
            Dictionary("en", "zh", (("LLM", "大语言模型"), ("GPU", "图形处理器"))),
            Dictionary("zh", "en", (("開源", "open-source"), ("区块链", "blockchain"))),
        ],
        max_entries=10,
    )
    terms = applicable_terms(glossary, "LLM 開源 模型", None)
    assert [(t.source, t.target) for t in terms] == [("LLM", "大语言模型"), ("開源", "open-source")]
    assert (
        applicable_terms(glossary, "开源", None)[0].source == "開源"
    )  # a Simplified article, Traditional entry
    assert applicable_terms(None, "LLM", None) is None


def test_renderings_per_locale():
    terms = [
        term("software", "软件"),
        term("server", "服务器"),
        term("software", "軟件", target_lang="zh-Hant"),
    ]
    assert for_locale(terms, "zh-Hans")["software"].target == "软件"
    assert for_locale(terms, "zh-Hant-TW")["server"].target == "伺服器"  # s2twp of the zh rendering
    assert for_locale(terms, "zh-Hant-TW")["software"].target == "軟件"  # the explicit zh-Hant entry
    assert for_locale(terms, "en") == {}
    assert apply_overrides("新軟體上線", terms, "zh-Hant-TW") == "新軟件上線"
    assert apply_overrides("新軟體上線", [term("software", "软件")], "zh-Hant-TW") == "新軟體上線"
    only_hant = [term("software", "軟件", target_lang="zh-Hant")]
    assert for_locale(only_hant, "zh-Hans")["software"].target == "软件"  # what the model is asked for


def summary(title: str, points: list[str]) -> LanguageSummary:
    return LanguageSummary(title=title, one_line=title, summary=" ".join(points), key_points=points)


def test_summary_fields_are_bound_by_their_aligned_twin():
    terms = [term("LLM", "大语言模型")]
    en = summary("New LLM", ["An LLM launched.", "Prices fell."])
    ok = summary("新大语言模型", ["一款大语言模型发布。", "价格下降。"])
    assert check_summary_terms(terms, {"en": en, "zh-Hans": ok}).passed
    bad = summary("新大语言模型", ["一款法学硕士发布。", "价格下降。"])
    result = check_summary_terms(terms, {"en": en, "zh-Hans": bad, "zh-Hant": None})
    assert not result.passed and result.field == "summary.zh-Hans.summary"
    assert "in summary.zh-Hans.key_points[0]" in result.detail and "key_points[1]" not in result.detail
    # a side that leaves the term out entirely is the summary's call, not a terminology error
    silent = summary("Launch", ["A model launched.", "Prices fell."])
    assert check_summary_terms(terms, {"en": silent, "zh-Hans": bad}).passed
    assert check_summary_terms([], {"en": en, "zh-Hans": bad}).detail.startswith("skipped")


def test_translation_pairs_are_bound_by_their_own_source_paragraph():
    terms = [term("dropout", "随机失活"), term("GPU", "图形处理器")]
    pairs = [
        TranslationPair(source="Dropout helps.", target="辍学有帮助。"),
        TranslationPair(source="GPUs.", target="显卡。"),
    ]
    result = check_translation_terms(terms, pairs, "zh-Hans")
    assert not result.passed and result.detail == "'dropout' must be rendered '随机失活' in pairs[0].target"
