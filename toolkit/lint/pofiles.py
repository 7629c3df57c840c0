"""PO catalogs as the lint reads them: entries, and where each msgstr character was typed.

Catalogs are parsed by Babel (as the build does), and the PO text is kept
so a problem in a msgstr points at the line and column inside its quoted
lines, escapes included, not only at the entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from babel.messages.catalog import Catalog

from toolkit.lint.sites import Position, Site, SourceText
from toolkit.problems import Problem
from toolkit.translation.budgets import budget_in_flags
from toolkit.translation.catalogs import CatalogFiles


@dataclass(frozen=True)
class Entry:
    """One translation: msgid (and plural), context, every msgstr form, its msgid line,
    and its length budget (Weblate's ``max-length`` flag), if it has one."""

    msgid: str
    plural: str | None
    context: str | None
    forms: tuple[str, ...]
    fuzzy: bool
    line: int
    max_length: int | None = None

    @property
    def translated(self) -> bool:
        """Whether every form has a translation."""
        return all(self.forms)


@dataclass
class PoFile:
    """A parsed PO file of one locale and domain, with its text for positions."""

    path: str
    locale: str
    domain: str
    catalog: Catalog
    source: SourceText

    @cached_property
    def _entries(self) -> dict[Entry, list[Site]]:
        return {entry: self._form_sites(entry) for entry in self._read_entries()}

    def entries(self) -> list[Entry]:
        """Every current entry (not the header, not obsolete ``#~`` ones)."""
        return list(self._entries)

    def in_use(self) -> list[Entry]:
        """The entries a document would use: every entry but the fuzzy ones.

        A fuzzy entry (an old translation kept for a changed msgid) is not
        shipped, so it is reported as untranslated, not checked as a translation.
        """
        return [entry for entry in self._entries if not entry.fuzzy]

    def form_sites(self, entry: Entry) -> list[Site]:
        """One site per msgstr form of ``entry``, located in the PO text."""
        return self._entries.get(entry) or self._form_sites(entry)

    def _read_entries(self) -> Iterator[Entry]:
        for message in self.catalog:
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
            strings = message.string
            forms = (
                tuple(str(s or "") for s in strings)
                if isinstance(strings, tuple | list)
                else (str(strings or ""),)
            )
            yield Entry(
                str(ids[0]),
                str(ids[1]) if len(ids) > 1 else None,
                message.context,
                forms,
                message.fuzzy,
                message.lineno or 0,
                budget_in_flags(message.flags),
            )

    def _form_sites(self, entry: Entry) -> list[Site]:
        plural = entry.plural is not None
        sites = []
        for index, form in enumerate(entry.forms):
            keyword = f"msgstr[{index}]" if plural else "msgstr"
            locator = PoLocator(self.source, entry.line, keyword)
            sites.append(Site(self.path, form, self.locale, "msgstr", locator, label=keyword))
        return sites


def read_po_file(
    path: Path, shown: str, locale: str, domain: str, files: CatalogFiles | None = None
) -> tuple[PoFile | None, list[Problem]]:
    """Parse one PO file (through ``files`` when given, to read and parse it only once);
    a file that cannot be used is an ``invalid-catalog`` problem."""
    data, catalog, problems = (files or CatalogFiles()).read_file(path, shown, locale)
    if data is None or catalog is None:
        return None, problems
    try:
        text = data.decode(catalog.charset or "utf-8", errors="replace").removeprefix("\ufeff")
    except LookupError as err:
        return None, [Problem(shown, 1, 1, "invalid-catalog", f"cannot read PO file: {err}")]
    return PoFile(shown, locale, domain, catalog, SourceText(text.replace("\r\n", "\n"))), []


class PoLocator:
    """Where each character of one msgstr form was typed, across its quoted lines."""

    def __init__(self, source: SourceText, msgid_line: int, keyword: str) -> None:
        self.source = source
        self.msgid_line = msgid_line
        self.keyword = keyword
        self._offsets: list[int] | None = None

    def _compute(self) -> list[int]:
        text = self.source.text
        pos = self.source.offset(self.msgid_line)
        while pos < len(text):  # find the keyword's line
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            after = pos + len(self.keyword)
            if text.startswith(self.keyword, pos) and text[after : after + 1] in (" ", '"'):
                break
            pos = end + 1
        else:
            return []
        offsets: list[int] = []
        first = True
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            quote = text.find('"', pos, end)
            if quote < 0 or (not first and text[pos:quote].strip()):
                break
            offsets.extend(_string_offsets(text, quote + 1, end))
            first = False
            pos = end + 1
        return offsets

    def position(self, offset: int) -> Position:
        """Line and column of character ``offset`` of the msgstr."""
        if self._offsets is None:
            self._offsets = self._compute()
        if not self._offsets:
            return self.msgid_line, 1
        if offset < len(self._offsets):
            return self.source.position(self._offsets[offset])
        return self.source.position(self._offsets[-1] + 1)


def _string_offsets(text: str, start: int, end: int) -> Iterator[int]:
    """The file offset of each character a quoted PO string decodes to."""
    pos = start
    while pos < end and text[pos] != '"':
        yield pos
        pos += 2 if text[pos] == "\\" else 1
