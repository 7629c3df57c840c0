"""Locale codes: which ones the toolkit accepts, and the one spelling it uses for each.

A locale is any locale Babel has data for: a language (``en``, ``fr``), or a
regional variant (``en-GB``, ``fr-CA``, ``es-419``, ``zh-Hant-TW``) with that
region's dates, numbers and plural rules. Fact sheets, command options and
folder names accept both ``en-GB`` (BCP 47) and ``en_GB`` (gettext); the
toolkit spells every locale the gettext way, as Babel does: ``en_GB``. So
``locales/en_GB/LC_MESSAGES/`` and ``out/<campaign>/en_GB/`` are the folders
of ``en-GB``, as Poedit, Weblate and ``pybabel`` expect; HTML ``lang``
attributes say ``en-GB``.
"""

from __future__ import annotations

from functools import cache


class LocaleError(ValueError):
    """A locale code Babel has no data for."""


@cache
def known_locales() -> frozenset[str]:
    """Every locale identifier Babel has data for, spelt ``en_GB`` (``root`` left out)."""
    from babel import localedata

    return frozenset(localedata.locale_identifiers()) - {"root"}


def accepted_spellings() -> list[str]:
    """Every way a locale may be written: ``en_GB`` and ``en-GB``, sorted (for the schema)."""
    codes = known_locales()
    return sorted(codes | {code.replace("_", "-") for code in codes})


def canonical_locale(code: str) -> str:
    """``code`` spelt as the toolkit spells it (``en-GB`` -> ``en_GB``).

    Raises :class:`LocaleError` when Babel has no data for it.
    """
    spelt = code.strip().replace("-", "_")
    if spelt not in known_locales():
        examples = "e.g. en, fr, en-GB, fr-CA, es-419"
        raise LocaleError(f"{code!r} is not a locale Babel knows ({examples})")
    return spelt


def is_locale(code: str) -> bool:
    """Whether ``code`` is a locale the toolkit accepts, in either spelling."""
    try:
        canonical_locale(code)
    except LocaleError:
        return False
    return True
