"""Run a checks evaluation set through `POST /v1/checks` and score the checker.

    python benchmarks/checks/run.py benchmarks/checks/holdout            # in-process app, offline engine
    python benchmarks/checks/run.py benchmarks/checks/holdout --url http://127.0.0.1:8000
    python benchmarks/checks/run.py benchmarks/checks/holdout --show-misses

Each case's body gets the article's `text` (or `html`) added and is posted; a case counts as flagged
when the answer's status is `needs_review`. Reported: false alarms on faithful cases, recall per defect
kind, and for caught defects how often a failed error-severity check names the defect's field (the
review page outlines that field, so a right verdict on the wrong field still misleads the editor).
Writes benchmarks/results/checks-<set>.json with the figures only: no case text, so a held-out set
stays held out.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[3]


def load_cases(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def request_body(folder: Path, case: dict[str, Any]) -> dict[str, Any]:
    suffix = "html" if case["format"] == "html" else "txt"
    article = (folder / "articles" / f"{case['article']}.{suffix}").read_text(encoding="utf-8")
    key = "html" if case["format"] == "html" else "text"
    return {**case["body"], key: article}


def _within(inner: str, outer: str) -> bool:
    return inner == outer or inner.startswith((outer + ".", outer + "["))


def field_named(answer: dict[str, Any], field: str) -> bool:
    """A failed error check points at the defect's field, at a part of it, or at the object holding it
    (`summary.en` for `summary.en.title`); a check with no field does not count."""
    for check in answer.get("checks", []):
        if check.get("passed") or check.get("severity", "error") != "error":
            continue
        named = check.get("field") or ""
        if named and (_within(named, field) or _within(field, named)):
            return True
    return False


def in_process_client() -> AbstractContextManager[httpx.Client]:
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.config import Settings

    database = f"sqlite:///{tempfile.mkdtemp(prefix='bisum-checks-')}/bisum.sqlite3"
    settings = Settings(_env_file=None, openai_base_url=None, openai_api_key=None, database_url=database)
    return TestClient(create_app(settings))


def failed_errors(answer: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {
        (c["name"], c.get("field") or "", c.get("detail") or "")
        for c in answer.get("checks", [])
        if not c.get("passed") and c.get("severity", "error") == "error"
    }


def task_of(case: dict[str, Any]) -> str:
    return "translation" if "pairs" in case["body"] else "summary"


def score(folder: Path, client: httpx.Client, show_misses: bool) -> dict[str, Any]:
    """Faithful cases come before their variants in cases.jsonl, so each variant is compared with the
    errors its own faithful case already raised: `new_error` counts variants with a failed error check
    (name, field, detail) that the faithful case did not have - the checker reacted to the defect - which
    is what recall means when faithful cases are flagged too."""
    faithful_total = faithful_flagged = 0
    baseline: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    per_kind: dict[str, dict[str, int]] = defaultdict(
        lambda: {"cases": 0, "caught": 0, "new_error": 0, "field_named": 0}
    )
    errors = []
    for case in load_cases(folder):
        response = client.post("/v1/checks", json=request_body(folder, case))
        if response.status_code != 200:
            errors.append({"id": case["id"], "status": response.status_code})
            print(f"{case['id']}: HTTP {response.status_code} {response.text[:200]}", file=sys.stderr)
            continue
        answer = response.json()
        flagged = answer.get("status") == "needs_review"
        if case["defect"] is None:
            baseline[(case["article"], task_of(case))] = failed_errors(answer)
            faithful_total += 1
            faithful_flagged += flagged
            if flagged and show_misses:
                print(f"FALSE ALARM {case['id']}: {sorted({e[0] for e in failed_errors(answer)})}")
            continue
        kind = case["defect"]["kind"]
        new = failed_errors(answer) - baseline.get((case["article"], task_of(case)), set())
        row = per_kind[kind]
        row["cases"] += 1
        row["caught"] += flagged
        row["new_error"] += bool(new)
        row["field_named"] += flagged and field_named(answer, case["defect"]["field"])
        if not new and show_misses:
            print(f"MISS {case['id']} ({kind}, {case['defect']['field']}) flagged={flagged}")
    variants = sum(k["cases"] for k in per_kind.values())
    caught = sum(k["caught"] for k in per_kind.values())
    new_error = sum(k["new_error"] for k in per_kind.values())
    return {
        "set": folder.name,
        "faithful": faithful_total,
        "false_alarms": faithful_flagged,
        "variants": variants,
        "caught": caught,
        "recall": round(caught / variants, 3) if variants else None,
        "caught_by_a_new_error": new_error,
        "recall_new_error": round(new_error / variants, 3) if variants else None,
        "field_named_when_caught": round(sum(k["field_named"] for k in per_kind.values()) / caught, 3)
        if caught
        else None,
        "per_kind": dict(sorted(per_kind.items())),
        "http_errors": len(errors),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--url", help="a running bisum server; default: the app in-process, offline")
    parser.add_argument("--show-misses", action="store_true", help="print ids of misses and false alarms")
    args = parser.parse_args(argv)
    opened: AbstractContextManager[httpx.Client] = (
        nullcontext(httpx.Client(base_url=args.url, timeout=60)) if args.url else in_process_client()
    )
    with opened as client:
        if client.post("/v1/checks", json={}).status_code in (404, 405):
            print("this bisum has no POST /v1/checks yet", file=sys.stderr)
            return 2
        result = score(args.folder, client, args.show_misses)
    print(f"faithful flagged: {result['false_alarms']}/{result['faithful']}")
    print(f"defects caught:   {result['caught']}/{result['variants']} (recall {result['recall']})")
    print(f"caught by an error the faithful case did not raise: {result['caught_by_a_new_error']}")
    print(f"field named when caught: {result['field_named_when_caught']}")
    for kind, row in result["per_kind"].items():
        print(
            f"  {kind:28} flagged {row['caught']:3}/{row['cases']:<3} new error {row['new_error']:3}"
            f"  field named {row['field_named']}"
        )
    out = ROOT / "benchmarks" / "results" / f"checks-{args.folder.resolve().name}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
