"""Validate the checker evaluation sets: python benchmarks/checks/validate.py [SET ...] (default: all).

Prints every problem and exits 1 when there is one; the rules are in benchmarks/_checks_data.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks._checks_data import SETS_DIR, load_cases, set_names, style_notes, validate_set


def main(argv: list[str]) -> int:
    names = argv or set_names()
    failed = False
    for name in names:
        folder = SETS_DIR / name
        if not (folder / "cases.jsonl").is_file():
            print(f"{name}: no {folder / 'cases.jsonl'}")
            return 2
        problems = validate_set(folder)
        cases, _ = load_cases(folder)
        print(f"{name}: {len(cases)} cases, {len(problems)} problems")
        for problem in problems:
            print(f"  {problem}")
        for note in style_notes(folder):
            print(f"  (style) {note}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
