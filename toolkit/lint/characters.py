"""Characters nobody sees: control characters and invisible format characters.

- ``control-character`` (error): a C0 or C1 control character (U+0000–U+001F,
  U+007F–U+009F) other than tab and newline, anywhere in a fact sheet's
  strings, a PO file (typed raw, or as ``\\r`` in a msgstr) or a template.
  NUL, ESC and BEL went raw into the outputs (a terminal obeys ESC
  sequences in ``advisory.txt``); a file's ``\\r\\n`` line ends are
  newlines, not control characters.
- ``bidi-control`` (error): a bidirectional embedding, override or isolate
  (U+202A–U+202E, U+2066–U+2069) or any other invisible format character
  (Unicode category Cf: U+200B–U+200F, U+2060–U+2064, U+FEFF, U+061C,
  U+180E, U+00AD …) in a fact sheet's strings or a template, or in a msgstr
  unless its msgid has as many. U+202E around a figure showed "1 382" as
  "283 1" (Trojan Source); a zero-width character inside a number word
  hides it from the figure lint. A zero-width joiner or non-joiner between
  two letters of a script that needs them (Arabic, Persian, Indic …) or
  between two emoji is spelling, not a trick, and is allowed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.lint.context import LintContext
from toolkit.lint.sites import Position, Site, SourceText
from toolkit.problems import Problem

CONTROL = "control-character"
FORMAT = "bidi-control"

_JOINERS = frozenset("\u200c\u200d")
_FIRST_JOINING_SCRIPT = 0x0590  # Hebrew; Latin, Greek and Cyrillic come before


def character_name(ch: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; ``U+001B ESC`` for the C0 controls that have
    a common name; ``U+0085`` for the others (Unicode names no control character)."""
    name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ord(ch), "")
    return f"U+{ord(ch):04X} {name}".strip()


_CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL (bell)", 0x08: "BACKSPACE", 0x0D: "CR", 0x1B: "ESC"}


# Category Cc is exactly these and will stay so; Cf is found among the ranges where
# Unicode has put format characters (a superset: each match is checked against the
# category, and a test keeps every Cf character of this Python's Unicode inside it).
# A pattern is much faster than asking for the category of every character.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MAYBE_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001-\U000e007f]"
)


def controls(text: str) -> list[int]:
    """Offsets of the control characters in ``text`` (tab and newline allowed)."""
    return [m.start() for m in _CONTROL.finditer(text)]


def invisible_formats(text: str) -> list[int]:
    """Offsets of the invisible format characters (category Cf) in ``text``,
    joiners used as spelling left out."""
    return [
        m.start()
        for m in _MAYBE_FORMAT.finditer(text)
        if unicodedata.category(m.group()) == "Cf" and not _spelling_joiner(text, m.start())
    ]


def _spelling_joiner(text: str, index: int) -> bool:
    """A ZWJ or ZWNJ between two letters of a joining script, or a ZWJ between emoji."""
    if text[index] not in _JOINERS or index == 0 or index + 1 >= len(text):
        return False
    before = index - 1
    while before > 0 and unicodedata.category(text[before]) in ("Mn", "Me"):
        before -= 1  # a vowel sign or a variation selector belongs to the letter before
    left, right = text[before], text[index + 1]
    if all(unicodedata.category(c)[0] in "LM" for c in (left, right)):
        return all(ord(c) >= _FIRST_JOINING_SCRIPT for c in (left, right))
    return text[index] == "\u200d" and all(unicodedata.category(c) == "So" for c in (left, right))


# -- checks -------------------------------------------------------------------


def factsheet_characters(ctx: LintContext) -> Iterator[Problem]:
    """No control or invisible format character in a fact sheet: in any string (typed or
    written as an escape such as ``"\\u202e"``), nor anywhere else in its text (a comment)."""
    for sheet in ctx.sheets:
        source = ctx.sheet_source(sheet)
        reported: set[Position] = set()
        for loc, text in _strings(sheet.tree.data, ()):
            what = f"the value of {_dotted(loc)}"
            for code, offsets in ((CONTROL, controls(text)), (FORMAT, invisible_formats(text))):
                for offset in offsets:
                    where = _in_yaml(sheet, source, loc, text, offset)
                    reported.add(where)
                    yield _problem(sheet.path, where, code, text[offset], what)
        raw = source.text
        for code, offsets in ((CONTROL, controls(raw)), (FORMAT, invisible_formats(raw))):
            for offset in offsets:
                where = source.position(offset)
                if where not in reported:
                    yield _problem(sheet.path, where, code, raw[offset], "the fact sheet")


