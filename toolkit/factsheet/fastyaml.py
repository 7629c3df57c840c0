"""A fast reader for the plain YAML that fact sheets are written in.

ruamel.yaml's pure-Python scanner takes about a millisecond per fact: a
10,000-fact sheet took 12 s. Fact sheets use a small part of YAML: block
mappings and sequences, one-line flow lists and mappings, one-line plain
and quoted scalars, comments. :func:`compose` reads that part, line by
line, into the node tree ruamel's own parser would build (same tags, same
line and column marks), and ruamel's round-trip constructor then makes
the data, so duplicate keys, dates and numbers are handled exactly as
before.

Anything else (anchors, tags, block scalars, multi-line scalars, tabs,
several documents, and every syntax error) makes :func:`compose` return
None, and the caller lets ruamel read the text: it says where the error is.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.error import StringMark
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import Reader
from ruamel.yaml.scanner import Scanner

MAX_DEPTH = 64
NAME = "<unicode string>"

_FORBIDDEN = re.compile(r"[\t\r\x85\u2028\u2029\ufeff]")
_KEY = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]([^:#]|:(?! |$)|(?<! )#)*?[ ]*:(?= |$)")
_PLAIN_FLOW_STOP = re.compile(r"[,\[\]{}:#]")
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"


class Unsupported(Exception):
    """The text uses YAML this reader leaves to ruamel (or is not valid YAML)."""


def compose(text: str, resolver: Any) -> Node | None:
    """The node tree of ``text``, or None when ruamel must read it.

    ``resolver`` is the ruamel resolver the constructor will use: it
    decides each plain scalar's type, as ruamel's composer would.
    """
    if _FORBIDDEN.search(text) or Reader.NON_PRINTABLE.search(text):
        return None
    try:
        return _Composer(text, resolver).document()
    except (Unsupported, IndexError, ValueError, RecursionError):
        return None


class _Composer:
    def __init__(self, text: str, resolver: Any) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts: list[int] = []
        offset = 0
        for line in self.lines:
            self.starts.append(offset)
            offset += len(line) + 1
        self.resolver = resolver
        self.row = 0  # the line being read

    # -- positions and lines --------------------------------------------------

    def mark(self, row: int, column: int) -> StringMark:
        index = self.starts[row] + column
        return StringMark(NAME, index, row, column, self.text, index)

    def skip_blank(self) -> int | None:
        """Move to the next line with content; its indentation, or None at the end."""
        while self.row < len(self.lines):
            line = self.lines[self.row]
            stripped = line.lstrip(" ")
            if stripped and not stripped.startswith("#"):
                if line.startswith(("---", "...", "%")):
                    raise Unsupported("document markers and directives")
                return len(line) - len(stripped)
            self.row += 1
        return None

    # -- block structure ------------------------------------------------------

    def document(self) -> Node:
        indent = self.skip_blank()
        if indent is None or indent != 0:
            raise Unsupported("empty or indented document")
        node = self.block(0, 1)
        if self.skip_blank() is not None:
            raise Unsupported("text after the document")
        return node

    def block(self, indent: int, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise Unsupported("nested too deeply")
        if self._is_entry(self.lines[self.row], indent):
            return self.sequence(indent, depth)
        return self.mapping(indent, indent, depth)

    @staticmethod
    def _is_entry(line: str, column: int) -> bool:
        return line.startswith("-", column) and line[column + 1 : column + 2] in ("", " ")

    def mapping(self, indent: int, column: int, depth: int) -> MappingNode:
        """A block mapping whose first key is at ``column`` of this line, the next at ``indent``."""
        start = self.mark(self.row, column)
        pairs: list[tuple[Node, Node]] = []
        while True:
            line = self.lines[self.row]
            match = _KEY.match(line, column)
            if match is None:
                raise Unsupported("not a simple key")
            raw = line[column : match.end() - 1].rstrip(" ")
            if raw == "<<":
                raise Unsupported("merge keys")
            key = self.scalar(raw, self.row, column, None)
            value = self.value(indent, match.end(), depth, in_mapping=True)
            pairs.append((key, value))
            following = self.skip_blank()
            if following is None or following < indent:
                break
            if following > indent or self._is_entry(self.lines[self.row], indent):
                raise Unsupported("unexpected indentation")
            column = indent
        tag = self.resolver.resolve(MappingNode, None, True)
        return MappingNode(tag, pairs, start, start, flow_style=False)

    def sequence(self, indent: int, depth: int) -> SequenceNode:
        start = self.mark(self.row, indent)
        items: list[Node] = []
        while True:
            items.append(self.value(indent, indent + 1, depth, in_mapping=False))
            following = self.skip_blank()
            if following is None or following < indent:
                break
            if following > indent:
                raise Unsupported("unexpected indentation")
            if not self._is_entry(self.lines[self.row], indent):
                break  # a key after a sequence at its mapping's indentation: the caller judges
        tag = self.resolver.resolve(SequenceNode, None, True)
        return SequenceNode(tag, items, start, start, flow_style=False)

    def value(self, indent: int, column: int, depth: int, *, in_mapping: bool) -> Node:
        """The value after ``key:`` or ``-`` that starts at ``column`` of this line."""
        row, line = self.row, self.lines[self.row]
        rest = line[column:]
        stripped = rest.lstrip(" ")
        at = column + len(rest) - len(stripped)
        if not stripped or stripped.startswith("#"):  # the value is a block below
            if stripped and at == column:
                raise Unsupported("comment without a space")
            self.row += 1
            below = self.skip_blank()
            if below is None:
                raise Unsupported("empty value")
            nested_line = self.lines[self.row]
            if below > indent or (
                in_mapping and below == indent and self._is_entry(nested_line, indent)
            ):
                return self.block(below, depth + 1)
            raise Unsupported("empty value")
        if in_mapping and at == column:
            raise Unsupported("no space after the colon")
        if not in_mapping:
            if self._is_entry(line, at):
                raise Unsupported("nested compact sequence")
            if _KEY.match(line, at):
                return self.mapping(at, at, depth + 1)  # "- key: value" starts a mapping
        node, end = self.inline(row, at, depth)
        tail = line[end:]
        if tail.strip(" ") and not (tail.startswith(" ") and tail.lstrip(" ").startswith("#")):
            raise Unsupported("text after a value")
        self.row += 1
        following = self.skip_blank()
        if following is not None and following > indent:
            raise Unsupported("a value continued on the next line")
        return node

    # -- one-line values ------------------------------------------------------

    def inline(self, row: int, column: int, depth: int) -> tuple[Node, int]:
        """The flow collection or scalar at ``column``; and where it ends."""
        line = self.lines[row]
        first = line[column]
        if first in "[{":
            return self.flow(row, column, depth + 1)
        if first in "\"'":
            return self.quoted(row, column)
        if first in _INDICATORS and not (first == "-" and line[column + 1 : column + 2] not in " "):
            raise Unsupported("an indicator starts the value")
        end = line.find(" #", column)
        raw = (line[column:] if end < 0 else line[column:end]).rstrip(" ")
        if ": " in raw or raw.endswith(":"):
            raise Unsupported("a colon in a plain value")
        return self.scalar(raw, row, column, None), column + len(raw)

    def scalar(self, value: str, row: int, column: int, style: str | None) -> ScalarNode:
        implicit = (True, False) if style is None else (False, True)
        tag = self.resolver.resolve(ScalarNode, value, implicit)
        start = self.mark(row, column)
        return ScalarNode(tag, value, start, start, style=style)

    def quoted(self, row: int, column: int) -> tuple[ScalarNode, int]:
        line = self.lines[row]
        quote = line[column]
        chunks: list[str] = []
        i = column + 1
        while True:
            ch = line[i]  # IndexError: no closing quote on this line
            if ch == quote:
                if quote == "'" and line[i + 1 : i + 2] == "'":
                    chunks.append("'")
                    i += 2
                    continue
                break
            if quote == '"' and ch == "\\":
                escape = line[i + 1]
                if escape in Scanner.ESCAPE_REPLACEMENTS:
                    chunks.append(Scanner.ESCAPE_REPLACEMENTS[escape])
                    i += 2
                    continue
                length = Scanner.ESCAPE_CODES.get(escape)
                digits = line[i + 2 : i + 2 + length] if length else ""
                if not length or len(digits) != length or not _is_hex(digits):
                    raise Unsupported("an escape ruamel should judge")
                code = int(digits, 16)
                if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                    raise Unsupported("a surrogate or out-of-range escape")
                chunks.append(chr(code))
                i += 2 + length
                continue
            chunks.append(ch)
            i += 1
        node = self.scalar("".join(chunks), row, column, quote)
        return node, i + 1

    def flow(self, row: int, column: int, depth: int) -> tuple[Node, int]:
        if depth > MAX_DEPTH:
            raise Unsupported("nested too deeply")
        line = self.lines[row]
        opening = line[column]
        closing = "]" if opening == "[" else "}"
        start = self.mark(row, column)
        items: list[Any] = []
        i = self._space(line, column + 1)
        if line[i] == closing:
            i += 1
        else:
            while True:
                if opening == "[":
                    node, i = self.flow_item(row, i, depth)
                    items.append(node)
                else:
                    key, i = self.flow_plain(row, i)
                    if line[i] != ":" or line[i + 1 : i + 2] != " ":
                        raise Unsupported("a flow key without ': '")
                    node, i = self.flow_item(row, self._space(line, i + 1), depth)
                    items.append((key, node))
                i = self._space(line, i)
                if line[i] == closing:
                    i += 1
                    break
                if line[i] != ",":
                    raise Unsupported("unexpected character in a flow collection")
                i = self._space(line, i + 1)
                if line[i] in ",]}":
                    raise Unsupported("empty flow entry")
        kind = SequenceNode if opening == "[" else MappingNode
        tag = self.resolver.resolve(kind, None, True)
        return kind(tag, items, start, start, flow_style=True), i

    def flow_item(self, row: int, column: int, depth: int) -> tuple[Node, int]:
        first = self.lines[row][column]
        if first in "[{":
            return self.flow(row, column, depth + 1)
        if first in "\"'":
            node, end = self.quoted(row, column)
            if self.lines[row][self._space(self.lines[row], end)] == ":":
                raise Unsupported("a quoted flow key")
            return node, end
        node, end = self.flow_plain(row, column)
        if self.lines[row][end] == ":":
            raise Unsupported("a single-pair mapping in a flow sequence")
        return node, end

    def flow_plain(self, row: int, column: int) -> tuple[ScalarNode, int]:
        line = self.lines[row]
        if not line[column:] or line[column] in _INDICATORS:
            raise Unsupported("an indicator starts a flow scalar")
        stop = _PLAIN_FLOW_STOP.search(line, column)
        end = stop.start() if stop else len(line)
        raw = line[column:end].rstrip(" ")
        if not raw or (stop and stop.group() == "#"):
            raise Unsupported("a comment or nothing in a flow collection")
        if stop and stop.group() == ":" and line[end + 1 : end + 2] != " ":
            raise Unsupported("a colon inside a flow scalar")
        return self.scalar(raw, row, column, None), column + len(raw)

    @staticmethod
    def _space(line: str, i: int) -> int:
        while line[i] == " ":
            i += 1
        return i


def _is_hex(text: str) -> bool:
    return all(ch in "0123456789abcdefABCDEF" for ch in text)
