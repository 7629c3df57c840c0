"""Load a fact sheet: YAML with positions, then pydantic (cross-references: ``references``).

Every problem is collected and located at the YAML line and column where
it was typed; the caller decides whether to stop. Nothing here raises for
bad input.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from toolkit.factsheet import models, yamltree
from toolkit.factsheet.models import FactSheet
from toolkit.factsheet.yamltree import Tree
from toolkit.inputs import MAX_FACTSHEET_BYTES, InputError, decode_text, read_input
from toolkit.paths import relative as relative  # re-exported: callers name it here
from toolkit.problems import Problem

Loc = Sequence[int | str]

MAX_FILE_BYTES = MAX_FACTSHEET_BYTES


@dataclass(frozen=True)
class LoadedFactSheet:
    """A validated fact sheet with the YAML positions of everything in it."""

    path: str
    sheet: FactSheet
    tree: Tree = field(repr=False, compare=False)

    def locate(self, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at ``loc`` (e.g. ``("facts", "x", "cite", 0)``)."""
        return locate(self.tree, loc, at_key=at_key)


def parse_yaml(text: str, path: str) -> tuple[Tree | None, list[Problem]]:
    """Read YAML text into data and positions, or a located problem."""
    try:
        return yamltree.read(text), []
    except yamltree.YamlError as err:
        return None, [Problem(path, err.line, err.column, "invalid-factsheet", err.message)]


def read_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 file, reporting size, file-type and encoding problems at their line."""
    try:
        data = read_input(path, MAX_FILE_BYTES)
    except InputError as err:
        return None, [Problem(shown, 0, 0, "invalid-factsheet", str(err))]
    try:
        return decode_text(data), []
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
    if tree is None:
        return None, problems
    if not isinstance(tree.data, dict):
        return None, [
            Problem(shown, 1, 1, "invalid-factsheet", "a fact sheet must be a YAML mapping")
        ]
    try:
        sheet = FactSheet.model_validate(tree.data)
    except ValidationError as err:
        return None, validation_problems(shown, tree, err)
    except RecursionError:
        return None, [Problem(shown, 1, 1, "invalid-factsheet", "YAML is nested too deeply")]
    return LoadedFactSheet(shown, sheet, tree), []


def locate(tree: Tree, loc: Loc, *, at_key: bool = False) -> tuple[int, int]:
    """Find the 1-based line and column of ``loc`` in a YAML tree.

    A scalar is located at its value, a mapping or list (or, with
    ``at_key``, anything) at its key. Parts of ``loc`` that are not in the
    tree (pydantic's union tags, a missing key) are skipped, so the answer
    is the deepest node that exists.
    """
    path: tuple[int | str, ...] = ()
    top = tree.spots.get(path)
    line, column = top.key if top is not None else (1, 1)
    for index, part in enumerate(loc):
        spot = tree.spots.get((*path, part))
        if spot is None:
            continue
        path = (*path, part)
        last = index == len(loc) - 1
        line, column = spot.value if last and spot.scalar and not at_key else spot.key
    return line, column


def dotted(loc: Loc) -> str:
    """``("facts", "x", "cite", 0)`` as ``facts.x.cite[0]``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + part
    return text


def validation_problems(
    path: str,
    tree: Tree,
    err: ValidationError,
    *,
    code: str = "invalid-factsheet",
    known_keys: set[str] | None = None,
    tags: tuple[str, ...] = ("text", "plural"),
) -> list[Problem]:
    """Each pydantic error of ``err`` as a ``code`` problem at its line and column in ``tree``.

    ``known_keys`` are the keys a misspelt one is compared with (default:
    every key of the fact-sheet models); ``tags`` are the names of union
    members pydantic puts in an error's location, which are not keys.
    """
    return [_located(path, tree, error, code, known_keys, tags) for error in err.errors()]


def _located(
    path: str,
    tree: Tree,
    error: ErrorDetails,
    code: str,
    known_keys: set[str] | None,
    tags: tuple[str, ...],
) -> Problem:
    loc = [part for part in error["loc"] if part not in (*tags, "[key]")]
    line, column = locate(tree, loc, at_key=error["type"] == "extra_forbidden")
    return Problem(path, line, column, code, _sentence(error, loc, known_keys))


def _sentence(error: ErrorDetails, loc: list[int | str], known_keys: set[str] | None) -> str:
    """A plain sentence for one pydantic error."""
    kind = error["type"]
    where = dotted(loc)
    if kind == "missing":
        parent = dotted(loc[:-1]) or "the fact sheet"
        return f"{parent}: missing required key {loc[-1]!r}"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = dotted(loc[:-1]) or "the fact sheet"
        known = _known_keys() if known_keys is None else known_keys
        guess = difflib.get_close_matches(key, sorted(known), n=1)
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
