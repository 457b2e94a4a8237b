"""Issue 12, the extractive engine's first impression: titles from the source, nothing said twice, truly
aligned pairs from a bilingual source, and an honest label wherever the lists are independent."""

from __future__ import annotations

import re

import pytest

from service.batch.core import Article
from service.batch.markdown import render_markdown
from service.cli import _print_summary, out
from service.engines.extractive import summarize_article
from service.engines.extractive.measure import keyword_recall, repeated_sentences
from service.engines.extractive.pairs import numbers, parallel_pairs
from service.schemas import INDEPENDENT_KEY_POINTS, SummaryResponse
from service.text.segment import split_sentences
from tests.conftest import seed

SEEDS = ("000", "001", "002", "003", "004")
LENGTHS = ("short", "medium", "long")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
HAN = re.compile(r"[\u3400-\u9fff]")

# An English paragraph, then its Chinese version, twice; then two unrelated paragraphs.
PRESS_RELEASE = """Harbour Data opens a new research centre in Singapore with 120 engineers.

港湾数据在新加坡开设新的研究中心，拥有120名工程师。

The company will invest 45 million dollars in the centre over the next three years, it said on Monday.

该公司周一表示，未来三年将向该中心投资4500万美元。

The chief executive, Mei Tan, said the centre would work on speech recognition for Southeast Asian languages.

首席执行官Mei Tan表示，该中心将研究东南亚语言的语音识别。"""

NOT_PARALLEL = """\
The city council voted on Tuesday to keep the public library open in the evenings after a debate.
Council members said the decision would cost the city about two million a year in staff and heating.
Several residents spoke in favour of the plan, saying the library was the only quiet place to study.

台风过境后，沿海多个城市的交通已基本恢复，铁路部门表示大部分列车将按时发车。
气象台提醒市民，未来三天仍有强降雨，山区需要防范地质灾害。
多所学校宣布周三复课，部分受损校舍仍在维修之中。"""


@pytest.fixture(scope="module")
def seed_responses(offline_app_module):
    return {
        (prefix, length): offline_app_module.post(
            "/v1/summaries", json={"text": seed(prefix), "length": length}
        ).json()
        for prefix in SEEDS
        for length in LENGTHS
    }


@pytest.fixture(scope="module")
def offline_app_module():
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from tests.conftest import offline_settings

    with TestClient(create_app(offline_settings())) as client:
        yield client


def letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


# --- titles -----------------------------------------------------------------------------------


def test_seed_000_bilingual_title_line_is_split_into_its_halves(seed_responses):
    summary = seed_responses[("000", "medium")]["summary"]
    assert summary["en"]["title"] == "Farewell Ai2"
    assert summary["zh-Hans"]["title"] == "告别Ai2"


def test_seed_003_title_is_its_url_slug(seed_responses):
    assert seed_responses[("003", "medium")]["summary"]["en"]["title"] == "Why I build open language models"


def test_html_title_is_the_title(offline_app):
    html = (
        "<html><head><title>Harbour Data opens a research centre - Example News</title></head><body>"
        "<article><h1>Harbour Data opens a research centre</h1>"
        "<p>Harbour Data opened a new research centre in Singapore on Monday with 120 engineers.</p>"
        "<p>The company will invest 45 million dollars in the centre over the next three years.</p>"
        "<p>The centre will work on speech recognition for Southeast Asian languages, it said.</p>"
        "</article></body></html>"
    )
    body = offline_app.post("/v1/summaries", json={"html": html}).json()
    assert body["summary"]["en"]["title"] == "Harbour Data opens a research centre"


def test_a_given_bilingual_title_is_split_per_language():
    result = summarize_article(
        {"en": PRESS_RELEASE.split("\n\n"), "zh": PRESS_RELEASE.split("\n\n")},
        title="Harbour Data opens Singapore centre 港湾数据新加坡研究中心开幕",
    )
    assert result.summary["en"] and result.summary["en"].title == "Harbour Data opens Singapore centre"
    assert result.summary["zh-Hans"] and result.summary["zh-Hans"].title == "港湾数据新加坡研究中心开幕"


def test_no_title_is_a_truncated_sentence(seed_responses):
    for response in seed_responses.values():
        for summary in response["summary"].values():
            if summary:
                assert not summary["title"].endswith(("…", "...", ",", "，"))


# --- no repetition ----------------------------------------------------------------------------


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("prefix", SEEDS)
def test_no_sentence_is_repeated_on_any_seed(seed_responses, prefix, length):
    from service.schemas import LanguageSummary

    for locale, summary in seed_responses[(prefix, length)]["summary"].items():
        if summary is None or locale not in ("en", "zh-Hans"):
            continue
        value = LanguageSummary.model_validate(summary)
        assert repeated_sentences(value, "en" if locale == "en" else "zh") == [], (prefix, locale)
        pieces = [*split_sentences(value.summary), *value.key_points]
        assert len({p.rstrip("。.") for p in pieces}) == len(pieces)


@pytest.mark.parametrize("prefix", SEEDS)
def test_the_gist_is_a_compressed_statement_not_a_copy(seed_responses, prefix):
    for locale, summary in seed_responses[(prefix, "medium")]["summary"].items():
        if summary is None or locale not in ("en", "zh-Hans"):
            continue
        sentences = split_sentences(summary["summary"]) + summary["key_points"]
        assert summary["one_line"] not in sentences
        assert all(summary["one_line"].rstrip("。.") != s.rstrip("。.") for s in sentences)


