"""Project trees for build tests: the minimal fact sheet with the project's own templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from toolkit.build import BuildOptions, BuildReport, build
from toolkit.project import Project


@pytest.fixture
def project(make_project: ProjectFactory) -> Path:
    """A project with the minimal fact sheet and a copy of the repository's templates."""
    return make_project({"test-camps.yaml": MINIMAL_FACTSHEET})


def run_build(root: Path, **options: object) -> BuildReport:
    """Build ``root`` in English (one PDF) with the given options."""
    settings: dict[str, object] = {"locales": ("en",), "jobs": 1}
    settings.update(options)
    return build(Project(root), BuildOptions(**settings))  # type: ignore[arg-type]


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``out/`` (content and modification time), by relative path."""
    out = root / "out"
    return {
        path.relative_to(out).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


def names(paths: list[Path]) -> list[str]:
    """``out/test-camps/en/brief.pdf`` as ``en/brief.pdf``."""
    return sorted("/".join(path.parts[-2:]) for path in paths)
