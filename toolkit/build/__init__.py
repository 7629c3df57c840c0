"""``toolkit build``: the pipeline, one stage per module, run in order by :func:`build`.

    load fact sheets -> resolve targets -> render -> lint -> write

- :mod:`~toolkit.build.load`: the fact sheets, and the campaigns chosen;
- :mod:`~toolkit.build.resolve`: each campaign in each locale with its
  outputs and translator, and whether it ships;
- :mod:`~toolkit.build.render`: every text, HTML and e-mail file; the PDFs
  are planned (:mod:`~toolkit.build.pdfplan`) and rendered by workers
  (:mod:`toolkit.render.pool`) while the lint runs;
- :mod:`~toolkit.build.lint`: the lint, remembered between builds;
- :mod:`~toolkit.build.write`: files that changed, the removal of stale
  ones, and ``out/.manifest.json`` (:mod:`~toolkit.build.manifest`).

Before any of that, :mod:`~toolkit.build.fingerprint` hashes what the build
would read: when nothing changed since the last complete build, the build
ends there, before the stages (and the libraries they need) are even
imported. Nothing is written when loading, rendering or the lint finds an
error. One build at a time works on a project.
"""

from __future__ import annotations

from collections.abc import Callable

from toolkit.build.fingerprint import build_key, problems_to_json, remembered_build
from toolkit.build.lock import project_lock
from toolkit.build.manifest import Manifest
from toolkit.build.options import BuildOptions, BuildReport, Progress, SelectionError
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
    with project_lock(project.root, waiting):
        manifest = Manifest() if options.force else Manifest.read(project.out_dir)
        key = build_key(project.root, options.fingerprint())
        last = None if options.force else remembered_build(project.out_dir, key, manifest)
        if last is not None:
            return BuildReport(unchanged=last.files, problems=last.problems)
        report = _run_stages(project, options, manifest, progress, _early_pool(options, manifest))
        if not count_errors(p for p in report.problems if p.code == "pdf-failed"):
            manifest.build = {"key": key, "problems": problems_to_json(report.problems)}
        if report.completed:
            from toolkit.build.write import write_manifest

            write_manifest(project, manifest, report)
        return report


def _early_pool(options: BuildOptions, manifest: Manifest) -> PdfPool | None:
    """PDF workers started first, so WeasyPrint loads while the stages load and run.

    Not when the last build made no PDF (a project without briefs), nor
    when ``--output`` asks for no output that has one.
    """
    if manifest.entries and not any(key.endswith(".pdf") for key in manifest.entries):
        return None
    if options.outputs:
        from toolkit.factsheet.outputs import Kind, get_output

        kinds = {f.kind for name in options.outputs for f in get_output(name).files}
        if Kind.PDF not in kinds:
            return None
    return PdfPool(options.jobs, options.pdf_timeout, options.pdf_memory_limit)


def _run_stages(
    project: Project,
    options: BuildOptions,
    manifest: Manifest,
    progress: Progress | None,
    pool: PdfPool | None,
) -> BuildReport:
    """Load, resolve, render, lint, write (imported here: an up-to-date build needs none)."""
    from toolkit.build import lint, load, render, resolve, write
    from toolkit.build.pdfplan import PdfPlanner, costliest_first

    report = BuildReport()
    pools: list[PdfPool] = [pool] if pool is not None else []  # at most one, made when needed
    try:
        loaded = load.load(project, options.campaigns)
        report.problems += [*loaded.problems, *loaded.elsewhere]
        if count_errors(loaded.problems):
            return report
        resolution = resolve.resolve(project, loaded.sheets, options)
        shipping, outcomes = resolve.ship_or_skip(resolution.targets, options.allow_partial)
        # The pages PDFs are made from first, each handed to the workers as soon as it
        # is rendered; the rest of the documents render, and the lint runs, meanwhile.
        theme = loaded.settings.theme
        planner = PdfPlanner(project, manifest, options)

        def dispatch(job: render.Job) -> None:
            tasks = planner.plan(job)
            if tasks and not pools:
                pools.append(PdfPool(options.jobs, options.pdf_timeout, options.pdf_memory_limit))
            if tasks:
                pools[0].add(tasks)

        first = costliest_first(project, shipping, manifest)
        printed, failures = render.render(project, first, theme, printed=True, each=dispatch)
        pool = pools[0] if pools else None
        tasks = [plan.task for plan in planner.plans if plan.task is not None]
        jobs, more = render.render(project, shipping, theme, printed=False, done=printed)
        failures += more
        found = lint.lint_for_build(
            project,
            loaded.sheets,
            resolution.targets,
            manifest,
            force=options.force,
            rendered={(job.campaign, job.locale): job.marked for job in jobs},
            files=resolution.files,
        )
        # A catalog the resolve stage could not read, the lint reports too: say it once.
        blocking = list(dict.fromkeys([*loaded.problems, *resolution.problems, *failures, *found]))
        # Which locales ship is said even when nothing is written, as `toolkit lint` says it.
        report.problems = [*blocking, *outcomes, *loaded.elsewhere]
        if count_errors(blocking):
            return report  # nothing written
        write.write_documents(project, jobs, options, manifest, report, progress)
        results = iter(pool.results() if pool is not None and tasks else [])
        finished = {id(plan): next(results) for plan in planner.plans if plan.task is not None}
        order = {(target.campaign, target.locale): i for i, target in enumerate(shipping)}
        plans = sorted(planner.plans, key=lambda plan: order[(plan.campaign, plan.locale)])
        write.write_pdfs(project, plans, finished, options, manifest, report, progress)
        write.remove_stale(
            project, loaded.sheets, resolution.targets, jobs, options, manifest, report
        )
        report.completed = True
        return report
    finally:
        for made in pools:
            made.close()
