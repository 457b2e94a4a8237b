from benchmarks._checks_builder import variant
VARIANTS_A: list[dict] = []
