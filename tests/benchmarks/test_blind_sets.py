"""The blind evaluation sets holdout3-holdout15: valid, of the size and spread their briefs asked for, and
exactly what their builders write (cases.jsonl is generated from build/*.py; a hand edit would drift)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks._checks_data import KINDS, SETS_DIR, load_cases, style_notes, validate_set

# set: (faithful summaries, at least this many variants, over at least this many kinds)
BRIEFS = {"holdout3": (8, 100, 14), **{f"holdout{n}": (6, 70, 14) for n in range(4, 17)}}


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_the_set_is_valid_and_keeps_the_shape_rules(name: str) -> None:
    assert validate_set(SETS_DIR / name) == []
    assert style_notes(SETS_DIR / name) == []


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_the_set_has_the_size_and_spread_its_brief_asks_for(name: str) -> None:
    n_summaries, min_variants, min_kinds = BRIEFS[name]
    cases, problems = load_cases(SETS_DIR / name)
    assert problems == []
    summaries = [c for c in cases if c.is_faithful and "summary" in c.body]
    kinds = Counter(c.defect["kind"] for c in cases if not c.is_faithful)
    assert len(summaries) == n_summaries
    assert all(c.body.get("grounding", {}).get("entities") for c in summaries)
    assert sum(kinds.values()) >= min_variants
    assert set(kinds) <= KINDS and len(kinds) >= min_kinds
    sides = {
        c.defect["field"].split(".")[1]
        for c in cases
        if c.defect and c.defect["field"].startswith("summary.")
    }
    assert {"en", "zh-Hans"} <= sides  # defects on both language sides
    assert {c.format for c in summaries} == {"text", "html"}


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_the_cases_are_what_the_builder_writes(name: str, tmp_path: Path) -> None:
    out = tmp_path / "cases.jsonl"
    build = SETS_DIR / name / "build" / "build.py"
    subprocess.run([sys.executable, str(build), str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (SETS_DIR / name / "cases.jsonl").read_text(encoding="utf-8")
