"""Stage 4: the lint, over every target a command resolved.

The build runs it before anything is written, and reuses the last build's
result when none of its inputs changed: the project's files, the toolkit's
code and libraries, and the campaigns and locales linted
(:func:`~toolkit.build.fingerprint.inputs_key`). ``--force`` always lints.
``toolkit lint`` is the same stages without rendering or writing:
:func:`lint_project`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from toolkit.build.fingerprint import inputs_key, problems_from_json, problems_to_json
from toolkit.build.load import load
from toolkit.build.manifest import Manifest
from toolkit.build.options import Selection
from toolkit.build.resolve import Target, resolve, ship_or_skip
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.lint.context import LintContext
from toolkit.lint.context import Target as LintTarget
from toolkit.lint.run import run_checks
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.translation.catalogs import CatalogFiles


def lint_targets(
    project: Project,
    sheets: Sequence[LoadedFactSheet],
    targets: Sequence[Target],
    load_problems: Sequence[Problem] = (),
    rendered: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
    files: CatalogFiles | None = None,
) -> list[Problem]:
    """Every lint problem of ``targets`` (and of loading, when given).

    ``rendered`` gives documents the build already rendered in marked mode,
    by (campaign, locale): the safety net reads those instead of rendering;
    ``files`` the catalogs the resolve stage read.
    """
    done = rendered or {}
    chosen = [LintTarget(t.loaded, t.locale, done.get((t.campaign, t.locale), {})) for t in targets]
    return run_checks(LintContext(project, sheets, chosen, load_problems, files))


def lint_for_build(
    project: Project,
    sheets: Sequence[LoadedFactSheet],
    targets: Sequence[Target],
    manifest: Manifest,
    *,
    force: bool,
    rendered: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
    files: CatalogFiles | None = None,
) -> list[Problem]:
    """The lint of a build: remembered from the last build when nothing it reads changed.

    Records the result in ``manifest`` (written only if the build writes).
    """
    key = inputs_key(project.root, "lint", sorted((t.campaign, t.locale) for t in targets))
    found = None
    if not force and manifest.lint.get("key") == key:
        found = problems_from_json(manifest.lint.get("problems"))
    if found is None:
        found = lint_targets(project, sheets, targets, rendered=rendered, files=files)
    manifest.lint = {"key": key, "problems": problems_to_json(found)}
    return found


def lint_project(
    project: Project, selection: Selection | None = None, *, allow_partial: bool = False
) -> list[Problem]:
    """``toolkit lint``: every problem of the chosen campaigns in the chosen locales.

    Each locale the build would not ship is reported as the build reports it
    (:func:`~toolkit.build.resolve.ship_or_skip`: ``incomplete-translation``,
    or ``partial-translation`` with ``allow_partial``), so the lint and the
    build agree on the exit status. Raises
    :class:`~toolkit.build.options.SelectionError` when a campaign, locale
    or output names nothing.
    """
    selection = selection or Selection()
    loaded = load(project, selection.campaigns)
    resolution = resolve(project, loaded.sheets, selection)
    problems = lint_targets(
        project, loaded.sheets, resolution.targets, loaded.problems, files=resolution.files
    )
    _, outcomes = ship_or_skip(resolution.targets, allow_partial)
    return sorted({*problems, *outcomes, *loaded.elsewhere})
