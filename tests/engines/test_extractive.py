"""The embedded extractive engine, on the real seed articles.

Seeds are pre-cleaned here in the simplest way (one paragraph per non-empty line; seed 004 converted from
Traditional to Simplified with OpenCC and stripped of its ruby pinyin) so that these tests do not depend
on the real normaliser.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from service.engines.extractive import ExtractiveSummary, summarize_extractive
from service.errors import EmptyInputError, UnsupportedOptionError
from service.schemas import LanguageSummary
from service.text.segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
HAN = re.compile(r"[\u3400-\u9fff]")

# (seed, language): 000 interleaves English and Chinese, so it is summarised in both.
CASES = [("000", "en"), ("000", "zh"), ("001", "zh"), ("002", "zh"), ("003", "en"), ("004", "zh")]
LENGTHS = ("short", "medium", "long")
KEY_POINTS = {"short": 3, "medium": 4, "long": 6}
BOUND = {"zh": {"short": 120, "medium": 250, "long": 450}, "en": {"short": 60, "medium": 120, "long": 220}}


@cache
def paragraphs(seed: str) -> tuple[str, ...]:
    text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    if seed == "004":
        import opencc

        text = PINYIN.sub("", opencc.OpenCC("t2s").convert(text))
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def source(seed: str) -> str:
    return "\n".join(paragraphs(seed))


@cache
def run(seed: str, language: str, length: str = "medium", title: str | None = None) -> ExtractiveSummary:
    return summarize_extractive(list(paragraphs(seed)), language=language, length=length, title=title)


def size(text: str, language: str) -> int:
    """The engine's measure: words for English, visible characters for Chinese."""
    return len(text.split()) if language == "en" else len("".join(text.split()))


def summary_pieces(summary: str) -> list[str]:
    return split_sentences(summary)


def assert_verbatim(piece: str, src: str) -> None:
    # The engine may give an unterminated line (notes, bullets) a full stop when it joins the summary.
    assert piece in src or piece[:-1] in src, f"not verbatim: {piece!r}"


def assert_key_point_from_source(point: str, src: str) -> None:
    """A key point is a verbatim run of the source, at most with a leading connective dropped ("Still,",
    "另一边，": its first letter then capitalised), cut at a clause boundary, and ending with a full stop
    in place of a "；"."""
    body = point[:-1] if point.endswith((".", "。")) else point
    assert body in src or body[0].lower() + body[1:] in src, f"not verbatim: {point!r}"


PARENTHETICAL = r"(?:\s?[(（][^()（）]{1,40}[)）])?"


def assert_gist_from_source(gist: str, src: str) -> None:
    """The gist compresses one sentence: its words in the source's order, at most with parentheticals
    left out, a leading scene-setting clause dropped and a full stop added."""
    body = gist[:-1] if gist.endswith((".", "。")) else gist
    pattern = PARENTHETICAL.join(re.escape(ch) for ch in body)
    assert re.search(pattern, src) or re.search(pattern, src, re.IGNORECASE), f"not from the source: {gist!r}"


def han_share(text: str) -> float:
    """Han characters against Han characters plus Latin words, so "Nathan Lambert 要离开 Ai2 了。" counts
    as Chinese."""
    han = len(HAN.findall(text))
    return han / max(han + len(re.findall(r"[A-Za-z]+", text)), 1)


# --- shape and honesty ------------------------------------------------------------------------


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize(("seed", "language"), CASES)
def test_every_sentence_and_key_point_is_verbatim(seed: str, language: str, length: str) -> None:
    result = run(seed, language, length)
    assert isinstance(result, ExtractiveSummary)
    assert isinstance(result.summary, LanguageSummary)
    src = source(seed)
    out = result.summary
    assert out.summary.strip()
    for piece in summary_pieces(out.summary):
        assert_verbatim(piece, src)
    for point in out.key_points:
        assert_key_point_from_source(point, src)
    assert_gist_from_source(out.one_line, src)
    assert out.title


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize(("seed", "language"), CASES)
def test_summary_is_bounded_and_shorter_than_source(seed: str, language: str, length: str) -> None:
    out = run(seed, language, length).summary
    assert len(out.summary) < len(source(seed))
    bound = BOUND[language][length]
    # Over the bound only when the summary is a single sentence that is itself longer than the bound.
    assert size(out.summary, language) <= bound or len(summary_pieces(out.summary)) == 1


