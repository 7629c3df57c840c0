"""The text of HTML a reader meets: text nodes and the attributes read out or shown as text
(``alt``, ``title``, ``aria-label``), not tags, other attributes, comments, styles or scripts.

A small state machine rather than a full parser, because it must also run
over template *skeletons* (Jinja code blanked out) and resume in the state
a parent template leaves a ``{% block %}`` in (a block inside ``<style>`` is
CSS, not prose). It reports character ranges, so offsets stay those of
the input.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

TEXT = "text"
TAG = "tag"
COMMENT = "comment"
RAW = "raw"  # inside <style> or <script>: not prose

RAW_ELEMENTS = frozenset({"style", "script"})

_OPEN = re.compile(r"<(?:!--|[!?]|/?[A-Za-z])")
_TAG_NAME = re.compile(r"/?[A-Za-z][^\s/>]*")
_TAG_END = re.compile(r"""(?:"[^"]*"|'[^']*'|[^'">])*>""")
_COMMENT_END = re.compile(r"-->")
# Attributes whose value is text for people: an image's alternative, a tooltip, a label.
PROSE_ATTRIBUTES = frozenset({"alt", "title", "aria-label"})
_PROSE_ATTRIBUTE = re.compile(
    r"""(?<![\w:.-])(alt|title|aria-label)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE
)
_CLOSERS = {
    name: re.compile(rf"</{name}(?=[\s/>])", re.IGNORECASE) for name in sorted(RAW_ELEMENTS)
}


@dataclass(frozen=True)
class State:
    """Where the scanner is: in text, in a tag (named), in a comment, or in a raw element."""

    mode: str = TEXT
    element: str = ""


START = State()


class TextScanner:
    """Collects the ranges of text nodes of a markup string, segment by segment."""

    def __init__(self, markup: str) -> None:
        self.markup = markup
        self.ranges: list[tuple[int, int]] = []

    def scan(self, start: int, end: int, state: State = START) -> State:
        """Scan ``markup[start:end]`` from ``state``; record text ranges; return the state at ``end``."""
        markup, pos = self.markup, start
        while pos < end:
            if state.mode == TEXT:
                found = _OPEN.search(markup, pos, end)
                stop = found.start() if found else end
                if stop > pos:
                    self.ranges.append((pos, stop))
                if found is None:
                    return state
                if markup.startswith("<!--", stop):
                    state, pos = State(COMMENT), stop + 4
                else:
                    name = _TAG_NAME.match(markup, stop + 1, end)
                    state = State(TAG, name.group().lower() if name else "")
                    pos = name.end() if name else stop + 2
            elif state.mode == TAG:
                closed = _TAG_END.match(markup, pos, end)
                if closed is None:
                    return state
                self._attributes(pos, closed.end())
                pos = closed.end()
                opens_raw = state.element in RAW_ELEMENTS and not markup.startswith("/>", pos - 2)
                state = State(RAW, state.element) if opens_raw else START
            elif state.mode == COMMENT:
                closed = _COMMENT_END.search(markup, pos, end)
                if closed is None:
                    return state
                state, pos = START, closed.end()
            else:  # RAW: skip to the closing tag of the element
                closed = _CLOSERS[state.element].search(markup, pos, end)
                if closed is None:
                    return state
                state, pos = State(TAG, "/" + state.element), closed.end()
        return state

    def _attributes(self, start: int, end: int) -> None:
        """Record the values of prose attributes in ``markup[start:end]`` (inside a tag)."""
        for found in _PROSE_ATTRIBUTE.finditer(self.markup, start, end):
            group = 2 if found.group(2) is not None else 3
            if found.end(group) > found.start(group):
                self.ranges.append((found.start(group), found.end(group)))


def text_nodes(markup: str) -> list[str]:
    """The text nodes and prose attribute values of an HTML document, in order, entities decoded.

    The same ranges as :class:`TextScanner` finds over a whole document (a test
    compares them), found by one pattern over the tags: the lint reads every
    rendered page, so this is on its hot path.
    """
    return [html.unescape(markup[a:b]) for a, b in document_ranges(markup)]


# A comment, or a tag (its name, or "!" or "?" for a declaration) up to its closing ">"
# (or the end of the text).
# (A tag whose quotes never close runs to the end of the text, as in :class:`TextScanner`.)
_MARKUP = re.compile(
    r"""<!--.*?(?:-->|\Z)"""
    r"""|<([!?]|/?[A-Za-z][^\s/>]*)(?:"[^"]*"|'[^']*'|[^'">])*(?:(>)|.*\Z)""",
    re.DOTALL,
)


def document_ranges(markup: str) -> list[tuple[int, int]]:
    """The character ranges of a whole document's text nodes and prose attribute values."""
    ranges: list[tuple[int, int]] = []
    pos, end = 0, len(markup)
    while pos < end:
        found = _MARKUP.search(markup, pos)
        if found is None:
            ranges.append((pos, end))
            break
        if found.start() > pos:
            ranges.append((pos, found.start()))
        pos = found.end()
        name = found.group(1)
        if name is None:  # a comment: nothing to read
            continue
        if found.group(2) is None:  # a tag that never closes: nothing after it is text
            break
        tag = found.group()
        if "=" in tag:
            for value in _PROSE_ATTRIBUTE.finditer(markup, found.start(1) + len(name), pos):
                group = 2 if value.group(2) is not None else 3
                if value.end(group) > value.start(group):
                    ranges.append((value.start(group), value.end(group)))
        element = name.lower()
        if element in RAW_ELEMENTS and not tag.endswith("/>"):
            closed = _CLOSERS[element].search(markup, pos)
            if closed is None:
                break
            rest = _TAG_END.match(markup, closed.end())
            pos = rest.end() if rest else end
    return ranges
