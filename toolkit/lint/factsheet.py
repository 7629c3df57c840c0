"""Checks on a fact sheet's own words: copy is plain text, ``not_figures`` are narrow, and
no sample text of ``toolkit new`` is left (:func:`unfinished_text`).

``not_figures`` lets a campaign say that the digits in a name ("Kwanliso
16", "G20") are not a figure. Each entry masks that exact text wherever it
appears (templates, copy, every translation, rendered output), so it must
be a name that contains a number, never a bare number: that would be a
blanket switch that hides the figure everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from toolkit.factsheet.loader import dotted
from toolkit.lint.context import LintContext
from toolkit.lint.evidence.checks import check_evidence
from toolkit.lint.figures import find_figures
from toolkit.lint.markup import unsafe_in_copy
from toolkit.problems import Problem
from toolkit.sampletext import sample_text_in
from toolkit.translation.placeholders import fill_placeholders


def unfinished_text(ctx: LintContext) -> Iterator[Problem]:
    """Every string of a fact sheet (copy, contacts, organisation, sources, quotes…) that
    still holds a sample text ``toolkit new`` wrote, at its line and column."""
    for sheet in ctx.sheets:
        for path, text in _strings(sheet.tree.data, ()):
            sample = sample_text_in(text)
            if sample is None:
                continue
            line, column = sheet.locate(path)
            output = str(path[1]) if len(path) > 1 and path[0] == "copy" else None
            yield Problem(
                sheet.path,
                line,
                column,
                "unfinished-text",
                f"{dotted(path)} is still the text `toolkit new` wrote ({sample!r}): "
                "replace it before sending",
                output=output,
                text=text,
            )


def _strings(data: Any, path: tuple[int | str, ...]) -> Iterator[tuple[tuple[int | str, ...], str]]:
    """Every string value in YAML data, with its path, in document order."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))


def copy_markup(ctx: LintContext) -> Iterator[Problem]:
    """Copy strings carry no tag, entity or script-capable URL scheme, read with their
    placeholders filled in as they render (``<{fact} onclick=…>`` is a tag)."""
    for sheet in ctx.sheets:
        for site in ctx.copy_sites(sheet):
            for item in unsafe_in_copy(fill_placeholders(site.text)):
                item = replace(item, text=site.text[item.start : item.start + len(item.text)])
                line, column = site.position(item.start)
                yield Problem(
                    site.path,
                    line,
                    column,
                    "unsafe-markup",
                    f"copy {site.label} carries the {item.kind} {item.text!r}: copy is text, "
                    "never HTML (links go in `url:` fields)",
                    locale=site.locale,
                    output=site.output,
                    text=item.text,
                )


def not_figures(ctx: LintContext) -> Iterator[Problem]:
    """Each ``not_figures`` entry is a name with a number in it, and is used somewhere."""
    for sheet in ctx.sheets:
        entries = sheet.sheet.not_figures
        if not entries:
            continue
        texts = [site.text for site in ctx.copy_sites(sheet)]
        texts += [site.text for site in ctx.templates.sites]
        for slot in ctx.catalog_slots():
            if slot.po is not None and sheet in ctx.sheets_for(slot):
                texts += [form for entry in slot.po.entries() for form in entry.forms]
        for index, entry in enumerate(entries):
            line, column = sheet.locate(("not_figures", index, "text"))
            figures = find_figures(entry.text, sheet.sheet.source_locale)
            rest = list(entry.text)
            for figure in figures:
                rest[figure.start : figure.end] = [" "] * (figure.end - figure.start)
            if figures and not any(ch.isalpha() for ch in rest):
                yield Problem(
                    sheet.path,
                    line,
                    column,
                    "invalid-factsheet",
                    f"not_figures entry {entry.text!r} is only a number: it would hide that "
                    "figure everywhere; declare the whole name that contains it, or make it a fact",
                    text=entry.text,
                )
            elif not figures:
                yield Problem(
                    sheet.path,
                    line,
                    column,
                    "unused-not-figure",
                    f"not_figures entry {entry.text!r} contains no figure: remove it",
                    text=entry.text,
                )
            elif not any(entry.text in text for text in texts):
                yield Problem(
                    sheet.path,
                    line,
                    column,
                    "unused-not-figure",
                    f"not_figures entry {entry.text!r} appears in no text that was linted: "
                    "remove it, or spell it exactly as the text does",
                    text=entry.text,
                )


def evidence(ctx: LintContext) -> Iterator[Problem]:
    """Quotes that do not state their fact, hedges that disagree, quotes not in the archive,
    sources published after the issue date, unusable archives, facts without a quote
    (the checks are :mod:`toolkit.lint.evidence.checks`; archives are read once per run)."""
    for sheet in ctx.sheets:
        yield from check_evidence(sheet, ctx.archives).problems
