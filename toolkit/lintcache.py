"""The build's lint, remembered: same inputs, same problems, no need to lint again.

The lint is a function of the project's files (fact sheets, templates,
catalogs), the toolkit's code and the libraries it uses, and which
campaigns and locales are built. :func:`lint_key` hashes all of them; when
the key matches the one stored in ``out/.manifest.json`` by the last
successful build, that build's problems (warnings only: a build with
errors writes no manifest) are reported again without running the lint.
``--force`` always runs it.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from pathlib import Path

import toolkit
from toolkit.problems import CODES, Problem
from toolkit.project import Project

PROJECT_FOLDERS = ("factsheets", "templates", "locales")


def lint_key(project: Project, targets: Sequence[tuple[str, str]]) -> str:
    """A hash of everything the lint of ``targets`` depends on."""
    digest = hashlib.sha256()
    digest.update(repr((sys.version_info[:3], sorted(targets))).encode())
    for path in _toolkit_sources():
        digest.update(f"{path.name}\0".encode())
        digest.update(path.read_bytes())
    for name in _distributions():
        digest.update(f"{name}\n".encode())
    for path in _project_files(project.root):
        digest.update(f"\0{path.relative_to(project.root).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def problems_to_json(problems: Iterable[Problem]) -> list[dict[str, object]]:
    """Problems as stored in the manifest."""
    return [asdict(problem) for problem in problems]


def problems_from_json(data: object) -> list[Problem] | None:
    """Problems stored in the manifest, or None when they cannot be read back."""
    if not isinstance(data, list):
        return None
    names = {f.name for f in fields(Problem)}
    problems: list[Problem] = []
    for item in data:
        if not isinstance(item, dict) or set(item) != names or item.get("code") not in CODES:
            return None
        try:
            problems.append(Problem(**item))
        except TypeError:
            return None
    return problems


def _toolkit_sources() -> list[Path]:
    root = Path(toolkit.__file__).resolve().parent
    return sorted([*root.rglob("*.py"), *root.rglob("*.yaml")])  # code and its data files


def _distributions() -> list[str]:
    """Every installed distribution's ``name-version`` (from the dist-info folder names)."""
    found: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found.update(n for n in names if n.endswith((".dist-info", ".egg-info")))
    return sorted(found)


def _project_files(root: Path) -> list[Path]:
    files = [p for p in root.iterdir() if p.is_file()] if root.is_dir() else []
    for folder in PROJECT_FOLDERS:
        files.extend(p for p in (root / folder).rglob("*") if p.is_file())
    return sorted(files)
