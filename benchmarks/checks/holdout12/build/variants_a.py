"""Single-defect edits of the holdout12 English, mixed and HTML summaries."""

from __future__ import annotations

VARIANTS_A: list[dict] = []