def template_characters(ctx: LintContext) -> Iterator[Problem]:
    """No control or invisible format character in a template's source."""
    for path, source in ctx.templates.sources.items():
        for offset in controls(source.text):
            yield _problem(
                path, source.position(offset), CONTROL, source.text[offset], "the template"
            )
        for offset in invisible_formats(source.text):
            yield _problem(
                path, source.position(offset), FORMAT, source.text[offset], "the template"
            )


def catalog_characters(ctx: LintContext) -> Iterator[Problem]:
    """No control character in a PO file, typed raw or as an escape in a string; no
    invisible format character in a msgstr beyond those of its msgid."""
    for slot in ctx.catalog_slots():
        po = slot.po
        if po is None:
            continue
        text = po.source.text
        for offset in controls(text):
            yield _problem(
                po.path,
                po.source.position(offset),
                CONTROL,
                text[offset],
                "the PO file",
                slot.locale,
            )
        for entry in po.in_use():
            sources = [entry.msgid] + ([entry.plural] if entry.plural is not None else [])
            allowed: Counter[str] = Counter()
            for source in sources:
                allowed |= Counter(source[i] for i in invisible_formats(source))
            for site in po.form_sites(entry):
                yield from _escaped_controls(po.source, site, slot.locale)
                left = allowed.copy()
                for offset in invisible_formats(site.text):
                    ch = site.text[offset]
                    if left[ch] > 0:
                        left[ch] -= 1
                        continue
                    yield _problem(
                        po.path, site.position(offset), FORMAT, ch, site.label, slot.locale, True
                    )


def _escaped_controls(source: SourceText, site: Site, locale: str) -> Iterator[Problem]:
    """Control characters a msgstr got from an escape (Babel reads ``\\r`` as a carriage
    return); those typed raw are reported with the file's text."""
    for offset in controls(site.text):
        ch = site.text[offset]
        line, column = site.position(offset)
        start = source.offset(line, column)
        if source.text[start : start + 1] != ch:
            yield _problem(site.path, (line, column), CONTROL, ch, site.label, locale)


def _problem(
    path: str,
    where: Position,
    code: str,
    ch: str,
    what: str,
    locale: str | None = None,
    msgid_lacks: bool = False,
) -> Problem:
    if code == CONTROL:
        why = "a control character: outputs would carry it raw (remove it)"
    elif msgid_lacks:
        why = (
            "an invisible character the source does not have: it can reorder or hide "
            "text, such as a figure (remove it)"
        )
    else:
        why = "an invisible character that can reorder or hide text, such as a figure (remove it)"
    message = f"{what} contains {character_name(ch)}, {why}"
    return Problem(path, where[0], where[1], code, message, locale=locale, text=ch)


def _strings(data: Any, loc: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string value in YAML data, with its path; an aliased list or mapping once.

    Keys are names the schema checks (``[a-z0-9_]``), not text.
    """
    seen: set[int] = set()
    stack: list[tuple[tuple[Any, ...], Any]] = [(loc, data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, dict | list):
            if id(value) in seen:
                continue
            seen.add(id(value))
            items = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend(((*path, key), item) for key, item in reversed(list(items)))


def _in_yaml(
    sheet: LoadedFactSheet, source: SourceText, loc: tuple[Any, ...], text: str, offset: int
) -> Position:
    """Where character ``offset`` of the string at ``loc`` was typed: the character itself
    when it was typed raw near the value, else the value's start (an escape)."""
    line, column = sheet.locate(loc)
    start = source.offset(line, column)
    found = source.text.find(text[offset], start, start + 4 * len(text) + 200)
    return source.position(found) if found >= 0 else (line, column)


def _dotted(loc: tuple[Any, ...]) -> str:
    from toolkit.factsheet.loader import dotted

    return dotted(loc) or "the fact sheet"
