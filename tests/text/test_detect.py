from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from service.text.detect import HAN_WEIGHT, MIXED_THRESHOLD, detect, detect_paragraph, han_script
from service.text.normalize import normalize
from service.text.segment import split_paragraphs

SEEDS = Path(__file__).parents[2] / "seeds"


@cache
def seed(number: int) -> str:
    (path,) = SEEDS.glob(f"{number:03d}_*.txt")
    return path.read_text(encoding="utf-8")


@cache
def raw_paragraphs(number: int) -> tuple[str, ...]:
    return tuple(split_paragraphs(seed(number)))


@cache
def clean_paragraphs(number: int) -> tuple[str, ...]:
    return tuple(normalize(seed(number)).paragraphs)


def paragraphs_of(number: int, form: str) -> list[str]:
    return list(raw_paragraphs(number) if form == "raw" else clean_paragraphs(number))


# --- the five seeds, raw and normalised -------------------------------------------------------------

FORMS = ["raw", "normalized"]


@pytest.mark.parametrize("form", FORMS)
def test_seed_000_is_mixed_english_and_chinese(form: str) -> None:
    result = detect(paragraphs_of(0, form))
    assert result.mixed is True
    assert set(result.languages) == {"en", "zh"}
    assert result.languages["zh"] >= MIXED_THRESHOLD
    assert result.languages["en"] >= MIXED_THRESHOLD
    # English holds the larger weighted share (about 0.6 with HAN_WEIGHT = 2.5), so it is the primary.
    assert result.language == "en"
    assert result.script == "Latn"
    labels = {label.language for label in result.paragraphs}
    assert {"en", "zh"} <= labels


def test_seed_000_paragraph_with_an_english_and_a_chinese_half_counts_for_both() -> None:
    paragraphs = paragraphs_of(0, "raw")
    mixed = next(p for p in paragraphs if p.startswith("Nathan Lambert’s departure"))
    english_only = [p for p in paragraphs if p is not mixed and not any("\u4e00" <= c <= "\u9fff" for c in p)]
    with_mixed = detect([mixed, *english_only])
    without = detect(english_only)
    assert with_mixed.languages.get("zh", 0) > 0  # the Chinese half is credited to zh
    assert "zh" not in without.languages
    # ...while the paragraph itself is labelled by its dominant weighted share.
    assert detect_paragraph(mixed)[0] == "en"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("number", [1, 2])
def test_simplified_chinese_seeds(number: int, form: str) -> None:
    result = detect(paragraphs_of(number, form))
    assert (result.language, result.script, result.mixed) == ("zh", "Hans", False)
    assert result.languages["zh"] >= 0.95
    assert 0.5 < result.confidence <= 1.0


def test_english_names_in_chinese_do_not_make_it_mixed() -> None:
    paragraphs = paragraphs_of(1, "normalized")
    with_names = [p for p in paragraphs if "Allie K. Miller" in p or "HyperWrite" in p]
    assert len(with_names) == 2
    for paragraph in with_names:
        language, script, _ = detect_paragraph(paragraph)
        assert (language, script) == ("zh", "Hans")
    assert detect(paragraphs).languages.get("en", 0.0) < 0.05


@pytest.mark.parametrize("form", FORMS)
def test_seed_003_english_notes(form: str) -> None:
    result = detect(paragraphs_of(3, form))
    assert (result.language, result.script, result.mixed) == ("en", "Latn", False)
    assert result.languages == {"en": 1.0}


@pytest.mark.parametrize("form", FORMS)
def test_seed_004_traditional_chinese_not_korean(form: str) -> None:
    result = detect(paragraphs_of(4, form))
    assert (result.language, result.script, result.mixed) == ("zh", "Hant", False)
    assert "ko" not in result.languages
    assert all(label.language in ("zh", "und") for label in result.paragraphs)


def test_seed_004_mojibake_paragraph_is_still_traditional_chinese() -> None:
    paragraph = next(p for p in paragraphs_of(4, "raw") if "伊?!つ锟耍" in p)
    language, script, confidence = detect_paragraph(paragraph)
    assert (language, script) == ("zh", "Hant")
    assert confidence > 0.8


