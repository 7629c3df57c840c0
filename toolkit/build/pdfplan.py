"""Which PDFs must render again: compare each with what the manifest recorded.

A PDF (a file of kind ``pdf`` in the outputs table) is rendered again when
the HTML it is made from, the project files it fetched, the fonts or the
PDF libraries changed since the manifest was written, or when the file in
``out/`` is missing or not the one recorded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from toolkit.build.manifest import Entry, FileHashes, Manifest, pdf_environment, sha256
from toolkit.build.options import BuildOptions
from toolkit.build.render import Job
from toolkit.build.resolve import Target
from toolkit.factsheet.outputs import Kind, OutputFile
from toolkit.project import Project
from toolkit.render.pool import PdfResult, PdfTask

# Scripts whose shaping and large fonts make a page slower to lay out.
COMPLEX_SCRIPTS = {"ar", "fa", "he", "ur", "ko", "ja", "zh", "th", "hi", "bn", "ta", "my", "km"}


@dataclass(frozen=True)
class PdfPlan:
    """One PDF: where it goes, the hash of its inputs, and a task if it must render."""

    campaign: str
    locale: str
    target: Path
    inputs: str
    task: PdfTask | None


class PdfPlanner:
    """Plans the PDFs of jobs as they come (the environment's hash is computed once)."""

    def __init__(self, project: Project, manifest: Manifest, options: BuildOptions) -> None:
        self.project = project
        self.manifest = manifest
        self.options = options
        self.plans: list[PdfPlan] = []
        self._environment: str | None = None
        self._hashes = FileHashes()

    def plan(self, job: Job) -> list[PdfTask]:
        """Plan ``job``'s PDFs (kept in :attr:`plans`); the tasks of those that must render."""
        if not pdf_files(job):
            return []
        if self._environment is None:
            self._environment = pdf_environment()
        found = plan_pdfs(
            self.project, [job], self.manifest, self.options, self._environment, self._hashes
        )
        self.plans += found
        return [plan.task for plan in found if plan.task is not None]


def plan_pdfs(
    project: Project,
    jobs: Sequence[Job],
    manifest: Manifest,
    options: BuildOptions,
    environment: str | None = None,
    hashes: FileHashes | None = None,
) -> list[PdfPlan]:
    """A plan for each job's PDF, in the jobs' order; ``task`` is None when it is up to date."""
    if not jobs:
        return []
    environment = environment or pdf_environment()
    hashes = hashes or FileHashes()
    allowed = (project.templates_dir, project.factsheets_dir)
    plans: list[PdfPlan] = []
    for job in jobs:
        for file in pdf_files(job):
            html = job.documents[file.made_from[0]]
            target = job.folder(project.out_dir) / file.name
            inputs = pdf_inputs(html, environment, options.pdf_max_pages)
            entry = manifest.entries.get(target.relative_to(project.out_dir).as_posix())
            task: PdfTask | None = None
            if options.force or not up_to_date(project, target, inputs, entry, hashes):
                task = PdfTask(
                    label=f"{file.name} of {job.campaign}/{job.locale}",
                    html=html,
                    base_dir=project.templates_dir,
                    allowed=allowed,
                    max_pages=options.pdf_max_pages,
                    cost=entry.seconds if entry and entry.seconds else estimate(html, job.locale),
                )
            plans.append(PdfPlan(job.campaign, job.locale, target, inputs, task))
    return plans


def pdf_files(job: Job) -> list[OutputFile]:
    """The PDF files of a job's outputs."""
    return [f for output in job.target.outputs for f in output.files if f.kind is Kind.PDF]


def pdf_count(targets: Sequence[Target]) -> int:
    """How many PDFs ``targets`` make."""
    return sum(1 for t in targets for o in t.outputs for f in o.files if f.kind is Kind.PDF)


def pdf_inputs(html: str, environment: str, max_pages: int) -> str:
    """The hash of a PDF's inputs besides the files it fetches."""
    key = {"html": sha256(html.encode()), "environment": environment, "max_pages": max_pages}
    return sha256(json.dumps(key, sort_keys=True).encode())


def up_to_date(
    project: Project, target: Path, inputs: str, entry: Entry | None, hashes: FileHashes
) -> bool:
    """Whether ``target`` is the PDF the manifest recorded, made from the same inputs."""
    if entry is None or entry.inputs != inputs:
        return False
    if any(hashes(project.root / path) != digest for path, digest in entry.assets.items()):
        return False
    return hashes(target) == entry.output


def record_pdf(project: Project, plan: PdfPlan, result: PdfResult, hashes: FileHashes) -> Entry:
    """The manifest entry of a freshly rendered PDF."""
    assert result.pdf is not None
    assets = {project.relative(path): hashes(path) for path in result.requested}
    return Entry(sha256(result.pdf), plan.inputs, assets, result.seconds)


def costliest_first(
    project: Project, targets: Sequence[Target], manifest: Manifest
) -> list[Target]:
    """``targets`` with those whose PDFs took longest last time (or, never made, that are in
    a script slower to lay out) first: the build renders their pages first, so the workers
    start on the long PDFs and no worker is left alone with one at the end."""

    def cost(target: Target) -> float:
        folder = target.folder(project.out_dir).relative_to(project.out_dir).as_posix()
        seconds = sum(
            entry.seconds
            for key, entry in manifest.entries.items()
            if key.startswith(folder + "/") and key.endswith(".pdf")
        )
        return seconds or (1.5 if target.locale.split("_")[0] in COMPLEX_SCRIPTS else 1.0)

    return sorted(targets, key=lambda target: -cost(target))


def estimate(html: str, locale: str) -> float:
    """A guess of the seconds a first render takes, to send the longest ones first."""
    weight = 1.5 if locale.split("_")[0] in COMPLEX_SCRIPTS else 1.0
    return len(html) / 30_000 * weight
