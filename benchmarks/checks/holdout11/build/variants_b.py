from __future__ import annotations

VARIANTS_B: list[dict] = []
