"""What the preview shows, kept in memory and rebuilt only where a change reaches.

:class:`Preview` loads the fact sheets (cheap: all of them, on any fact
sheet change) and computes each campaign in each locale — a *target* —
the first time a page asks for it, with the build's own stages: resolve
(:class:`~toolkit.build.resolve.Resolver`), whether it would ship
(:func:`~toolkit.build.resolve.ship_or_skip`), render
(:func:`~toolkit.build.render.render_target`) and the lint
(:func:`~toolkit.build.lint.lint_targets`). A target that would not ship
is still rendered, with the source language where strings are missing, so
translators see their progress; the problem that keeps it out of the build
is listed beside it. :meth:`Preview.apply` forgets what a change reaches
(:mod:`toolkit.serve.depends`) and says which pages must reload.

Every method is safe to call from several threads; nothing here raises
for bad input.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum, auto
from pathlib import PurePosixPath

from babel import Locale

from toolkit.build.lint import lint_targets
from toolkit.build.options import SelectionError
from toolkit.build.render import render_target
from toolkit.build.resolve import Resolver, ship_or_skip
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.outputs import Kind, OutputFile
from toolkit.problems import Problem, Severity
from toolkit.project import Project
from toolkit.render.pool import PdfResult, PdfTask
from toolkit.serve.depends import FACTSHEET_SUFFIXES, Scope
from toolkit.serve.pdfs import PdfRenderer
from toolkit.serve.translations import LocaleTranslations, locale_translations

# A page's place in the project: (campaign, locale), None meaning "any".
PageKey = tuple[str | None, str | None]
PDF_CACHE_SIZE = 16


@dataclass
class TargetView:
    """One campaign in one locale as the preview shows it: its files, documents, problems.

    ``documents`` holds every text, HTML and e-mail file (PDFs are rendered
    on demand from their HTML); ``failure`` says why nothing could be shown
    when the preview itself failed.
    """

    campaign: str
    locale: str
    sheet_path: str
    source_locale: str
    direction: str
    files: tuple[OutputFile, ...]
    documents: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    ships: bool = True
    failure: str | None = None

    def file(self, name: str) -> OutputFile | None:
        """The file called ``name`` among the target's outputs."""
        return next((f for f in self.files if f.name == name), None)


@dataclass(frozen=True)
class BrokenSheet:
    """A fact sheet that cannot be loaded: where, and every located problem."""

    path: str
    problems: list[Problem]


@dataclass(frozen=True)
class CampaignEntry:
    """A campaign on the index: its fact sheet, locales and files."""

    campaign: str
    path: str
    source_locale: str
    locales: tuple[str, ...]
    files: tuple[OutputFile, ...]


@dataclass(frozen=True)
class Index:
    """What the index page lists."""

    campaigns: list[CampaignEntry]
    broken: list[BrokenSheet]
    problems: list[Problem]  # other fact sheets' errors, a campaign that is gone …
    locales: list[str]  # every translated locale (for the translator's view)


def sort_problems(problems: Sequence[Problem]) -> list[Problem]:
    """Errors first, then by file and place; each problem once."""
    unique = dict.fromkeys(problems)
    return sorted(
        unique,
        key=lambda p: (
            p.severity is not Severity.ERROR,
            p.path,
            p.line,
            p.column,
            p.code,
            p.message,
        ),
    )


