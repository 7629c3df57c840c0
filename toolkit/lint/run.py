"""Running the lint: over a project for ``toolkit lint``, over rendered targets for the build.

Both entry points build one :class:`~toolkit.lint.context.LintContext` and
run every registered check (:data:`~toolkit.lint.registry.CHECKS`), then
keep one problem per place: a figure the safety net finds again where an
origin check already reported it is not reported twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.lint.context import LintContext, Target
from toolkit.problems import Problem
from toolkit.project import Project


class SelectionError(ValueError):
    """A ``--campaign`` or ``--locale`` that names nothing in the project (a usage error)."""


def lint_rendered(
    project: Project, sheets: Sequence[LoadedFactSheet], targets: Sequence[tuple[str, str]]
) -> list[Problem]:
    """Problems in the given (campaign, locale) pairs, for a build about to write them.

    Loading problems are not repeated here: the build has reported them.
    """
    by_campaign = {s.sheet.campaign: s for s in sheets}
    chosen = [Target(by_campaign[c], locale) for c, locale in targets if c in by_campaign]
    used = {id(t.sheet) for t in chosen}
    ctx = LintContext(project, [s for s in sheets if id(s) in used], chosen)
    return run_checks(ctx)


def lint_project(
    project: Project, campaigns: Sequence[str] = (), locales: Sequence[str] = ()
) -> list[Problem]:
    """Every problem of the chosen campaigns in the chosen locales (all by default).

    Raises :class:`SelectionError` when a campaign or locale names nothing.
    """
    sheets, load_problems = project.load_factsheets()
    known = {s.sheet.campaign: s for s in sheets}
    broken = {p.path for p in load_problems} - {s.path for s in sheets}
    stems = {path.rsplit("/", 1)[-1].rsplit(".", 1)[0]: path for path in broken}
    for name in campaigns:
        if name not in known and name not in stems:
            names = ", ".join(sorted(known)) or "none"
            raise SelectionError(f"no campaign {name!r} (known: {names})")
    chosen = [s for s in sheets if not campaigns or s.sheet.campaign in campaigns]
    if campaigns:
        paths = {s.path for s in chosen} | {stems[n] for n in campaigns if n in stems}
        load_problems = [p for p in load_problems if p.path in paths]
    shipped = sorted({locale for s in chosen for locale in s.sheet.locales})
    for locale in locales:
        if chosen and locale not in shipped:
            raise SelectionError(
                f"no campaign chosen ships locale {locale!r} (shipped: {', '.join(shipped)})"
            )
    targets = [
        Target(sheet, locale)
        for sheet in chosen
        for locale in sheet.sheet.locales
        if not locales or locale in locales
    ]
    return run_checks(LintContext(project, chosen, targets, load_problems))


def run_checks(ctx: LintContext) -> list[Problem]:
    """Run every registered check over ``ctx``; one problem per place, sorted."""
    from toolkit.lint.registry import CHECKS

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