def test_ruby_pinyin_does_not_turn_seed_004_into_a_latin_language() -> None:
    # Raw 004 carries hundreds of pinyin glosses such as 當(dāng); they are Latin letters, but no phrase.
    assert set(detect(paragraphs_of(4, "raw")).languages) == {"zh"}


# --- single paragraphs ------------------------------------------------------------------------------


def test_japanese_with_kanji_and_kana_is_japanese() -> None:
    assert detect_paragraph("東京都は今日、新しい環境政策を発表しました。")[:2] == ("ja", "Jpan")


def test_one_stray_kana_in_chinese_stays_chinese() -> None:
    text = "这一消息令深耕开源领域二十余年的美国学者伊つ莫里克唏嘘不已，他认为美国基本退出了竞争。"
    assert detect_paragraph(text)[:2] == ("zh", "Hans")


def test_korean() -> None:
    assert detect_paragraph("서울시는 오늘 새로운 환경 정책을 발표했습니다.")[:2] == ("ko", "Kore")


def test_french() -> None:
    language, script, confidence = detect_paragraph(
        "Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui suscite de vives critiques."
    )
    assert (language, script) == ("fr", "Latn")
    assert confidence > 0.8


def test_russian_uses_the_script_then_langdetect() -> None:
    assert detect_paragraph("Правительство объявило во вторник о новой пенсионной реформе.")[:2] == (
        "ru",
        "Cyrl",
    )


def test_short_latin_text_is_english_with_low_confidence() -> None:
    language, script, confidence = detect_paragraph("OK")
    assert (language, script) == ("en", "Latn")
    assert confidence < 0.3


@pytest.mark.parametrize("text", ["", "   ", "12345 67.8", "——。，！", "https://example.com/a/b/c"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_paragraph(text) == ("und", None, 0.0)


def test_simplified_and_traditional() -> None:
    assert detect_paragraph("这是一个关于人工智能开放研究的简体中文句子。")[:2] == ("zh", "Hans")
    assert detect_paragraph("這是一個關於人工智慧開放研究的繁體中文句子。")[:2] == ("zh", "Hant")
    # Characters common to both scripts: a tie, reported as Hans.
    assert han_script("中文大人") == "Hans"


def test_han_weight_decides_a_half_and_half_paragraph() -> None:
    english = "Open models matter"  # 16 letters
    chinese = "开放模型很重要"  # 7 Han chars, weighted 17.5 with HAN_WEIGHT = 2.5
    assert HAN_WEIGHT * len(chinese) > sum(c.isalpha() for c in english)
    assert detect_paragraph(f"{english} {chinese}")[0] == "zh"
    assert detect_paragraph(f"{english} and they always will {chinese}")[0] == "en"


def test_detection_is_deterministic() -> None:
    paragraphs = paragraphs_of(0, "raw")
    assert detect(paragraphs).model_dump() == detect(paragraphs).model_dump()
    text = "Ceci est une courte phrase."
    assert len({detect_paragraph(text) for _ in range(5)}) == 1


# --- article level shape ----------------------------------------------------------------------------


def test_empty_article_is_undetermined() -> None:
    for paragraphs in ([], ["", "123", "——"]):
        result = detect(paragraphs)
        assert (result.language, result.script, result.confidence, result.mixed) == ("und", None, 0.0, False)
        assert result.languages == {}
        assert len(result.paragraphs) == len(paragraphs)


@pytest.mark.parametrize("number", range(5))
def test_labels_cover_every_paragraph_with_sane_values(number: int) -> None:
    paragraphs = paragraphs_of(number, "raw")
    result = detect(paragraphs)
    assert [label.index for label in result.paragraphs] == list(range(len(paragraphs)))
    assert [label.chars for label in result.paragraphs] == [len(p) for p in paragraphs]
    assert all(0.0 <= label.confidence <= 1.0 for label in result.paragraphs)
    assert 0.0 <= result.confidence <= 1.0
    assert abs(sum(result.languages.values()) - 1.0) < 0.01
    assert result.language == max(result.languages, key=lambda lang: result.languages[lang])
