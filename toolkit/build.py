"""``toolkit build``: the whole pipeline, stage by stage.

    load fact sheets -> resolve (campaigns, locales, catalogs) -> render -> lint -> write

Nothing is written when loading or the lint finds an error. A locale whose
translation is incomplete is skipped (or, with ``allow_partial``, shipped
with the source language where strings are missing, and said so). PDFs are
rendered in a pool of worker processes, one font configuration each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.catalogs import Translator
from toolkit.i18n.loading import load_translator
from toolkit.output import write_atomic
from toolkit.problems import Problem, count_errors
from toolkit.project import Project
from toolkit.render.documents import DOCUMENTS, DocumentRenderer

OUTPUTS = ("advisory", "donation", "brief")
PDF_NAME = "brief.pdf"


@dataclass(frozen=True)
class BuildOptions:
    """What to build: empty filters mean everything."""

    campaigns: Sequence[str] = ()
    locales: Sequence[str] = ()
    outputs: Sequence[str] = ()
    jobs: int = 1
    allow_partial: bool = False


@dataclass(frozen=True)
class Skipped:
    """A campaign's locale that was not shipped, and why."""

    campaign: str
    locale: str
    reason: str


@dataclass
class BuildReport:
    """What a build did: files written or unchanged, locales skipped, problems found."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
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

    jobs = list(render(project, sheets, options, report))

    from toolkit.lint.run import lint_rendered  # the lint runs before anything is written

    report.problems.extend(lint_rendered(project, sheets, [(j.campaign, j.locale) for j in jobs]))
    if count_errors(report.problems):
        return report
    write(project, jobs, options, report, progress)
    return report


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
            renderer = DocumentRenderer(project.templates_dir, loaded, locale, translator)
            documents = {name: renderer.render(name) for name in wanted}
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
    missing = len(unique) - fuzzy
    parts = [f"{missing} string{'s' if missing != 1 else ''} missing"] if missing else []
    parts += [f"{fuzzy} fuzzy"] if fuzzy else []
    return ", ".join(parts)


def write(
    project: Project,
    jobs: list[Job],
    options: BuildOptions,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    """Write text and HTML documents, then render the PDFs in parallel and write them."""
    wanted = documents_wanted(options)
    for job in jobs:
        for name in wanted:
            _record(
                report,
                job.folder / name,
                write_atomic(job.folder / name, job.documents[name].encode()),
            )
        if progress:
            progress(f"{job.campaign}/{job.locale}", len(wanted))
    if "brief" not in (options.outputs or OUTPUTS):
        return
    allowed = (project.templates_dir, project.factsheets_dir)
    for job, result in zip(jobs, _render_pdfs(project, jobs, allowed, options.jobs), strict=True):
        target = job.folder / PDF_NAME
        if isinstance(result, bytes):
            _record(report, target, write_atomic(target, result))
        else:
            report.failed.append(f"{project.relative(target)}: {result}")
        if progress:
            progress(f"{job.campaign}/{job.locale}/{PDF_NAME}", 1)


def _record(report: BuildReport, path: Path, written: bool) -> None:
    (report.written if written else report.unchanged).append(path)


def _render_pdfs(
    project: Project, jobs: list[Job], allowed: Sequence[Path], workers: int
) -> Iterator[bytes | str]:
    """PDF bytes (or an error sentence) for each job, in the jobs' order."""
    tasks = [(job.documents["brief.html"], project.templates_dir, tuple(allowed)) for job in jobs]
    if workers <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _pdf_task(task)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks))) as pool:
        yield from pool.map(_pdf_task, tasks)


def _pdf_task(task: tuple[str, Path, tuple[Path, ...]]) -> bytes | str:
    """Worker: render one PDF; an error comes back as a sentence, not an exception."""
    from toolkit.render.pdf import render_pdf

    html, base, allowed = task
    try:
        return render_pdf(html, base, allowed)
    except Exception as err:  # a broken document must not stop the other PDFs
        return f"PDF rendering failed: {type(err).__name__}: {err}"
