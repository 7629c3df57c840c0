"""``toolkit build``: the whole pipeline, stage by stage.

    load fact sheets -> resolve (campaigns, locales, catalogs) -> render -> lint -> write

Nothing is written when loading or the lint finds an error. A locale whose
translation is incomplete is skipped (or, with ``allow_partial``, shipped
with the source language where strings are missing, and said so).

Builds are incremental: a file whose content has not changed is not
rewritten, and a PDF whose inputs (its ``brief.html``, the files it
fetches, fonts, library versions) match ``out/.manifest.json`` is not
rendered again. PDFs that are needed render in worker processes (one font
configuration each, see :mod:`toolkit.render.pool`) while the lint runs;
the workers start before the HTML is rendered when no PDF was ever built.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.catalogs import Translator
from toolkit.i18n.loading import load_translator
from toolkit.lintcache import lint_key, problems_from_json, problems_to_json
from toolkit.manifest import Entry, FileHashes, Manifest, sha256
from toolkit.output import write_atomic
from toolkit.pdfplan import PDF_NAME, PdfPlan, plan_pdfs, record_pdf
from toolkit.problems import Problem, count_errors
from toolkit.project import Project
from toolkit.render.documents import (
    DOCUMENTS,
    FACTS_TEMPLATE,
    DocumentRenderer,
    render_failure,
)
from toolkit.render.pool import DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, PdfPool, PdfResult

OUTPUTS = ("advisory", "donation", "brief")


def default_jobs() -> int:
    """How many PDF workers to run: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class BuildOptions:
    """What to build: empty filters mean everything."""

    campaigns: Sequence[str] = ()
    locales: Sequence[str] = ()
    outputs: Sequence[str] = ()
    jobs: int = 1
    allow_partial: bool = False
    force: bool = False  # render and rewrite everything, whatever the manifest says
    pdf_timeout: float = DEFAULT_TIMEOUT  # seconds one PDF may take to render
    pdf_max_pages: int = DEFAULT_MAX_PAGES


@dataclass(frozen=True)
class Skipped:
    """A campaign's locale that was not shipped, and why."""

    campaign: str
    locale: str
    reason: str


@dataclass
class BuildReport:
    """What a build did: files written or unchanged, PDFs rendered, locales skipped, problems."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    rendered: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    partial: list[Skipped] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when everything asked for was shipped without errors."""
        return not (count_errors(self.problems) or self.skipped or self.failed)


@dataclass(frozen=True)
class Job:
    """One campaign in one locale: its rendered documents, ready to write."""

    campaign: str
    locale: str
    documents: dict[str, str]
    folder: Path


Progress = Callable[[str, int], None]  # (what was just done, how many steps it was)


def build(project: Project, options: BuildOptions, progress: Progress | None = None) -> BuildReport:
    """Run the pipeline; write outputs only when nothing stops the build."""
    report = BuildReport()
    sheets, problems = project.load_factsheets()
    report.problems.extend(problems)
    if count_errors(problems):
        return report
    sheets, problems = select(sheets, options)
    report.problems.extend(problems)
    if count_errors(problems):
        return report

    manifest = Manifest() if options.force else Manifest.read(project.out_dir)
    wants_pdf = "brief" in (options.outputs or OUTPUTS)
    pool: PdfPool | None = None
    try:
        if wants_pdf and not any(key.endswith(PDF_NAME) for key in manifest.entries):
            # Nothing to compare with: every PDF will render, so warm the workers up now.
            pool = PdfPool(min(options.jobs, count_targets(sheets, options)), options.pdf_timeout)

        jobs = list(render(project, sheets, options, report))
        plans = plan_pdfs(project, jobs, manifest, options) if wants_pdf else []
        tasks = [plan.task for plan in plans if plan.task is not None]
        if tasks:
            pool = pool or PdfPool(min(options.jobs, len(tasks)), options.pdf_timeout)
            pool.run(tasks)  # renders in the background while the lint runs

        # The lint runs before anything is written (or its last result is reused, see lintcache).
        targets = [(j.campaign, j.locale) for j in jobs]
        key = lint_key(project, targets)
        found = None if options.force else remembered_lint(manifest, key)
        if found is None:
            from toolkit.lint.run import lint_rendered

            found = lint_rendered(project, sheets, targets)
        report.problems.extend(found)
        if count_errors(report.problems):
            return report
        manifest.lint = {"key": key, "problems": problems_to_json(found)}
        write(project, jobs, options, manifest, report, progress)
        results = pool.results() if pool is not None else []
        write_pdfs(project, plans, results, options, manifest, report, progress)
        manifest.prune(project.out_dir)
        manifest.write(project.out_dir)
    finally:
        if pool is not None:
            pool.close()
    return report


def remembered_lint(manifest: Manifest, key: str) -> list[Problem] | None:
    """The problems the last build's lint found, if its inputs were the same as now."""
    if manifest.lint.get("key") != key:
        return None
    return problems_from_json(manifest.lint.get("problems"))


