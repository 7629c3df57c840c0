"""``toolkit i18n status``: per campaign and locale, how far the translation is.

Counts cover every string the campaign's documents can show (the
templates' and the campaign's own), as ``toolkit i18n extract`` finds
them now, so a PO file that was not updated counts the new strings as
missing. Whether a locale *ships* is asked of the build itself: it renders
the documents with the same translator and applies the same rule, so the
two commands cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from babel.messages.catalog import Catalog
from jinja2 import TemplateError

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.catalogs import TEMPLATES_DOMAIN, catalog_path, is_translated, read_catalog
from toolkit.i18n.layout import present_locales
from toolkit.i18n.pot import extract_templates
from toolkit.problems import Problem, count_errors
from toolkit.project import Project


@dataclass(frozen=True)
class LocaleStatus:
    """One campaign in one locale: string counts and whether the build would ship it."""

    campaign: str
    locale: str
    listed: bool  # the fact sheet lists the locale (it is shipped)
    source: bool  # the campaign is written in this locale
    translated: int
    fuzzy: int
    missing: int
    ships: bool
    reason: str  # why it cannot ship, empty when it can

    @property
    def total(self) -> int:
        """How many strings the campaign's documents can show."""
        return self.translated + self.fuzzy + self.missing

    @property
    def percent(self) -> int:
        """Translated strings as a whole percentage (rounded down)."""
        return 100 * self.translated // self.total if self.total else 100

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of one row."""
        return {**asdict(self), "total": self.total, "percent": self.percent}


def translation_status(
    project: Project, sheets: Sequence[LoadedFactSheet]
) -> tuple[list[LocaleStatus], list[Problem]]:
    """A row per campaign and locale (listed ones first, then folders under ``locales/``)."""
    pots, problems = extract_templates(project, sheets)
    if count_errors(problems):
        return [], problems
    expected = {pot.domain: pot.catalog for pot in pots}
    present = present_locales(project.locales_dir)
    rows: list[LocaleStatus] = []
    for loaded in sheets:
        sheet = loaded.sheet
        wanted = [
            (TEMPLATES_DOMAIN, expected[TEMPLATES_DOMAIN]),
            (sheet.campaign, expected[sheet.campaign]),
        ]
        extra = [locale for locale in present if locale not in sheet.locales]
        for locale in [*sheet.locales, *extra]:
            listed = locale in sheet.locales
            if locale == sheet.source_locale:
                total = sum(_count(catalog) for _, catalog in wanted)
                rows.append(
                    LocaleStatus(sheet.campaign, locale, listed, True, total, 0, 0, True, "")
                )
                continue
            row, found = _locale_status(project, loaded, locale, listed, wanted)
            rows.append(row)
            problems += found
    return rows, problems


def _locale_status(
    project: Project,
    loaded: LoadedFactSheet,
    locale: str,
    listed: bool,
    wanted: list[tuple[str, Catalog]],
) -> tuple[LocaleStatus, list[Problem]]:
    campaign = loaded.sheet.campaign
    counts = [0, 0, 0]  # translated, fuzzy, missing
    problems: list[Problem] = []
    for domain, template in wanted:
        path = catalog_path(project.locales_dir, locale, domain)
        catalog = None
        if path.exists():  # a named pipe or a folder is reported, not skipped
            catalog, found = read_catalog(path, project.relative(path), locale)
            problems += found
        for message in template:
            if message.id:
                counts[_state(catalog, message.id, message.context)] += 1
    if problems:
        reason = "its catalog cannot be read"
    else:
        reason, problems = would_not_ship(project, loaded, locale)
    translated, fuzzy, missing = counts
    row = LocaleStatus(
        campaign, locale, listed, False, translated, fuzzy, missing, not reason, reason
    )
    return row, problems


def _state(catalog: Catalog | None, msgid: str | Sequence[str], context: str | None) -> int:
    """0 translated, 1 fuzzy, 2 missing."""
    key = msgid if isinstance(msgid, str) else msgid[0]
    message = catalog.get(key, context) if catalog is not None else None
    if message is None:
        return 2
    if message.fuzzy:
        return 1
    return 0 if is_translated(message) else 2


def _count(catalog: Catalog) -> int:
    return sum(1 for message in catalog if message.id)


def would_not_ship(
    project: Project, loaded: LoadedFactSheet, locale: str
) -> tuple[str, list[Problem]]:
    """Why ``toolkit build`` would skip ``locale`` (``3 strings missing, 1 fuzzy``), or ``""``.

    Asks the build's own render stage, which renders every document with the
    locale's translator and skips the locale when a string is missing or
    fuzzy. A locale the fact sheet does not list yet is asked as if it did.
    """
    from toolkit.build import BuildOptions, BuildReport, render

    sheet = loaded.sheet
    if locale not in sheet.locales:
        sheet = sheet.model_copy(update={"locales": [*sheet.locales, locale]})
    report = BuildReport()
    options = BuildOptions(campaigns=(sheet.campaign,), locales=(locale,))
    try:
        for _job in render(
            project, [LoadedFactSheet(loaded.path, sheet, loaded.tree)], options, report
        ):
            pass  # rendered documents are not needed, only the build's verdict
    except TemplateError as err:
        message = f"a template cannot be rendered: {err.message}"
        return "its templates cannot be rendered", [
            Problem("templates", 0, 0, "invalid-template", message, locale=locale)
        ]
    reasons = [skipped.reason for skipped in report.skipped]
    return (reasons[0] if reasons else ""), report.problems
