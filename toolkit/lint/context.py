"""What the checks look at: the selected campaigns and locales, and every text read once.

A :class:`LintContext` reads each template, fact sheet and PO file at most
once and hands the checks ready-made :class:`~toolkit.lint.sites.Site`
lists, so adding a check costs no extra parsing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from toolkit.factsheet.copytext import iter_copy_strings
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.inputs import MAX_FACTSHEET_BYTES, InputError, decode_text, read_input
from toolkit.lint.evidence.archives import Archives
from toolkit.lint.figures import Figure, find_figures, mask
from toolkit.lint.pofiles import PoFile, read_po_file
from toolkit.lint.sites import SearchLocator, Site, SourceText
from toolkit.lint.templates import Templates, read_templates
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.render.messages import Message
from toolkit.translation.catalogs import TEMPLATES_DOMAIN, CatalogFiles, Translator, catalog_path
from toolkit.translation.placeholders import mask_placeholders


@dataclass(frozen=True)
class Target:
    """One campaign in one locale; ``rendered`` holds its documents already rendered in
    marked mode by the build (file name -> content), so the safety net need not render
    them again."""

    sheet: LoadedFactSheet
    locale: str
    rendered: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_source(self) -> bool:
        """Whether this is the campaign's source language (no catalogs)."""
        return self.locale == self.sheet.sheet.source_locale


@dataclass
class CatalogSlot:
    """A PO file the lint wants: its path, and the parsed file when it exists and parses."""

    locale: str
    domain: str
    path: str
    exists: bool
    po: PoFile | None
    problems: list[Problem] = field(default_factory=list)