def select(
    sheets: list[LoadedFactSheet], options: BuildOptions
) -> tuple[list[LoadedFactSheet], list[Problem]]:
    """The fact sheets the filters ask for; an unknown campaign name is a problem."""
    problems: list[Problem] = []
    known = {s.sheet.campaign for s in sheets}
    for name in options.campaigns:
        if name not in known:
            message = f"no campaign {name!r} (known: {', '.join(sorted(known))})"
            problems.append(Problem("factsheets", 0, 0, "invalid-factsheet", message))
    chosen = [s for s in sheets if not options.campaigns or s.sheet.campaign in options.campaigns]
    return chosen, problems


def count_targets(sheets: Sequence[LoadedFactSheet], options: BuildOptions) -> int:
    """How many (campaign, locale) pairs the filters select."""
    return sum(
        1
        for loaded in sheets
        for locale in loaded.sheet.locales
        if not options.locales or locale in options.locales
    )


def documents_wanted(options: BuildOptions) -> list[str]:
    """The document files the ``outputs`` filter asks for (all by default)."""
    return [
        name
        for name, output in DOCUMENTS.items()
        if not options.outputs or output in options.outputs
    ]


def render(
    project: Project, sheets: list[LoadedFactSheet], options: BuildOptions, report: BuildReport
) -> Iterator[Job]:
    """Render every wanted document of every campaign and locale, in a stable order."""
    wanted = documents_wanted(options)
    if "brief" in (options.outputs or OUTPUTS) and "brief.html" not in wanted:
        wanted.append("brief.html")  # the PDF is made from it
    for loaded in sheets:
        sheet = loaded.sheet
        for locale in sheet.locales:
            if options.locales and locale not in options.locales:
                continue
            translator, problems = load_translator(project, loaded, locale)
            report.problems.extend(problems)
            if count_errors(problems):
                report.skipped.append(Skipped(sheet.campaign, locale, "its catalog cannot be read"))
                continue
            documents: dict[str, str] = {}
            name = FACTS_TEMPLATE
            try:
                renderer = DocumentRenderer(project.templates_dir, loaded, locale, translator)
                for name in wanted:
                    documents[name] = renderer.render(name)
            except Exception as err:  # the project's templates are user input: say where they fail
                report.problems.append(
                    render_failure(
                        project.templates_dir, project.root, name, err, sheet.campaign, locale
                    )
                )
                continue
            missing = incomplete(translator)
            if missing and not options.allow_partial:
                report.skipped.append(Skipped(sheet.campaign, locale, missing))
                continue
            if missing:
                report.partial.append(Skipped(sheet.campaign, locale, missing))
            yield Job(sheet.campaign, locale, documents, project.out_dir / sheet.campaign / locale)


def incomplete(translator: Translator) -> str:
    """Why a locale cannot ship (``3 strings missing, 1 fuzzy``), or empty when it can."""
    unique = {(m.domain, m.context, m.msgid): m for m in translator.missing}.values()
    fuzzy = sum(1 for m in unique if m.fuzzy)
    broken = sum(1 for m in unique if m.broken)
    missing = len(unique) - fuzzy - broken
    parts = [f"{missing} string{'s' if missing != 1 else ''} missing"] if missing else []
    parts += [f"{fuzzy} fuzzy"] if fuzzy else []
    parts += [f"{broken} with broken placeholders (toolkit lint shows where)"] if broken else []
    return ", ".join(parts)


def write(
    project: Project,
    jobs: list[Job],
    options: BuildOptions,
    manifest: Manifest,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    """Write the text and HTML documents whose content changed (all of them with ``force``)."""
    wanted = documents_wanted(options)
    for job in jobs:
        for name in wanted:
            target = job.folder / name
            data = job.documents[name].encode()
            _record(report, target, write_atomic(target, data, force=options.force))
            digest = sha256(data)
            manifest.entries[_key(project, target)] = Entry(digest, digest)
        if progress:
            progress(f"{job.campaign}/{job.locale}", len(wanted))


def write_pdfs(
    project: Project,
    plans: list[PdfPlan],
    results: list[PdfResult],
    options: BuildOptions,
    manifest: Manifest,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    """Write each rendered PDF; an up-to-date PDF stays as it is, a failed one is reported."""
    hashes = FileHashes()
    fresh = iter(results)
    for plan in plans:
        key = _key(project, plan.target)
        if plan.task is None:
            report.unchanged.append(plan.target)
        else:
            result = next(fresh)
            if result.pdf is None:
                report.failed.append(result.error or f"{plan.task.label}: not rendered")
                manifest.entries.pop(key, None)  # render it again next time
            else:
                written = write_atomic(plan.target, result.pdf, force=options.force)
                _record(report, plan.target, written)
                report.rendered.append(plan.target)
                manifest.entries[key] = record_pdf(project, plan, result, hashes)
        if progress:
            progress(f"{plan.campaign}/{plan.locale}/{PDF_NAME}", 1)


def _key(project: Project, target: Path) -> str:
    return target.relative_to(project.out_dir).as_posix()


def _record(report: BuildReport, path: Path, written: bool) -> None:
    (report.written if written else report.unchanged).append(path)
