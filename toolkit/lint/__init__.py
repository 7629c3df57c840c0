"""The lint: every figure in prose must come from a cited fact."""
