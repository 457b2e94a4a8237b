"""The holdout6 evaluation set: valid, of the size and spread its brief asks for, and exactly what its
builder writes (cases.jsonl is generated from build/*.py; a hand edit of it would drift silently)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from benchmarks._checks_data import KINDS, SETS_DIR, load_cases, style_notes, validate_set

HOLDOUT6 = SETS_DIR / "holdout6"


def test_holdout6_is_valid_and_keeps_the_shape_rules() -> None:
    assert validate_set(HOLDOUT6) == []
    assert style_notes(HOLDOUT6) == []


def test_holdout6_has_the_size_and_spread_the_brief_asks_for() -> None:
    cases, problems = load_cases(HOLDOUT6)
    assert problems == []
    summaries = [c for c in cases if c.is_faithful and "summary" in c.body]
    kinds = Counter(c.defect["kind"] for c in cases if not c.is_faithful)
    assert len(summaries) == 6
    assert all(c.body.get("grounding", {}).get("entities") for c in summaries)
    assert sum(kinds.values()) >= 70
    assert set(kinds) <= KINDS and len(kinds) >= 14
    sides = {
        c.defect["field"].split(".")[1]
        for c in cases
        if c.defect and c.defect["field"].startswith("summary.")
    }
    assert {"en", "zh-Hans"} <= sides  # defects on both language sides
    assert {c.format for c in summaries} == {"text", "html"}


def test_holdout6_cases_are_what_the_builder_writes(tmp_path: Path) -> None:
    out = tmp_path / "cases.jsonl"
    subprocess.run(
        [sys.executable, str(HOLDOUT6 / "build" / "build.py"), str(out)], check=True, capture_output=True
    )
    assert out.read_text(encoding="utf-8") == (HOLDOUT6 / "cases.jsonl").read_text(encoding="utf-8")
