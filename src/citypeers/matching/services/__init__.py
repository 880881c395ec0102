"""Writes of the matching app: one module per capability, one function per use case."""
