"""What a build reads, as hashes, computed without loading the fact sheets or any heavy library.

A build is a function of the project's files (fact sheets and their
archives, templates, catalogs, settings), the toolkit's code and the
installed libraries, the fonts and text libraries a PDF is drawn with, and
the options that change what is written. :func:`build_key` hashes all of
them. When it matches the key the last complete build stored in
``out/.manifest.json`` and every file it wrote is still there as written,
nothing can have changed: the build says so and reports the same problems,
in a fraction of the time a render would take (:func:`remembered_build`).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from toolkit.build.manifest import (
    Manifest,
    file_matches,
    installed_distributions,
    pdf_environment,
)
from toolkit.diskcache import code_key
from toolkit.problems import CODES, Problem

PROJECT_FOLDERS = ("factsheets", "templates", "locales")


@functools.cache
def toolkit_key() -> str:
    """A hash of the Python version, the toolkit's code and every installed distribution."""
    digest = hashlib.sha256(code_key())
    for name, version in sorted(installed_distributions().items()):
        digest.update(f"{name} {version}\n".encode())
    return digest.hexdigest()


def project_files(root: Path) -> list[Path]:
    """Every file a build may read: the project folders' and the project root's own files."""
    files = [p for p in root.iterdir() if p.is_file()] if root.is_dir() else []
    for folder in PROJECT_FOLDERS:
        files.extend(p for p in (root / folder).rglob("*") if p.is_file())
    return sorted(files)


def project_key(root: Path) -> str:
    """A hash of every project file's name and content."""
    digest = hashlib.sha256()
    for path in project_files(root):
        digest.update(f"\0{path.relative_to(root).as_posix()}\0".encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")
    return digest.hexdigest()


def inputs_key(root: Path, *parts: object) -> str:
    """A hash of the toolkit, the project's files and ``parts`` (what is asked for)."""
    digest = hashlib.sha256()
    for part in (toolkit_key(), project_key(root), *(repr(p) for p in parts)):
        digest.update(f"{part}\n".encode())
    return digest.hexdigest()


def build_key(root: Path, options: Iterable[object]) -> str:
    """The key of a whole build: its inputs, the PDF environment and the options."""
    return inputs_key(root, pdf_environment(), *options)


@dataclass(frozen=True)
class Remembered:
    """What the last complete build reported, and the files it left in ``out/``."""

    problems: list[Problem]
    files: list[Path]


def remembered_build(out_dir: Path, key: str, manifest: Manifest) -> Remembered | None:
    """The last build's result when it was made with ``key`` and its files are untouched."""
    stored = manifest.build
    if stored.get("key") != key:
        return None
    problems = problems_from_json(stored.get("problems"))
    if problems is None:
        return None
    files = [out_dir / name for name in sorted(manifest.entries)]
    if not all(
        file_matches(path, manifest.entries[name])
        for name, path in zip(sorted(manifest.entries), files, strict=True)
    ):
        return None
    return Remembered(problems, files)


def problems_to_json(problems: Sequence[Problem]) -> list[dict[str, object]]:
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
