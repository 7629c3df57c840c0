"""The toolkit's own defaults: the templates a project does not override, and the files
``toolkit init`` writes.

A template is looked up in the project's ``templates/`` first and in the
toolkit's :data:`DEFAULT_TEMPLATES` second, so a project holds only the
templates it changes (a logo, a ``theme.css`` of its own, one page). Every
reader of templates (the renderer, the lint, extraction, the PDF fetcher,
the asset finder) asks :func:`template_folders` for the same search path.
Both folders are read with the same safety: a file is taken from a folder
only when its real path (links followed) is inside that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULTS_DIR = Path(__file__).resolve().parent
DEFAULT_TEMPLATES = DEFAULTS_DIR / "templates"
PROJECT_FILES = DEFAULTS_DIR / "project"  # what `toolkit init` writes (see toolkit.scaffold)

# The name a template has wherever it is found: the project's folder as users know it.
TEMPLATES_FOLDER = "templates"


def template_folders(templates_dir: Path) -> tuple[Path, ...]:
    """Where templates are looked up, first match wins: ``templates_dir``, then the defaults."""
    if templates_dir.resolve() == DEFAULT_TEMPLATES:
        return (DEFAULT_TEMPLATES,)
    return (templates_dir, DEFAULT_TEMPLATES)


def find_template(templates_dir: Path, name: str) -> Path | None:
    """The file ``name`` (a ``/``-separated path) names: the project's, else the default.

    The path is returned as found (not resolved); None when no folder has
    it. Whether it may be read (inside its folder, a regular file) is the
    reader's check.
    """
    for folder in template_folders(templates_dir):
        path = folder.joinpath(*name.split("/"))
        if os.path.lexists(path):
            return path
    return None


def template_files(templates_dir: Path, suffixes: frozenset[str] | None = None) -> dict[str, Path]:
    """Every file (with one of ``suffixes``), by name; the project's hide the defaults'.

    Names are relative paths with ``/``, in name order; a folder is never listed.
    """
    found: dict[str, Path] = {}
    for folder in template_folders(templates_dir):
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if (suffixes is None or path.suffix in suffixes) and not path.is_dir():
                found.setdefault(path.relative_to(folder).as_posix(), path)
    return dict(sorted(found.items()))


def folder_of(path: Path, templates_dir: Path) -> Path:
    """The folder of the search path that ``path`` (as :func:`find_template` gave it) is in."""
    for folder in template_folders(templates_dir):
        if path.is_relative_to(folder):
            return folder
    return templates_dir
