"""Load a fact sheet: YAML with positions, then pydantic, then cross-references.

Every problem is collected and located at the YAML line and column where
it was typed; the caller decides whether to stop. Nothing here raises for
bad input.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from toolkit.factsheet import models
from toolkit.factsheet.fastyaml import compose
from toolkit.factsheet.models import FactSheet
from toolkit.problems import Problem

Loc = Sequence[int | str]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 100  # nesting of [ and {, far beyond what a fact sheet needs


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that leaves dates as text.

    Dates are parsed by the models, so an impossible date such as
    2015-02-30 becomes a located validation error rather than a crash
    inside the YAML library.
    """


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_str)


@dataclass(frozen=True)
class LoadedFactSheet:
    """A validated fact sheet with the YAML positions of everything in it."""

    path: str
    sheet: FactSheet
    tree: Any = field(repr=False, compare=False)

    def locate(self, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at ``loc`` (e.g. ``("facts", "x", "cite", 0)``)."""
        return locate(self.tree, loc, at_key=at_key)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.allow_duplicate_keys = False
    return yaml


def parse_yaml(text: str, path: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text, keeping positions; return the tree or a located problem.

    The plain YAML fact sheets are written in takes a fast path
    (:mod:`toolkit.factsheet.fastyaml`); anything else, errors included,
    is read by ruamel.
    """
    deep = _too_deep(text)
    if deep is not None:
        line, column = deep
        message = f"YAML is nested too deeply (more than {MAX_DEPTH} levels)"
        return None, [Problem(path, line, column, "invalid-factsheet", message)]
    try:
        yaml = _yaml()
        node = compose(text, yaml.resolver)
        if node is not None:
            return yaml.constructor.construct_document(node), []
        return yaml.load(text), []
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        message = _yaml_message(err)
        return None, [Problem(path, line, column, "invalid-factsheet", message)]
    except YAMLError as err:
        position = getattr(err, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else 1
        message = f"not valid YAML: {_first_line(str(err))}"
        return None, [Problem(path, line, 1, "invalid-factsheet", message)]
    except RecursionError:
        return None, [Problem(path, 1, 1, "invalid-factsheet", "YAML is nested too deeply")]
    except Exception as err:  # ruamel failing inside on odd input: a huge number, a list as a key
        return None, [_unreadable(text, path, err)]


_QUOTED_OR_COMMENT = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|(?:^|\s)#.*""")


_BRACKET = re.compile(r"[\[\]{}]")


def _too_deep(text: str) -> tuple[int, int] | None:
    """Where ``[`` and ``{`` nest deeper than :data:`MAX_DEPTH`, if they do (1-based).

    ruamel takes seconds (quadratic time) to refuse thousands of nested
    brackets; this scan takes linear time. Quoted text and comments are
    skipped, so brackets in prose do not count.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for number, line in enumerate(text.split("\n"), 1):
        if depth == 0 and "[" not in line and "{" not in line:
            continue
        bare = _QUOTED_OR_COMMENT.sub(lambda m: " " * len(m.group()), line)
        for bracket in _BRACKET.finditer(bare):
            if bracket.group() in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    return number, bracket.start() + 1
            else:
                depth = max(0, depth - 1)
    return None


def _unreadable(text: str, path: str, err: Exception) -> Problem:
    """Where and why the YAML library failed on ``text`` without a mark of its own."""
    digits = re.search(r"\d{4300,}", text)
    complex_key = re.search(r"^[ \t]*(- +)*\?( |$)", text, re.MULTILINE)
    if isinstance(err, ValueError) and digits is not None:
        where = digits.start()
        message = f"a number of {len(digits.group())} digits is too long to read"
    elif isinstance(err, TypeError) and complex_key is not None:
        where = complex_key.end() - 1
        message = "a key cannot be a list or a mapping"
    else:
        return Problem(path, 1, 1, "invalid-factsheet", f"not valid YAML: {_first_line(str(err))}")
    line = text.count("\n", 0, where) + 1
    column = where - (text.rfind("\n", 0, where) + 1) + 1
    return Problem(path, line, column, "invalid-factsheet", message)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"


def _yaml_message(err: MarkedYAMLError) -> str:
    problem = (err.problem or "").strip()
    if "duplicate key" in problem:
        key = problem.split('"')[1] if '"' in problem else ""
        first = err.context_mark
        where = f" (first defined on line {first.line + 1})" if first is not None else ""
        return f"duplicate key {key!r}{where}"
    context = (err.context or "").strip()
    return "not valid YAML: " + "; ".join(part for part in (context, problem) if part)


def read_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 file, reporting size and encoding problems at their line."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, [
            Problem(shown, 0, 0, "invalid-factsheet", f"cannot read file: {err.strerror}")
        ]
    if len(data) > MAX_FILE_BYTES:
        message = f"file is larger than {MAX_FILE_BYTES // 1024 // 1024} MiB"
        return None, [Problem(shown, 1, 1, "invalid-factsheet", message)]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        message = f"not UTF-8 text (byte {data[err.start]:#04x})"
        return None, [Problem(shown, line, 1, "invalid-factsheet", message)]


def load_factsheet(path: Path, root: Path) -> tuple[LoadedFactSheet | None, list[Problem]]:
    """Load and validate one fact sheet; every problem names ``path`` relative to ``root``."""
    shown = relative(path, root)
    text, problems = read_text(path, shown)
    if text is None:
        return None, problems
    tree, problems = parse_yaml(text, shown)
    if problems:
        return None, problems
    if not isinstance(tree, CommentedMap):
        return None, [
            Problem(shown, 1, 1, "invalid-factsheet", "a fact sheet must be a YAML mapping")
        ]
    try:
        sheet = FactSheet.model_validate(tree)
    except ValidationError as err:
        return None, [_located(shown, tree, error) for error in err.errors()]
    except RecursionError:
        return None, [Problem(shown, 1, 1, "invalid-factsheet", "YAML is nested too deeply")]
    loaded = LoadedFactSheet(shown, sheet, tree)
    from toolkit.factsheet.references import check_references

    return loaded, check_references(loaded)


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, or as given when outside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def locate(tree: Any, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
    """Find the 1-based line and column of ``loc`` in a round-trip YAML tree.

    A scalar is located at its value, a mapping or list (or, with
    ``at_key``, anything) at its key. Parts of ``loc`` that are not in the tree (pydantic's union tags, a
    missing key) are skipped, so the answer is the deepest node that exists.
    """
    node = tree
    line, column = _start(tree)
    parts = list(loc)
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if isinstance(node, CommentedMap) and part in node:
            key_pos, value_pos = _positions(node, part)
            child = node[part]
            if last and not at_key and not isinstance(child, CommentedMap | CommentedSeq):
                line, column = value_pos[0] + 1, value_pos[1] + 1
            else:
                line, column = key_pos[0] + 1, key_pos[1] + 1
            node = child
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            if part in (node.lc.data or {}):  # a tagged list (`!tag [..]`) has no positions
                pos = node.lc.item(part)
                line, column = pos[0] + 1, pos[1] + 1
            node = node[part]
    return line, column


def _positions(node: CommentedMap, key: Any) -> tuple[Sequence[int], Sequence[int]]:
    """0-based positions of ``key`` and its value; a key merged in with ``<<`` where it was typed."""
    merged = [m[-1] if isinstance(m, tuple) else m for m in getattr(node, "merge", [])]
    for source in (node, *merged):
        if isinstance(source, CommentedMap) and key in (source.lc.data or {}):
            return source.lc.key(key), source.lc.value(key)
    line, column = _start(node)
    return (line - 1, column - 1), (line - 1, column - 1)


def _start(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return 1, 1
    return lc.line + 1, lc.col + 1


def dotted(loc: Loc) -> str:
    """``("facts", "x", "cite", 0)`` as ``facts.x.cite[0]``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + part
    return text


def _located(path: str, tree: Any, error: ErrorDetails) -> Problem:
    loc = [part for part in error["loc"] if part not in ("text", "plural", "[key]")]
    line, column = locate(tree, loc, at_key=error["type"] == "extra_forbidden")
    return Problem(path, line, column, "invalid-factsheet", _sentence(error, loc))


def _sentence(error: ErrorDetails, loc: list[int | str]) -> str:
    """A plain sentence for one pydantic error."""
    kind = error["type"]
    where = dotted(loc)
    if kind == "missing":
        parent = dotted(loc[:-1]) or "the fact sheet"
        return f"{parent}: missing required key {loc[-1]!r}"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = dotted(loc[:-1]) or "the fact sheet"
        guess = difflib.get_close_matches(key, sorted(_known_keys()), n=1)
        hint = f" (did you mean {guess[0]!r}?)" if guess else ""
        return f"{parent}: unknown key {key!r}{hint}"
    message = error["msg"].removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and "[key]" in error["loc"]:
        return (
            f"{where}: {error['input']!r} is not a valid key: use lowercase letters, digits and _"
        )
    if kind == "string_pattern_mismatch":
        return f"{where}: {error['input']!r} does not have the expected form"
    return f"{where}: {message}" if where else message


def _known_keys() -> set[str]:
    keys: set[str] = set()
    for model in _models():
        for name, info in model.model_fields.items():
            keys.add(info.alias or name)
    return keys


def _models() -> Iterator[type[BaseModel]]:
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel:
            yield value
