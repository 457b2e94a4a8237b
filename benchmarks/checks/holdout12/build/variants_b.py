"""Single-defect edits of the holdout12 Chinese summaries."""

from __future__ import annotations

VARIANTS_B: list[dict] = []