class LintContext:
    """The campaigns and locales being linted, with their texts parsed once and shared."""

    def __init__(
        self,
        project: Project,
        sheets: Sequence[LoadedFactSheet],
        targets: Sequence[Target],
        load_problems: Sequence[Problem] = (),
        files: CatalogFiles | None = None,
    ) -> None:
        self.project = project
        self.files = files or CatalogFiles()  # PO files already read (by the build) are reused
        self.sheets = list(sheets)
        self.targets = list(targets)
        self.load_problems = list(load_problems)
        self._catalogs: dict[tuple[str, str], CatalogSlot] = {}
        self._copy_sites: dict[str, list[Site]] = {}
        self._sources: dict[str, SourceText] = {}
        self._figures: dict[tuple[int, str], tuple[Site, list[Figure]]] = {}
        self._literals: dict[tuple[str, str], tuple[str, ...]] = {}

    # -- templates ----------------------------------------------------------

    @cached_property
    def templates(self) -> Templates:
        """The project's templates: prose sites, messages, sources, syntax problems."""
        from toolkit.render.documents import make_environment

        env = make_environment(self.project.templates_dir, Translator("en", source=True))
        shown = self.project.relative(self.project.templates_dir)
        return read_templates(self.project.templates_dir, env, shown)

    @cached_property
    def source_locales(self) -> list[str]:
        """The languages templates and copy are written in (one per campaign, deduplicated)."""
        return sorted({s.sheet.source_locale for s in self.sheets}) or ["en"]

    # -- fact sheets --------------------------------------------------------

    @cached_property
    def archives(self) -> Archives:
        """The sources' archived copies, each read and normalised at most once per run."""
        return Archives(self.project.root)

    def has_errors(self, sheet: LoadedFactSheet) -> bool:
        """Whether loading ``sheet`` found an error (then it is not rendered)."""
        return any(p.path == sheet.path and p.severity == "error" for p in self.load_problems)

    def sheet_source(self, sheet: LoadedFactSheet) -> SourceText:
        """The fact sheet's YAML text."""
        path = Path(sheet.path)
        file = path if path.is_absolute() else self.project.root / path
        return self._sheet_sources(str(file))

    def _sheet_sources(self, file: str) -> SourceText:
        if file not in self._sources:
            try:
                text = decode_text(read_input(Path(file), MAX_FACTSHEET_BYTES))
            except (InputError, UnicodeDecodeError):
                text = ""
            self._sources[file] = SourceText(text.replace("\r\n", "\n"))
        return self._sources[file]

    def copy_sites(self, sheet: LoadedFactSheet) -> list[Site]:
        """Every copy string of ``sheet`` (each plural form apart), located in its YAML."""
        if sheet.path not in self._copy_sites:
            source = self.sheet_source(sheet)
            locale = sheet.sheet.source_locale
            sites = []
            for item in iter_copy_strings(sheet.sheet):
                forms = (
                    [(item.loc, item.singular)]
                    if item.plural is None
                    else [((*item.loc, "one"), item.singular), ((*item.loc, "other"), item.plural)]
                )
                for loc, text in forms:
                    start = source.offset(*sheet.locate(loc))
                    locator = SearchLocator(source, start, text)
                    label = item.part
                    sites.append(
                        Site(sheet.path, text, locale, "copy", locator, item.output, label)
                    )
            self._copy_sites[sheet.path] = sites
        return self._copy_sites[sheet.path]

    def literals_for(self, site: Site) -> tuple[str, ...]:
        """The ``not_figures`` that apply to ``site``: its campaign's, or every linted one's.

        Computed once per file: a lookup per site would grow with campaigns × strings.
        """
        key = (site.kind, site.path) if site.kind in ("copy", "msgstr") else ("", "")
        if key not in self._literals:
            if site.kind == "copy":
                sheets = [s for s in self.sheets if s.path == site.path]
            elif site.kind == "msgstr":
                slots = [slot for slot in self._catalogs.values() if slot.path == site.path]
                sheets = [s for slot in slots for s in self.sheets_for(slot)]
            else:
                sheets = self.sheets
            self._literals[key] = self.not_figures(sheets)
        return self._literals[key]

    def site_figures(self, site: Site, locale: str) -> list[Figure]:
        """The figures typed in ``site`` read in ``locale``, placeholders and not_figures masked.

        Computed once per site and language: the origin checks and the
        safety net's tracing ask for the same ones.
        """
        key = (id(site), locale)
        if key not in self._figures:
            text = mask(mask_placeholders(site.text), self.literals_for(site))
            found = find_figures(text, locale) if site.text.strip() else []
            self._figures[key] = (site, found)
        return self._figures[key][1]

    def not_figures(self, sheets: Sequence[LoadedFactSheet] | None = None) -> tuple[str, ...]:
        """The declared ``not_figures`` literals of ``sheets`` (all linted sheets by default)."""
        chosen = self.sheets if sheets is None else sheets
        literals = {nf.text for s in chosen for nf in s.sheet.not_figures}
        return tuple(sorted(literals, key=lambda text: (-len(text), text)))

    # -- catalogs -----------------------------------------------------------

    def catalog_slots(self) -> list[CatalogSlot]:
        """Every PO file of every translated target, each once (templates' catalog is shared)."""
        seen: dict[tuple[str, str], CatalogSlot] = {}
        for target in self.targets:
            if target.is_source:
                continue
            for domain in (TEMPLATES_DOMAIN, target.sheet.sheet.campaign):
                seen.setdefault((target.locale, domain), self.catalog(target.locale, domain))
        return list(seen.values())

    def catalog(self, locale: str, domain: str) -> CatalogSlot:
        """The PO file of ``domain`` for ``locale`` (read on first use)."""
        key = (locale, domain)
        if key not in self._catalogs:
            file = catalog_path(self.project.locales_dir, locale, domain)
            shown = self.project.relative(file)
            if file.exists():  # a named pipe or a folder is reported, not skipped
                po, problems = read_po_file(file, shown, locale, domain, self.files)
                slot = CatalogSlot(locale, domain, shown, True, po, problems)
            else:
                slot = CatalogSlot(locale, domain, shown, False, None)
            self._catalogs[key] = slot
        return self._catalogs[key]

    def sheets_for(self, slot: CatalogSlot) -> list[LoadedFactSheet]:
        """The fact sheets whose documents use the catalog in ``slot``."""
        return self._users.get((slot.locale, slot.domain), [])

    @cached_property
    def _users(self) -> dict[tuple[str, str], list[LoadedFactSheet]]:
        """The fact sheets using each (locale, domain) catalog, in target order."""
        users: dict[tuple[str, str], dict[int, LoadedFactSheet]] = {}
        for t in self.targets:
            for domain in (TEMPLATES_DOMAIN, t.sheet.sheet.campaign):
                users.setdefault((t.locale, domain), {}).setdefault(id(t.sheet), t.sheet)
        return {key: list(sheets.values()) for key, sheets in users.items()}

    def expected_messages(self, slot: CatalogSlot) -> list[Message]:
        """The msgids the documents ask ``slot``'s catalog for."""
        if slot.domain == TEMPLATES_DOMAIN:
            return self.templates.messages
        messages = []
        for sheet in self.sheets_for(slot):
            for item in iter_copy_strings(sheet.sheet):
                line = sheet.locate(item.loc)[0]
                messages.append(Message(sheet.path, line, item.singular, item.plural))
        return messages

    def translator(self, target: Target) -> Translator:
        """A translator over the catalogs already read (no second parse)."""
        if target.is_source:
            return Translator(target.locale, source=True)
        catalogs = {}
        for domain in (TEMPLATES_DOMAIN, target.sheet.sheet.campaign):
            slot = self.catalog(target.locale, domain)
            if slot.po is not None:
                catalogs[domain] = slot.po.catalog
        return Translator(target.locale, catalogs)
