"""Writes benchmarks/checks/holdout16/cases.jsonl from the faithful summaries and defect edits in this folder.

python benchmarks/checks/holdout16/build/build.py [OUT]   # default: the set's own cases.jsonl
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))

from benchmarks._checks_builder import build_folder

if __name__ == "__main__":
    raise SystemExit(build_folder(Path(__file__).resolve().parent, sys.argv[1:]))
