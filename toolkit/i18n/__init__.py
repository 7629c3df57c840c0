"""The translators' loop: extract, update, compile, status, init (reading catalogs is
:mod:`toolkit.translation`)."""