@pytest.mark.parametrize(("seed", "language"), CASES)
def test_summary_sentences_follow_document_order(seed: str, language: str) -> None:
    src = source(seed)
    for length in LENGTHS:
        pieces = summary_pieces(run(seed, language, length).summary.summary)
        positions = [src.find(p if p in src else p[:-1]) for p in pieces]
        assert positions == sorted(positions)


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize(("seed", "language"), CASES)
def test_key_points_count_size_and_no_duplicates(seed: str, language: str, length: str) -> None:
    points = run(seed, language, length).summary.key_points
    assert len(points) == KEY_POINTS[length]
    assert len(set(points)) == len(points)
    for i, a in enumerate(points):
        for b in points[i + 1 :]:
            assert a not in b and b not in a
    limit = 80 if language == "zh" else 40
    assert all(size(point, language) <= limit for point in points)


@pytest.mark.parametrize(("seed", "language"), CASES)
def test_one_line_is_short_and_a_top_point(seed: str, language: str) -> None:
    out = run(seed, language).summary
    assert size(out.one_line, language) <= (60 if language == "zh" else 30)


@pytest.mark.parametrize(("seed", "language"), CASES)
def test_length_ordering(seed: str, language: str) -> None:
    short, medium, long = (run(seed, language, length).summary.summary for length in LENGTHS)
    assert len(short) <= len(medium) <= len(long)
    # Selections are nested: what the short summary says, the longer ones say too.
    for piece in summary_pieces(short):
        assert piece in medium
    for piece in summary_pieces(medium):
        assert piece in long


def test_medium_summaries_have_several_sentences() -> None:
    for seed, language in CASES:
        assert len(summary_pieces(run(seed, language).summary.summary)) >= 2, seed


# --- language filtering -----------------------------------------------------------------------


@pytest.mark.parametrize("length", LENGTHS)
def test_interleaved_seed_english_run_has_no_chinese(length: str) -> None:
    out = run("000", "en", length)
    texts = [out.summary.title, out.summary.one_line, out.summary.summary, *out.summary.key_points]
    assert not any(HAN.search(text) for text in texts)
    assert not any(HAN.search(keyword) for keyword in out.keywords)


@pytest.mark.parametrize("length", LENGTHS)
def test_interleaved_seed_chinese_run_is_chinese(length: str) -> None:
    out = run("000", "zh", length).summary
    for text in [out.one_line, *summary_pieces(out.summary), *out.key_points]:
        assert han_share(text) >= 0.5, text
    # The mixed paragraph glues an English fragment to a Chinese sentence; it must not leak through.
    assert "In a landscape obsessed with leaderboards" not in out.summary
    assert not any("leaderboards" in point for point in out.key_points)


def test_sentences_of_the_other_script_are_dropped() -> None:
    zh = [
        "OpenAI 今天发布了新的开源模型,引发开发者社区的广泛关注。",
        "The model weights were released under a permissive licence on Monday morning.",
        "多位研究人员表示,这一举措将推动开源生态的进一步发展。这是一个重要的信号。",
    ]
    out = summarize_extractive(zh, language="zh", length="long").summary
    assert "licence" not in out.summary
    assert all("licence" not in point for point in out.key_points)

    en = [
        "The model weights were released under a permissive licence on Monday morning.",
        "研究人员表示,这一举措将推动开源生态的进一步发展。",
        "Researchers said the move would push the open ecosystem forward in a meaningful way.",
    ]
    out = summarize_extractive(en, language="en", length="long").summary
    assert not HAN.search(out.summary)