class Preview:
    """The project's outputs and problems in memory (see the module's docstring)."""

    def __init__(
        self,
        project: Project,
        campaigns: Sequence[str] = (),
        *,
        pdf_timeout: float = 60.0,
        pdf_max_pages: int = 200,
    ) -> None:
        self.project = project
        self.chosen = tuple(campaigns)
        self.pdf_max_pages = pdf_max_pages
        self.version = 0
        self._lock = threading.RLock()  # the state; held briefly
        self._computing = threading.Lock()  # one target or view computed at a time
        self._pdfs = PdfRenderer(pdf_timeout)
        self._pdf_cache: OrderedDict[str, PdfResult] = OrderedDict()
        self._targets: dict[tuple[str, str], TargetView] = {}
        self._translations: dict[str, LocaleTranslations] = {}
        self._known_paths: dict[str, str] = {}  # campaign -> the fact sheet it was last read from
        self._sheets: dict[str, LoadedFactSheet] = {}
        self._load_problems: list[Problem] = []
        self._broken: list[BrokenSheet] = []
        self._elsewhere: list[Problem] = []
        self._resolver: Resolver | None = None
        self._load()
        unknown = [n for n in self.chosen if n not in self._sheets and not self._broken_sheet_of(n)]
        if unknown:
            known = ", ".join(sorted(self._known_paths)) or "none"
            raise SelectionError(f"no campaign {unknown[0]!r} (known: {known})")

    # -- reading ------------------------------------------------------------------

    def index(self) -> Index:
        """The campaigns, their locales and files; fact sheets that cannot be loaded."""
        with self._lock:
            entries = [
                CampaignEntry(
                    loaded.sheet.campaign,
                    loaded.path,
                    loaded.sheet.source_locale,
                    tuple(loaded.sheet.locales),
                    tuple(f for output in loaded.sheet.outputs for f in output.files),
                )
                for loaded in self._sheets.values()
            ]
            locales = sorted(
                {
                    locale
                    for loaded in self._sheets.values()
                    for locale in loaded.sheet.locales
                    if locale != loaded.sheet.source_locale
                }
            )
            return Index(entries, list(self._broken), sort_problems(self._elsewhere), locales)

    def view(self, campaign: str, locale: str) -> TargetView | BrokenSheet | None:
        """The target, the broken fact sheet it comes from, or None when there is no such page."""
        with self._lock:
            found = self._lookup(campaign, locale)
        if not isinstance(found, _Missing):
            return found
        with self._computing:  # one at a time: other pages are served meanwhile
            with self._lock:
                found = self._lookup(campaign, locale)
                if not isinstance(found, _Missing):
                    return found
                loaded = self._sheets[campaign]
                version = self.version
                if self._resolver is None:
                    self._resolver = Resolver(self.project)
                resolver = self._resolver
                mine = [p for p in self._load_problems if p.path == loaded.path]
            view = compute_target(self.project, resolver, loaded, locale, mine)
            with self._lock:
                if self.version == version:  # else a change overtook it: not kept
                    self._targets[campaign, locale] = view
            return view

    def warm_up(self) -> None:
        """Compute the first campaign in its source language (loads what every page needs)."""
        with self._lock:
            first = next(iter(self._sheets.values()), None)
        if first is not None:
            self.view(first.sheet.campaign, first.sheet.source_locale)

    def locales_of(self, campaign: str) -> list[str]:
        """The locales ``campaign`` ships in (none when its fact sheet is not loaded)."""
        with self._lock:
            loaded = self._sheets.get(campaign)
            return list(loaded.sheet.locales) if loaded is not None else []

    def translations(self, locale: str) -> LocaleTranslations | None:
        """The translator's view of ``locale``, or None when no campaign is translated into it."""
        with self._computing:
            with self._lock:
                sheets = [
                    loaded
                    for loaded in self._sheets.values()
                    if locale in loaded.sheet.locales and locale != loaded.sheet.source_locale
                ]
                if not sheets or locale in self._translations:
                    return self._translations.get(locale)
                version = self.version
            view = locale_translations(self.project, sheets, locale)
            with self._lock:
                if self.version == version:
                    self._translations[locale] = view
            return view

    def pdf(self, campaign: str, locale: str, name: str) -> PdfResult | None:
        """The PDF ``name`` of a target, rendered now unless its HTML was rendered before."""
        view = self.view(campaign, locale)
        if not isinstance(view, TargetView):
            return None
        with self._lock:
            file = view.file(name)
            if file is None or file.kind is not Kind.PDF:
                return None
            html = view.documents.get(file.made_from[0]) if file.made_from else None
            if html is None:
                return PdfResult(None, f"{name} has no HTML to print: see the problems")
            key = hashlib.sha256(html.encode()).hexdigest()
            if key in self._pdf_cache:
                self._pdf_cache.move_to_end(key)
                return self._pdf_cache[key]
            generation = self.version
        task = PdfTask(
            label=f"{name} of {campaign}/{locale}",
            html=html,
            base_dir=self.project.templates_dir,
            allowed=(self.project.templates_dir, self.project.factsheets_dir),
            max_pages=self.pdf_max_pages,
        )
        result = self._pdfs.render(task)  # outside the lock: pages stay served meanwhile
        with self._lock:
            if result.pdf is not None and generation == self.version:
                self._pdf_cache[key] = result
                while len(self._pdf_cache) > PDF_CACHE_SIZE:
                    self._pdf_cache.popitem(last=False)
        return result

    # -- changes --------------------------------------------------------------

    def apply(self, scope: Scope) -> list[PageKey]:
        """Forget what ``scope`` reaches; the pages that must reload (empty: none)."""
        if scope.empty:
            return []
        with self._lock:
            self.version += 1
            self._resolver = None  # catalogs and templates are read again when needed
            pages: list[PageKey] = []
            if scope.everything:
                self._targets.clear()
                self._translations.clear()
                self._pdf_cache.clear()  # an image or style a PDF used may have changed
                self._load()
                return [(None, None)]
            if scope.sheets:
                before = dict(self._known_paths)
                self._load()
                for path in scope.sheets:
                    names = {
                        c for c, p in [*before.items(), *self._known_paths.items()] if p == path
                    }
                    names.add(PurePosixPath(path).stem)
                    pages += [(name, None) for name in sorted(names)]
                    self._forget({k for k in self._targets if k[0] in names})
                self._translations.clear()  # the sentences in context come from the fact sheets
            for locale in sorted(scope.locales):
                pages.append((None, locale))
                self._forget({k for k in self._targets if k[1] == locale})
                self._translations.pop(locale, None)
            for campaign, locale in sorted(scope.pairs):
                pages.append((campaign, locale))
                self._forget({(campaign, locale)})
                self._translations.pop(locale, None)
            return pages

    def close(self) -> None:
        """Stop the PDF worker."""
        self._pdfs.close()

    # -- inside ---------------------------------------------------------------

    def _forget(self, keys: set[tuple[str, str]]) -> None:
        for key in keys:
            self._targets.pop(key, None)

    def _load(self) -> None:
        """Read every fact sheet again; keep the chosen campaigns."""
        self._resolver = None
        sheets, problems = self.project.load_factsheets()
        loaded_paths = {loaded.path for loaded in sheets}
        for loaded in sheets:
            self._known_paths[loaded.sheet.campaign] = loaded.path
        chosen = [s for s in sheets if not self.chosen or s.sheet.campaign in self.chosen]
        chosen_paths = {s.path for s in chosen}
        broken_paths = {
            p.path
            for p in problems
            if p.path.endswith(FACTSHEET_SUFFIXES) and p.path not in loaded_paths
        }
        broken = [path for path in sorted(broken_paths) if self._is_chosen_path(path)]
        self._sheets = {s.sheet.campaign: s for s in chosen}
        self._broken = [
            BrokenSheet(path, sort_problems([p for p in problems if p.path == path]))
            for path in broken
        ]
        mine = chosen_paths | set(broken)
        self._load_problems = [p for p in problems if p.path in mine]
        self._elsewhere = [
            p
            for p in problems
            if p.path not in mine
            and (p.severity is Severity.ERROR or not p.path.endswith(FACTSHEET_SUFFIXES))
        ]
        missing = [
            name
            for name in self.chosen
            if name not in self._sheets and not any(self._names_of(b) & {name} for b in broken)
        ]
        self._elsewhere += [
            Problem("factsheets", 0, 0, "invalid-factsheet", f"no campaign {name!r} any more")
            for name in missing
        ]

    def _names_of(self, path: str) -> set[str]:
        """The campaigns a fact sheet file stands for: its name, and what it last held."""
        return {PurePosixPath(path).stem} | {c for c, p in self._known_paths.items() if p == path}

    def _is_chosen_path(self, path: str) -> bool:
        return not self.chosen or bool(self._names_of(path) & set(self.chosen))

    def _broken_sheet_of(self, campaign: str) -> BrokenSheet | None:
        return next((b for b in self._broken if campaign in self._names_of(b.path)), None)

    def _lookup(self, campaign: str, locale: str) -> TargetView | BrokenSheet | _Missing | None:
        """What is known without computing: the cached target, a broken sheet, None, or
        ``MISSING`` when the target must be computed."""
        loaded = self._sheets.get(campaign)
        if loaded is None:
            return self._broken_sheet_of(campaign)
        if locale not in loaded.sheet.locales:
            return None
        return self._targets.get((campaign, locale), _Missing.MISSING)


