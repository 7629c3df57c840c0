"""Paths as users see them: relative to the project, with forward slashes."""

from __future__ import annotations

from pathlib import Path


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, or as given when outside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
