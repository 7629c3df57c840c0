"""Reading translations: PO catalogs, their checks, placeholders, and the translator documents use.

This is the layer below rendering and the lint; the translators' commands
(extract, update, status) are in :mod:`toolkit.i18n`.
"""
