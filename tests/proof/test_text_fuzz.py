"""Property tests for the text pipeline (decode, normalise, detect, segment) on arbitrary input:
any Unicode (lone surrogates and control characters included), mixed scripts, markup, and 1 MB inputs.
The only exceptions allowed are the documented input errors (service.errors.InputError subclasses)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.errors import EmptyInputError, InputError, InputTooLargeError
from service.text.detect import detect, detect_paragraph
from service.text.normalize import decode_bytes, normalize
from service.text.segment import chunk_paragraphs, count_tokens, split_sentences

FUZZ = settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# Every code point, lone surrogates (category Cs) and controls included.
any_char = st.characters(exclude_categories=())
FRAGMENTS = [
    "洛根·基尔帕特里克在3月1日宣布离开OpenAI。", "當(dāng)地時間週二，颱風登陸臺灣。", "東京でニュース",
    "서울 뉴스", "The council voted 7-2 on Tuesday.", "Mr. Smith, U.S. officials said.", "广告", "分享到：",
    "责任编辑：王五", "3小时前", "AI 生成", "[[链接|文本]]", "**bold**", "<p>para</p>",
    "<script>x()</script>",
    "<!--", "&amp;", "Ã©tÃ©", "Ã¤Ã¶", "锟斤拷", "\ufeff", "\u200b", "\u202e", "e\u0301", "ＡＢＣ１２３",
    "！？；", "...", "。。。", "\r\n", "\n\n\n", "\t", "\x0b", "\x1b[31m", "\x7f", "\x00", "\ud800", "\udfff",
    "🙂", "👨‍👩‍👧", "٣٤٥", "שלום", "Ελληνικά", "कानून", " ", "\u3000", "http://example.com/a?b=c", "a@b.cn",
]  # fmt: skip
fragment = st.one_of(st.sampled_from(FRAGMENTS), st.text(any_char, max_size=12))
mixed_text = st.lists(fragment, max_size=40).map("".join)
article_text = st.one_of(st.text(any_char, max_size=400), mixed_text)


def _check_normalized(raw: str, html: bool | None) -> None:
    try:
        result = normalize(raw, html=html, max_chars=200_000)
    except InputError:
        return
    assert result.paragraphs and all(p.strip() for p in result.paragraphs)
    assert result.text == "\n\n".join(result.paragraphs)
    assert len(result.simplified_paragraphs) == len(result.paragraphs)
    assert not _SURROGATE.search(result.text)
    for span in result.mojibake:
        assert 0 <= span.paragraph < len(result.paragraphs)
        assert 0 <= span.start <= span.end <= len(result.paragraphs[span.paragraph])


@FUZZ
@given(raw=article_text, html=st.sampled_from([None, True, False]))
@example(raw="\ud800 lone surrogate", html=None)
@example(raw="\x00binary\x01\x02\x03", html=None)
@example(raw="<html><body></body></html>", html=True)
@example(raw="   \n\t\u3000  ", html=False)
def test_normalize_raises_only_input_errors(raw: str, html: bool | None) -> None:
    _check_normalized(raw, html)


@FUZZ
@given(paragraphs=st.lists(article_text, max_size=8))
def test_detect_never_raises_and_stays_consistent(paragraphs: list[str]) -> None:
    result = detect(paragraphs)
    assert len(result.paragraphs) == len(paragraphs)
    assert 0.0 <= result.confidence <= 1.0
    if result.languages:
        assert sum(result.languages.values()) == pytest.approx(1.0, abs=0.01)
    for paragraph in paragraphs:
        language, _script, confidence = detect_paragraph(paragraph)
        assert language and 0.0 <= confidence <= 1.0


@FUZZ
@given(paragraph=article_text)
def test_split_sentences_keeps_every_visible_character(paragraph: str) -> None:
    sentences = split_sentences(paragraph)
    assert all(s and s == s.strip() for s in sentences)
    visible = re.sub(r"\s", "", paragraph)
    assert re.sub(r"\s", "", "".join(sentences)) == visible


@FUZZ
@given(paragraphs=st.lists(mixed_text.filter(str.strip), min_size=1, max_size=6), budget=st.integers(1, 60))
def test_chunks_stay_within_the_token_budget(paragraphs: list[str], budget: int) -> None:
    chunks = chunk_paragraphs(paragraphs, budget)
    assert chunks and all(chunks)
    for chunk in chunks:
        # A group over budget may only be a single piece that could not be split further.
        assert len(chunk) == 1 or sum(count_tokens(piece) for piece in chunk) <= budget


@FUZZ
@given(data=st.binary(max_size=600))
@example(data=b"\xff\xfe" + "中文".encode("utf-16-le"))
@example(data=b"\xef\xbb\xbf" + "新闻".encode())
@example(data=b"%PDF-1.7 ...")
@example(data=b"\xed\xa0\x80")  # an encoded surrogate: invalid UTF-8
def test_decode_bytes_returns_the_exact_text_or_an_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError:
        return
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    assert text.encode("utf-8") == body


@FUZZ
@given(text=st.text(any_char, min_size=1, max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_decoded_bytes_normalise_or_fail_with_input_errors(text: bytes) -> None:
    try:
        decoded = decode_bytes(text)
    except InputError:
        return
    _check_normalized(decoded, None)


# --- 1 MB -------------------------------------------------------------------------------------------


PLAIN = [
    "洛根·基尔帕特里克在3月1日宣布离开OpenAI。", "當(dāng)地時間週二，颱風登陸臺灣。", "東京でニュース",
    "서울 뉴스", "The council voted 7-2 on Tuesday. ", "Mr. Smith, U.S. officials said. ", "广告", "Ã©tÃ©",
    "锟斤拷", "**bold**", "[[链接|文本]]", "ＡＢＣ１２３", "🙂", "\u200b", "e\u0301",
    "http://example.com/a?b=c ",
]  # fmt: skip


def _megabyte_paragraphs() -> list[str]:
    rng = random.Random(1)
    paragraphs: list[str] = []
    size = 0
    while size < 1_000_000:
        paragraph = "".join(rng.choice(PLAIN) for _ in range(rng.randint(3, 12)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 1
    return paragraphs


@pytest.fixture(scope="module")
def megabyte() -> str:
    return "\n".join(_megabyte_paragraphs())


def test_one_megabyte_article_over_the_default_limit_is_an_input_error(megabyte: str) -> None:
    with pytest.raises(InputTooLargeError):
        normalize(megabyte)


def test_one_megabyte_article_runs_through_the_whole_text_pipeline(megabyte: str) -> None:
    assert len(megabyte.encode()) >= 1_000_000
    result = normalize(megabyte, max_chars=2_000_000)
    assert len(result.paragraphs) > 1000
    detection = detect(result.paragraphs)
    assert detection.language == "zh" and detection.mixed
    assert sum(len(split_sentences(p)) for p in result.paragraphs) >= len(result.paragraphs)
    chunks = chunk_paragraphs(result.simplified_paragraphs, 6000)
    assert len(chunks) >= 10


def test_one_megabyte_html_page() -> None:
    page = "<html><head><title>t</title></head><body>" + "".join(
        f"<p>{paragraph}</p>" for paragraph in _megabyte_paragraphs()
    )
    result = normalize(page, max_chars=2_000_000)
    assert len(result.paragraphs) > 1000


def test_one_megabyte_of_a_single_line_of_noise(megabyte: str) -> None:
    noise = megabyte.replace("\n", "\x0b ")
    try:
        result = normalize(noise, max_chars=2_000_000)
    except EmptyInputError:  # everything on the one line may be judged page chrome
        return
    assert len(result.paragraphs) >= 1
    detect(result.paragraphs)
