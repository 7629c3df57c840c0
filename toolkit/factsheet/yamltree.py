"""Read YAML into plain data, remembering where every key and value was typed.

PyYAML's parser (libyaml when installed) turns the text into events, and
:func:`read` builds dicts, lists and scalars from them with a stack of its
own. PyYAML's composer would be shorter, but its C version crashes the
interpreter on a few thousand nested levels; this loop stops at the level
that goes deeper than :data:`MAX_DEPTH`.

Plain scalars follow the YAML 1.2 core schema, as ruamel.yaml read them:
``null``, ``~`` or nothing; ``true``/``false``; decimal, ``0o``, ``0x`` and
``0b`` integers (``_`` allowed); floats, ``.inf`` and ``.nan``. Everything
else is text: ``yes``, ``off``, and dates, which the models parse so that
2015-02-30 is a located error. Quoted scalars are text.

What a fact sheet has no use for is a :class:`YamlError` at its line and
column: a list or mapping as a key, ``<<`` merge keys, tags beyond the core
ones, duplicate keys, several documents, an alias inside what it names,
an integer too long for Python.

Aliases are bounded: a document may hold at most :data:`MAX_ALIASES`, and
its size with every alias expanded (characters of text, plus one per value)
may not pass :data:`MAX_EXPANDED` (as large as the largest file read): a
128 KB sheet whose aliases repeated a 100 KB string made 40 MB of outputs.
No string may be longer than :data:`~toolkit.inputs.MAX_STRING_CHARS`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from toolkit.inputs import MAX_FACTSHEET_BYTES, MAX_STRING_CHARS

MAX_DEPTH = 100  # lists and mappings inside the top one; a fact sheet needs five
MAX_ALIASES = 1_000
MAX_EXPANDED = MAX_FACTSHEET_BYTES  # characters and values, every alias expanded

Position = tuple[int, int]  # 1-based line and column
Path = tuple[Any, ...]  # keys and list indexes from the top, e.g. ("facts", "x", "cite", 0)

_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
_CORE = "tag:yaml.org,2002:"
_CONSTANTS: dict[str, Any] = {
    **dict.fromkeys(["", "~", "null", "Null", "NULL"]),
    **dict.fromkeys(["true", "True", "TRUE"], True),
    **dict.fromkeys(["false", "False", "FALSE"], False),
    **dict.fromkeys([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"], math.inf),
    **dict.fromkeys(["-.inf", "-.Inf", "-.INF"], -math.inf),
    **dict.fromkeys([".nan", ".NaN", ".NAN"], math.nan),
}
_INT = re.compile(
    r"[-+]?(0b_*[01][01_]*|0o_*[0-7][0-7_]*|0x_*[0-9a-fA-F][0-9a-fA-F_]*|[0-9][0-9_]*)"
)
_FLOAT = re.compile(
    r"[-+]?([0-9][0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)?"
    r"|[0-9][0-9_]*[eE][-+]?[0-9]+|\.[0-9][0-9_]*([eE][-+][0-9]+)?)"
)
# A plain float typed with dots grouping thousands (200.000, 1.250.000): YAML reads it as
# 200.0, so the tree records its text by path, for the loader to refuse.
GROUPED_THOUSANDS = re.compile(r"[-+]?[0-9]{1,3}(\.[0-9]{3})+")
_BASES = {"0b": 2, "0o": 8, "0x": 16}
_TAGGED: dict[str, type] = {
    _CORE + "int": int,
    _CORE + "float": float,
    _CORE + "bool": bool,
    _CORE + "null": type(None),
}
_NO_KEY = object()  # a mapping waiting for its next key
_UNFINISHED = object()  # an anchored list or mapping still being read


class Spot(NamedTuple):
    """Where an entry was typed: its key (for a list item, the item) and its value."""

    key: Position
    value: Position
    scalar: bool  # the value is not a list or a mapping


@dataclass(frozen=True)
class Tree:
    """A YAML document as plain data, and the :class:`Spot` of every path in it.

    The top has the empty path. A list or mapping reached through an alias
    has the alias's spot; the spots of what is inside it are under its anchor.
    """

    data: Any
    spots: dict[Path, Spot]
    grouped: dict[Path, str] = field(default_factory=dict)  # see GROUPED_THOUSANDS


class YamlError(Exception):
    """Why the text cannot be read, and where (1-based line and column)."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


# What the parser was reading when it gave up, and what was opened there.
_OPENED = {
    "flow sequence": "the '[' opened here is never closed",
    "flow mapping": "the '{' opened here is never closed",
    "quoted scalar": "the quote opened here is never closed",
}
_QUOTE_HINT = (
    "a value that contains ': ' (or starts with a character YAML reads as syntax) must be "
    'quoted, e.g. headline: "North Korea: prisoner amnesty"'
)


