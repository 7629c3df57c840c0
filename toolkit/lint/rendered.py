"""The safety net: render every document, mask what facts and typed fields produced, look again.

Documents are rendered in *marked* mode, where every fact-produced span
(with its citation) and every typed field (reference, date line, phones,
e-mails, names, addresses, URLs, source notes) sits between private-use
marks. The visible text (HTML text nodes; a ``.txt`` document as is) with
those spans and the declared ``not_figures`` blanked must hold no figure.
Anything left is traced back to the text it was typed in (that locale's
msgstrs, the copy, the templates) and reported there, naming the output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError

from toolkit.lint.context import LintContext, Target
from toolkit.lint.figures import find_figures, mask
from toolkit.lint.htmltext import text_nodes
from toolkit.lint.sites import Site, SliceLocator
from toolkit.lint.templates import HTML_SUFFIXES, TEXT_SUFFIXES
from toolkit.problems import Problem
from toolkit.render.documents import (
    MARK_CLOSE,
    MARK_OPEN,
    RENDER_ERRORS,
    DocumentRenderer,
    render_failure,
)
from toolkit.translation.catalogs import TEMPLATES_DOMAIN
from toolkit.translation.placeholders import BRACE, PERCENT, mask_placeholders, signature

BLANK = "\ufffc"
_MARKED = re.compile(f"{MARK_OPEN}[^{MARK_OPEN}{MARK_CLOSE}]*{MARK_CLOSE}")
_STRAY_MARK = re.compile(f"[{MARK_OPEN}{MARK_CLOSE}]")
_SPACES = re.compile(r"\s+")


def mask_marked(text: str) -> str:
    """``text`` with every marked span (marks included, nested or not) blanked."""
    while True:
        blanked = _MARKED.sub(lambda m: BLANK * len(m.group()), text)
        if blanked == text:
            return _STRAY_MARK.sub(BLANK, text)
        text = blanked


def visible_text(content: str, html: bool) -> str:
    """What a reader sees of a document: its text nodes (HTML) or all of it (text)."""
    return f"{BLANK}\n".join(text_nodes(content)) if html else content


def rendered_figures(ctx: LintContext) -> Iterator[Problem]:
    """Figures left in the rendered documents once facts and typed fields are masked."""
    seen: set[tuple[str, int, int, str]] = set()
    for target in ctx.targets:
        if ctx.has_errors(target.sheet):
            continue  # a broken sheet is reported by its load problems; it cannot render
        for problem in _target_figures(ctx, target):
            key = (problem.path, problem.line, problem.column, problem.text or "")
            if key not in seen:
                seen.add(key)
                yield problem


def _target_figures(ctx: LintContext, target: Target) -> Iterator[Problem]:
    literals = ctx.not_figures([target.sheet])
    renderer: DocumentRenderer | None = None
    for filename, output in _rendered_files(target):
        content = target.rendered.get(filename)
        if content is None:  # not rendered by a build: render it here
            try:
                renderer = renderer or DocumentRenderer(
                    ctx.project.templates_dir,
                    target.sheet,
                    target.locale,
                    ctx.translator(target),
                    marked=True,
                )
            except TemplateSyntaxError:
                return  # reported with its line by the template check
            except (TemplateError, ValueError, KeyError, TypeError) as err:
                yield _render_failure(ctx, target, "facts.jinja", err)
                return
            try:
                content = renderer.render(filename)
            except TemplateSyntaxError:
                continue
            except RENDER_ERRORS as err:
                if not _breaks_formatting(ctx, target):  # else placeholder-mismatch says where
                    yield _render_failure(ctx, target, filename, err)
                continue
        text = mask(mask_marked(visible_text(content, filename.endswith(".html"))), literals)
        for figure in find_figures(text, target.locale):
            yield _traced(ctx, target, filename, output, figure.text)


def _rendered_files(target: Target) -> Iterator[tuple[str, str]]:
    """``(file name, output)`` of every file the target's campaign renders from a template."""
    for output in target.sheet.sheet.outputs:
        for file in output.rendered:
            yield file.name, output.name


