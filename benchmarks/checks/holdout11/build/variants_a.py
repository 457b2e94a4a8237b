from __future__ import annotations

VARIANTS_A: list[dict] = []
