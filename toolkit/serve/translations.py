"""The translator's view of a locale: every PO entry, the ones that need work first.

For each catalog a locale's documents use (``messages.po`` for the
templates, ``<campaign>.po`` for each campaign translated into it), every
entry with its msgid, msgstr, comments and the sentence as the documents
print it (:mod:`toolkit.serve.incontext`). Strings the documents need that
the PO file lacks are listed too (``toolkit i18n update`` adds them).

Entries are ordered by what they need: untranslated, fuzzy, broken
placeholders, over their length budget, then the rest, each group in file
order. A budget comes from the outputs table for a campaign's copy
(:func:`toolkit.i18n.comments.length_budget`), or else from an "at most N
characters" comment; the length counted is the translation with each
``{fact}`` written out as the documents print it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum

import polib
from babel.messages.catalog import Catalog

from toolkit.build.resolve import Resolver
from toolkit.factsheet.copytext import iter_copy_strings, split_placeholders
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.render.documents import DocumentRenderer
from toolkit.serve.incontext import InContext, Key, clean, strings_in_context
from toolkit.translation.budgets import length_budget
from toolkit.translation.catalogs import (
    TEMPLATES_DOMAIN,
    Translator,
    catalog_path,
    placeholders_fit,
    read_catalog,
)

_AT_MOST = re.compile(r"at most (\d+) characters(?: \(([^)]*)\))?")


class Need(IntEnum):
    """What an entry needs, most urgent first."""

    UNTRANSLATED = 0
    FUZZY = 1
    BROKEN = 2  # its placeholders do not fit the msgid: it cannot be printed
    OVER_BUDGET = 3
    NOTHING = 4

    @property
    def label(self) -> str:
        """How the page names it."""
        return {
            Need.UNTRANSLATED: "untranslated",
            Need.FUZZY: "fuzzy",
            Need.BROKEN: "broken placeholders",
            Need.OVER_BUDGET: "over budget",
            Need.NOTHING: "translated",
        }[self]


@dataclass(frozen=True)
class Budget:
    """At most ``limit`` characters; ``length`` is the translation's, as printed."""

    limit: int
    what: str
    length: int

    @property
    def over(self) -> bool:
        """Whether the translation is longer than its budget."""
        return self.length > self.limit


@dataclass(frozen=True)
class Entry:
    """One string of a catalog as a translator works on it."""

    path: str  # the PO file, relative to the project
    line: int  # where the entry starts (0: not in the file)
    domain: str
    context: str | None
    msgid: str
    msgid_plural: str | None
    msgstr: tuple[str, ...]  # one string, or each plural form
    comments: tuple[str, ...]  # ``#.``: where it appears, placeholders, budget
    translator_comments: tuple[str, ...]  # ``#``: the translator's own notes
    previous: str | None  # ``#| msgid``: the source text before it changed (fuzzy)
    needs: tuple[Need, ...]
    budget: Budget | None
    in_context: InContext | None
    in_catalog: bool = True

    @property
    def need(self) -> Need:
        """The most urgent thing it needs."""
        return min(self.needs, default=Need.NOTHING)


@dataclass(frozen=True)
class CatalogFile:
    """A PO file of the locale, whether it exists, and why it cannot be read."""

    domain: str
    path: str
    exists: bool
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class LocaleTranslations:
    """The translator's view of one locale."""

    locale: str
    campaigns: list[str]
    catalogs: list[CatalogFile]
    entries: list[Entry]

    def count(self, need: Need) -> int:
        """How many entries need ``need`` most."""
        return sum(1 for entry in self.entries if entry.need is need)


def locale_translations(
    project: Project, sheets: Sequence[LoadedFactSheet], locale: str
) -> LocaleTranslations:
    """The view of ``locale`` over the catalogs of the campaigns in ``sheets``."""
    domains = [TEMPLATES_DOMAIN, *(loaded.sheet.campaign for loaded in sheets)]
    files: list[CatalogFile] = []
    catalogs: dict[str, Catalog] = {}
    pos: dict[str, polib.POFile] = {}
    for domain in domains:
        path = catalog_path(project.locales_dir, locale, domain)
        shown = project.relative(path)
        if not path.is_file():
            files.append(CatalogFile(domain, shown, exists=False))
            continue
        catalog, problems = read_catalog(path, shown, locale)
        files.append(CatalogFile(domain, shown, True, problems))
        if catalog is not None:
            catalogs[domain] = catalog
            pos[domain] = polib.pofile(path.read_text(encoding="utf-8-sig"))
    context: dict[Key, InContext] = {}
    for loaded in sheets:
        found = strings_in_context(project.templates_dir, loaded, locale, catalogs)
        for key, value in found.items():
            context.setdefault(key, value)
    budgets = _Budgets(project, sheets, locale, catalogs)
    entries: list[Entry] = []
    for file in files:
        po = pos.get(file.domain)
        if po is not None:
            catalog = catalogs[file.domain]
            entries += [
                _entry(file, item, catalog, context, budgets)
                for item in po
                if not item.obsolete and item.msgid
            ]
    entries += _absent(project, sheets, locale, files, pos, context)
    entries.sort(key=lambda e: (e.need, files.index(_file_of(files, e.domain)), e.line))
    return LocaleTranslations(locale, [s.sheet.campaign for s in sheets], files, entries)


