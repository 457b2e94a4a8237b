# ruff: noqa: E501 -- prose data: edit strings are kept on one line for reading
"""Single-defect edits of the holdout15 Chinese-language summaries."""

from __future__ import annotations

from benchmarks._checks_builder import END, MISSING, WHOLE, variant

VARIANTS_B: list[dict] = []
