"""The checker benchmark's data and plumbing: every evaluation set is valid, the validator catches the
mistakes hand-written cases make, and scoring/location work on known outcomes. No recall is asserted: the
figures are what benchmarks/checks.py measures, not something a test may pin."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from benchmarks._checks_data import (
    KINDS,
    SETS_DIR,
    Case,
    diff_paths,
    load_cases,
    request_body,
    set_names,
    style_notes,
    validate_set,
)
from benchmarks.checks import (
    Outcome,
    locale_part,
    located,
    new_evidence,
    run_cases,
    score,
    settings_for,
)
from service.api.app import create_app

DEV = SETS_DIR / "dev"


@pytest.mark.parametrize("name", set_names())
def test_every_set_is_valid(name: str) -> None:
    assert validate_set(SETS_DIR / name) == []


def test_dev_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    cases, problems = load_cases(DEV)
    assert problems == []
    assert style_notes(DEV) == []  # lengths, key-point and keyword counts, titles
    faithful = [c for c in cases if c.is_faithful]
    kinds = Counter(c.defect["kind"] for c in cases if not c.is_faithful)
    assert len(faithful) >= 12
    assert sum(kinds.values()) >= 130
    assert set(kinds) <= KINDS
    assert len(kinds) >= 12 and min(kinds.values()) >= 6
    sides = {c.defect["field"].split(".")[1] for c in cases if c.defect and c.defect["field"].count(".") >= 1}
    assert {"en", "zh-Hans"} <= sides  # defects on both language sides


def test_dev_cases_json_is_what_the_builder_writes(tmp_path: Path) -> None:
    """cases.jsonl is generated from faithful.py + variants.py; a hand edit of one would drift silently."""
    import runpy
    import sys

    sys.path.insert(0, str(DEV))
    try:
        builder = runpy.run_path(str(DEV / "build_cases.py"), run_name="not_main")
        built = [json.dumps(case, ensure_ascii=False) for case in builder["build"]()]
    finally:
        sys.path.remove(str(DEV))
        for name in ("faithful", "variants"):
            sys.modules.pop(name, None)
    assert built == (DEV / "cases.jsonl").read_text(encoding="utf-8").splitlines()


def _copy_set(tmp_path: Path, edit) -> Path:
    """A copy of the dev set's first article's cases with one line edited by `edit(rows)`."""
    folder = tmp_path / "broken"
    shutil.copytree(DEV / "articles", folder / "articles")
    rows = [json.loads(line) for line in (DEV / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    article = rows[0]["article"]
    rows = [row for row in rows if row["article"] == article]
    edit(rows)
    (folder / "cases.jsonl").write_text(
        "\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8"
    )
    return folder


def _variant(rows: list[dict]) -> dict:
    return next(row for row in rows if row["defect"] and row["defect"]["field"] == "summary.en.one_line")


def test_a_copied_set_is_valid_before_it_is_broken(tmp_path: Path) -> None:
    assert validate_set(_copy_set(tmp_path, lambda rows: None)) == []


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda rows: _variant(rows)["body"]["summary"]["en"].update(title="Changed too"), "changes outside"),
        (lambda rows: _variant(rows).update(body=rows[0]["body"]), "identical to its faithful case"),
        (lambda rows: rows.append(rows[1]), "duplicate id"),
        (lambda rows: rows[0]["body"]["grounding"]["entities"][0].update(source="Nobody"), "does not occur"),
        (lambda rows: rows[0]["body"]["grounding"]["key_point_sources"]["en"][0].append(99), "outside 1-"),
        (lambda rows: rows[0]["body"]["grounding"]["key_point_sources"]["zh-Hans"].pop(), "entries for"),
        (lambda rows: _variant(rows)["defect"].update(kind="typo_kind"), "unknown defect kind"),
        (lambda rows: _variant(rows)["defect"].update(field="summary.en.nothing"), "exists neither"),
        (lambda rows: rows.pop(0), "has no faithful case"),
        (lambda rows: rows[0]["body"]["summary"]["en"].update(title="A title."), "ends with a period"),
        (lambda rows: rows[0]["body"]["keywords"].update(en=["one"]), "keywords.en has 1"),
        (lambda rows: _variant(rows).update(article="missing_article", id="missing_article/x"), "no article"),
    ],
)
def test_the_validator_names_each_mistake(tmp_path: Path, edit, message: str) -> None:
    folder = _copy_set(tmp_path, edit)
    problems = validate_set(folder) + style_notes(folder)
    assert any(message in problem for problem in problems), problems


def test_other_sets_conventions_are_accepted(tmp_path: Path) -> None:
    """An invented entity without `also` (both sides changed) and a key-point swap named by one index."""

    def edit(rows: list[dict]) -> None:
        for row in rows:
            defect = row["defect"] or {}
            if defect.get("kind") == "entity_invented":
                defect.pop("also")
            if defect.get("field") == "summary.zh-Hans.key_points":
                defect["field"] = "summary.zh-Hans.key_points[1]"

    assert validate_set(_copy_set(tmp_path, edit)) == []


def test_unparseable_lines_are_reported(tmp_path: Path) -> None:
    folder = _copy_set(tmp_path, lambda rows: None)
    with (folder / "cases.jsonl").open("a", encoding="utf-8") as out:
        out.write("{not json\n")
    assert any("not a case" in problem for problem in validate_set(folder))


def test_diff_paths_name_the_changed_leaf() -> None:
    left = {"summary": {"en": {"key_points": ["a", "b"]}}, "keywords": {"en": ["x"]}}
    right = {"summary": {"en": {"key_points": ["a", "c"]}}, "keywords": {"en": ["x"]}, "disclaimer": {}}
    assert list(diff_paths(left, right)) == ["disclaimer", "summary.en.key_points[1]"]


def test_request_body_carries_the_article_and_drops_grounding_when_ungrounded() -> None:
    cases, _ = load_cases(DEV)
    html_case = next(c for c in cases if c.format == "html")
    grounded = request_body(DEV, html_case, grounded=True)
    ungrounded = request_body(DEV, html_case, grounded=False)
    assert "<article>" in grounded["html"] and "text" not in grounded
    assert "grounding" in grounded and "grounding" not in ungrounded
    assert "grounding" in html_case.body  # the case itself is not modified


def _case(kind: str | None, field: str = "summary.zh-Hans.key_points[1]", also: str | None = None) -> Case:
    defect = (
        None
        if kind is None
        else {"kind": kind, "field": field, "note": "n", **({"also": also} if also else {})}
    )
    return Case(set_name="t", id=f"a/{kind}", article="a", format="text", defect=defect, body={})


def _failed(field: str | None, severity: str = "error") -> dict:
    return {"name": "numbers", "passed": False, "severity": severity, "field": field, "detail": "d"}


def test_locale_part() -> None:
    assert locale_part("summary.zh-Hans.key_points[2]") == "summary.zh-Hans"
    assert locale_part("summary.en.title") == "summary.en"
    assert locale_part("keywords.en") == "keywords.en"
    assert locale_part("disclaimer.zh-Hans") == "disclaimer.zh-Hans"
    assert locale_part("pairs[3].target") == "pairs"
    assert locale_part("summary") == "summary"


def test_located_needs_an_error_on_the_defect_side() -> None:
    case = _case("number_changed")
    assert located(Outcome(case, "grounded", "needs_review", [_failed("summary.zh-Hans.summary")]))
    assert not located(Outcome(case, "grounded", "needs_review", [_failed("summary.en.summary")]))
    assert not located(Outcome(case, "grounded", "needs_review", [_failed("summary.zh-Hans", "warning")]))
    assert not located(Outcome(case, "grounded", "needs_review", [_failed(None)]))
    both = _case("entity_invented", "summary.en.key_points[0]", also="summary.zh-Hans.key_points[0]")
    assert located(Outcome(both, "grounded", "needs_review", [_failed("summary.zh-Hans.key_points[0]")]))


def test_score_counts_recall_false_alarms_and_the_checks_that_fired() -> None:
    outcomes = [
        Outcome(_case(None), "grounded", "needs_review", [_failed("summary.en.summary")]),
        Outcome(_case(None), "grounded", "draft", []),
        Outcome(_case("date_changed"), "grounded", "needs_review", [_failed("summary.zh-Hans.one_line")]),
        Outcome(_case("date_changed"), "grounded", "draft", [_failed("summary.zh-Hans", "warning")]),
        Outcome(_case("link_added"), "grounded", "needs_review", [_failed("summary.en.summary")]),
    ]
    grounded = score(outcomes)["modes"]["grounded"]
    assert grounded["kinds"]["date_changed"] == {
        "variants": 2,
        "caught": 1,
        "recall": 0.5,
        "recall_new_evidence": 0.5,
        "located": 1.0,
    }
    assert grounded["kinds"]["link_added"]["located"] == 0.0
    assert (grounded["variants"], grounded["caught"], grounded["recall"]) == (3, 2, 0.667)
    assert (grounded["false_alarms"], grounded["false_alarm_rate"]) == (1, 0.5)
    assert grounded["false_alarm_checks"] == {"numbers": 1}
    assert grounded["missed_cases"] == ["a/date_changed"]


def test_new_evidence_needs_an_error_the_faithful_case_does_not_have() -> None:
    base = Outcome(_case(None), "grounded", "needs_review", [_failed("summary.en.summary")])
    same = Outcome(_case("date_changed"), "grounded", "needs_review", [_failed("summary.en.summary")])
    more = Outcome(
        _case("date_changed"),
        "grounded",
        "needs_review",
        [_failed("summary.en.summary"), _failed("summary.zh-Hans.title")],
    )
    unflagged = Outcome(_case("date_changed"), "grounded", "draft", [_failed("summary.zh-Hans", "warning")])
    assert not new_evidence(same, base)
    assert new_evidence(more, base)
    assert new_evidence(same, None)
    assert not new_evidence(unflagged, base)
    scored = score([base, same])["modes"]["grounded"]
    assert (scored["recall"], scored["recall_new_evidence"]) == (1.0, 0.0)


def test_settings_ignore_an_llm_and_keys_in_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.test/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    settings = settings_for(tmp_path)
    assert not settings.llm_configured
    assert settings.all_api_keys() == []


def test_the_runner_posts_both_modes_to_the_checks_route(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path))
    if "/v1/checks" not in app.openapi()["paths"]:
        pytest.skip("POST /v1/checks is not on this branch yet")
    cases, _ = load_cases(DEV)
    picked = [(DEV, cases[0]), (DEV, next(c for c in cases if not c.is_faithful))]
    with TestClient(app) as client:
        outcomes = run_cases(picked, lambda body: client.post("/v1/checks", json=body))
    assert [(o.case.id, o.mode) for o in outcomes] == [
        (case.id, mode) for _, case in picked for mode in ("grounded", "ungrounded")
    ]
    assert all(o.status in ("draft", "needs_review") for o in outcomes)


def test_the_command_measures_a_set_and_writes_its_figures(tmp_path: Path, monkeypatch, capsys) -> None:
    import benchmarks.checks as bench

    sets = tmp_path / "sets"

    def faithful_and_two_variants(rows: list[dict]) -> None:
        del rows[3:]

    folder = _copy_set(sets, faithful_and_two_variants)
    folder.rename(sets / "mini")
    monkeypatch.setattr(bench, "SETS_DIR", sets)
    app = create_app(settings_for(tmp_path))
    if "/v1/checks" not in app.openapi()["paths"]:
        pytest.skip("POST /v1/checks is not on this branch yet")
    out = tmp_path / "figures.json"
    assert bench.main(["--set", "mini", "--json", str(out), "-v"]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))["sets"]["mini"]["modes"]
    assert set(figures) == {"grounded", "ungrounded"}
    assert all(mode["faithful"] == 1 and mode["variants"] == 2 for mode in figures.values())
    assert "mini: recall per defect kind" in capsys.readouterr().out


def test_the_command_refuses_an_unknown_or_invalid_set(tmp_path: Path, monkeypatch) -> None:
    import benchmarks.checks as bench

    assert bench.main(["--set", "no-such-set"]) == 2
    folder = _copy_set(tmp_path, lambda rows: rows.append(rows[1]))  # a duplicate id
    monkeypatch.setattr(bench, "SETS_DIR", folder.parent)
    assert bench.main(["--set", folder.name]) == 1


def test_grounding_posted_in_v3_shape_gets_the_v2_verdicts(tmp_path: Path) -> None:
    """The grounded mode posts the case files' v2 tables as v3 rows by default; both shapes must give
    the same checks on every grounding defect of an article (and on its faithful case)."""
    cases, _ = load_cases(DEV)
    grounding_kinds = {"entity_invented", "name_swapped_one_side", "key_points_misaligned"}
    article = next(c.article for c in cases if c.defect and c.defect["kind"] == "entity_invented")
    picked = [
        (DEV, c)
        for c in cases
        if c.article == article and (c.is_faithful or c.defect["kind"] in grounding_kinds)
    ]
    assert len(picked) >= 3
    with TestClient(create_app(settings_for(tmp_path))) as client:
        post = lambda body: client.post("/v1/checks", json=body)  # noqa: E731
        posted: list[dict] = []
        v3 = run_cases(picked, lambda body: posted.append(body) or post(body), "v3")
        v2 = run_cases(picked, post, "v2")
    assert any("ents" in (body.get("grounding") or {}) for body in posted)
    assert [(o.case.id, o.mode, o.status, o.failed) for o in v3] == [
        (o.case.id, o.mode, o.status, o.failed) for o in v2
    ]
