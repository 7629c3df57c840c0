"""Turning a URL path into a file the preview may serve, or nothing.

A URL path is split on ``/`` *before* it is percent-decoded, so an encoded
slash (``%2F``) or backslash never becomes a separator. Each segment is
then decoded and refused when it is empty, ``.`` or ``..`` (also when
encoded: ``%2e%2e``), hidden (``.git``), or holds a slash, a backslash, a
colon, a NUL or another control character. A file is served only when
its real path (symlinks followed) is still inside the folder it was asked
from.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote

# What a page of the project may load from templates/: styles, images, fonts.
ASSET_SUFFIXES = frozenset(
    {".css", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico"}
    | {".woff", ".woff2", ".ttf", ".otf"}
)


def url_segments(path: str) -> list[str] | None:
    """The decoded segments of a URL path (``/a/b%20c`` -> ``["a", "b c"]``), or None when
    any segment is unsafe. The path must start with ``/``; a trailing ``/`` is allowed."""
    if not path.startswith("/"):
        return None
    raw = path[1:].split("/")
    if raw and raw[-1] == "" and len(raw) > 1:
        raw = raw[:-1]  # "/translate/fr/" is "/translate/fr"
    if raw == [""]:
        return []
    segments: list[str] = []
    for piece in raw:
        try:
            segment = unquote(piece, errors="strict")
        except UnicodeDecodeError:
            return None
        if not safe_segment(segment):
            return None
        segments.append(segment)
    return segments


def safe_segment(segment: str) -> bool:
    """Whether ``segment`` can name a file or folder inside a folder, and nothing else."""
    if segment in ("", ".", "..") or segment.startswith("."):
        return False
    if any(ch in "/\\:" for ch in segment):
        return False
    return not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in segment)


def resolve_inside(base: Path, segments: Sequence[str]) -> Path | None:
    """The file ``base/segments…`` when it exists and its real path is inside ``base``."""
    if not segments or not all(safe_segment(s) for s in segments):
        return None
    try:
        root = base.resolve(strict=True)
        candidate = root.joinpath(*segments).resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        return None
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def asset(templates_dir: Path, segments: Sequence[str]) -> Path | None:
    """A style, image or font under ``templates/`` (never a template itself)."""
    if not segments or Path(segments[-1]).suffix.lower() not in ASSET_SUFFIXES:
        return None
    return resolve_inside(templates_dir, segments)
