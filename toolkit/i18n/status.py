"""``toolkit i18n status``: per campaign and locale, how far the translation is.

Counts cover every string the campaign's documents need in that locale
(the messages of the templates its outputs reach, and its copy), and
whether the locale *ships* is the build's own verdict: both come from the
build's resolve stage (:mod:`toolkit.build.resolve`), so the two commands
cannot disagree. Locales with a folder under ``locales/`` that a fact
sheet does not list are shown too, as if it listed them.
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
    listed: bool  # the fact sheet lists the locale (it is shipped)
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
    """A row per campaign and locale (listed ones first, then folders under ``locales/``)."""
    resolver = Resolver(project)
    present = present_locales(project.locales_dir)
    rows: list[LocaleStatus] = []
    problems: list[Problem] = []
    seen: set[Problem] = set()
    for loaded in sheets:
        sheet = loaded.sheet
        extra = [locale for locale in present if locale not in sheet.locales]
        for locale in [*sheet.locales, *extra]:
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
