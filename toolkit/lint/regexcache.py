"""The figure detector's large patterns, compiled once and kept between runs.

Python compiles a regular expression in two steps: a parser and code
generator written in Python (``re._parser``, ``re._compiler``), then
``_sre.compile``, which builds the matcher from the generated code in
microseconds. For the detector's word patterns (tens of kilobytes of
number words, idioms and names in five languages) the first step costs
about 0.15 s, paid by every ``toolkit build``, ``lint`` and ``serve``
before it can read a sentence. The generated code depends only on the
pattern, its flags and Python's regular-expression engine, so it is kept
in the toolkit's cache folder (:func:`toolkit.paths.cache_root`), in one
file per Python version, engine and toolkit version.

This leans on CPython's private modules. Whatever goes wrong (another
Python, a changed signature, a damaged or foreign file) falls back to
:func:`re.compile`, which gives the same pattern; ``_sre.compile`` checks
the code it is given, and a file whose checksum does not match is ignored.
Only the toolkit's own patterns come here, never a project's.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import pickle
import re
import sys
from pathlib import Path
from typing import Any

from toolkit.diskcache import code_key
from toolkit.output import write_atomic
from toolkit.paths import cache_root, private_folder

FOLDER = "regex"
_Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """The generated code of every pattern this toolkit compiled, by pattern and flags."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.parts: dict[tuple[str, int], _Parts] = {}
        self.loaded = False
        self.changed = False

    def load(self) -> None:
        self.loaded = True
        self.path = _file()
        if self.path is None:
            return
        with contextlib.suppress(Exception):  # missing, damaged, foreign: start afresh
            data = self.path.read_bytes()
            digest, blob = data[:32], data[32:]
            if hashlib.sha256(blob).digest() == digest:
                self.parts = pickle.loads(blob)

    def save(self) -> None:
        """Write the file (at exit, when a pattern was added) and remove older ones."""
        if not self.changed or self.path is None:
            return
        with contextlib.suppress(OSError, pickle.PicklingError):
            blob = pickle.dumps(self.parts, protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(self.path, hashlib.sha256(blob).digest() + blob)
            for other in self.path.parent.glob("*.pickle"):
                if other != self.path:
                    other.unlink(missing_ok=True)


_STORE = _Store()


def compile_kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the code kept by an earlier run when there is."""
    if not _STORE.loaded:
        _STORE.load()
        atexit.register(_STORE.save)
    key = (pattern, int(flags))
    parts = _STORE.parts.get(key)
    if parts is not None:
        with contextlib.suppress(Exception):
            return _from_parts(pattern, parts)
    compiled = re.compile(pattern, flags)
    with contextlib.suppress(Exception):
        parts = _generate(pattern, int(flags))
        _from_parts(pattern, parts)  # the engine takes it: keep it
        _STORE.parts[key] = parts
        _STORE.changed = True
    return compiled


def _generate(pattern: str, flags: int) -> _Parts:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, as plain values."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed: Any = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _from_parts(pattern: str, parts: _Parts) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]

    flags, code, groups, groupindex, indexgroup = parts
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def _file() -> Path | None:
    """This Python's, engine's and toolkit's file, in a private folder of the cache."""
    root = cache_root()
    folder = private_folder(root / FOLDER) if root is not None else None
    if folder is None:
        return None
    magic = getattr(sys.modules.get("_sre"), "MAGIC", "?")
    version = repr((sys.implementation.name, sys.version, magic)).encode()
    return folder / f"{hashlib.sha256(version + code_key()).hexdigest()[:32]}.pickle"