def _breaks_formatting(ctx: LintContext, target: Target) -> bool:
    """Whether a translation of ``target`` has a lone brace or % (which stops rendering)."""
    if target.is_source:
        return False
    for domain in (target.sheet.sheet.campaign, TEMPLATES_DOMAIN):
        po = ctx.catalog(target.locale, domain).po
        style = PERCENT if domain == TEMPLATES_DOMAIN else BRACE
        for entry in po.in_use() if po is not None else ():
            sources = {
                e
                for text in (entry.msgid, entry.plural)
                if text
                for e in signature(text, style).errors
            }
            if any(set(signature(form, style).errors) - sources for form in entry.forms):
                return True
    return False


def _render_failure(ctx: LintContext, target: Target, filename: str, err: Exception) -> Problem:
    """A document that cannot be rendered, at the template line the error came from."""
    return render_failure(
        ctx.project.templates_dir,
        ctx.project.root,
        filename,
        err,
        target.sheet.sheet.campaign,
        target.locale,
    )


def _traced(ctx: LintContext, target: Target, filename: str, output: str, text: str) -> Problem:
    """The problem for a figure seen in a rendered document, at the place it was typed.

    The figure is looked for among the figures the detector finds in each
    text that could have produced it (that locale's msgstrs, the copy, the
    templates), then as plain text there, then in the templates' code.
    """
    message = (
        f"{text!r} appears in the {target.locale} {output} ({filename}) but no fact produced it"
    )
    wanted = _SPACES.sub(" ", text.strip())
    sites = list(_trace_sites(ctx, target))
    found = next(
        (
            (site, figure.start)
            for site, locale in sites
            for figure in ctx.site_figures(site, locale)
            if _SPACES.sub(" ", figure.text.strip()) == wanted
        ),
        None,
    )
    if found is None:
        found = _search(_literal_pattern(wanted), [site for site, _ in sites])
    if found is None:  # a literal in template code, such as {{ "24 hours" }}
        code = [
            Site(path, source.text, "", "template", SliceLocator(source, 0))
            for path, source in ctx.templates.sources.items()
            if Path(path).suffix in HTML_SUFFIXES | TEXT_SUFFIXES
        ]
        found = _search(_literal_pattern(wanted, strict=True), code)
    if found is not None:
        site, offset = found
        line, column = site.position(offset)
        return Problem(
            site.path,
            line,
            column,
            "uncited-figure",
            f"{message}: it was typed here",
            locale=target.locale,
            output=output,
            text=text,
        )
    path = ctx.project.relative(ctx.project.templates_dir / filename)
    return Problem(
        path,
        0,
        0,
        "uncited-figure",
        f"{message}, and where it was typed could not be traced",
        locale=target.locale,
        output=output,
        text=text,
    )


def _search(pattern: re.Pattern[str], sites: list[Site]) -> tuple[Site, int] | None:
    """The first site whose text (placeholders masked) matches ``pattern``, and where."""
    for site in sites:
        match = pattern.search(mask_placeholders(site.text))
        if match:
            return site, match.start()
    return None


def _literal_pattern(text: str, strict: bool = False) -> re.Pattern[str]:
    """``text`` with any run of spaces, not inside a longer number (``strict``: or word)."""
    body = r"\s+".join(re.escape(part) for part in text.split(" "))
    if strict:
        return re.compile(rf"(?<!\w){body}(?!\w)")
    before = r"(?<!\d)" if text[:1].isdigit() else r"(?<![^\W\d_])" if text[:1].isalpha() else ""
    after = r"(?!\d)" if text[-1:].isdigit() else r"(?![^\W\d_])" if text[-1:].isalpha() else ""
    return re.compile(before + body + after)


def _trace_sites(ctx: LintContext, target: Target) -> Iterator[tuple[Site, str]]:
    """Where a rendered text may have been typed, most specific first, with its language."""
    source = target.sheet.sheet.source_locale
    if not target.is_source:
        for domain in (target.sheet.sheet.campaign, TEMPLATES_DOMAIN):
            slot = ctx.catalog(target.locale, domain)
            if slot.po is not None:
                for entry in slot.po.in_use():
                    for site in slot.po.form_sites(entry):
                        yield site, target.locale
    for site in ctx.copy_sites(target.sheet):
        yield site, source
    for site in [*ctx.templates.sites, *ctx.templates.message_sites]:
        yield site, source
