"""Single-defect edits of the holdout10 Chinese summaries."""

from __future__ import annotations

VARIANTS_B: list[dict] = []
