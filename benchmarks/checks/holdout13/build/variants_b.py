"""x"""
VARIANTS_B: list[dict] = []
