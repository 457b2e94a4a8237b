"""The dev2 checks evaluation set is well formed, reproducible from its sources, and the validator
rejects the mistakes it is meant to catch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV2 = ROOT / "benchmarks" / "checks" / "dev2"
sys.path.insert(0, str(DEV2 / "build"))  # the set's own validator, beside its builder

import validate  # noqa: E402


def test_cases_file_is_rebuilt_identically(tmp_path: Path) -> None:
    out = tmp_path / "cases.jsonl"
    subprocess.run([sys.executable, str(DEV2 / "build" / "build.py"), str(out)], check=True, cwd=ROOT)
    assert out.read_text(encoding="utf-8") == (DEV2 / "cases.jsonl").read_text(encoding="utf-8")


def test_set_validates_and_covers_the_kinds() -> None:
    errors, _, kinds = validate.validate(DEV2)
    assert errors == []
    assert len(kinds) >= 12
    assert min(kinds.values()) >= 6
    lines = (DEV2 / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    faithful = [json.loads(line) for line in lines if json.loads(line)["defect"] is None]
    assert len({case["article"] for case in faithful}) >= 12


def _copy_set(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "set"
    (folder / "articles").mkdir(parents=True)
    for article in (DEV2 / "articles").iterdir():
        (folder / "articles" / article.name).write_bytes(article.read_bytes())
    cases = [json.loads(line) for line in (DEV2 / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    edit(cases)
    (folder / "cases.jsonl").write_text(
        "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8"
    )
    return folder


def _variant(cases: list[dict], case_id: str) -> dict:
    return next(case for case in cases if case["id"] == case_id)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda cs: _variant(cs, "hk_property/currency-en")["body"]["summary"]["en"].update(title="X"),
            "differs from its faithful case outside summary.en.one_line",
        ),
        (
            lambda cs: _variant(cs, "hk_property/faithful")["body"]["grounding"]["entities"][0].update(
                source="新地產"
            ),
            "not in the article",
        ),
        (
            lambda cs: _variant(cs, "hk_property/faithful")["body"]["grounding"]["key_point_sources"][
                "en"
            ].append([99]),
            "out of 1..8",
        ),
        (lambda cs: cs.append(dict(_variant(cs, "hk_property/currency-en"))), "duplicate id"),
        (
            lambda cs: _variant(cs, "en_election/translation-link")["body"]["pairs"][7].update(
                target=_variant(cs, "en_election/translation-faithful")["body"]["pairs"][7]["target"]
            ),
            "identical to its faithful case",
        ),
    ],
)
def test_validator_rejects(tmp_path: Path, edit, expected: str) -> None:  # type: ignore[no-untyped-def]
    errors, _, _ = validate.validate(_copy_set(tmp_path, edit))
    assert any(expected in error for error in errors), errors
