"""Load a fact sheet: YAML with positions, then pydantic (cross-references: ``references``).

Every problem is collected and located at the YAML line and column where
it was typed; the caller decides whether to stop. Nothing here raises for
bad input.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
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
    grouped = grouped_thousands(shown, tree)
    try:
        sheet = FactSheet.model_validate(tree.data)
    except ValidationError as err:
        return None, sorted([*grouped, *validation_problems(shown, tree, err)])
    except RecursionError:
        return None, [Problem(shown, 1, 1, "invalid-factsheet", "YAML is nested too deeply")]
    if grouped:
        return None, grouped
    return LoadedFactSheet(shown, sheet, tree), []


def grouped_thousands(path: str, tree: Tree) -> list[Problem]:
    """A problem for each fact's value or range end typed with thousands dots (``200.000``).

    YAML reads ``200.000`` as the decimal number 200.0, so "200,000" in a
    European spelling would print as 200 everywhere. The rule: a plain
    float whose text is one to three digits then groups of a dot and
    three digits is refused; ``200000``, ``200_000`` and ``1.5`` are not.
    """
    problems: list[Problem] = []
    for loc, text in tree.grouped.items():
        if not _is_number_field(loc):
            continue
        digits = text.replace(".", "").lstrip("+")
        decimal = f"{float(text):g}"
        line, column = locate(tree, loc)
        message = (
            f"{dotted(loc)}: YAML reads {text} as the number {decimal}, not "
            f"{int(digits):,}: write {digits} or {int(digits):_} (no dots), "
            f"or {decimal} if the decimal number is meant"
        )
        problems.append(Problem(path, line, column, "invalid-factsheet", message))
    return problems


def _is_number_field(loc: Loc) -> bool:
    """Whether ``loc`` is a fact's ``value`` or one end of its ``range``."""
    return (len(loc) == 3 and loc[0] == "facts" and loc[2] == "value") or (
        len(loc) == 4 and loc[0] == "facts" and loc[2] == "range" and isinstance(loc[3], int)
    )


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
    problems: list[Problem] = []
    for errors in _by_place(err.errors(), tags).values():
        problem = _located(path, tree, errors[0], code, known_keys, tags)
        if len(errors) > 1:  # one per member of a union (int | float): one sentence
            where = dotted([part for part in errors[0]["loc"] if not _is_tag(part, tags)])
            problem = replace(problem, message=_union_sentence(where, errors))
        problems.append(problem)
    return problems


_NUMBER_ERRORS = frozenset({"int_type", "float_type", "int_parsing", "float_parsing"})
_MEMBER_TAGS = frozenset({"int", "float", "str", "bool", "none", "list", "dict"})


def _is_tag(part: int | str, tags: tuple[str, ...]) -> bool:
    """Whether ``part`` of an error's location names a union member, not a key."""
    return isinstance(part, str) and (
        part in tags or part == "[key]" or part in _MEMBER_TAGS or "[" in part
    )


def _by_place(
    errors: list[ErrorDetails], tags: tuple[str, ...]
) -> dict[tuple[int | str, ...], list[ErrorDetails]]:
    grouped: dict[tuple[int | str, ...], list[ErrorDetails]] = {}
    for error in errors:
        place = tuple(part for part in error["loc"] if not _is_tag(part, tags))
        grouped.setdefault(
            (*place, error["type"] if error["type"] not in _NUMBER_ERRORS else ""), []
        ).append(error)
    return grouped


def _union_sentence(where: str, errors: list[ErrorDetails]) -> str:
    """One sentence for a value no member of a union accepts (``value: "70"``)."""
    given = errors[0]["input"]
    if {e["type"] for e in errors} <= _NUMBER_ERRORS:
        if isinstance(given, str) and re.fullmatch(r"\s*-?[\d.,_ ]+\s*", given):
            key = where.rsplit(".", 1)[-1]
            number = re.sub(r"[^0-9.-]", "", given)
            if yamltree.GROUPED_THOUSANDS.fullmatch(number):  # 1.250.000: dots group thousands
                number = number.replace(".", "")
            return (
                f"{where}: {given!r} is text (in quotes): write the number "
                f"without quotes or separators, e.g. {key}: {number}"
            )
        return f"{where}: expected a number, got {given!r}"
    messages = dict.fromkeys(e["msg"].removeprefix("Value error, ") for e in errors)
    return f"{where}: " + "; or ".join(messages)


def _located(
    path: str,
    tree: Tree,
    error: ErrorDetails,
    code: str,
    known_keys: set[str] | None,
    tags: tuple[str, ...],
) -> Problem:
    loc = [part for part in error["loc"] if not _is_tag(part, tags)]
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
