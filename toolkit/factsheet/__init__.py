"""Fact sheets: the models, the YAML loader and the cross-reference checks."""
