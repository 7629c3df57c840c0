"""PO files laid out as GNU gettext lays them out, so ``msgcat`` changes nothing.

Translators' tools and ``msgmerge``/``msgcat`` rewrap every string to 79
columns at gettext's line-break opportunities; a file written with other
rules shows hundreds of lines of churn the first time a translator saves
it. :func:`gettext_layout` takes a PO file as Babel writes it and lays
out every string, reference line and flag line as ``msgcat`` would:

- strings wrapped at 79 columns (the quotes included) at the last break
  opportunity that fits (:mod:`toolkit.i18n.linebreak`), an empty first
  line when a string needs several, a line per ``\\n``;
- ``#:`` references filled up to 79 columns;
- ``#,`` flags in gettext's order (``fuzzy`` first, then the format
  flags); ``fuzzy`` is dropped from an entry without a translation, as
  gettext drops it; flags gettext does not know (Weblate's ``max-length``)
  are kept after them (``msgcat`` itself would drop those);
- obsolete entries without a translation are dropped, and the file ends
  with one newline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from toolkit.i18n.linebreak import break_opportunities, column_width

PAGE_WIDTH = 79
_FIELD = re.compile(
    r'^(?P<prefix>#~\| |#~ |#\| |)(?P<keyword>msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"'
)
_CONTINUATION = re.compile(r'^(?P<prefix>#~\| |#~ |#\| |)"')
_UNESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_C_ESCAPES = {"\a": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v"}
# gettext's order of format flags (format.c), the ones a PO file of ours can carry first.
_FORMATS = [
    "c",
    "objc",
    "python",
    "python-brace",
    "java",
    "java-printf",
    "csharp",
    "javascript",
    "scheme",
    "lisp",
    "elisp",
    "librep",
    "ruby",
    "sh",
    "awk",
    "lua",
    "object-pascal",
    "smalltalk",
    "qt",
    "qt-plural",
    "kde",
    "kde-kuit",
    "boost",
    "tcl",
    "perl",
    "perl-brace",
    "php",
    "gcc-internal",
    "gfc-internal",
    "ycp",
]
# A directive gettext's parsers accept; at the first one they refuse they stop, and
# later directives are not protected (from gettext's format-python*.c, simplified).
_PYTHON_DIRECTIVE = re.compile(
    r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsa%]"
)
_NAME = r"(?:\d+|[A-Za-z_][A-Za-z0-9_]*)"
_BRACE_DIRECTIVE = re.compile(
    rf"\{{\{{|\}}\}}|\{{{_NAME}(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]{{}}]*\])*(?::[^{{}}]*)?\}}"
)
_BRACE = re.compile(r"[{}]")
_PERCENT = re.compile(r"%")


@dataclass
class _Entry:
    comments: list[str] = field(default_factory=list)  # "#", "#." lines, as written
    references: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # prefix, keyword, value
    other: list[str] = field(default_factory=list)  # anything else, kept in place


def gettext_layout(text: str) -> str:
    """A PO file's text laid out as ``msgcat`` writes it (same entries, same meaning)."""
    blocks = [block for block in re.split(r"\n\s*\n", text.strip("\n")) if block.strip()]
    out = [rendered for block in blocks if (rendered := _render(_parse(block)))]
    return "\n\n".join(out) + "\n"


def _parse(block: str) -> _Entry:
    entry = _Entry()
    for line in block.split("\n"):
        match = _FIELD.match(line)
        if match:
            value = _unquote(line[match.end() - 1 :])
            entry.fields.append((match.group("prefix"), match.group("keyword"), value))
            continue
        match = _CONTINUATION.match(line)
        if match and entry.fields and entry.fields[-1][0] == match.group("prefix"):
            prefix, keyword, value = entry.fields[-1]
            entry.fields[-1] = (prefix, keyword, value + _unquote(line[len(prefix) :]))
        elif line.startswith("#:"):
            entry.references += line[2:].split()
        elif line.startswith("#,"):
            entry.flags += [flag.strip() for flag in line[2:].split(",") if flag.strip()]
        elif entry.fields:
            entry.other.append(line)
        else:
            entry.comments.append(line)
    return entry


def _unquote(quoted: str) -> str:
    body = quoted.strip()
    if len(body) >= 2 and body[0] == body[-1] == '"':
        body = body[1:-1]
    return _UNESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def _render(entry: _Entry) -> str:
    obsolete = any(prefix.startswith("#~") for prefix, _k, _v in entry.fields)
    translations = [v for p, k, v in entry.fields if k.startswith("msgstr") and "|" not in p]
    if obsolete and not any(translations):
        return ""  # gettext drops an obsolete entry that has no translation
    lines = list(entry.comments)
    lines += _references(entry.references)
    flags = _ordered_flags(entry.flags, translated=bool(translations and translations[0]))
    if flags:
        lines.append("#, " + ", ".join(flags))
    formats = {flag.removesuffix("-format") for flag in flags if flag.endswith("-format")}
    for prefix, keyword, value in entry.fields:
        lines += wrap_string(keyword, value, prefix, formats)
    lines += entry.other
    return "\n".join(lines)


