"""Corpus diff: every text input in the repository through normalise, detect and the checks; a JSON
snapshot to compare before and after a change to service/text or the checks (a safety net, not a score).

    python benchmarks/text_corpus_diff.py --write snap.json             # record a snapshot
    python benchmarks/text_corpus_diff.py --compare snap.json           # exit 1 on any difference
    python benchmarks/text_corpus_diff.py --compare snap.json --no-checks   # text stages only (fast)

Inputs: seeds/*.txt, benchmarks/checks/*/articles/*, tests/text/fixtures/*, every string literal of
>= 2 characters in tests/text/*.py and tests/checks/*.py (edge cases the tests were written around),
each line of each article alone (detect_paragraph) and zh+en interleavings of the seeds (mixed text).
Recorded per input: the full NormalizedText, the Detection of its paragraphs, or the error class and
message. Checks: every case of benchmarks/checks/*/cases.jsonl, grounded and ungrounded, through the
same `check_given` that `POST /v1/checks` runs (CheckResponse as JSON)."""

from __future__ import annotations

import argparse
import ast
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]


def _literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 2
    }
    return sorted(found)


def inputs() -> dict[str, tuple[str, bool | None]]:
    """name -> (raw text, html flag or None for auto)."""
    out: dict[str, tuple[str, bool | None]] = {}
    files = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("benchmarks/checks/*/articles/*"))
    files += sorted(p for p in ROOT.glob("tests/text/fixtures/*") if p.is_file())
    for path in files:
        raw = path.read_text(encoding="utf-8")
        name = str(path.relative_to(ROOT))
        out[name] = (raw, True if path.suffix == ".html" else None)
    for test in sorted(ROOT.glob("tests/text/*.py")) + sorted(ROOT.glob("tests/checks/*.py")):
        for i, literal in enumerate(_literals(test)):
            out[f"{test.relative_to(ROOT)}#{i}"] = (literal, None)
    seeds = {p.name[:3]: p.read_text(encoding="utf-8").splitlines() for p in ROOT.glob("seeds/*.txt")}
    for zh, en in (("001", "003"), ("002", "003"), ("004", "003")):
        mixed = [line for pair in zip(seeds[zh], seeds[en], strict=False) for line in pair]
        out[f"mixed:{zh}+{en}"] = ("\n".join(mixed), False)
    return out


def _error(exc: Exception) -> dict[str, str]:
    return {"error": type(exc).__name__, "message": str(exc)}


def text_snapshot() -> dict[str, Any]:
    from service.errors import InputError
    from service.text.detect import detect, detect_paragraph
    from service.text.normalize import normalize

    snapshot: dict[str, Any] = {}
    lines: set[str] = set()
    for name, (raw, html) in inputs().items():
        try:
            normalized = normalize(raw, html=html)
        except InputError as exc:
            snapshot[name] = _error(exc)
            continue
        snapshot[name] = {
            "normalized": normalized.model_dump(mode="json", exclude={"original"}),
            "detection": detect(normalized.paragraphs).model_dump(mode="json"),
        }
        if html is not True:
            lines.update(line for line in raw.splitlines() if line.strip())
        lines.update(normalized.paragraphs)
    snapshot["paragraphs"] = {line: list(detect_paragraph(line)) for line in sorted(lines)}
    return snapshot


def checks_snapshot() -> dict[str, Any]:
    from benchmarks._checks_data import SETS_DIR, load_cases, request_body
    from benchmarks.checks import settings_for
    from service.pipeline import check_given
    from service.schemas import CheckRequest

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = settings_for(Path(tmp))
        for folder in sorted(p.parent for p in SETS_DIR.glob("*/cases.jsonl")):
            cases, _ = load_cases(folder)
            for case in cases:
                for grounded in (True, False):
                    body = request_body(folder, case, grounded=grounded)
                    key = f"{folder.name}/{case.id}/{'grounded' if grounded else 'ungrounded'}"
                    try:
                        response = check_given(CheckRequest.model_validate(body), settings)
                        out[key] = response.model_dump(mode="json")
                    except Exception as exc:  # recorded, compared like any other answer
                        out[key] = _error(exc)
    return out


def _diff(left: Any, right: Any, path: str = "") -> list[str]:
    if isinstance(left, dict) and isinstance(right, dict):
        found = []
        for key in sorted(set(left) | set(right), key=str):
            if key not in left or key not in right:
                found.append(f"{path}/{key}: {'added' if key not in left else 'removed'}")
            else:
                found += _diff(left[key], right[key], f"{path}/{key}")
        return found
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        return [
            d for i, (a, b) in enumerate(zip(left, right, strict=True)) for d in _diff(a, b, f"{path}[{i}]")
        ]
    if left == right:
        return []
    before, after = (json.dumps(value, ensure_ascii=False)[:200] for value in (left, right))
    return [f"{path}: {before} -> {after}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", type=Path, help="write the snapshot here")
    parser.add_argument("--compare", type=Path, help="compare with this snapshot; exit 1 on differences")
    parser.add_argument("--no-checks", action="store_true", help="text stages only")
    parser.add_argument("--show", type=int, default=100, help="print at most this many differences")
    args = parser.parse_args(argv)
    snapshot: dict[str, Any] = {"text": text_snapshot()}
    if not args.no_checks:
        snapshot["checks"] = checks_snapshot()
    print(
        f"{len(snapshot['text']) - 1} inputs, {len(snapshot['text']['paragraphs'])} paragraphs"
        + ("" if args.no_checks else f", {len(snapshot['checks'])} check requests")
    )
    if args.write:
        args.write.write_text(
            json.dumps(snapshot, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8"
        )
        print(f"wrote {args.write}")
    if args.compare:
        base = json.loads(args.compare.read_text(encoding="utf-8"))
        if args.no_checks:
            base.pop("checks", None)
        found = _diff(base, snapshot)
        # Inputs that did not exist when the snapshot was taken (a new test's literals) cannot differ.
        differences = [line for line in found if not line.endswith(": added")]
        for line in differences[: args.show]:
            print(line)
        print(
            f"{len(differences)} differences ({len(found) - len(differences)} new inputs not in the snapshot)"
        )
        return 1 if differences else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
