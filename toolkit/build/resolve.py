"""Stage 2: resolve what is built: each chosen campaign in each chosen locale, and whether it ships.

A *target* is one campaign in one locale with the outputs it builds there
(those whose ``copy`` section the campaign has, narrowed by ``--output``)
and a translator over that locale's catalogs. Whether the locale ships is
decided here, once, from the strings its outputs need: every message of
the templates those outputs reach and every copy string they show must
have a translation that is not fuzzy and keeps its placeholders. ``toolkit
build``, ``toolkit lint`` and ``toolkit i18n status`` all ask this stage,
so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog

from toolkit.build.options import Selection, SelectionError
from toolkit.factsheet.copytext import iter_copy_strings
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.outputs import OUTPUT_NAMES, Output
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.render.documents import make_environment
from toolkit.render.messages import TemplateMessages
from toolkit.translation.catalogs import (
    TEMPLATES_DOMAIN,
    CatalogFiles,
    Missing,
    Translator,
    catalog_path,
)

# (domain, msgid, context): one string a document asks the translator for
Needed = tuple[str, str, str | None]


@dataclass(frozen=True)
class Verdict:
    """How many of the strings a target needs are translated, and whether it ships."""

    needed: int = 0
    missing: int = 0
    fuzzy: int = 0
    broken: int = 0  # translated, but the placeholders do not fit the msgid
    unreadable: bool = False  # a catalog cannot be read at all

    @property
    def translated(self) -> int:
        """Strings with a usable translation."""
        return self.needed - self.missing - self.fuzzy - self.broken

    @property
    def ships(self) -> bool:
        """Whether every string has a usable translation."""
        return not (self.unreadable or self.missing or self.fuzzy or self.broken)

    @property
    def reason(self) -> str:
        """Why the target cannot ship (``3 strings missing, 1 fuzzy``), empty when it can."""
        if self.unreadable:
            return "its catalog cannot be read"
        parts = []
        if self.missing:
            parts.append(f"{self.missing} string{'s' if self.missing != 1 else ''} missing")
        if self.fuzzy:
            parts.append(f"{self.fuzzy} fuzzy")
        if self.broken:
            parts.append(f"{self.broken} with broken placeholders (toolkit lint shows where)")
        return ", ".join(parts)


@dataclass
class Target:
    """One campaign in one locale: the outputs it builds, its translator, its verdict."""

    loaded: LoadedFactSheet
    locale: str
    outputs: tuple[Output, ...]
    translator: Translator
    verdict: Verdict

    @property
    def campaign(self) -> str:
        """The campaign's slug."""
        return self.loaded.sheet.campaign

    def folder(self, out_dir: Path) -> Path:
        """Where the target's files go: ``out/<campaign>/<locale>/``."""
        return out_dir / self.campaign / self.locale


@dataclass
class Resolution:
    """Every target of a command, the problems met while reading catalogs, and the
    catalogs read (for the lint)."""

    targets: list[Target] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: CatalogFiles = field(default_factory=CatalogFiles)


class Resolver:
    """Resolves targets of one project, reading each catalog and template at most once."""

    def __init__(self, project: Project) -> None:
        self.project = project
        env = make_environment(project.templates_dir, Translator("en", source=True))
        self.templates = TemplateMessages(env, project.relative(project.templates_dir))
        self.files = CatalogFiles()  # handed on to the lint, which reads the same files

    def catalog(self, locale: str, domain: str) -> tuple[Catalog | None, list[Problem]]:
        """The catalog of ``domain`` in ``locale`` (None when absent or unreadable)."""
        path = catalog_path(self.project.locales_dir, locale, domain)
        if not path.exists():  # a named pipe or a folder is reported by the reader
            return None, []
        return self.files.read(path, self.project.relative(path), locale)

    def needed(self, loaded: LoadedFactSheet, outputs: Sequence[Output]) -> list[Needed]:
        """The strings documents of ``outputs`` ask for: template messages, then copy."""
        names = {output.name for output in outputs}
        templates = [name for output in outputs for name in output.templates]
        wanted: list[Needed] = [
            (TEMPLATES_DOMAIN, m.msgid, m.context) for m in self.templates.messages(templates)
        ]
        campaign = loaded.sheet.campaign
        wanted += [
            (campaign, item.singular, None)
            for item in iter_copy_strings(loaded.sheet)
            if item.output in names
        ]
        return list(dict.fromkeys(wanted))

    def target(
        self, loaded: LoadedFactSheet, locale: str, outputs: Sequence[Output]
    ) -> tuple[Target, list[Problem]]:
        """Resolve ``loaded`` in ``locale`` for ``outputs`` (listed by the sheet or not)."""
        if locale == loaded.sheet.source_locale:
            translator = Translator(locale, source=True)
            verdict = Verdict(needed=len(self.needed(loaded, outputs)))
            return Target(loaded, locale, tuple(outputs), translator, verdict), []
        catalogs: dict[str, Catalog] = {}
        problems: list[Problem] = []
        for domain in (TEMPLATES_DOMAIN, loaded.sheet.campaign):
            catalog, found = self.catalog(locale, domain)
            problems += found
            if catalog is not None:
                catalogs[domain] = catalog
        translator = Translator(locale, catalogs)
        verdict = judge(translator, self.needed(loaded, outputs), unreadable=bool(problems))
        return Target(loaded, locale, tuple(outputs), translator, verdict), problems