def syntax_error(err: yaml.MarkedYAMLError) -> YamlError:
    """PyYAML's error where a person looks for it.

    When the parser gave up inside a bracket or a quote (its *context
    mark*), the problem is where that bracket or quote was opened, not
    where the parser noticed: the error is located there and names both
    places. A colon in an unquoted value gets a hint to quote it.
    """
    problem = (err.problem or "").strip()
    context = (err.context or "").strip()
    at = err.problem_mark or err.context_mark
    line, column = (at.line + 1, at.column + 1) if at is not None else (1, 1)
    opened = next((why for what, why in _OPENED.items() if what in context), None)
    start = err.context_mark
    if opened and start is not None and (start.line + 1, start.column + 1) < (line, column):
        message = f"not valid YAML: {opened} ({problem} at line {line}, column {column})"
        return YamlError(message, start.line + 1, start.column + 1)
    parts = [part for part in (context, problem) if part]
    message = "not valid YAML: " + "; ".join(parts)
    if problem.startswith("mapping values are not allowed"):
        message += f"; {_QUOTE_HINT}"
    return YamlError(message, line, column)


def read(text: str) -> Tree:
    """Read one YAML document; :class:`YamlError` when it cannot be read."""
    loader = None
    try:
        loader = _LOADER(text)
        return _Builder(text).build(loader)
    except yaml.MarkedYAMLError as err:
        raise syntax_error(err) from None
    except yaml.reader.ReaderError as err:  # libyaml counts bytes, PyYAML characters
        if yaml.__with_libyaml__:
            line = text.encode(errors="replace").count(b"\n", 0, err.position) + 1
        else:
            line = text.count("\n", 0, err.position) + 1
        raise YamlError(f"not valid YAML: {err.reason}", line, 1) from None
    except UnicodeEncodeError as err:  # a lone surrogate, which libyaml cannot be given
        line = text.count("\n", 0, err.start) + 1
        raise YamlError("not valid YAML: text is not valid Unicode", line, 1) from None
    finally:
        if loader is not None:
            loader.dispose()


class _Frame:
    """A list or mapping being read."""

    __slots__ = ("anchor", "data", "key", "key_at", "path", "start_size")

    def __init__(
        self, data: dict[Any, Any] | list[Any], path: Path, anchor: str | None, start_size: int
    ) -> None:
        self.data, self.path, self.anchor = data, path, anchor
        self.key: Any = _NO_KEY
        self.key_at: Position = (0, 0)
        self.start_size = start_size  # the expanded size when it opened


