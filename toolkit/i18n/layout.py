"""Where catalogs live and which locales each one is translated into.

``locales/messages.pot`` holds the templates' strings and
``locales/<campaign>.pot`` one campaign's copy; each translation is
``locales/<locale>/LC_MESSAGES/<domain>.po``. A locale is translated when a
fact sheet lists it or when its folder already exists, so adding a locale
or a campaign needs no code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.locales import known_locales
from toolkit.translation.catalogs import TEMPLATES_DOMAIN, catalog_path

__all__ = [
    "TEMPLATES_DOMAIN",
    "catalog_path",
    "domains",
    "misnamed_locale_folders",
    "present_locales",
    "target_locales",
    "template_path",
]


def template_path(locales_dir: Path, domain: str) -> Path:
    """The PO template (``.pot``) of ``domain``."""
    return locales_dir / f"{domain}.pot"


def domains(sheets: Sequence[LoadedFactSheet]) -> list[str]:
    """The templates' domain, then one per campaign."""
    return [TEMPLATES_DOMAIN, *(loaded.sheet.campaign for loaded in sheets)]


def present_locales(locales_dir: Path) -> list[str]:
    """Locales that already have a ``<locale>/LC_MESSAGES`` folder, named as the toolkit
    spells a locale (``fr``, ``en_GB``: see :mod:`toolkit.locales`)."""
    if not locales_dir.is_dir():
        return []
    return [
        folder.name
        for folder in sorted(locales_dir.iterdir())
        if (folder / "LC_MESSAGES").is_dir() and folder.name in known_locales()
    ]


def target_locales(
    sheets: Sequence[LoadedFactSheet], present: Sequence[str], domain: str
) -> list[str]:
    """The locales ``domain`` is translated into, in a stable order.

    A campaign: the locales its fact sheet lists, except its source locale,
    and those present (a folder under ``locales/``) that no campaign lists
    yet (a translator started them with ``i18n init``): never a locale
    another campaign lists and this one does not. The templates: every
    locale any campaign translates into, and those already present.
    """
    listed = {locale for loaded in sheets for locale in loaded.sheet.locales}
    wanted: set[str] = set(present) if domain == TEMPLATES_DOMAIN else set(present) - listed
    for loaded in sheets:
        sheet = loaded.sheet
        if domain == TEMPLATES_DOMAIN:
            wanted.update(sheet.locales)
        elif sheet.campaign == domain:
            wanted.update(sheet.locales)
            wanted.discard(sheet.source_locale)
    if domain == TEMPLATES_DOMAIN:
        wanted = {locale for locale in wanted if not _only_a_source(locale, sheets)}
    return sorted(wanted)


def _only_a_source(locale: str, sheets: Sequence[LoadedFactSheet]) -> bool:
    """True when campaigns list ``locale`` and every one of them writes its copy in it."""
    listing = [s.sheet for s in sheets if locale in s.sheet.locales]
    return bool(listing) and all(sheet.source_locale == locale for sheet in listing)


def misnamed_locale_folders(locales_dir: Path) -> list[tuple[Path, str]]:
    """Locale folders spelt another way than the toolkit spells them (``en-GB`` for
    ``en_GB``), each with the name it should have: their files would never be read."""
    if not locales_dir.is_dir():
        return []
    found = []
    for folder in sorted(locales_dir.iterdir()):
        if not (folder / "LC_MESSAGES").is_dir() or folder.name in known_locales():
            continue
        spelt = folder.name.replace("-", "_")
        if spelt in known_locales():
            found.append((folder, spelt))
    return found
