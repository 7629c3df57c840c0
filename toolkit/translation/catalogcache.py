"""Parsed catalogs, kept between runs in the user's cache folder.

Reading a PO file means parsing it twice (polib for the checks that need
its entries as written, Babel for the catalog the build translates with)
and checking it: about ten milliseconds a file, which a lint of fifty
campaigns in five locales pays two hundred times. What comes out depends
only on the file's bytes, how it is named in messages, its locale, the
toolkit's code and the parsers' versions, so the result is kept, pickled,
in ``catalogs/`` of the toolkit's cache folder (:func:`toolkit.paths.cache_root`):
one entry per PO file, replaced when the file changes, checked against a
hash of everything above; anything unreadable is a miss.

The folder is private to the user, like the compiled templates beside it
(an entry is unpickled, so nobody else may write there).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import babel
import polib

import toolkit
from toolkit.paths import cache_root, private_folder

FOLDER = "catalogs"
Result = TypeVar("Result")


@functools.cache
def code_key() -> str:
    """A hash of Python's version, the parsers' versions and the toolkit's code."""
    versions = (sys.version_info[:3], babel.__version__, getattr(polib, "__version__", "?"))
    digest = hashlib.sha256(repr(versions).encode())
    root = Path(toolkit.__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def remembered(
    path: Path, data: bytes, parts: tuple[str | None, ...], parse: Callable[[], Result]
) -> Result:
    """What ``parse()`` returns for the PO file at ``path`` with ``data`` as its bytes,
    from the cache when ``data``, ``parts`` and the toolkit's code are what they were."""
    folder = _folder()
    if folder is None:
        return parse()
    entry = folder / (hashlib.sha256(repr((str(path.resolve()), parts)).encode()).hexdigest())
    check = hashlib.sha256(code_key().encode() + b"\0" + data).digest()
    with contextlib.suppress(Exception):  # missing, truncated, foreign: parse again
        stored = entry.read_bytes()
        if stored[: len(check)] == check:
            result: Result = pickle.loads(stored[len(check) :])
            return result
    result = parse()
    _write(entry, check, result)
    return result


def _folder() -> Path | None:
    root = cache_root()
    return private_folder(root / FOLDER) if root is not None else None


def _write(entry: Path, check: bytes, result: object) -> None:
    """Replace ``entry`` atomically; a cache that cannot be written is no cache."""
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        data = check + pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, entry)
        finally:
            Path(temporary).unlink(missing_ok=True)