class _Missing(Enum):
    MISSING = auto()  # a target not computed yet


def compute_target(
    project: Project,
    resolver: Resolver,
    loaded: LoadedFactSheet,
    locale: str,
    sheet_problems: Sequence[Problem],
) -> TargetView:
    """Resolve, render and lint one target with the build's stages; never raises."""
    sheet = loaded.sheet
    files = tuple(f for output in sheet.outputs for f in output.files)
    view = TargetView(
        sheet.campaign, locale, loaded.path, sheet.source_locale, text_direction(locale), files
    )
    try:
        target, found = resolver.target(loaded, locale, sheet.outputs)
        _, verdict = ship_or_skip([target], allow_partial=False)
        view.ships = target.verdict.ships
        job, failures = render_target(project, target)
        if job is not None:
            view.documents = dict(job.documents)
        linted = lint_targets(project, [loaded], [target], sheet_problems)
        view.problems = sort_problems([*found, *verdict, *failures, *linted])
    except Exception as err:  # the server keeps going: the page says what went wrong
        view.failure = f"{type(err).__name__}: {err}"
    return view


def text_direction(locale: str) -> str:
    """``rtl`` or ``ltr``: how ``locale`` is written."""
    try:
        return str(Locale.parse(locale).text_direction)
    except (ValueError, LookupError):
        return "ltr"
