"""Finding WeasyPrint's native libraries without running a compiler every time.

WeasyPrint opens Pango, HarfBuzz and fontconfig through cffi, which asks
:func:`ctypes.util.find_library` for each of a dozen spellings of each
name; on Linux every miss runs ``gcc`` and ``ld`` (about a quarter of a
second in all). The answers only change when the system's libraries do,
so they are kept in the user's cache folder, keyed by the dynamic linker's
cache and ``LD_LIBRARY_PATH``: the same names resolve to the same files,
and the PDFs stay byte-identical.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import hashlib
import json
import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path

from toolkit.output import write_atomic
from toolkit.paths import cache_root, private_folder

CACHE_NAME = "find_library.json"
LINKER_CACHE = "/etc/ld.so.cache"


def fingerprint() -> str:
    """What decides ``find_library``'s answers here."""
    try:
        info = os.stat(LINKER_CACHE)
        linker = f"{info.st_size}:{info.st_mtime_ns}"
    except OSError:
        linker = "-"
    parts = (sys.platform, platform.machine(), linker, os.environ.get("LD_LIBRARY_PATH", ""))
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def remember_find_library(folder: Path | None = None) -> Callable[[], None]:
    """Make ``ctypes.util.find_library`` answer from the cache; call what this returns
    once the libraries are loaded, to keep any new answer for next time."""
    original: Callable[[str], str | None] = ctypes.util.find_library
    root = private_folder(folder) if folder is not None else cache_root()
    if root is None:
        return lambda: None
    path = root / CACHE_NAME
    key = fingerprint()
    answers = _load(path, key)
    known = dict(answers)

    def find_library(name: str) -> str | None:
        if name not in answers:
            answers[name] = original(name)
        return answers[name]

    ctypes.util.find_library = find_library

    def save() -> None:
        ctypes.util.find_library = original  # type: ignore[assignment]
        if answers != known:
            _save(path, key, answers)

    return save


def _load(path: Path, key: str) -> dict[str, str | None]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("key") != key:
        return {}
    answers = data.get("answers")
    if not isinstance(answers, dict):
        return {}
    return {str(k): v for k, v in answers.items() if v is None or isinstance(v, str)}


def _save(path: Path, key: str, answers: dict[str, str | None]) -> None:
    data = json.dumps({"key": key, "answers": answers}, sort_keys=True).encode("utf-8")
    with contextlib.suppress(OSError):
        write_atomic(path, data)
