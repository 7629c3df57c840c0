"""Wrapping plain text for e-mail at a column width, counting wide characters twice.

Python's ``textwrap`` counts characters; a Korean syllable takes two
columns in a terminal or a mail client, so we measure display width. Lines
break only at ASCII spaces: a no-break space (French ``200 000``) never
splits a figure, and a URL is never cut.
"""

from __future__ import annotations

import unicodedata

# Characters that take no room: the lint's private-use marks, joiners, bidi marks.
_ZERO_WIDTH = {
    "\ue000",
    "\ue001",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2068",
    "\u2069",
}


def visible_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide East Asian characters count twice)."""
    if text.isascii():  # one column each: no wide, combining or zero-width character
        return len(text)
    return sum(_char_width(ch) for ch in text)


_WIDTHS: dict[str, int] = {}


def _char_width(ch: str) -> int:
    """Columns one character takes: 0, 1 or 2 (remembered: text repeats its characters)."""
    width = _WIDTHS.get(ch)
    if width is None:
        if ch in _ZERO_WIDTH or unicodedata.combining(ch):
            width = 0
        else:
            width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        _WIDTHS[ch] = width
    return width


def wrap(text: str, width: int = 72, indent: str = "", first: str | None = None) -> str:
    """Wrap each paragraph of ``text`` to ``width`` columns.

    ``first`` starts the first line (e.g. ``"- "``), ``indent`` every later
    one; blank lines between paragraphs are kept. A word longer than the
    line (a long URL) stands on a line of its own, unbroken.
    """
    lead = indent if first is None else first
    out: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        words = [w for w in words if w]
        if not words:
            out.append("")
            continue
        line = lead + words[0]
        for word in words[1:]:
            if visible_width(line) + 1 + visible_width(word) <= width:
                line += " " + word
            else:
                out.append(line.rstrip())
                line = indent + word
        out.append(line.rstrip())
        lead = indent
    return "\n".join(out)