class _Builder:
    """Data and spots from a stream of events."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Frame] = []
        self.spots: dict[Path, Spot] = {}
        self.grouped: dict[Path, str] = {}  # plain floats typed like 200.000
        self.anchors: dict[str, Any] = {}
        self.sizes: dict[str, int] = {}  # each anchor's expanded size
        self.size = 0  # the document's expanded size so far
        self.aliases = 0
        self.data: Any = None
        self.documents = 0
        self.last_end = 0  # where the previous event ended, as an index in the text

    def build(self, loader: Any) -> Tree:
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is ScalarEvent:
                value = self.scalar(event)
                top = self.stack[-1] if self.stack else None
                is_key = top is not None and isinstance(top.data, dict) and top.key is _NO_KEY
                path = self.add(value, event, scalar=True)
                if isinstance(value, float) and not is_key and _grouped(event):
                    self.grouped[path] = event.value
                size = len(value) + 1 if isinstance(value, str) else 1
                self.grow(size, event)
                if event.anchor is not None:
                    self.anchors[event.anchor] = value
                    self.sizes[event.anchor] = size
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self.open(event, {} if kind is MappingStartEvent else [])
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                frame = self.stack.pop()
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = frame.data
                    self.sizes[frame.anchor] = self.size - frame.start_size
            elif kind is AliasEvent:
                self.alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    message = "expected a single document in the stream; but found another document"
                    raise self.error(f"not valid YAML: {message}", event)
            elif kind is StreamEndEvent:
                return Tree(self.data, self.spots, self.grouped)
            self.last_end = event.end_mark.index

    def grow(self, size: int, event: Event) -> None:
        """Count ``size`` more into the expanded document; refuse it past :data:`MAX_EXPANDED`."""
        self.size += size
        if self.size > MAX_EXPANDED:
            raise self.error(
                f"the fact sheet is too large with its aliases expanded (more than "
                f"{MAX_EXPANDED:,} characters): each *alias repeats what its &anchor names; "
                "write the values out once",
                event,
            )

    def scalar(self, event: ScalarEvent) -> Any:
        """A plain scalar's value by the core schema, a quoted one's text, or a tagged one's."""
        if len(event.value) > MAX_STRING_CHARS:
            raise self.error(
                f"this value is {len(event.value):,} characters long, more than the limit "
                f"of {MAX_STRING_CHARS:,}",
                event,
            )
        if event.implicit[0] and not event.style:
            return self.typed(event)
        if event.tag in (None, "!", _CORE + "str"):
            return event.value
        wanted = _TAGGED.get(event.tag or "")
        if wanted is None:
            raise self.error(f"the YAML tag {_short(event.tag)} is not allowed", event)
        value = self.typed(event, wanted)
        if type(value) is not wanted:
            raise self.error(f"{event.value!r} is not a valid {_short(event.tag)}", event)
        return value

    def typed(self, event: ScalarEvent, wanted: type | None = None) -> Any:
        try:
            value = _plain(event.value)
            return float(value) if wanted is float and type(value) is int else value
        except ValueError:  # int() refuses more than 4,300 digits
            digits = sum(ch.isdigit() for ch in event.value)
            raise self.error(f"a number of {digits} digits is too long to read", event) from None
        except OverflowError:  # !!float on an integer beyond a float
            raise self.error(f"{event.value!r} is too large for a float", event) from None

    def open(
        self, event: MappingStartEvent | SequenceStartEvent, data: dict[Any, Any] | list[Any]
    ) -> None:
        if len(self.stack) > MAX_DEPTH:
            raise self.error(f"YAML is nested too deeply (more than {MAX_DEPTH} levels)", event)
        if event.tag not in (None, "!", _CORE + ("map" if isinstance(data, dict) else "seq")):
            raise self.error(f"the YAML tag {_short(event.tag)} is not allowed", event)
        path = self.add(data, event, scalar=False)
        self.grow(1, event)
        self.stack.append(_Frame(data, path, event.anchor, self.size - 1))
        if event.anchor is not None:
            self.anchors[event.anchor] = _UNFINISHED

    def alias(self, event: AliasEvent) -> None:
        value = self.anchors.get(event.anchor or "", _NO_KEY)
        if value is _NO_KEY:
            raise self.error(f"not valid YAML: found undefined alias {event.anchor!r}", event)
        if value is _UNFINISHED:
            raise self.error(f"alias *{event.anchor} is inside the list or mapping it names", event)
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise self.error(
                f"more than {MAX_ALIASES:,} aliases (*name) in one fact sheet: "
                "write the values out",
                event,
            )
        self.add(value, event, scalar=not isinstance(value, dict | list))
        self.grow(self.sizes[event.anchor or ""], event)

    def add(self, value: Any, event: Event, *, scalar: bool) -> Path:
        """Put ``value`` where the stack expects it: the top, a list item, a key or a value."""
        at = _at(event)
        if not self.stack:
            self.data = value
            self.spots[()] = Spot(at, at, scalar)
            return ()
        frame = self.stack[-1]
        if isinstance(frame.data, list):
            path = (*frame.path, len(frame.data))
            frame.data.append(value)
            self.spots[path] = Spot(at, at, scalar)
            return path
        if frame.key is _NO_KEY:
            self.check_key(frame, value, event, scalar=scalar)
            frame.key, frame.key_at = value, at
            return frame.path
        path = (*frame.path, frame.key)
        frame.data[frame.key] = value
        self.spots[path] = Spot(frame.key_at, at, scalar)
        frame.key = _NO_KEY
        return path

    def check_key(self, frame: _Frame, key: Any, event: Event, *, scalar: bool) -> None:
        if not scalar:  # located at its `?` when it has one
            start = event.start_mark.index if event.start_mark else self.last_end
            question = self.text.rfind("?", self.last_end, start)
            raise self.error("a key cannot be a list or a mapping", event, question)
        if key == "<<" and isinstance(event, ScalarEvent) and not event.style:
            raise self.error("merge keys (<<) are not allowed: write the keys out", event)
        if key in frame.data:
            first = self.spots[(*frame.path, key)].key[0]
            raise self.error(f"duplicate key {str(key)!r} (first defined on line {first})", event)

    def error(self, message: str, event: Event, index: int = -1) -> YamlError:
        """A :class:`YamlError` at ``event``, or at ``index`` in the text if one is given."""
        if index < 0:
            return YamlError(message, *_at(event))
        line = self.text.count("\n", 0, index) + 1
        return YamlError(message, line, index - self.text.rfind("\n", 0, index))


def _plain(text: str) -> Any:
    """A plain scalar's value by the core schema; ValueError for an integer too long for int()."""
    if text in _CONSTANTS:
        return _CONSTANTS[text]
    if text[0] not in "-+.0123456789":
        return text
    if _INT.fullmatch(text):
        digits = text.replace("_", "").lstrip("+")
        sign, digits = (-1, digits[1:]) if digits.startswith("-") else (1, digits)
        base = _BASES.get(digits[:2], 10)
        return sign * int(digits[2:] if base != 10 else digits, base)
    if _FLOAT.fullmatch(text):
        return float(text.replace("_", ""))
    return text


def _grouped(event: ScalarEvent) -> bool:
    """Whether a plain scalar is typed like ``200.000`` (see :data:`GROUPED_THOUSANDS`)."""
    plain = event.implicit[0] and not event.style
    return bool(plain and GROUPED_THOUSANDS.fullmatch(event.value))


def _at(event: Event) -> Position:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _short(tag: str | None) -> str:
    tag = tag or ""
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag
