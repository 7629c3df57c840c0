"""Hostile variations of a fact sheet: wrong types, huge numbers, odd text, broken YAML."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from hypothesis import strategies as st

EXAMPLE_DATES = ("2012-01-31", "2011-05-03", "2011-05", "2012-02-01")

HOSTILE_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    10**400,
    -(10**30),
    1.5e308,
    "",
    " ",
    "\x00",
    "a\x00b",
    "x" * 100_000,
    "2015-02-30",
    "2015-13-01",
    "0000-00-00",
    "9999-99",
    "zz",
    "en_ZZ",
    "xx-yy",
    "{unknown_fact}",
    "{",
    "}{",
    "<b>bold</b>",
    "\u202e\u2066",
    [],
    {},
    [[[[[]]]]],
    {"value": 1},
    ["en", "en"],
]

TEXT_PIECES = [
    "\x00",
    "\t",
    "\r",
    "\ufeff",
    "\ud7ff",
    "'",
    '"',
    "\\",
    ":",
    ": ",
    "- ",
    "#",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "!!binary ",
    "|\n",
    ">\n",
    "{",
    "[",
    "]",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "? ",
    "9" * 5000,
    ".inf",
    "-.nan",
    "0x" + "f" * 50,
    "2015-02-30",
    "[" * 2000 + "]" * 2000,
    "- " * 300 + "x",
    "x" * 20_000,
    "<<: {a: 1}\n",
]


VALUE_PIECES = [
    "9" * 5000,
    "-" + "9" * 4400,
    "0x" + "f" * 5000,
    "1e999",
    "-1e999",
    ".inf",
    "-.nan",
    "1_000",
    "0o777",
    "2015-02-30",
    "2015-02-30T25:61:61",
    "~",
    '""',
    "''",
    "[]",
    "{}",
    '"\\x00"',
    '"\\ud800"',
    "!!binary aGVsbG8=",
    "!!python/object/apply:os.system ['true']",
    "!!timestamp 2015-02-30",
    "!!int abc",
    "!!float x",
    "&a x",
    "*a",
    "[" * 3000 + "]" * 3000,
    "x" * 50_000,
]


def plain(tree: Any) -> Any:
    """A loaded YAML tree as plain JSON-able data."""
    if isinstance(tree, dict):
        return {str(k): plain(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [plain(v) for v in tree]
    return tree


def paths(tree: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a node of ``tree`` (the root excluded)."""
    found: list[tuple[Any, ...]] = []
    items = (
        tree.items()
        if isinstance(tree, dict)
        else enumerate(tree)
        if isinstance(tree, list)
        else []
    )
    for key, value in items:
        found.append((*prefix, key))
        found.extend(paths(value, (*prefix, key)))
    return found


def hostile_values() -> st.SearchStrategy[Any]:
    """A value of the wrong type, size or content."""
    nested = st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=8,
    )
    return st.one_of(st.sampled_from(HOSTILE_VALUES), nested)


@st.composite
def structural_mutations(draw: st.DrawFn, tree: Any) -> str:
    """``tree`` with one to three nodes replaced, deleted or duplicated, as YAML (JSON) text."""
    data = plain(tree)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(paths(data)))
        parent = data
        for key in where[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "delete", "rename"]))
        last = where[-1]
        if action == "delete":
            del parent[last]
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["", "x y", "Value", "cite ", "1"]))] = parent.pop(last)
        else:
            parent[last] = copy.deepcopy(draw(hostile_values()))
        if not paths(data):
            break
    if draw(st.booleans()):
        return json.dumps(data, ensure_ascii=draw(st.booleans()))
    return "\n".join(block_yaml(data)) + "\n"


SAFE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def block_yaml(data: Any, indent: str = "") -> list[str]:
    """``data`` as block YAML, the way people type it (strings double-quoted)."""
    lines: list[str] = []
    items = list(data.items()) if isinstance(data, dict) else [(None, v) for v in data]
    for key, value in items:
        if key is None:
            head = f"{indent}- "
        else:
            head = f"{indent}{key if SAFE_KEY.match(key) else json.dumps(key)}: "
        if isinstance(value, dict | list) and value:
            lines.append(head.rstrip())
            lines.extend(block_yaml(value, indent + "  "))
        else:
            lines.append(head + (json.dumps(value, ensure_ascii=False) if value != {} else "{}"))
    return lines


@st.composite
def text_mutations(draw: st.DrawFn, text: str) -> str:
    """``text`` with pieces inserted, lines duplicated or dropped, or cut short."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 3))):
        action = draw(
            st.sampled_from(["insert", "value", "value", "duplicate", "drop", "date", "truncate"])
        )
        index = draw(st.integers(0, len(lines) - 1))
        if action == "insert":
            line = lines[index]
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(st.sampled_from(TEXT_PIECES)) + line[at:]
        elif action == "value" and ": " in lines[index]:
            key = lines[index].split(": ", 1)[0]
            lines[index] = f"{key}: {draw(st.sampled_from(VALUE_PIECES))}"
        elif action == "duplicate":
            lines.insert(index, lines[index])  # a duplicate key, most of the time
        elif action == "drop":
            del lines[index]
        elif action == "date":
            date = draw(st.sampled_from(EXAMPLE_DATES))
            lines = [
                line.replace(date, draw(st.sampled_from(["2015-02-30", "2011-00", "11-05"])))
                for line in lines
            ]
        else:
            lines = lines[:index]
        if not lines:
            lines = [""]
    return "\n".join(lines)