# --- keywords ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "language"), CASES)
def test_keywords_shape(seed: str, language: str) -> None:
    keywords = run(seed, language).keywords
    assert 5 <= len(keywords) <= 8
    assert len({k.lower() for k in keywords}) == len(keywords)
    for keyword in keywords:
        assert len(keyword) >= 2
        assert not re.fullmatch(r"[\d.,%]+", keyword)
    if language == "en":
        # No keyword is contained in another selected keyword.
        for a in keywords:
            for b in keywords:
                if a != b:
                    assert not re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b, re.IGNORECASE), (a, b)


def test_keywords_are_relevant() -> None:
    assert {"OpenAI", "洛根·基尔帕特里克"} <= set(run("001", "zh").keywords)
    assert {"实验室", "开放原则", "理念分歧"} <= set(run("002", "zh").keywords)
    assert {"open-source AI", "OLMo", "RLHF"} <= set(run("003", "en").keywords)
    assert "Meta" in run("004", "zh").keywords
    assert "Nathan Lambert" in run("000", "en").keywords
    assert {"OLMo", "Ai2"} <= set(run("000", "zh").keywords)


GENERIC = {"AI", "信中", "leaving", "wrong", "问题", "Lambert", "专家"}


@pytest.mark.parametrize(("seed", "language"), CASES)
def test_keywords_are_phrases_not_generic_words(seed: str, language: str) -> None:
    keywords = run(seed, language).keywords
    assert not GENERIC & set(keywords)
    if language == "en":
        # A lone English word is a keyword only as a name or an acronym.
        for keyword in keywords:
            assert " " in keyword or re.search(r"[A-Z0-9]", keyword), keyword


def test_split_terms_stay_whole() -> None:
    # jieba's dictionary cuts 预印本 (preprint) into 预 / 印本; the engine knows the term.
    assert "预印" not in run("002", "zh").keywords
    assert not any(k in ("印本", "预") for k in run("002", "zh").keywords)


def test_keywords_come_from_the_article_body() -> None:
    # Seed 004 ends with lists of unrelated headlines; they are not sentences of the article.
    assert "特朗普" not in run("004", "zh").keywords


# --- title ------------------------------------------------------------------------------------


def test_title_is_the_headline_line() -> None:
    assert run("002", "zh").summary.title == "AI专家离职风波:人工智能实验室开放原则与商业化的博弈"
    assert run("004", "zh").summary.title == "“美国基本上退出了开源大模型竞赛,几乎都是中国模型了”"


def test_title_skips_a_breadcrumb_that_repeats_the_headline() -> None:
    # Seed 001 opens with "首页 产业新闻 <headline>" followed by the headline on its own line.
    assert run("001", "zh").summary.title == "为OpenAI解释一切的人离开了OpenAI"


def test_titles_come_from_the_source() -> None:
    # Seed 000 opens with page chrome, then its bilingual title line "Farewell Ai2 告别Ai2".
    assert run("000", "en").summary.title == "Farewell Ai2"
    assert run("000", "zh").summary.title == "告别Ai2"
    # Seed 003 opens with its URL; the slug is the title.
    assert run("003", "en").summary.title == "Why I build open language models"


def test_without_a_source_title_the_title_is_never_a_cut_sentence() -> None:
    text = (
        "Researchers at a university in Zurich released an open-source speech model that runs on a phone "
        "without any network connection, and published its training data alongside the weights. "
        "The model recognises twelve languages and was trained on public-domain recordings only. "
        "Independent testers said its accuracy on noisy street recordings was close to commercial systems."
    )
    out = summarize_extractive([text], language="en").summary
    assert not out.title.endswith(("…", "...", ",")) and size(out.title, "en") <= 15
    sentences = split_sentences(text)
    # Either a whole clause of a sentence (ending where the sentence or a clause ends) or keyword phrases.
    assert not any(
        s.startswith(out.title) and not re.match(r"[,;:.—]", s[len(out.title) :][:1]) for s in sentences
    )


def test_given_title_is_used_verbatim() -> None:
    out = run("001", "zh", "medium", "洛根离开OpenAI").summary
    assert out.title == "洛根离开OpenAI"
    assert run("003", "en", "short", "Why I build open language models").summary.title == (
        "Why I build open language models"
    )


