"""Stage 3: render every file of every target that ships (the PDFs are planned from the HTML).

Text and HTML files come from their templates; an e-mail is put together
from its output's text and HTML files (see :mod:`toolkit.render.mail`).
With ``--allow-partial`` a document says in itself that it is partly in the
source language: an HTML comment, a ``description`` that becomes the PDF's
subject, and ``lang`` on each run of source-language text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import escape

from toolkit.build.resolve import Target
from toolkit.factsheet.outputs import Kind, OutputFile
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.render.assets import asset_path, find_asset, is_file_url, is_remote, references
from toolkit.render.documents import DocumentRenderer, render_failure, unmark
from toolkit.render.fallbacks import mark_fallback_language, strip_fallback_marks
from toolkit.render.mail import compose_email
from toolkit.settings import SETTINGS_NAME, Theme

_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Job:
    """One target's rendered files (text, HTML, e-mail), ready to write.

    ``marked`` holds the files rendered from templates as the lint's safety
    net reads them (facts and typed fields between marks): each document is
    rendered once, in marked mode, and written with the marks taken out.
    """

    target: Target
    documents: dict[str, str]
    partial: str  # why the target is partly in the source language, or empty
    marked: dict[str, str]
    # Files the HTML documents use (the logo): path relative to the output folder ->
    # the file under templates/ that is copied there.
    assets: dict[str, Path] = field(default_factory=dict)

    @property
    def campaign(self) -> str:
        """The campaign's slug."""
        return self.target.campaign

    @property
    def locale(self) -> str:
        """The locale."""
        return self.target.locale

    def folder(self, out_dir: Path) -> Path:
        """Where its files go."""
        return self.target.folder(out_dir)


def render(
    project: Project,
    targets: Sequence[Target],
    theme: Theme | None = None,
    *,
    printed: bool | None = None,
    done: Sequence[Job] = (),
    each: Callable[[Job], None] | None = None,
) -> tuple[list[Job], list[Problem]]:
    """A job per target, in order; a target whose templates fail is a located problem.

    ``printed=True`` renders only the files PDFs are made from, so the PDF
    workers can start while the rest renders; ``printed=False`` then renders
    the other files into the jobs ``done`` (a target with no job there
    failed already). ``None`` renders everything. ``each`` is told of each
    job as soon as it is rendered.
    """
    theme = theme if theme is not None else project.load_settings()[0].theme
    earlier = {(job.campaign, job.locale): job for job in done}
    jobs: list[Job] = []
    problems: list[Problem] = []
    for target in targets:
        if printed is False and (target.campaign, target.locale) not in earlier:
            continue
        job = earlier.get((target.campaign, target.locale))
        job, found = render_target(project, target, theme, printed=printed, job=job)
        problems += found
        if job is not None:
            jobs.append(job)
            if each is not None:
                each(job)
    return jobs, problems


def render_target(
    project: Project,
    target: Target,
    theme: Theme | None = None,
    *,
    printed: bool | None = None,
    job: Job | None = None,
) -> tuple[Job | None, list[Problem]]:
    """Render the files of ``target``'s outputs into ``job`` (a new one when None): all
    of them, or (``printed`` True or False) those a PDF is made from, or the others."""
    partial = target.verdict.reason
    translator = target.translator
    translator.mark_fallbacks = bool(partial)
    theme = theme if theme is not None else project.load_settings()[0].theme
    job = job or Job(target, {}, partial, {})
    documents, marked, assets = job.documents, job.marked, job.assets
    filename = "facts.jinja"
    try:
        renderer = DocumentRenderer(
            project.templates_dir,
            target.loaded,
            target.locale,
            translator,
            marked=True,
            theme=theme,
        )
        for output in target.outputs:
            sources = {name for f in output.files if f.kind is Kind.PDF for name in f.made_from}
            for file in output.files:
                if printed is not None and (file.name in sources) is not printed:
                    continue
                filename = file.name
                if file.template is not None:
                    marked[file.name] = renderer.render(file.name)
                    content = unmark(marked[file.name])
                    documents[file.name] = _finish(content, file, target, partial)
                    if file.kind is Kind.HTML:
                        found = _assets(project, target, file.name, documents[file.name])
                        problems = found.problems(file.name in sources)
                        if problems:
                            return None, problems
                        assets.update(found.files)
                elif file.kind is Kind.EMAIL:
                    documents[file.name] = _email(target, file, documents, assets)
    except Exception as err:  # the project's templates are user input: say where they fail
        failure = render_failure(
            project.templates_dir, project.root, filename, err, target.campaign, target.locale
        )
        return None, [failure]
    if translator.missing and not partial:
        return None, [_unforeseen(target)]
    if partial:
        marked.clear()  # the lint renders a partial target itself, without fallback marks
    return job, []


