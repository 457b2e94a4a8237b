"""Run a checks evaluation set through `POST /v1/checks` and report recall and false alarms.

    python benchmarks/checks/run_set.py benchmarks/checks/dev2 [--url http://127.0.0.1:8000] [--json out.json]

Without --url the app runs in-process (FastAPI TestClient, a throwaway SQLite file, no model). Each case's
body gets the article as `text` or `html`; a case counts as flagged when status is `needs_review`. For a
flagged variant we also note whether a failed error check names the defect's field (or, for a field like
summary.en.key_points[2], its block summary.en), and whether it is caught by something new: an error
check failing that did not fail, with the same detail, on its faithful case. When faithful cases are
themselves flagged, `caught` overstates recall and `new` is the fairer count."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx


def load_cases(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def request_body(folder: Path, case: dict[str, Any]) -> dict[str, Any]:
    suffix = ".html" if case["format"] == "html" else ".txt"
    article = (folder / "articles" / f"{case['article']}{suffix}").read_text(encoding="utf-8")
    return {**case["body"], case["format"]: article}


def field_hit(defect_field: str, failed: list[dict[str, Any]]) -> bool:
    block = (
        defect_field.split("[")[0].rsplit(".", 1)[0] if defect_field.startswith("summary.") else defect_field
    )
    for check in failed:
        field = check.get("field") or ""
        if field and (field == defect_field or defect_field.startswith(field) or field.startswith(block)):
            return True
    return False


def reference_id(case: dict[str, Any]) -> str:
    return f"{case['article']}/{'translation-faithful' if 'pairs' in case['body'] else 'faithful'}"


def run(folder: Path, post: Any) -> dict[str, Any]:
    rows = []
    signatures: dict[str, set[tuple[str, str, str]]] = {}
    for case in load_cases(folder):
        response = post(request_body(folder, case))
        if response.status_code != 200:
            rows.append({"id": case["id"], "http": response.status_code, "error": response.text[:300]})
            continue
        answer = response.json()
        failed = [c for c in answer["checks"] if not c["passed"] and c.get("severity", "error") == "error"]
        defect = case["defect"]
        signature = {(c["name"], c.get("field") or "", c["detail"]) for c in failed}
        if defect is None:
            signatures[case["id"]] = signature
        rows.append(
            {
                "id": case["id"],
                "kind": defect["kind"] if defect else None,
                "field": defect["field"] if defect else None,
                "flagged": answer["status"] == "needs_review",
                "field_hit": bool(defect) and field_hit(defect["field"], failed),
                "new": bool(defect) and bool(signature - signatures.get(reference_id(case), set())),
                "failed": [
                    {"name": c["name"], "field": c.get("field"), "detail": c["detail"][:200]} for c in failed
                ],
            }
        )
    return summarise(rows)


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    faithful = [r for r in rows if "kind" in r and r["kind"] is None]
    per_kind: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "caught": 0, "new": 0, "field_hit": 0})
    for row in rows:
        if row.get("kind"):
            stats = per_kind[row["kind"]]
            stats["n"] += 1
            stats["caught"] += row["flagged"]
            stats["new"] += row["new"]
            stats["field_hit"] += row["field_hit"]
    variants = sum(s["n"] for s in per_kind.values())
    return {
        "faithful": len(faithful),
        "false_alarms": [r for r in faithful if r["flagged"]],
        "variants": variants,
        "caught": sum(s["caught"] for s in per_kind.values()),
        "new": sum(s["new"] for s in per_kind.values()),
        "per_kind": dict(sorted(per_kind.items())),
        "misses": [r["id"] for r in rows if r.get("kind") and not r["flagged"]],
        "nothing_new": [r["id"] for r in rows if r.get("kind") and r["flagged"] and not r["new"]],
        "http_errors": [r for r in rows if "http" in r],
        "rows": rows,
    }


def print_report(result: dict[str, Any]) -> None:
    print(f"faithful: {result['faithful']}, false alarms: {len(result['false_alarms'])}")
    for row in result["false_alarms"]:
        print(
            f"  FALSE ALARM {row['id']}: "
            + "; ".join(f"{c['name']} {c['field']}: {c['detail']}" for c in row["failed"])
        )
    print(f"variants: {result['variants']}, caught: {result['caught']}, new: {result['new']}")
    print(f"  {'kind':30} {'n':>3} {'caught':>6} {'new':>4} {'field':>6}")
    for kind, stats in result["per_kind"].items():
        print(f"  {kind:30} {stats['n']:>3} {stats['caught']:>6} {stats['new']:>4} {stats['field_hit']:>6}")
    for row in result["http_errors"]:
        print(f"  HTTP {row['http']} {row['id']}: {row['error']}")
    print("misses: " + ", ".join(result["misses"]))
    print("flagged only by what flags the faithful case: " + ", ".join(result["nothing_new"]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--url", help="a running bisum API; default: in-process")
    parser.add_argument("--json", type=Path, help="write every row here")
    args = parser.parse_args(argv)
    if args.url:
        with httpx.Client(base_url=args.url, timeout=60) as client:
            result = run(args.folder, lambda body: client.post("/v1/checks", json=body))
    else:
        from fastapi.testclient import TestClient

        from service.api.app import create_app
        from service.config import Settings

        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(database_url=f"sqlite:///{tmp}/checks.sqlite3")
            with TestClient(create_app(settings)) as client:
                result = run(args.folder, lambda body: client.post("/v1/checks", json=body))
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