def _file_of(files: list[CatalogFile], domain: str) -> CatalogFile:
    return next(f for f in files if f.domain == domain)


def _entry(
    file: CatalogFile,
    item: polib.POEntry,
    catalog: Catalog,
    context: dict[Key, InContext],
    budgets: _Budgets,
) -> Entry:
    if item.msgid_plural:
        forms = tuple(item.msgstr_plural[i] for i in sorted(item.msgstr_plural))
    else:
        forms = (item.msgstr,)
    comments = tuple(item.comment.splitlines()) if item.comment else ()
    needs: list[Need] = []
    translated = bool(forms) and all(forms)
    if not translated:
        needs.append(Need.UNTRANSLATED)
    if item.fuzzy:
        needs.append(Need.FUZZY)
    message = catalog.get(item.msgid, context=item.msgctxt)
    if translated and message is not None and not placeholders_fit(message, file.domain):
        needs.append(Need.BROKEN)
    budget = budgets.of(file.domain, item.msgid, comments, forms) if translated else None
    if budget is not None and budget.over:
        needs.append(Need.OVER_BUDGET)
    return Entry(
        path=file.path,
        line=item.linenum or 0,
        domain=file.domain,
        context=item.msgctxt,
        msgid=item.msgid,
        msgid_plural=item.msgid_plural or None,
        msgstr=forms,
        comments=comments,
        translator_comments=tuple(item.tcomment.splitlines()) if item.tcomment else (),
        previous=item.previous_msgid,
        needs=tuple(needs) or (Need.NOTHING,),
        budget=budget,
        in_context=context.get((file.domain, item.msgid, item.msgctxt)),
    )


def _absent(
    project: Project,
    sheets: Sequence[LoadedFactSheet],
    locale: str,
    files: list[CatalogFile],
    pos: dict[str, polib.POFile],
    context: dict[Key, InContext],
) -> list[Entry]:
    """Strings the documents ask for that their PO file lacks (or that has no PO file)."""
    readable = {f.domain for f in files if not f.problems}
    present = {
        (domain, item.msgid, item.msgctxt or None)
        for domain, po in pos.items()
        for item in po
        if not item.obsolete
    }
    resolver = Resolver(project)
    absent: dict[Key, None] = {}
    for loaded in sheets:
        for key in resolver.needed(loaded, loaded.sheet.outputs):
            if key[0] in readable and key not in present:
                absent.setdefault(key)
    return [
        Entry(
            path=_file_of(files, domain).path,
            line=0,
            domain=domain,
            context=ctx,
            msgid=msgid,
            msgid_plural=None,
            msgstr=(),
            comments=("not in the PO file yet: `toolkit i18n update` adds it",),
            translator_comments=(),
            previous=None,
            needs=(Need.UNTRANSLATED,),
            budget=None,
            in_context=context.get((domain, msgid, ctx)),
            in_catalog=False,
        )
        for domain, msgid, ctx in absent
    ]


class _Budgets:
    """Length budgets of a locale's strings, and translations' lengths as printed."""

    def __init__(
        self,
        project: Project,
        sheets: Sequence[LoadedFactSheet],
        locale: str,
        catalogs: dict[str, Catalog],
    ) -> None:
        self.project = project
        self.locale = locale
        self.catalogs = catalogs
        self.sheets = {loaded.sheet.campaign: loaded for loaded in sheets}
        self.parts: dict[tuple[str, str], tuple[int, str]] = {}
        for loaded in sheets:
            for item in iter_copy_strings(loaded.sheet):
                budget = length_budget(item.output, item.part)
                if budget is not None:
                    for text in item.texts:
                        self.parts.setdefault((loaded.sheet.campaign, text), budget)
        self._renderers: dict[str, DocumentRenderer | None] = {}

    def of(
        self, domain: str, msgid: str, comments: Sequence[str], forms: Sequence[str]
    ) -> Budget | None:
        """The budget of an entry and its longest form's length, or None without a budget."""
        limit = self.parts.get((domain, msgid))
        if limit is None:
            found = next((m for c in comments if (m := _AT_MOST.search(c))), None)
            if found is None:
                return None
            limit = (int(found.group(1)), found.group(2) or "")
        length = max(len(self.printed(domain, form)) for form in forms)
        return Budget(limit[0], limit[1], length)

    def printed(self, domain: str, text: str) -> str:
        """``text`` with each ``{fact}`` written as the documents print it (no citation)."""
        renderer = self._renderer(domain)
        if renderer is None:
            return text
        try:
            split = split_placeholders(text)
        except ValueError:  # a lone brace: the lint names it
            return text
        pieces: list[str] = []
        for piece in split:
            if isinstance(piece, str):
                pieces.append(piece)
            elif piece.name in renderer.sheet.facts:
                pieces.append(clean(renderer.fact_text(piece.name), markup=False))
            else:
                pieces.append(piece.raw)
        return "".join(pieces)

    def _renderer(self, domain: str) -> DocumentRenderer | None:
        if domain not in self._renderers:
            loaded = self.sheets.get(domain)
            renderer = None
            if loaded is not None:
                translator = Translator(self.locale, dict(self.catalogs))
                try:
                    renderer = DocumentRenderer(
                        self.project.templates_dir, loaded, self.locale, translator
                    )
                except Exception:  # broken templates: count the raw translation
                    renderer = None
            self._renderers[domain] = renderer
        return self._renderers[domain]
