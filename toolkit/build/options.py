"""What a build is asked to do (:class:`BuildOptions`) and what it did (:class:`BuildReport`)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.problems import Problem, count_errors
from toolkit.render.pool import DEFAULT_MAX_PAGES, DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT


class SelectionError(ValueError):
    """A ``--campaign``, ``--locale`` or ``--output`` that names nothing (a usage error)."""


def default_jobs() -> int:
    """How many PDF workers to run: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Selection:
    """Which campaigns, locales and outputs a command works on: empty means all."""

    campaigns: Sequence[str] = ()
    locales: Sequence[str] = ()
    outputs: Sequence[str] = ()


@dataclass(frozen=True)
class BuildOptions(Selection):
    """What to build (empty filters mean everything) and how."""

    jobs: int = 1
    allow_partial: bool = False
    force: bool = False  # render and rewrite everything, whatever the manifest says
    pdf_timeout: float = DEFAULT_TIMEOUT  # seconds one PDF may take to render
    pdf_max_pages: int = DEFAULT_MAX_PAGES
    pdf_memory_limit: int | None = DEFAULT_MEMORY_LIMIT  # bytes of address space per worker

    def fingerprint(self) -> tuple[object, ...]:
        """The options that change what a build writes (not how fast it goes)."""
        return (
            "build",
            sorted(self.campaigns),
            sorted(self.locales),
            sorted(self.outputs),
            self.allow_partial,
            self.pdf_max_pages,
        )


@dataclass(frozen=True)
class Removed:
    """An output file removed from ``out/`` because it would no longer be current."""

    path: Path
    reason: str


@dataclass
class BuildReport:
    """What a build did: files written, unchanged, removed, PDFs rendered, and its problems.

    ``problems`` holds everything found on the way (fact sheets, catalogs,
    the lint) and the build's own results: a locale not shipped, shipped
    partly in the source language, a PDF that failed.
    """

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    rendered: list[Path] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    completed: bool = False  # the write stage ran (nothing stopped the build)

    @property
    def ok(self) -> bool:
        """True when everything asked for was shipped without errors."""
        return not count_errors(self.problems)


Progress = Callable[[str, int], None]  # (what was just done, how many steps it was)
