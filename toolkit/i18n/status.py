"""``toolkit i18n status``: per campaign and locale, how far the translation is.

Counts cover every string the campaign's documents need in that locale
(the messages of the templates its outputs reach, and its copy), and
whether the locale *ships* is the build's own verdict: both come from the
build's resolve stage (:mod:`toolkit.build.resolve`), so the two commands
cannot disagree. Only the locales a campaign lists are counted: PO files
of a locale no campaign lists are named once (:func:`unlisted_locales`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from toolkit.build.resolve import Resolver
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.layout import present_locales
from toolkit.problems import Problem
from toolkit.project import Project


@dataclass(frozen=True)
class LocaleStatus:
    """One campaign in one locale: string counts and whether the build would ship it."""

    campaign: str
    locale: str
    listed: bool  # the fact sheet lists the locale (always, since only those are shown)
    source: bool  # the campaign is written in this locale
    translated: int
    fuzzy: int
    missing: int  # no translation, or one whose placeholders do not fit
    ships: bool
    reason: str  # why it cannot ship, empty when it can

    @property
    def total(self) -> int:
        """How many strings the campaign's documents need."""
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
    """A row per campaign and each locale its fact sheet lists, in the sheet's order."""
    resolver = Resolver(project)
    rows: list[LocaleStatus] = []
    problems: list[Problem] = []
    seen: set[Problem] = set()
    for loaded in sheets:
        sheet = loaded.sheet
        for locale in sheet.locales:
            target, found = resolver.target(loaded, locale, sheet.outputs)
            problems += [p for p in found if p not in seen]
            seen.update(found)
            verdict = target.verdict
            rows.append(
                LocaleStatus(
                    sheet.campaign,
                    locale,
                    listed=locale in sheet.locales,
                    source=locale == sheet.source_locale,
                    translated=verdict.translated,
                    fuzzy=verdict.fuzzy,
                    missing=verdict.missing + verdict.broken,
                    ships=verdict.ships,
                    reason=verdict.reason,
                )
            )
    return rows, [*resolver.templates.problems, *problems]


def unlisted_locales(project: Project, sheets: Sequence[LoadedFactSheet]) -> list[str]:
    """Locales with PO files under ``locales/`` that no campaign lists (nothing ships them)."""
    listed = {locale for loaded in sheets for locale in loaded.sheet.locales}
    return [locale for locale in present_locales(project.locales_dir) if locale not in listed]
