"""Sentence splitting, token counts and budget packing."""

from __future__ import annotations

from service.text.segment import chunk_paragraphs, count_tokens, pack, split_paragraphs, split_sentences


def test_chinese_sentences_keep_their_closing_quotes():
    assert split_sentences("他说：“你好。”然后走了！真的吗？是的；好吧") == [
        "他说：“你好。”",
        "然后走了！",
        "真的吗？",
        "是的；",
        "好吧",
    ]


def test_english_sentences_respect_abbreviations_initials_and_decimals():
    text = 'Mr. Smith met Allie K. Miller. He said "hi." Then 3.5 people left! OK? 我们走。'
    assert split_sentences(text) == [
        "Mr. Smith met Allie K. Miller.",
        'He said "hi."',
        "Then 3.5 people left!",
        "OK?",
        "我们走。",
    ]


def test_paragraphs_are_non_empty_lines():
    assert split_paragraphs("a\n\n  b  \n\n\nc") == ["a", "b", "c"]


def test_token_counts_work_offline_for_both_scripts():
    assert count_tokens("hello world") == 2
    assert count_tokens("洛根·基尔帕特里克离开了OpenAI。") > 5
    assert count_tokens("<|endoftext|>") > 1  # special tokens are plain text here, never an error


def test_chunks_stay_within_budget_and_keep_everything_in_order():
    paragraphs = [f"Paragraph {i} says something about open models and research." for i in range(40)]
    chunks = chunk_paragraphs(paragraphs, 60)
    assert len(chunks) > 1
    assert all(sum(count_tokens(p) for p in chunk) <= 60 for chunk in chunks)
    assert [p for chunk in chunks for p in chunk] == paragraphs


def test_an_oversized_paragraph_is_split_at_sentences():
    long_paragraph = " ".join(f"Sentence number {i} is here." for i in range(100))
    chunks = chunk_paragraphs([long_paragraph], 50)
    assert len(chunks) > 5
    assert all(count_tokens(" ".join(chunk)) <= 60 for chunk in chunks)
    assert " ".join(p for chunk in chunks for p in chunk).split() == long_paragraph.split()


def test_pack_keeps_order_and_isolates_oversized_items():
    assert pack([1, 2, 3, 10, 1], cost=lambda n: n, budget=5) == [[1, 2], [3], [10], [1]]
    assert pack([], cost=len, budget=5) == []
