"""The translator a document is rendered with: one locale's catalogs for one campaign."""

from __future__ import annotations

from babel.messages.catalog import Catalog

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.catalogs import TEMPLATES_DOMAIN, Translator, catalog_path, read_catalog
from toolkit.problems import Problem
from toolkit.project import Project


def load_translator(
    project: Project, loaded: LoadedFactSheet, locale: str
) -> tuple[Translator, list[Problem]]:
    """The translator for ``locale``: templates' and campaign's catalogs, or the source itself.

    A missing catalog is not an error here: every string it would hold is
    then recorded as missing when a document asks for it.
    """
    if locale == loaded.sheet.source_locale:
        return Translator(locale, source=True), []
    catalogs: dict[str, Catalog] = {}
    problems: list[Problem] = []
    for domain in (TEMPLATES_DOMAIN, loaded.sheet.campaign):
        path = catalog_path(project.locales_dir, locale, domain)
        if not path.exists():  # a named pipe or a folder is reported, not skipped
            continue
        catalog, found = read_catalog(path, project.relative(path), locale)
        problems.extend(found)
        if catalog is not None:
            catalogs[domain] = catalog
    return Translator(locale, catalogs), problems