def test_titles_have_no_trailing_full_stop() -> None:
    for seed, language in CASES:
        for length in LENGTHS:
            assert not run(seed, language, length).summary.title.endswith((".", "。"))


# --- behaviour --------------------------------------------------------------------------------


def test_near_duplicate_sentences_are_not_repeated() -> None:
    # Seed 002 repeats its abstract's first sentence verbatim at the start of section 1.1.
    sentence = (
        "近日,一位在人工智能领域深耕十余年的资深专家因理念分歧与资源分配问题,"
        "正式离开其长期任职的顶尖AI实验室。"
    )
    assert source("002").count(sentence) == 2
    for length in LENGTHS:
        out = run("002", "zh", length).summary
        assert out.summary.count(sentence) <= 1
        assert sum(sentence.rstrip("。") in point for point in out.key_points) <= 1


def test_lead_sentence_matters() -> None:
    # News put the gist first: the opening sentence of seed 002's abstract leads even the short summary.
    assert run("002", "zh", "short").summary.summary.startswith("近日,一位在人工智能领域")


def test_markup_is_trimmed_but_text_stays_verbatim() -> None:
    out = summarize_extractive(
        [
            "> ### 摘要",
            "> 近日,一位资深专家因理念分歧正式离开其长期任职的顶尖人工智能实验室。",
            "- 该专家曾主导多项开源模型优化项目,强调基础研究透明性与社区共建价值。",
        ],
        language="zh",
    ).summary
    assert not out.summary.startswith(">")
    assert all(not point.startswith(("-", ">")) for point in out.key_points)


def test_short_article() -> None:
    text = "OpenAI released a new open-weight model on Tuesday, the company said in a statement."
    result = summarize_extractive([text], language="en", length="long")
    out = result.summary
    assert out.summary == text
    assert out.key_points == [out.summary]
    assert out.one_line == out.summary
    assert 1 <= len(result.keywords) <= 8


def test_deterministic_in_process() -> None:
    for seed, language in CASES:
        a = summarize_extractive(list(paragraphs(seed)), language=language)
        b = summarize_extractive(list(paragraphs(seed)), language=language)
        assert a == b


def test_deterministic_across_hash_seeds() -> None:
    """Nothing may depend on set or dict-of-set iteration order: run in fresh interpreters."""
    script = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from tests.engines.test_extractive import run\n"
        "out = {s + l: run(s, l, 'medium').summary.model_dump() | {'kw': run(s, l, 'medium').keywords}\n"
        "       for s, l in [('001', 'zh'), ('003', 'en'), ('000', 'en')]}\n"
        "print(json.dumps(out, ensure_ascii=False, sort_keys=True))\n"
    )
    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        proc = subprocess.run(
            [sys.executable, "-c", script, str(ROOT)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
            check=True,
        )
        outputs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    assert outputs[0] == outputs[1]
    assert outputs[0]["001zh"] == run("001", "zh").summary.model_dump() | {"kw": run("001", "zh").keywords}


def test_language_subtag_is_accepted() -> None:
    assert summarize_extractive(list(paragraphs("001")), language="zh-Hans") == run("001", "zh")


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "language"),
    [
        ([], "en"),
        (["", "   ", "\n"], "zh"),
        (["-----", "60", "2025-07-15 11:40"], "en"),
        (["The model weights were released under a permissive licence on Monday."], "zh"),
        (["研究人员表示,这一举措将推动开源生态的进一步发展。"], "en"),
    ],
)
def test_empty_input(given: list[str], language: str) -> None:
    with pytest.raises(EmptyInputError, match="no sentences to summarise"):
        summarize_extractive(given, language=language)


def test_unsupported_options() -> None:
    with pytest.raises(UnsupportedOptionError):
        summarize_extractive(["Bonjour tout le monde, voici une phrase."], language="fr")
    with pytest.raises(UnsupportedOptionError):
        summarize_extractive(list(paragraphs("003")), language="en", length="huge")
