"""The demo/test inputs are the five shared seed articles, copied unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_five_seeds_present():
    assert len(list(SEEDS.glob("*.txt"))) == 5


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seeds_match_the_shared_originals_byte_for_byte():
    assert {p.name: digest(p) for p in SEEDS.glob("*.txt")} == {
        p.name: digest(p) for p in SHARED.glob("*.txt")
    }
