"""Checks on every PO entry of every shipped locale.

- ``placeholder-mismatch``: a msgstr form drops, adds, renames or repeats a
  placeholder of its msgid, or breaks the formatting (a lone brace or %);
- ``unsafe-markup``: a msgstr carries a tag, entity or URL scheme its msgid
  does not have, with its placeholders filled in, or a ``<``, ``>``, ``&``;
- ``untranslated``: a string the documents use has no entry, an empty form,
  or a fuzzy translation;
- ``invalid-catalog``: a PO file cannot be read or used (its reader's checks).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from toolkit.lint.context import CatalogSlot, LintContext
from toolkit.lint.markup import added_markup
from toolkit.lint.pofiles import Entry, PoFile
from toolkit.problems import Problem
from toolkit.render.messages import Message
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
