"""Paths as users see them (relative to the project), and where the toolkit keeps its caches."""

from __future__ import annotations

import os
import stat
from pathlib import Path

ENV_CACHE_DIR = "TOOLKIT_CACHE_DIR"  # "" turns the caches off


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, or as given when outside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def cache_root() -> Path | None:
    """The user's private cache folder for the toolkit (created), or None when there is none.

    ``$TOOLKIT_CACHE_DIR`` or ``~/.cache/campaign-toolkit`` (``$XDG_CACHE_HOME``
    respected); ``TOOLKIT_CACHE_DIR=`` (empty) turns caching off. A folder
    other users could write to is not used: what is cached there is run.
    """
    chosen = os.environ.get(ENV_CACHE_DIR)
    if chosen is not None:
        return private_folder(Path(chosen)) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return private_folder(Path(base) / "campaign-toolkit")


def private_folder(directory: Path) -> Path | None:
    """``directory``, created if needed, when only this user can write to it; else None."""
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = directory.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (
        info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    ):
        return None
    return directory