def judge(translator: Translator, needed: Sequence[Needed], *, unreadable: bool) -> Verdict:
    """Count the ``needed`` strings ``translator`` cannot translate, by reason."""
    missing = fuzzy = broken = 0
    for domain, msgid, context in needed:
        found = translator.look_up(domain, msgid, context)
        if isinstance(found, Missing):
            if found.broken:
                broken += 1
            elif found.fuzzy:
                fuzzy += 1
            else:
                missing += 1
    return Verdict(len(needed), missing, fuzzy, broken, unreadable)


def resolve(
    project: Project, sheets: Sequence[LoadedFactSheet], selection: Selection
) -> Resolution:
    """Every target the selection asks for, in a stable order (campaigns, then locales).

    Raises :class:`SelectionError` for a locale or output that no chosen
    campaign ships.
    """
    check_selection(sheets, selection)
    resolver = Resolver(project)
    resolution = Resolution(files=resolver.files)
    seen: set[str] = set()
    for loaded in sheets:
        outputs = [
            o for o in loaded.sheet.outputs if not selection.outputs or o.name in selection.outputs
        ]
        if not outputs:
            continue
        for locale in loaded.sheet.locales:
            if selection.locales and locale not in selection.locales:
                continue
            target, problems = resolver.target(loaded, locale, outputs)
            resolution.targets.append(target)
            for problem in problems:  # the templates' catalog is shared: report it once
                if (key := f"{problem.path}:{problem.line}:{problem.message}") not in seen:
                    seen.add(key)
                    resolution.problems.append(problem)
    return resolution


def check_selection(sheets: Sequence[LoadedFactSheet], selection: Selection) -> None:
    """Raise :class:`SelectionError` when a chosen locale or output names nothing built."""
    for name in selection.outputs:
        if name not in OUTPUT_NAMES:
            raise SelectionError(f"no output {name!r} (outputs: {', '.join(OUTPUT_NAMES)})")
    if not sheets:
        return
    shipped = {o.name for loaded in sheets for o in loaded.sheet.outputs}
    for name in selection.outputs:
        if name not in shipped:
            raise SelectionError(
                f"no campaign chosen ships the {name} output (shipped: {', '.join(sorted(shipped))})"
            )
    locales = sorted({locale for loaded in sheets for locale in loaded.sheet.locales})
    for locale in selection.locales:
        if locale not in locales:
            raise SelectionError(
                f"no campaign chosen ships locale {locale!r} (shipped: {', '.join(locales)}); "
                "add it to `locales:` in the fact sheet"
            )


def ship_or_skip(
    targets: Sequence[Target], allow_partial: bool
) -> tuple[list[Target], list[Problem]]:
    """The targets that ship, and a problem for each that does not or ships partly.

    A locale missing translations is not shipped (``incomplete-translation``,
    an error), unless ``allow_partial``: then it ships with the source
    language where strings are missing (``partial-translation``, a
    warning). A catalog that cannot be read never ships.
    """
    shipping: list[Target] = []
    problems: list[Problem] = []
    for target in targets:
        verdict = target.verdict
        if verdict.ships:
            shipping.append(target)
            continue
        partial = allow_partial and not verdict.unreadable
        if partial:
            shipping.append(target)
        sheet = target.loaded.sheet
        index = sheet.locales.index(target.locale)
        line, column = target.loaded.locate(("locales", index))
        if partial:
            code = "partial-translation"
            message = (
                f"{target.locale} is shipped partly in {sheet.source_locale}: {verdict.reason}"
            )
        else:
            code = "incomplete-translation"
            message = (
                f"{target.locale} is not shipped: {verdict.reason} "
                f"(`toolkit i18n status` and `toolkit lint --locale {target.locale}` show which; "
                "--allow-partial ships it with the source language)"
            )
        problems.append(
            Problem(target.loaded.path, line, column, code, message, locale=target.locale)
        )
    return shipping, problems
