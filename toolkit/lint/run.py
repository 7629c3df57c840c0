"""Running the lint over rendered campaigns (the build calls it before writing)."""

from __future__ import annotations

from collections.abc import Sequence

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.problems import Problem
from toolkit.project import Project


def lint_rendered(
    project: Project, sheets: Sequence[LoadedFactSheet], targets: Sequence[tuple[str, str]]
) -> list[Problem]:
    """Problems in the given (campaign, locale) pairs. Being written: returns none yet."""
    return []
