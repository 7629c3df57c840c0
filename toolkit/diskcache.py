"""Results worth keeping between runs, in the user's cache folder.

Some work gives the same result every run until its input or the
toolkit's code changes: parsing and checking a PO file (polib for the
checks, Babel for the catalog: about ten milliseconds a file, which a lint
of fifty campaigns in five locales pays two hundred times), or generating
the figure detector's number words (about twenty milliseconds a
language). :func:`remembered` keeps such a result, pickled, in a folder of
the toolkit's cache (:func:`toolkit.paths.cache_root`): one entry per
name, replaced when the input changes, checked against a hash of the
input, the toolkit's files and Python's version; anything unreadable is a
miss, and a cache that cannot be written is no cache.

The folder is private to the user, like the compiled templates beside it:
an entry is unpickled, so nobody else may write there.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import toolkit
from toolkit.output import write_atomic
from toolkit.paths import cache_root, private_folder

Result = TypeVar("Result")


@functools.cache
def code_key() -> bytes:
    """A hash of Python's version and every file of the toolkit (code and data)."""
    digest = hashlib.sha256(repr(sys.version_info[:3]).encode())
    root = Path(toolkit.__file__).resolve().parent
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.digest()


def remembered(folder: str, name: object, data: bytes, compute: Callable[[], Result]) -> Result:
    """``compute()``, or what it returned last time for ``name`` in ``folder`` when
    ``data`` (everything it depends on besides the toolkit) and the toolkit are the same."""
    directory = _directory(folder)
    if directory is None:
        return compute()
    entry = directory / hashlib.sha256(repr(name).encode()).hexdigest()
    check = hashlib.sha256(code_key() + b"\0" + data).digest()
    with contextlib.suppress(Exception):  # missing, truncated, foreign: compute again
        stored = entry.read_bytes()
        if stored[: len(check)] == check:
            result: Result = pickle.loads(stored[len(check) :])
            return result
    result = compute()
    _write(entry, check, result)
    return result


def installed_version(name: str) -> str:
    """The version of the installed distribution of the top-level module ``name``, from
    its ``dist-info`` folder's name, without importing the module (nor
    :mod:`importlib.metadata`, which alone takes a tenth of a second)."""
    with contextlib.suppress(Exception):
        spec = importlib.util.find_spec(name)
        path = Path(spec.origin if spec is not None and spec.origin else "").resolve()
        folder = path.parent.parent if path.name == "__init__.py" else path.parent
        for entry in os.listdir(folder):
            if entry.endswith(".dist-info") and entry.lower().startswith(f"{name.lower()}-"):
                return entry.removesuffix(".dist-info").partition("-")[2]
    return "?"


def _directory(folder: str) -> Path | None:
    root = cache_root()
    return private_folder(root / folder) if root is not None else None


def _write(entry: Path, check: bytes, result: object) -> None:
    """Replace ``entry`` atomically."""
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        write_atomic(entry, check + pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
