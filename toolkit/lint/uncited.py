"""Uncited figures where they were typed: template prose, fact-sheet copy, translations.

Each text is looked at as written, with ``{fact}`` / ``%(name)s``
placeholders and the fact sheet's declared ``not_figures`` blanked, in the
language it is written in. Whatever figure is left was typed by a person
rather than produced by a fact, and is reported at its line and column.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.lint.context import LintContext
from toolkit.lint.sites import Site
from toolkit.problems import Problem

_ADVICE = {
    "template": "templates hold no figures: put it in a fact with a source and pass it in",
    "msgid": "templates hold no figures: put it in a fact with a source and pass it in",
    "copy": "put it in a fact with a source and write {fact_name} here",
    "msgstr": "the translation must not add figures: keep the {placeholders} of the source",
}


def figures_in(
    ctx: LintContext, site: Site, locale: str, *, report_locale: str | None = None
) -> Iterator[Problem]:
    """An ``uncited-figure`` problem for each figure typed in ``site``."""
    for figure in ctx.site_figures(site, locale):
        line, column = site.position(figure.start)
        text = site.text[figure.start : figure.end]
        message = f"{text!r} is a figure no fact produced: {_ADVICE[site.kind]}"
        yield Problem(
            site.path,
            line,
            column,
            "uncited-figure",
            message,
            locale=report_locale,
            output=site.output,
            text=text,
        )


def template_figures(ctx: LintContext) -> Iterator[Problem]:
    """Figures in templates' literal prose and in their translatable messages."""
    sites = [*ctx.templates.sites, *ctx.templates.message_sites]
    for locale in ctx.source_locales:
        for site in sites:
            yield from figures_in(ctx, site, locale)


def copy_figures(ctx: LintContext) -> Iterator[Problem]:
    """Figures in each fact sheet's copy, read in the sheet's source language."""
    for sheet in ctx.sheets:
        for site in ctx.copy_sites(sheet):
            yield from figures_in(ctx, site, site.locale, report_locale=site.locale)


def catalog_figures(ctx: LintContext) -> Iterator[Problem]:
    """Figures in every msgstr form of every shipped locale, read in that locale."""
    for slot in ctx.catalog_slots():
        if slot.po is None:
            continue
        for entry in slot.po.in_use():
            for site in slot.po.form_sites(entry):
                yield from figures_in(ctx, site, slot.locale, report_locale=slot.locale)
