"""Running the lint: every registered check over one :class:`~toolkit.lint.context.LintContext`.

The checks are :data:`~toolkit.lint.registry.CHECKS`; one problem is kept
per place: a figure the safety net finds again where an origin check
already reported it is not reported twice. Which campaigns and locales are
linted is decided by the build's load and resolve stages
(:func:`toolkit.build.lint.lint_project`).
"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.lint.context import LintContext
from toolkit.lint.registry import CHECKS
from toolkit.problems import Problem


def run_checks(ctx: LintContext) -> list[Problem]:
    """Run every registered check over ``ctx``; one problem per place, sorted."""
    problems: list[Problem] = []
    for check in CHECKS:
        for problem in check.run(ctx):
            if problem.code not in check.codes:
                raise AssertionError(f"check {check.name} reported {problem.code}")
            problems.append(problem)
    return sorted(unique(problems))


def unique(problems: Iterable[Problem]) -> list[Problem]:
    """``problems`` without repeats: the same problem twice, or a figure found twice at one place.

    An ``uncited-figure`` overlapping one already kept on the same line of
    the same file (the safety net finding what an origin check found) is
    dropped; the first one, from the earlier check, stays.
    """
    kept: list[Problem] = []
    seen: set[Problem] = set()
    figures: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for problem in problems:
        if problem in seen:
            continue
        seen.add(problem)
        if problem.code == "uncited-figure" and problem.line > 0:
            span = (problem.column, problem.column + max(len(problem.text or ""), 1))
            spans = figures.setdefault((problem.path, problem.line), [])
            if any(a < span[1] and span[0] < b for a, b in spans):
                continue
            spans.append(span)
        kept.append(problem)
    return kept
