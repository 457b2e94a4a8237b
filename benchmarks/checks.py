"""Checker benchmark: recall per defect kind and false alarms of `POST /v1/checks` on the evaluation sets.

    python benchmarks/checks.py                  # each set in benchmarks/checks/*/cases.jsonl, and all
    python benchmarks/checks.py --set dev -v     # one set; -v lists every miss and every false alarm
    python benchmarks/checks.py --sets dev,dev2  # only these sets (and their "all")
    python benchmarks/checks.py --json out.json  # figures elsewhere than benchmarks/results/checks.json
    python benchmarks/checks.py --grounding v2   # grounding posted in summarize@v2's shape (default: v3's)

The app runs in-process (TestClient, a throwaway SQLite file, no LLM configured). Each case is posted twice:
grounded (its body, the grounding in the shape the default prompt summarize@v3 returns: compact entity rows
and `kp_src` lists; `--grounding v2` posts the case file's own v2-shaped table) and ungrounded (`grounding`
removed, as when a third party's output is checked). A case is flagged when `status == "needs_review"`.
"Located" is the share of caught variants where a failed error-severity check's `field` starts with the
defect field's locale part (`summary.zh-Hans`), i.e. the flag points at the right language side. "New
evidence" counts a variant only when it fails an error check (name, field, detail) its faithful case does
not: with false alarms on the faithful cases, plain recall also credits flags the defect did not cause. Sets
are validated first (benchmarks/_checks_data.py); an invalid set or any non-200 answer stops the run with
exit 1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._checks_data import (
    SETS_DIR,
    Case,
    load_article,
    load_cases,
    request_body,
    set_names,
    validate_set,
)
from benchmarks._harness import machine, write_result

MODES = ("grounded", "ungrounded")
SHAPES = ("v3", "v2")  # the grounding shapes /v1/checks takes: summarize@v3's compact rows, v2's table
# Locale-bearing roots of a field path: `summary.zh-Hans.key_points[2]` is located by `summary.zh-Hans`.
_LOCALE_ROOTS = ("summary", "keywords", "disclaimer")


@dataclass
class Outcome:
    """What the checker said about one case in one mode."""

    case: Case
    mode: str
    status: str
    failed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.status == "needs_review"


def locale_part(path: str) -> str:
    """`summary.zh-Hans.key_points[2]` -> `summary.zh-Hans`; `pairs[3].target` -> `pairs`."""
    parts = re.split(r"[.\[]", path)
    if parts[0] in _LOCALE_ROOTS and len(parts) > 1:
        return f"{parts[0]}.{parts[1]}"
    return parts[0]


def located(outcome: Outcome) -> bool:
    defect = outcome.case.defect or {}
    sides = {locale_part(defect["field"])} | ({locale_part(defect["also"])} if defect.get("also") else set())
    return any(
        check.get("severity", "error") == "error"
        and check.get("field")
        and any(check["field"].startswith(side) for side in sides)
        for check in outcome.failed
    )


def _errors(outcome: Outcome) -> set[tuple[str, str | None, str | None]]:
    return {
        (c["name"], c.get("field"), c.get("detail"))
        for c in outcome.failed
        if c.get("severity", "error") == "error"
    }


def new_evidence(outcome: Outcome, base: Outcome | None) -> bool:
    """Flagged for something its faithful case is not: an error (check, field, detail) the faithful case
    of the same article and mode does not have. With many false alarms, plain recall credits the checker
    for flags the defect did not cause; this counts only flags the defect changed."""
    if not outcome.flagged:
        return False
    return base is None or bool(_errors(outcome) - _errors(base))


def _base_key(case: Case) -> tuple[str, str, bool]:
    return (case.set_name, case.article, "pairs" in case.body)


def _share(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def score(outcomes: Iterable[Outcome]) -> dict[str, Any]:
    """Recall per kind and overall, false-alarm rate with the checks that fired, located share; per mode."""
    by_mode: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_mode[outcome.mode].append(outcome)
    result: dict[str, Any] = {"modes": {}}
    for mode, rows in by_mode.items():
        variants = [o for o in rows if not o.case.is_faithful]
        faithful = [o for o in rows if o.case.is_faithful]
        bases = {_base_key(o.case): o for o in faithful}
        fresh = {id(o) for o in variants if new_evidence(o, bases.get(_base_key(o.case)))}
        kinds: dict[str, dict[str, Any]] = {}
        for kind in sorted({o.case.defect["kind"] for o in variants}):
            of_kind = [o for o in variants if o.case.defect["kind"] == kind]
            caught = [o for o in of_kind if o.flagged]
            kinds[kind] = {
                "variants": len(of_kind),
                "caught": len(caught),
                "recall": _share(len(caught), len(of_kind)),
                "recall_new_evidence": _share(sum(id(o) in fresh for o in of_kind), len(of_kind)),
                "located": _share(sum(located(o) for o in caught), len(caught)),
            }
        caught = [o for o in variants if o.flagged]
        alarms = [o for o in faithful if o.flagged]
        fired = Counter(c["name"] for o in alarms for c in o.failed if c.get("severity", "error") == "error")
        result["modes"][mode] = {
            "variants": len(variants),
            "caught": len(caught),
            "recall": _share(len(caught), len(variants)),
            "recall_new_evidence": _share(len(fresh), len(variants)),
            "located": _share(sum(located(o) for o in caught), len(caught)),
            "faithful": len(faithful),
            "false_alarms": len(alarms),
            "false_alarm_rate": _share(len(alarms), len(faithful)),
            "false_alarm_checks": dict(fired.most_common()),
            "false_alarm_cases": [o.case.id for o in alarms],
            "missed_cases": [o.case.id for o in variants if not o.flagged],
            "no_new_evidence_cases": [o.case.id for o in variants if id(o) not in fresh],
            "kinds": kinds,
        }
    return result


def settings_for(tmpdir: Path):  # -> service.config.Settings
    from service.config import Settings

    # No LLM and no API keys, whatever the environment says: the checks need neither.
    return Settings(
        _env_file=None,
        database_url=f"sqlite:///{tmpdir}/b.sqlite3",
        api_keys=[],
        api_keys_file=None,
        log_level="WARNING",  # the app's request logs would drown the tables
        **{"OPENAI_API_KEY": None, "OPENAI_BASE_URL": None},
    )


class BenchmarkError(RuntimeError):
    pass


def as_shape(body: dict[str, Any], folder: Path, case: Case, shape: str) -> dict[str, Any]:
    """The case's grounding (written in v2's shape) as `shape` has it: for v3, the rows a model answering
    summarize@v3 writes - "en|zh|type", the article form a 4th field only where neither name is in the
    article - and the same paragraph lists."""
    if shape == "v2" or not body.get("grounding"):
        return body
    from service.llm.schemas import compact_grounding
    from service.schemas import Grounding

    article = "\n\n".join(load_article(folder, case).paragraphs)
    compact = compact_grounding(Grounding.model_validate(body["grounding"]), article)
    return {**body, "grounding": compact.model_dump()}


def run_cases(
    cases: list[tuple[Path, Case]], post: Callable[[dict[str, Any]], Any], shape: str = "v3"
) -> list[Outcome]:
    """Posts every case in both modes through `post` (the TestClient's), failing on any non-200 answer."""
    outcomes = []
    for folder, case in cases:
        for mode in MODES:
            body = request_body(folder, case, grounded=mode == "grounded")
            response = post(as_shape(body, folder, case, shape))
            if response.status_code != 200:
                raise BenchmarkError(
                    f"{case.set_name}/{case.id} ({mode}): HTTP {response.status_code} {response.text}"
                )
            answer = response.json()
            failed = [check for check in answer["checks"] if not check["passed"]]
            outcomes.append(Outcome(case=case, mode=mode, status=answer["status"], failed=failed))
    return outcomes


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def print_report(console: Console, name: str, scored: dict[str, Any]) -> None:
    grounded, ungrounded = scored["modes"]["grounded"], scored["modes"]["ungrounded"]
    table = Table(title=f"{name}: recall per defect kind")
    table.add_column("kind", no_wrap=True)  # the kind names are what the reader looks up: never cut them
    columns = (
        "n",
        "recall grounded",
        "new evidence",
        "recall ungrounded",
        "new evidence",
        "located grounded",
    )
    for column in columns:
        table.add_column(column, justify="right")
    for kind, row in grounded["kinds"].items():
        other = ungrounded["kinds"][kind]
        table.add_row(
            kind,
            str(row["variants"]),
            _pct(row["recall"]),
            _pct(row["recall_new_evidence"]),
            _pct(other["recall"]),
            _pct(other["recall_new_evidence"]),
            _pct(row["located"]),
        )
    table.add_section()
    table.add_row(
        "all",
        str(grounded["variants"]),
        _pct(grounded["recall"]),
        _pct(grounded["recall_new_evidence"]),
        _pct(ungrounded["recall"]),
        _pct(ungrounded["recall_new_evidence"]),
        _pct(grounded["located"]),
        style="bold",
    )
    console.print(table)
    alarms = Table(title=f"{name}: false alarms on faithful cases")
    for column in ("mode", "faithful", "flagged", "rate", "checks that fired"):
        alarms.add_column(column)
    for mode, row in scored["modes"].items():
        fired = ", ".join(f"{check} x{count}" for check, count in row["false_alarm_checks"].items())
        alarms.add_row(
            mode, str(row["faithful"]), str(row["false_alarms"]), _pct(row["false_alarm_rate"]), fired or "-"
        )
    console.print(alarms)


def print_details(console: Console, outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        case = outcome.case
        if case.is_faithful and outcome.flagged:
            console.print(f"[red]false alarm[/] {case.set_name}/{case.id} ({outcome.mode})")
            for check in outcome.failed:
                console.print(
                    f"    {check['name']} [{check.get('severity')}] {check.get('field')}: "
                    f"{check.get('detail')}"
                )
        elif not case.is_faithful and not outcome.flagged:
            defect = case.defect
            console.print(
                f"[yellow]miss[/] {case.set_name}/{case.id} ({outcome.mode}) {defect['kind']} "
                f"{defect['field']}: {defect['note']}"
            )
            for check in outcome.failed:
                console.print(f"    (warning) {check['name']} {check.get('field')}: {check.get('detail')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="all", help="a set name (dev, holdout, ...) or all")
    parser.add_argument(
        "--sets", default=None, help="comma-separated set names (dev,dev2,holdout): run only these"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--grounding", choices=SHAPES, default="v3", help="shape of the grounding posted")
    args = parser.parse_args(argv)
    console = Console()
    if args.sets:
        names = [name.strip() for name in args.sets.split(",") if name.strip()]
    else:
        names = set_names() if args.set == "all" else [args.set]
    if not names or any(not (SETS_DIR / n / "cases.jsonl").is_file() for n in names):
        console.print(
            f"no evaluation set {','.join(names)!r} in {SETS_DIR} (have: {', '.join(set_names()) or 'none'})"
        )
        return 2
    problems = [problem for name in names for problem in validate_set(SETS_DIR / name)]
    if problems:
        console.print("[red]invalid evaluation data:[/]\n  " + "\n  ".join(problems))
        return 1
    cases = [(SETS_DIR / name, case) for name in names for case in load_cases(SETS_DIR / name)[0]]

    from fastapi.testclient import TestClient

    from service.api.app import create_app

    with (
        tempfile.TemporaryDirectory(prefix="bisum-checks-") as tmp,
        TestClient(create_app(settings_for(Path(tmp)))) as client,
    ):
        try:
            outcomes = run_cases(cases, lambda body: client.post("/v1/checks", json=body), args.grounding)
        except BenchmarkError as exc:
            console.print(f"[red]benchmark run failed:[/] {exc}")
            return 1
    figures: dict[str, Any] = {}
    for name in names:
        figures[name] = score(o for o in outcomes if o.case.set_name == name)
        print_report(console, name, figures[name])
    if len(names) > 1:
        figures["all"] = score(outcomes)
        print_report(console, "all sets", figures["all"])
    if args.verbose:
        print_details(console, outcomes)
    payload = {"grounding_shape": args.grounding, "sets": figures}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"benchmark": "checks", "machine": machine(), **payload}, indent=2, ensure_ascii=False)
            + "\n",
            encoding="utf-8",
        )
        console.print(f"figures written to {args.json}")
    else:
        console.print(f"figures written to {write_result('checks', payload)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
