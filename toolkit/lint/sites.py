"""Where text was typed: a string as a person wrote it, and how to find any of its characters.

Every check that looks at prose looks at a :class:`Site`: a template's text
node, a fact sheet's copy string, a msgid or a msgstr. A site knows its file
and how to turn an offset in its text into the 1-based line and column
where that character was typed, so a problem points at the place to fix.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Protocol

Position = tuple[int, int]  # 1-based line and column


class Locator(Protocol):
    """Turns an offset in a site's text into a position in its file."""

    def position(self, offset: int) -> Position:
        """The line and column where character ``offset`` of the text was typed."""
        ...


class SourceText:
    """A file's text with its line starts, to turn offsets into lines and columns."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> Position:
        """1-based line and column of character ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def offset(self, line: int, column: int = 1) -> int:
        """The character offset of a 1-based line and column."""
        if line < 1:
            return 0
        if line > len(self._starts):
            return len(self.text)
        return min(self._starts[line - 1] + max(column, 1) - 1, len(self.text))


@dataclass(frozen=True)
class SliceLocator:
    """The site's text is the file's text from ``start`` on, character for character."""

    source: SourceText
    start: int

    def position(self, offset: int) -> Position:
        """Where character ``offset`` of the text is in the file."""
        return self.source.position(self.start + offset)


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[a-z]|\ufffc+")
_WORD = re.compile(r"[^\s\ufffc]+")


class SearchLocator:
    """The site's text was typed in the file near ``start``, with quoting or folding.

    YAML scalars fold lines and may be quoted; a ``{% trans %}`` block's
    msgid has ``%(name)s`` where the template has ``{{ name }}``. Each run of
    text between placeholders is looked for in the file after the previous
    one, then word by word when the run was folded or escaped, so a
    character is placed exactly whenever it was typed as it reads;
    otherwise it falls back to the last run found.
    """

    def __init__(self, source: SourceText, start: int, text: str) -> None:
        self.source = source
        self.start = start
        self.text = text
        self.limit = start + 4 * len(text) + 200
        self._anchors: list[tuple[int, int]] | None = None  # (offset in text, offset in file)

    def _find(self, piece: str, cursor: int) -> int:
        return self.source.text.find(piece, cursor, self.limit) if piece else -1

    def _compute(self) -> list[tuple[int, int]]:
        whole = self._find(self.text, self.start)
        if whole >= 0:  # typed as it reads, all on one stretch
            return [(0, whole), (0, whole)]
        anchors: list[tuple[int, int]] = [(0, self.start)]
        cursor = self.start
        chunk_start = 0
        for match in [*_PLACEHOLDER.finditer(self.text), None]:
            chunk_end = match.start() if match else len(self.text)
            chunk = self.text[chunk_start:chunk_end]
            stripped = chunk.strip()
            found = self._find(stripped, cursor)
            if found >= 0:
                anchors.append((chunk_start + chunk.index(stripped), found))
                cursor = found + len(stripped)
            else:
                for word in _WORD.finditer(chunk):
                    found = self._find(word.group(), cursor)
                    if found >= 0:
                        anchors.append((chunk_start + word.start(), found))
                        cursor = found + len(word.group())
            if match is not None:
                found = self._find(match.group(), cursor)
                if found >= 0:
                    anchors.append((match.start(), found))
                    cursor = found + len(match.group())
                chunk_start = match.end()
        return anchors

    def position(self, offset: int) -> Position:
        """Where character ``offset`` of the text is in the file (best effort)."""
        if self._anchors is None:
            self._anchors = self._compute()
        anchors = self._anchors
        index = bisect.bisect_right([a for a, _ in anchors], offset) - 1
        text_at, file_at = anchors[max(index, 0)]
        if index > 0:
            file_at += offset - text_at
        return self.source.position(file_at)


@dataclass(frozen=True)
class FixedLocator:
    """Every character of the text is reported at one place (no better is known)."""

    line: int
    column: int

    def position(self, offset: int) -> Position:
        """Always the same place."""
        return self.line, self.column


@dataclass(frozen=True)
class Site:
    """A string as someone typed it, in a language, at a place in a file.

    ``kind`` is ``template``, ``copy``, ``msgid`` or ``msgstr``; ``output``
    names the document the string appears in when it is known (copy);
    ``locale`` is the language the string is written in.
    """

    path: str
    text: str
    locale: str
    kind: str
    locator: Locator
    output: str | None = None
    label: str = ""

    def position(self, offset: int) -> Position:
        """Line and column of character ``offset`` of the text."""
        return self.locator.position(offset)
