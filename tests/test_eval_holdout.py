"""The held-out checks evaluation set stays well-formed: it validates, it is exactly what its specs
build, and the validator and scorer catch what they are meant to catch."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "benchmarks" / "checks" / "holdout"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


validate = _load("checks_validate", ROOT / "benchmarks" / "checks" / "holdout" / "validate.py")
build = _load("checks_holdout_build", HOLDOUT / "build.py")
run = _load("checks_run", ROOT / "benchmarks" / "checks" / "holdout" / "run.py")


def test_holdout_set_validates_and_meets_the_brief() -> None:
    problems, cases = validate.validate(HOLDOUT)
    assert problems == []
    faithful = [c for c in cases if c["defect"] is None]
    kinds: dict[str, int] = {}
    for case in cases:
        if case["defect"]:
            kinds[case["defect"]["kind"]] = kinds.get(case["defect"]["kind"], 0) + 1
    assert len(faithful) >= 12
    assert sum(kinds.values()) >= 120
    assert len([k for k, n in kinds.items() if n >= 6]) >= 12


def test_cases_file_is_exactly_what_the_specs_build() -> None:
    built = build.build(build.load_specs())
    on_disk = [json.loads(line) for line in (HOLDOUT / "cases.jsonl").read_text("utf-8").splitlines()]
    assert built == on_disk


def test_validator_rejects_a_variant_that_changes_a_second_field() -> None:
    _, cases = validate.validate(HOLDOUT)
    faithful = next(c for c in cases if c["defect"] is None and "summary" in c["body"])
    variant = copy.deepcopy(faithful)
    variant["defect"] = {"kind": "number_changed", "field": "summary.en.title", "note": "test"}
    variant["body"]["summary"]["en"]["title"] += " 2"
    variant["body"]["summary"]["zh-Hans"]["title"] += "2"
    assert validate.variant_problems(variant, faithful) == ["also changed: ['summary.zh-Hans.title']"]


def test_validator_rejects_a_grounding_source_not_in_the_article() -> None:
    _, cases = validate.validate(HOLDOUT)
    case = next(c for c in cases if c["defect"] is None and "summary" in c["body"])
    text, paragraphs = validate.load_article(HOLDOUT, case["article"], case["format"])
    body = copy.deepcopy(case["body"])
    body["grounding"]["entities"].append(
        {"en": "X", "zh": "X", "source": "Nowhere Inc", "type": "organization"}
    )
    body["grounding"]["key_point_sources"]["en"][0] = [len(paragraphs) + 1]
    problems = validate.grounding_problems(body, text, paragraphs)
    assert "entity source 'Nowhere Inc' not in the cleaned article" in problems
    assert any("out of 1.." in p for p in problems)


def test_scorer_counts_a_field_only_when_an_error_check_names_it() -> None:
    answer = {
        "checks": [
            {"name": "a", "passed": False, "severity": "warning", "field": "summary.en.title"},
            {"name": "b", "passed": False, "severity": "error", "field": "summary.en.key_points"},
            {"name": "c", "passed": True, "severity": "error", "field": "summary.zh-Hans.title"},
        ]
    }
    assert run.field_named(answer, "summary.en.key_points[2]")
    assert not run.field_named(answer, "summary.en.title")
    assert not run.field_named(answer, "summary.zh-Hans.title")