def _references(references: list[str]) -> list[str]:
    """``#:`` lines filled up to the page width, as gettext fills them."""
    if not references:
        return []
    lines, line, column = [], "#:", 2
    for reference in references:
        width = len(reference) + 1
        if column > 2 and column + width > PAGE_WIDTH:
            lines.append(line)
            line, column = "#:", 2
        line += " " + reference
        column += width
    lines.append(line)
    return lines


def _ordered_flags(flags: list[str], *, translated: bool) -> list[str]:
    seen = list(dict.fromkeys(flags))
    ordered = ["fuzzy"] if "fuzzy" in seen and translated else []

    def format_rank(flag: str) -> int:
        name = flag.removeprefix("no-").removesuffix("-format")
        return _FORMATS.index(name) if name in _FORMATS else len(_FORMATS)

    known = [f for f in seen if f.endswith("-format") and format_rank(f) < len(_FORMATS)]
    ordered += sorted(known, key=format_rank)
    ordered += [f for f in seen if f not in ordered and f != "fuzzy"]
    return ordered


def wrap_string(
    keyword: str, value: str, prefix: str = "", formats: set[str] | frozenset[str] = frozenset()
) -> list[str]:
    """``keyword "value"`` as gettext's ``wrap()`` writes it, each line ``prefix``ed."""
    lines: list[str] = []
    after_break = len(prefix) + 1  # the opening quote
    width = PAGE_WIDTH - 1 - after_break  # room for the closing quote
    first = True
    protected = _inside_directives(value, formats)
    offset = 0
    for portion in _portions(value):
        escaped, overrides = _escape(portion, protected[offset : offset + len(portion)])
        offset += len(portion)
        start = len(prefix) + len(keyword) + 2 - after_break if first else 0
        breaks = _width_breaks(escaped, overrides, width, start)
        more = offset < len(value)
        if first and escaped and (more or start > width or any(breaks)):
            lines.append(f'{prefix}{keyword} ""')
            first = False
            breaks = _width_breaks(escaped, overrides, width, 0)
        head = f"{prefix}{keyword} " if first else prefix
        first = False
        pieces = _split(escaped, breaks)
        lines.append(f'{head}"{pieces[0]}"')
        lines += [f'{prefix}"{piece}"' for piece in pieces[1:]]
    return lines


def _portions(value: str) -> Iterator[str]:
    """``value`` cut after each newline (one empty portion for an empty string)."""
    if not value:
        yield ""
        return
    start = 0
    for index, char in enumerate(value):
        if char == "\n":
            yield value[start : index + 1]
            start = index + 1
    if start < len(value):
        yield value[start:]


def _inside_directives(value: str, formats: set[str] | frozenset[str]) -> list[bool]:
    """For each character, whether it is inside (not at the start of) a format directive."""
    inside = [False] * len(value)
    if "python" in formats:
        _protect(value, _PERCENT, _PYTHON_DIRECTIVE, inside)
    elif "python-brace" in formats:
        _protect(value, _BRACE, _BRACE_DIRECTIVE, inside)
    return inside


def _protect(
    value: str, start: re.Pattern[str], directive: re.Pattern[str], inside: list[bool]
) -> None:
    """Mark the inside of each directive, up to the first text that is not one."""
    position = 0
    while (found := start.search(value, position)) is not None:
        match = directive.match(value, found.start())
        if match is None:
            return
        for index in range(match.start() + 1, match.end()):
            inside[index] = True
        position = match.end()


def _escape(portion: str, protected: list[bool]) -> tuple[str, list[bool | None]]:
    """The portion as written between quotes, and per character: break forbidden (False)
    or left to the line-breaking rules (None)."""
    escaped: list[str] = []
    overrides: list[bool | None] = []
    for char, inside in zip(portion, protected, strict=True):
        first: bool | None = False if inside else None
        if char in _C_ESCAPES:
            escaped += ["\\", _C_ESCAPES[char]]
            overrides += [first, False]
        elif char in '\\"':
            escaped += ["\\", char]
            overrides += [first, False]
        else:
            escaped.append(char)
            overrides.append(first)
    if portion.endswith("\n"):
        overrides[-2] = False  # never break right before the final \n
    return "".join(escaped), overrides


def _width_breaks(text: str, overrides: list[bool | None], width: int, start: int) -> list[bool]:
    """Where lines break: libunistring's ``ulc_width_linebreaks`` (greedy, in columns)."""
    possible = break_opportunities(text)
    result = [False] * len(text)
    column, piece, last = start, 0, -1
    for index, char in enumerate(text):
        can = possible[index] if overrides[index] is None else overrides[index]
        if can:
            if last >= 0 and column + piece > width:
                result[last] = True
                column = 0
            last = index
            column += piece
            piece = 0
        piece += column_width(char)
    if last >= 0 and column + piece > width:
        result[last] = True
    return result


def _split(text: str, breaks: list[bool]) -> list[str]:
    pieces, start = [], 0
    for index, cut in enumerate(breaks):
        if cut:
            pieces.append(text[start:index])
            start = index
    pieces.append(text[start:])
    return pieces
