"""Build benchmarks/checks/holdout2/cases.jsonl from the faithful summaries and the defect edits.

    python benchmarks/checks/holdout2/build/build.py [out.jsonl]

The builder is shared with the other built set (benchmarks/_checks_builder.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))

from faithful_en import FAITHFUL_EN  # noqa: E402
from faithful_zh import FAITHFUL_ZH  # noqa: E402
from translations import TARGETS, TRANSLATION_VARIANTS  # noqa: E402
from variants import VARIANTS  # noqa: E402

from benchmarks._checks_builder import SetBuilder  # noqa: E402

if __name__ == "__main__":
    builder = SetBuilder(HERE.parent, {**FAITHFUL_ZH, **FAITHFUL_EN}, TARGETS)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    raise SystemExit(builder.write(VARIANTS, TRANSLATION_VARIANTS, out))
