VARIANTS_B: list[dict] = []
