"""Checks on every PO entry of every shipped locale.

- ``placeholder-mismatch``: a msgstr form drops, adds, renames or repeats a
  placeholder of its msgid, or breaks the formatting (a lone brace or %);
- ``unsafe-markup``: a msgstr carries a tag, entity or URL scheme its msgid
  does not have, with its placeholders filled in, or a ``<``, ``>``, ``&``;
- ``untranslated``: a string the documents use has no entry, an empty form,
  or a fuzzy translation;
- ``invalid-catalog``: a PO file cannot be read or used (its reader's checks);
- ``too-long``: a msgstr form is longer than its string's length budget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from toolkit.factsheet.copytext import iter_copy_strings
from toolkit.lint.context import CatalogSlot, LintContext
from toolkit.lint.markup import added_markup
from toolkit.lint.pofiles import Entry, PoFile
from toolkit.problems import Problem
from toolkit.render.messages import Message
from toolkit.translation.budgets import length_budget
from toolkit.translation.catalogs import TEMPLATES_DOMAIN
from toolkit.translation.placeholders import BRACE, PERCENT, describe, fill_placeholders, signature


def _entries(ctx: LintContext) -> Iterator[tuple[CatalogSlot, PoFile, Entry]]:
    for slot in ctx.catalog_slots():
        if slot.po is not None:
            for entry in slot.po.in_use():
                yield slot, slot.po, entry


def placeholder_mismatch(ctx: LintContext) -> Iterator[Problem]:
    """Each msgstr form keeps exactly the placeholders of its msgid (or msgid_plural)."""
    for slot, po, entry in _entries(ctx):
        style = PERCENT if slot.domain == TEMPLATES_DOMAIN else BRACE
        sources = [signature(entry.msgid, style)]
        if entry.plural is not None:
            sources.append(signature(entry.plural, style))
        source_errors = {error for s in sources for error in s.errors}
        for site in po.form_sites(entry):
            if not site.text:
                continue
            found = signature(site.text, style)
            new_errors = [error for error in found.errors if error not in source_errors]
            for error in new_errors:
                line, column = site.position(0)
                yield Problem(
                    po.path,
                    line,
                    column,
                    "placeholder-mismatch",
                    f"{site.label} has {error}",
                    locale=slot.locale,
                )
            if new_errors or any(found.names == s.names for s in sources):
                continue
            closest = min(sources, key=lambda s: _distance(s.names, found.names))
            how, culprit = describe(closest.names, found.names)
            line, column = site.position(_nth(site.text, culprit, closest.names[culprit]))
            expected = ", ".join(sorted(closest.names)) or "no placeholder"
            yield Problem(
                po.path,
                line,
                column,
                "placeholder-mismatch",
                f"{site.label} {how} (the source has {expected})",
                locale=slot.locale,
                text=culprit,
            )


def _distance(a: Counter[str], b: Counter[str]) -> int:
    return sum(((a - b) | (b - a)).values())


def _nth(text: str, needle: str, n: int) -> int:
    """Offset of the ``n``-th (0-based) occurrence of ``needle``: the first one too many."""
    offset = -1
    for _ in range(n + 1):
        offset = text.find(needle, offset + 1)
        if offset < 0:
            return 0
    return offset


def translation_markup(ctx: LintContext) -> Iterator[Problem]:
    """No msgstr form carries markup (tag, entity, URL scheme, or a bare ``<``, ``>``, ``&``)
    that its source does not, read with placeholders filled in as they render."""
    for slot, po, entry in _entries(ctx):
        sources = [entry.msgid] + ([entry.plural] if entry.plural is not None else [])
        filled = [fill_placeholders(source) for source in sources]
        for site in po.form_sites(entry):
            for item in added_markup(filled, fill_placeholders(site.text)):
                item = replace(item, text=site.text[item.start : item.start + len(item.text)])
                line, column = site.position(item.start)
                yield Problem(
                    po.path,
                    line,
                    column,
                    "unsafe-markup",
                    f"{site.label} adds the {item.kind} {item.text!r}, which the source does "
                    "not have: translations are text, never HTML",
                    locale=slot.locale,
                    text=item.text,
                )


def too_long(ctx: LintContext) -> Iterator[Problem]:
    """No msgstr form is longer than its string's length budget.

    A campaign string's budget comes from where it appears in the fact sheet
    (a headline, a button: the rows of :data:`~toolkit.factsheet.outputs.OUTPUTS`), so a
    stale catalog is still checked; a template string's from the ``max-length``
    flag that extraction gives it ("at most N characters" in its comment).
    The problem points at the first character over the budget.
    """
    for slot in ctx.catalog_slots():
        if slot.po is None:
            continue
        budgets = _copy_budgets(ctx, slot) if slot.domain != TEMPLATES_DOMAIN else {}
        for entry in slot.po.in_use():
            budget = budgets.get(entry.msgid) or (
                (entry.max_length, "its max-length flag") if entry.max_length else None
            )
            if budget is None:
                continue
            limit, what = budget
            for site in slot.po.form_sites(entry):
                if len(site.text) <= limit:
                    continue
                line, column = site.position(limit)
                yield Problem(
                    slot.po.path,
                    line,
                    column,
                    "too-long",
                    f"{site.label} is {len(site.text)} characters long, over its budget of "
                    f"{limit} ({what}): shorten the translation",
                    locale=slot.locale,
                    text=site.text,
                )


def _copy_budgets(ctx: LintContext, slot: CatalogSlot) -> dict[str, tuple[int, str]]:
    """The length budget of each campaign msgid, from where the fact sheets use it."""
    budgets: dict[str, tuple[int, str]] = {}
    for sheet in ctx.sheets_for(slot):
        for item in iter_copy_strings(sheet.sheet):
            found = length_budget(item.output, item.part)
            if found is not None and (
                item.singular not in budgets or found[0] < budgets[item.singular][0]
            ):
                budgets[item.singular] = found
    return budgets


def untranslated(ctx: LintContext) -> Iterator[Problem]:
    """Every string the documents use has a complete, non-fuzzy translation."""
    for slot in ctx.catalog_slots():
        if not slot.exists:
            count = len({m.msgid for m in ctx.expected_messages(slot)})
            yield Problem(
                slot.path,
                0,
                0,
                "untranslated",
                f"no catalog for {slot.locale}: {count} string(s) untranslated "
                "(run `toolkit i18n update`)",
                locale=slot.locale,
            )
            continue
        if slot.po is None:
            continue
        catalog = slot.po.catalog
        unique: dict[tuple[str, str | None], Message] = {}
        for message in ctx.expected_messages(slot):
            unique.setdefault((message.msgid, message.context), message)
        for message in unique.values():
            if catalog.get(message.msgid, context=message.context) is None:
                yield Problem(
                    slot.path,
                    0,
                    0,
                    "untranslated",
                    f"no entry for {message.msgid!r} (used at {message.path}:{message.line}; "
                    "run `toolkit i18n update`)",
                    locale=slot.locale,
                    text=message.msgid,
                )
        for entry in slot.po.entries():
            if entry.fuzzy:
                why = "is fuzzy: review it and remove the fuzzy flag"
            elif not any(entry.forms):
                why = "has no translation"
            elif not entry.translated:
                empty = [str(i) for i, form in enumerate(entry.forms) if not form]
                why = f"has no translation for plural form(s) {', '.join(empty)}"
            else:
                continue
            yield Problem(
                slot.path,
                entry.line,
                1,
                "untranslated",
                f"{entry.msgid!r} {why}",
                locale=slot.locale,
                text=entry.msgid,
            )


def invalid_catalogs(ctx: LintContext) -> Iterator[Problem]:
    """PO files that cannot be used: syntax, encoding, Plural-Forms header, plural counts.

    The checks themselves belong to the catalog reader (``toolkit.i18n``),
    which the build uses too; the lint reports what it found.
    """
    for slot in ctx.catalog_slots():
        yield from slot.problems