@dataclass
class _Assets:
    """The files one HTML document uses, and the references that name no usable file."""

    project: Project
    target: Target
    filename: str
    files: dict[str, Path] = field(default_factory=dict)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (url, why)
    remote: list[str] = field(default_factory=list)

    def problems(self, printed: bool) -> list[Problem]:
        """``missing-asset`` problems: a missing file, and a network URL in a page a PDF is
        printed from (the PDF never reads the network)."""
        found = [self._problem(url, why) for url, why in self.missing]
        if printed:
            found += [
                self._problem(
                    url,
                    f"{url!r} is on the network, which the PDF never reads: "
                    "put the file under templates/",
                )
                for url in self.remote
            ]
        return found

    def _problem(self, url: str, why: str) -> Problem:
        path, line, column = _locate(self.project, url, self.filename)
        message = f"{self.filename} of {self.target.campaign}/{self.target.locale} uses {why}"
        return Problem(path, line, column, "missing-asset", message, self.target.locale, text=url)


def _assets(project: Project, target: Target, filename: str, html: str) -> _Assets:
    found = _Assets(project, target, filename)
    for reference in references(html):
        if is_remote(reference.url):
            found.remote.append(reference.url)
        elif is_file_url(reference.url):
            file, why = find_asset(project.templates_dir, reference.url)
            if file is None:
                found.missing.append((reference.url, why))
            else:
                found.files[asset_path(reference.url).as_posix()] = file
    return found


def _locate(project: Project, url: str, filename: str) -> tuple[str, int, int]:
    """Where ``url`` was typed: a template, else ``toolkit.yaml``, else the document's template."""
    candidates = sorted(p for p in project.templates_dir.rglob("*") if p.is_file())
    candidates.append(project.root / SETTINGS_NAME)
    for path in candidates:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        at = text.find(url)
        if at >= 0:
            line = text.count("\n", 0, at) + 1
            return project.relative(path), line, at - (text.rfind("\n", 0, at) + 1) + 1
    return project.relative(project.templates_dir / filename), 0, 0


def _finish(content: str, file: OutputFile, target: Target, partial: str) -> str:
    """A rendered file as written: a partly translated HTML page says so."""
    if not partial:
        return content
    if file.kind is not Kind.HTML:
        return strip_fallback_marks(content)
    source = target.loaded.sheet.source_locale.replace("_", "-")
    note = f"Partly translated: {partial}, shown in {source}"
    content = mark_fallback_language(content, source)
    meta = f'\n<meta name="description" content="{escape(note)}">'
    content = _HEAD.sub(lambda m: m.group() + meta, content, count=1)
    comment = f"<!-- {note.replace('--', '- -')} (toolkit build --allow-partial) -->\n"
    if content.lower().startswith("<!doctype"):
        first, _, rest = content.partition("\n")
        return f"{first}\n{comment}{rest}"
    return comment + content


def _email(
    target: Target, file: OutputFile, documents: dict[str, str], assets: dict[str, Path]
) -> str:
    """The e-mail of an output, from its text and HTML files (and the files the HTML uses)."""
    text = next(documents[name] for name in file.made_from if name.endswith(".txt"))
    html = next(documents[name] for name in file.made_from if name.endswith(".html"))
    sheet = target.loaded.sheet
    message = compose_email(
        text=text,
        html=html,
        images={name: path.read_bytes() for name, path in assets.items()},
        sender_name=sheet.organisation.name_in(target.locale) or sheet.organisation.name,
        sender_address=sheet.organisation.press_office.email,
        date=sheet.issued,
        language=target.locale.replace("_", "-"),
        reference=sheet.reference,
    )
    return message.decode("ascii")


def _unforeseen(target: Target) -> Problem:
    """A target whose templates asked for strings extraction cannot see (``_()`` of a variable)."""
    names = sorted({m.msgid for m in target.translator.missing})
    listed = ", ".join(repr(n) for n in names[:3]) + (" …" if len(names) > 3 else "")
    line, column = target.loaded.locate(("locales",))
    message = (
        f"{target.locale} is not shipped: the templates asked for {len(names)} string(s) "
        f"that `toolkit i18n extract` cannot see and that have no translation ({listed})"
    )
    return Problem(
        target.loaded.path,
        line,
        column,
        "incomplete-translation",
        message,
        locale=target.locale,
    )
