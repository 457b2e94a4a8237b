"""Single-defect edits of the holdout6 English, mixed and HTML summaries."""

from __future__ import annotations

from benchmarks._checks_builder import END, MISSING, WHOLE, variant

EN = "summary.en"
ZH = "summary.zh-Hans"

v = variant  # one defect edit: (article, slug, kind, field, old, new, note, **extra) -> dict

VARIANTS_A: list[dict] = []
