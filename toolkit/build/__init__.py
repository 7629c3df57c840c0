"""``toolkit build``: the pipeline, one stage per module, run in order by :func:`build`.

    load fact sheets -> resolve targets -> render -> lint -> write

- :mod:`~toolkit.build.load`: the fact sheets, and the campaigns chosen;
- :mod:`~toolkit.build.resolve`: each campaign in each locale with its
  outputs and translator, and whether it ships;
- :mod:`~toolkit.build.render`: every text, HTML and e-mail file; the PDFs
  are planned (:mod:`~toolkit.build.pdfplan`) and rendered by workers
  (:mod:`toolkit.render.pool`) while the lint runs;
- :mod:`~toolkit.build.lint`: the lint, remembered between builds
  (:mod:`~toolkit.build.lintcache`);
- :mod:`~toolkit.build.write`: files that changed, the removal of stale
  ones, and ``out/.manifest.json`` (:mod:`~toolkit.build.manifest`).

Nothing is written when loading, rendering or the lint finds an error. One
build at a time writes a project's ``out/``.
"""

from __future__ import annotations

from collections.abc import Callable

from toolkit.build import lint, load, render, resolve, write
from toolkit.build.manifest import Manifest
from toolkit.build.options import BuildOptions, BuildReport, Progress, SelectionError
from toolkit.build.pdfplan import plan_pdfs
from toolkit.factsheet.outputs import Kind
from toolkit.problems import count_errors
from toolkit.project import Project
from toolkit.render.pool import PdfPool

__all__ = ["BuildOptions", "BuildReport", "SelectionError", "build"]


def build(
    project: Project,
    options: BuildOptions,
    progress: Progress | None = None,
    waiting: Callable[[str], None] | None = None,
) -> BuildReport:
    """Run the pipeline; write outputs only when nothing stops the build.

    Raises :class:`SelectionError` when ``options`` name a campaign, locale
    or output that does not exist.
    """
    report = BuildReport()
    with write.project_lock(project.root, waiting):
        loaded = load.load(project, options.campaigns)
        report.problems += [*loaded.problems, *loaded.elsewhere]
        if count_errors(loaded.problems):
            return report
        resolution = resolve.resolve(project, loaded.sheets, options)
        shipping, outcomes = resolve.ship_or_skip(resolution.targets, options.allow_partial)
        manifest = Manifest() if options.force else Manifest.read(project.out_dir)
        pool = _early_pool(manifest, shipping, options)
        try:
            jobs, failures = render.render(project, shipping, loaded.settings.theme)
            plans = plan_pdfs(project, jobs, manifest, options)
            tasks = [plan.task for plan in plans if plan.task is not None]
            if tasks:
                pool = pool or PdfPool(min(options.jobs, len(tasks)), options.pdf_timeout)
                pool.run(tasks)  # renders in the background while the lint runs
            found = lint.lint_for_build(
                project, loaded.sheets, resolution.targets, manifest, force=options.force
            )
            # A catalog the resolve stage could not read, the lint reports too: say it once.
            blocking = list(
                dict.fromkeys([*loaded.problems, *resolution.problems, *failures, *found])
            )
            report.problems = [*blocking, *loaded.elsewhere]
            if count_errors(blocking):
                return report  # nothing written
            report.problems += outcomes
            write.write_documents(project, jobs, options, manifest, report, progress)
            results = pool.results() if pool is not None and tasks else []
            write.write_pdfs(project, plans, results, options, manifest, report, progress)
            write.remove_stale(
                project, loaded.sheets, resolution.targets, jobs, options, manifest, report
            )
            write.write_manifest(project, manifest)
        finally:
            if pool is not None:
                pool.close()
    return report


def _early_pool(
    manifest: Manifest, shipping: list[resolve.Target], options: BuildOptions
) -> PdfPool | None:
    """PDF workers started before rendering, when every PDF will render (none was ever built)."""
    pdfs = sum(
        1
        for target in shipping
        for output in target.outputs
        for f in output.files
        if f.kind is Kind.PDF
    )
    if not pdfs or any(key.endswith(".pdf") for key in manifest.entries):
        return None
    return PdfPool(min(options.jobs, pdfs), options.pdf_timeout)
