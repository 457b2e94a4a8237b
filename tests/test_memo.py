"""service/memo.py: one computation per distinct call inside a finalize, copies that do not leak, and
nothing kept outside the scope."""

from __future__ import annotations

from service.finalize import finish_translation
from service.memo import memo_scope, per_finalize
from service.schemas import TranslationPair

calls: list[tuple] = []


@per_finalize
def _words(text: str, *, upper: bool = False) -> list[str]:
    calls.append((text, upper))
    return (text.upper() if upper else text).split()


def test_inside_a_scope_each_distinct_call_runs_once_and_callers_get_their_own_copy():
    calls.clear()
    with memo_scope():
        first = _words("a b")
        first.append("mine")
        again = _words("a b")
        _words("a b", upper=True)
        _words("a b", upper=True)
    assert again == ["a", "b"]
    assert calls == [("a b", False), ("a b", True)]


def test_outside_a_scope_nothing_is_kept():
    calls.clear()
    _words("x")
    _words("x")
    with memo_scope():
        _words("x")
    with memo_scope():
        _words("x")
    assert len(calls) == 4


def test_unhashable_arguments_are_computed_every_time():
    seen = []

    @per_finalize
    def total(values: list[int]) -> int:
        seen.append(1)
        return sum(values)

    with memo_scope():
        assert total([1, 2]) == total([1, 2]) == 3
    assert len(seen) == 2


def test_finalize_gives_the_same_checks_twice():
    pairs = [
        TranslationPair(
            source="Revenue rose 12% to $3.4 billion in 2023.", target="2023年收入增长12%，达34亿美元。"
        )
    ]
    kwargs = dict(
        source=pairs[0].source,
        mojibake=[],
        pairs=pairs,
        target="zh-Hans",
        notice_kind="llm",
        warning_checks=[],
    )
    assert finish_translation(**kwargs) == finish_translation(**kwargs)
