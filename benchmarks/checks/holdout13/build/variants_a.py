"""x"""
VARIANTS_A: list[dict] = []
