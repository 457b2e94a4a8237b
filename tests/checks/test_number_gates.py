"""find_numbers skips a pass when none of the words its every match contains is in the text
(numbers._NEEDS), and looks ahead for a pass's first character (numbers._FAST). A wrong word list or
character class would silently drop numbers, so over every text the repository has (articles, seeds, the
evaluation sets' summaries, the test strings) every match of a gated pass must contain one of its words,
and every fast pass must match exactly what its pattern does."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from service.checks.numbers import _FAST, _FULLWIDTH, _NEEDS, find_numbers
from service.checks.script import to_simplified

ROOT = Path(__file__).resolve().parents[2]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "seeds").glob("*"))]
    for folder in sorted((ROOT / "benchmarks" / "checks").glob("*/")):
        texts += [p.read_text(encoding="utf-8") for p in sorted((folder / "articles").glob("*"))]
        cases = folder / "cases.jsonl"
        if cases.is_file():
            for line in cases.read_text(encoding="utf-8").splitlines():
                texts += _strings(json.loads(line)["body"])
    for path in sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return sorted({to_simplified(t.translate(_FULLWIDTH)) for t in texts if t and _encodes(t)})


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from a test of bad input: never reaches the checks
        return False
    return True


CORPUS = _corpus()


@pytest.mark.parametrize("pattern", list(_NEEDS), ids=lambda p: p.pattern[:40])
def test_every_match_of_a_gated_pass_contains_one_of_its_words(pattern) -> None:
    needs = _NEEDS[pattern]
    matched = 0
    for text in CORPUS:
        for match in pattern.finditer(text):
            matched += 1
            assert any(word in match.group(0).casefold() for word in needs), (pattern.pattern, match.group(0))
    assert matched, "the corpus should exercise every gated pass"


@pytest.mark.parametrize("pattern", list(_FAST), ids=lambda p: p.pattern[:40])
def test_a_pass_with_its_first_character_looked_ahead_matches_exactly_what_it_did(pattern) -> None:
    fast = _FAST[pattern]
    for text in CORPUS:
        spans = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == spans, text[:80]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("周二公布，星期天生效，礼拜一复工", [2.0, 7.0, 1.0]),
        ("On TUESDAY and thursday", [2.0, 4.0]),
        ("二〇二四年三成，三分之一", [2024.0, 30.0, 33.3]),
        ("over three quarters, 1 hour 5 minutes", [9.0, 1.0, 5.0, 65.0]),  # nine months; 65 minutes
        ("Sept. 9 and 5 Jan", [909.0, 105.0]),  # month-day
    ],
)
def test_the_gates_keep_what_the_passes_read(text: str, values: list[float]) -> None:
    assert [round(m.value, 2) for m in find_numbers(text)] == values
