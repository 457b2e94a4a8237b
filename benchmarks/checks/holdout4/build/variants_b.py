"""Single-defect edits of the holdout4 Chinese and cross-article summaries."""

from __future__ import annotations

VARIANTS_B: list[dict] = []
