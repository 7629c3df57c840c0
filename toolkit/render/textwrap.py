"""Wrapping plain text for e-mail at a column width, counting wide characters twice.

Python's ``textwrap`` counts characters; a Korean syllable takes two
columns in a terminal or a mail client, so we measure display width. Lines
break only at ASCII spaces: a no-break space (French ``200 000``) never
splits a figure, and a URL is never cut. Nor does a line start with punctuation
set off by a space (French ``»``, ``:``, ``?``) or end with ``«``
(:func:`~toolkit.render.linebreaks.glue_punctuation`).

Right-to-left text isolates typed left-to-right runs (a phone number, an
English title) between U+2066…U+2069. The bidi algorithm resolves each
line on its own, so an isolate must not span a line break: wrapping closes
every open isolate at the end of a line and opens it again at the start of
the next.
"""

from __future__ import annotations

import functools
import unicodedata

from toolkit.render.linebreaks import glue_punctuation

# Characters that take no room: the lint's private-use marks, joiners, bidi marks.
_ZERO_WIDTH = {
    "\ue000",
    "\ue001",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
}
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_PDI = "\u2069"


def visible_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide East Asian characters count twice)."""
    if text.isascii():  # one column each: no wide, combining or zero-width character
        return len(text)
    return _width_of(text)


@functools.lru_cache(maxsize=65536)
def _width_of(text: str) -> int:
    # Wrapping measures words, and documents repeat them: each one is measured once.
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


def underline(text: str, char: str = "=") -> str:
    """``text`` with a line of ``char`` under it as wide as its widest line (a Korean
    headline's underline is as long as the headline looks)."""
    longest = max((visible_width(line) for line in text.splitlines()), default=0)
    return f"{text}\n{char * max(longest, 1)}"


def wrap(text: str, width: int = 72, indent: str = "", first: str | None = None) -> str:
    """Wrap each paragraph of ``text`` to ``width`` columns.

    ``first`` starts the first line (e.g. ``"- "``), ``indent`` every later
    one; blank lines between paragraphs are kept. A word longer than the
    line (a long URL) stands on a line of its own, unbroken. Bidi isolates
    open at the end of a line are closed there and reopened on the next.
    """
    lead = indent if first is None else first
    out: list[str] = []
    isolates: list[str] = []  # the isolates open where the current line starts
    for paragraph in glue_punctuation(text).split("\n"):
        words = [w for w in paragraph.split(" ") if w]
        if not words:
            out.append("")
            continue
        line = lead + "".join(isolates) + words[0]
        _track(words[0], isolates)
        for word in words[1:]:
            if visible_width(line) + 1 + visible_width(word) <= width:
                line += " " + word
            else:
                out.append(line.rstrip() + _PDI * len(isolates))
                line = indent + "".join(isolates) + word
            _track(word, isolates)
        out.append(line.rstrip() + _PDI * len(isolates))
        lead = indent
    return "\n".join(out)


def _track(word: str, isolates: list[str]) -> None:
    """Update the stack of open isolates with those ``word`` opens and closes."""
    if word.isascii():
        return
    for ch in word:
        if ch in _ISOLATE_OPENERS:
            isolates.append(ch)
        elif ch == _PDI and isolates:
            isolates.pop()
