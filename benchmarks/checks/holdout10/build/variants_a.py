"""Single-defect edits of the holdout10 English, mixed and HTML summaries."""

from __future__ import annotations

VARIANTS_A: list[dict] = []
