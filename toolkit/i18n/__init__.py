"""Translations: PO catalogs, extraction, and the translator's loop."""
