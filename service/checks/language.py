"""Is a field written in the language it is meant to be in?

Chinese field: Han share >= 0.6, counting each Han/kana/Hangul character and each lower-case Latin word as
one unit and each name-like Latin word (capitalised, mixed case, digits) as half a unit, so Latin names such
as "OpenAI" or "Logan Kilpatrick" inside Chinese stay legitimate; and no more than a trace of kana
(Japanese). English field: Han/kana/Hangul characters are at most 5% of all letters.
Fields with nothing to judge (empty, digits, punctuation) pass: length checks deal with empty fields.
"""

from __future__ import annotations

from service.checks.script import profile

MIN_HAN_SHARE = 0.6
MAX_CJK_SHARE_IN_ENGLISH = 0.05
MAX_KANA_SHARE = 0.1


def _excerpt(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chinese_problem(text: str) -> str | None:
    """None when `text` reads as Chinese, else why not."""
    p = profile(text)
    share = p.han_share_units()
    if share is None:
        return None
    if share < MIN_HAN_SHARE:
        return f"not Chinese (Han share {share:.2f} < {MIN_HAN_SHARE}): '{_excerpt(text)}'"
    if p.kana and p.kana / (p.han + p.kana) > MAX_KANA_SHARE:
        return f"Japanese kana in a Chinese field ({p.kana} kana): '{_excerpt(text)}'"
    return None


def english_problem(text: str) -> str | None:
    """None when `text` reads as English (Latin script), else why not."""
    share = profile(text).cjk_share_letters()
    if share is None:
        return None
    if share > MAX_CJK_SHARE_IN_ENGLISH:
        return f"not English (CJK share {share:.2f} > {MAX_CJK_SHARE_IN_ENGLISH}): '{_excerpt(text)}'"
    return None


def language_problem(text: str, locale: str) -> str | None:
    return chinese_problem(text) if locale.startswith("zh") else english_problem(text)
