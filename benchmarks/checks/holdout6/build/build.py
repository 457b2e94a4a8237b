"""Writes benchmarks/checks/holdout6/cases.jsonl from the faithful summaries and defect edits in this folder.

python benchmarks/checks/holdout6/build/build.py [OUT]   # default: the set's own cases.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[3])]

from faithful_en import FAITHFUL_EN  # noqa: E402
from faithful_zh import FAITHFUL_ZH  # noqa: E402
from variants_a import VARIANTS_A  # noqa: E402
from variants_b import VARIANTS_B  # noqa: E402

from benchmarks._checks_builder import SetBuilder  # noqa: E402

FAITHFUL = {**FAITHFUL_EN, **FAITHFUL_ZH}


def main(argv: list[str]) -> int:
    builder = SetBuilder(set_dir=HERE.parent, faithful=FAITHFUL, targets={})
    out = Path(argv[0]) if argv else None
    return builder.write([*VARIANTS_A, *VARIANTS_B], [], out)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