# --- aligned pairs ----------------------------------------------------------------------------


def _shared_anchors(en: str, zh: str) -> None:
    assert numbers(en) == numbers(zh), (en, zh)
    latin_in_zh = {w.lower() for w in LATIN.findall(HAN.sub(" ", zh))}
    assert latin_in_zh <= {w.lower() for w in LATIN.findall(en)}, (en, zh)


@pytest.mark.parametrize("length", LENGTHS)
def test_seed_000_key_points_are_parallel_pairs_from_the_source(seed_responses, length):
    body = seed_responses[("000", length)]
    assert body["key_points_alignment"] == "aligned"
    rows = body["key_points"]
    assert len(rows) >= 3 if length != "short" else len(rows) == 3
    dek = next(p for p in seed("000").split("\n\n") if p.startswith("Nathan Lambert’s departure"))
    for row in rows:
        en, zh = row["en"], row["zh-Hans"]
        assert en and zh
        _shared_anchors(en, zh)
        # Both sides come from the interleaved paragraph that carries the article in both languages
        # (compared without punctuation: normalisation makes Chinese commas full-width).
        assert letters(en) in letters(dek) and letters(zh) in letters(dek)
    checks = {c["name"]: c for c in body["checks"]}
    assert checks["key_points_aligned"]["passed"], checks["key_points_aligned"]["detail"]


def test_seed_000_pairs_say_the_same_thing():
    pairs = parallel_pairs([line for line in seed("000").splitlines() if line.strip()])
    by_en = {pair.en_text[:30]: pair.zh_text for pair in pairs}
    assert by_en["Nathan Lambert’s departure fro"].startswith("内森·兰伯特从艾伦人工智能研究所的离职")
    assert by_en["His farewell note reads like a"].startswith("他的告别信")
    # Two English sentences translated as one Chinese sentence: a 2-1 pair.
    assert by_en["He’s leaving behind a project,"].startswith("他留下的OLMo项目")
    # The English essay and the Chinese essay that follow it are two different texts: never paired.
    assert all("Ultimately" not in pair.en_text for pair in pairs)


def test_paragraph_interleaved_press_release_gets_aligned_pairs():
    paragraphs = PRESS_RELEASE.split("\n\n")
    result = summarize_article({"en": paragraphs, "zh": paragraphs})
    assert result.key_points_alignment == "aligned"
    en, zh = result.summary["en"], result.summary["zh-Hans"]
    assert en and zh and len(en.key_points) == len(zh.key_points) == 3
    for a, b in zip(en.key_points, zh.key_points, strict=True):
        _shared_anchors(a, b)


# --- the independence label -------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_one_language_is_labelled_single(seed_responses, prefix):
    assert seed_responses[(prefix, "medium")]["key_points_alignment"] == "single"


def test_two_unrelated_halves_are_labelled_independent(offline_app):
    body = offline_app.post("/v1/summaries", json={"text": NOT_PARALLEL}).json()
    assert body["summary"]["en"] and body["summary"]["zh-Hans"]
    assert body["key_points_alignment"] == "independent"


def test_stored_drafts_without_the_label_still_load(seed_responses):
    stored = dict(seed_responses[("001", "medium")])
    stored.pop("key_points_alignment")
    assert SummaryResponse.model_validate(stored).key_points_alignment == "aligned"


def test_cli_markdown_and_review_page_say_independent(offline_app, capsys):
    body = offline_app.post("/v1/summaries", json={"text": NOT_PARALLEL}).json()
    response = SummaryResponse.model_validate(body)
    out.width = 200
    _print_summary(__import__("pathlib").Path("article.txt"), response)
    printed = capsys.readouterr().out
    assert "extracted independently" in printed and "key points · en" in printed
    page = render_markdown(Article(id="a1", text=NOT_PARALLEL), response)
    assert INDEPENDENT_KEY_POINTS in page
    # One list per language, never rows that pair an English point with a Chinese one.
    assert f"1. {response.summary['en'].key_points[0]}\n" in page
    html = offline_app.get(f"/review/drafts/{body['id']}").text
    assert 'id="key-points-independent"' in html


def test_aligned_output_has_no_independence_note(seed_responses):
    response = SummaryResponse.model_validate(seed_responses[("000", "medium")])
    assert INDEPENDENT_KEY_POINTS not in render_markdown(Article(id="s0", text=seed("000")), response)


# --- the measures -----------------------------------------------------------------------------


def test_keyword_recall_rules():
    reference = ["AI专家离职", "理念分歧"]
    assert keyword_recall(["专家离职", "理念分歧"], reference) == 1.0
    assert keyword_recall(["AI"], reference) == 0.0  # "AI" is too short a part of "AI专家离职"
    assert keyword_recall(["AI"], reference, loose=True) == 0.5


def test_a_side_with_only_page_chrome_is_left_out():
    paragraphs = [
        "Hot 热度",
        "The city council voted on Tuesday to keep the public library open in the evenings.",
        "Council members said the decision would cost the city about two million a year.",
    ]
    result = summarize_article({"en": paragraphs, "zh-Hans": paragraphs})
    assert result.summary["en"] and result.summary["zh-Hans"] is None
    assert result.key_points_alignment == "single"
