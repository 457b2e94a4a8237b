VARIANTS_A: list[dict] = []
