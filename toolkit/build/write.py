"""Stage 5: write what changed into ``out/``, remove what would look current but is not.

Every file is written atomically and only when its content changed (its
modification time says when it last did). The files the HTML outputs use
(the theme's logo, images and fonts under ``templates/``) are copied beside
them, under the same relative path, and recorded in the manifest like the
outputs. A file the toolkit made earlier and that this build does not make
again is removed, with the reason: its locale was not shipped, the
campaign no longer has that output or that locale, its PDF failed to
render, no document uses a copied file any more, or its campaign is gone.
Only files the toolkit made are ever removed, never anything else in
``out/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from toolkit.build.manifest import (
    MANIFEST_NAME,
    MAX_ASSET_BYTES,
    Entry,
    FileHashes,
    Manifest,
    sha256,
)
from toolkit.build.options import BuildOptions, BuildReport, Progress, Removed
from toolkit.build.pdfplan import PdfPlan, record_pdf
from toolkit.build.render import Job
from toolkit.build.resolve import Target
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.outputs import OUTPUTS, file_names
from toolkit.inputs import InputError, read_input
from toolkit.output import write_atomic, write_problem
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.render.pool import PdfResult


def write_documents(
    project: Project,
    jobs: Sequence[Job],
    options: BuildOptions,
    manifest: Manifest,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    """Write every rendered file whose content changed (all of them with ``force``)."""
    for job in jobs:
        folder = job.folder(project.out_dir)
        for name, content in job.documents.items():
            target = folder / name
            data = content.encode()
            if _write(project, report, target, data, options.force):
                digest = sha256(data)
                manifest.entries[_key(project, target)] = Entry(digest, digest)
            else:
                manifest.entries.pop(_key(project, target), None)
        for name, source in sorted(job.assets.items()):
            target = folder / name
            try:
                data = read_input(source, MAX_ASSET_BYTES)
            except InputError as err:
                report.problems.append(
                    Problem(project.relative(source), 0, 0, "missing-asset", str(err), job.locale)
                )
                continue
            if _write(project, report, target, data, options.force):
                digest = sha256(data)
                copied = Entry(digest, digest, copied_from=project.relative(source))
                manifest.entries[_key(project, target)] = copied
        if progress:
            progress(f"{job.campaign}/{job.locale}", len(job.documents))


def write_pdfs(
    project: Project,
    plans: Sequence[PdfPlan],
    results: Mapping[int, PdfResult],
    options: BuildOptions,
    manifest: Manifest,
    report: BuildReport,
    progress: Progress | None,
) -> None:
    """Write each rendered PDF (``results`` by ``id`` of its plan), in the order of
    ``plans``; an up-to-date PDF stays, a failed one is a problem and removed."""
    hashes = FileHashes()
    for plan in plans:
        key = _key(project, plan.target)
        if plan.task is None:
            report.unchanged.append(plan.target)
        else:
            result = results.get(id(plan)) or PdfResult(None, f"{plan.task.label}: not rendered")
            if result.pdf is None:
                why = result.error or f"{plan.task.label}: not rendered"
                report.problems.append(
                    Problem(project.relative(plan.target), 0, 0, "pdf-failed", why, plan.locale)
                )
                if plan.target.is_file():
                    reason = "its PDF could not be rendered again; the old one would be stale"
                    _remove(project, plan.target, reason, manifest, report)
                manifest.entries.pop(key, None)
            elif _write(project, report, plan.target, result.pdf, options.force):
                report.rendered.append(plan.target)
                manifest.entries[key] = record_pdf(project, plan, result, hashes)
            else:
                manifest.entries.pop(key, None)
        if progress:
            progress(f"{plan.campaign}/{plan.locale}/{plan.target.name}", 1)


def remove_stale(
    project: Project,
    sheets: Sequence[LoadedFactSheet],
    targets: Sequence[Target],
    shipped: Sequence[Job],
    options: BuildOptions,
    manifest: Manifest,
    report: BuildReport,
) -> None:
    """Remove output files of the chosen campaigns that this build did not make.

    Files of outputs left out by ``--output`` and of locales left out by
    ``--locale`` are kept: they were not asked about.
    """
    out = project.out_dir
    kept = {p for p in (*report.written, *report.unchanged)}
    resolved = {(t.campaign, t.locale): t for t in targets}
    made = {(job.campaign, job.locale) for job in shipped}
    owner = {f.name: o.name for o in OUTPUTS for f in o.files}
    for loaded in sheets:
        sheet = loaded.sheet
        campaign_dir = out / sheet.campaign
        has = {o.name for o in sheet.outputs}
        for folder in sorted(p for p in _subfolders(campaign_dir)):
            locale = folder.name
            if options.locales and locale not in options.locales:
                continue
            target = resolved.get((sheet.campaign, locale))
            for path in sorted(folder.iterdir()):
                output = owner.get(path.name)
                if output is None or path in kept or not path.is_file():
                    continue
                if locale not in sheet.locales:
                    reason = f"{sheet.campaign} no longer lists the locale {locale}"
                elif output not in has:
                    reason = f"{sheet.campaign} no longer has {output} copy"
                elif options.outputs and output not in options.outputs:
                    continue
                elif target is not None and (sheet.campaign, locale) not in made:
                    reason = f"{locale} was not shipped this time ({target.verdict.reason})"
                else:
                    continue
                _remove(project, path, reason, manifest, report)
    _remove_unused_copies(project, sheets, kept, options, manifest, report)
    if not options.campaigns:
        _remove_gone_campaigns(project, {s.sheet.campaign for s in sheets}, manifest, report)


def _remove_unused_copies(
    project: Project,
    sheets: Sequence[LoadedFactSheet],
    kept: set[Path],
    options: BuildOptions,
    manifest: Manifest,
    report: BuildReport,
) -> None:
    """Remove files copied beside the outputs (a logo) that no document of this build used.

    With ``--output`` some documents of a folder were not rendered: their
    copies are kept.
    """
    if options.outputs:
        return
    campaigns = {loaded.sheet.campaign for loaded in sheets}
    for key, entry in sorted(manifest.entries.items()):
        campaign, _, rest = key.partition("/")
        locale = rest.partition("/")[0]
        if entry.copied_from is None or campaign not in campaigns:
            continue
        if options.locales and locale not in options.locales:
            continue
        path = project.out_dir / key
        if path not in kept and path.is_file():
            _remove(project, path, "no document uses it any more", manifest, report)


def _remove_gone_campaigns(
    project: Project, campaigns: set[str], manifest: Manifest, report: BuildReport
) -> None:
    """Remove the files the manifest lists for campaigns no fact sheet defines any more."""
    names = set(file_names())
    for key, entry in sorted(manifest.entries.items()):
        parts = key.split("/")
        copied = entry.copied_from is not None and len(parts) >= 3
        if (copied or (len(parts) == 3 and parts[2] in names)) and parts[0] not in campaigns:
            path = project.out_dir / key
            if path.is_file():
                _remove(
                    project, path, f"no fact sheet defines {parts[0]} any more", manifest, report
                )
            else:
                manifest.entries.pop(key, None)


def _remove(
    project: Project, path: Path, reason: str, manifest: Manifest, report: BuildReport
) -> None:
    try:
        path.unlink()
        folder = path.parent  # and the folders it leaves empty (an asset may sit deeper)
        while folder != project.out_dir and folder.is_relative_to(project.out_dir):
            if not folder.is_dir() or any(folder.iterdir()):
                break
            folder.rmdir()
            folder = folder.parent
    except OSError as err:
        report.problems.append(write_problem(path, project.root, err))
        return
    manifest.entries.pop(_key(project, path), None)
    report.removed.append(Removed(path, reason))


def _subfolders(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.is_dir()] if folder.is_dir() else []


def write_manifest(project: Project, manifest: Manifest, report: BuildReport) -> None:
    """Forget files that are gone, note how the others are on disk, write the manifest."""
    manifest.prune(project.out_dir)
    try:
        manifest.write(project.out_dir)
    except OSError as err:
        report.problems.append(write_problem(project.out_dir / MANIFEST_NAME, project.root, err))


def _write(project: Project, report: BuildReport, target: Path, data: bytes, force: bool) -> bool:
    """Write one file (when its content changed); a failure is a ``cannot-write`` problem."""
    try:
        written = write_atomic(target, data, force=force)
    except OSError as err:  # a read-only or full out/, a folder where a file should be…
        report.problems.append(write_problem(target, project.root, err))
        return False
    (report.written if written else report.unchanged).append(target)
    return True


def _key(project: Project, target: Path) -> str:
    return target.relative_to(project.out_dir).as_posix()
