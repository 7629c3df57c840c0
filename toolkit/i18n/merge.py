"""``toolkit i18n update`` and ``init``: PO templates merged into each locale's catalogs.

Merging is Babel's ``Catalog.update``, as ``msgmerge`` does it: a string
whose source changed keeps its old translation, marked fuzzy, with the
previous msgid (``#|``) so translators see what changed; a string that
disappeared stays at the end as obsolete (``#~``). No translation is lost.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polib
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import normalize, read_po, write_po

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.layout import domains, present_locales, target_locales, template_path
from toolkit.i18n.pot import WIDTH
from toolkit.output import write_checked
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.translation.budgets import budget_in_flags, with_budget_flag
from toolkit.translation.catalogs import catalog_path, is_translated, read_catalog


@dataclass(frozen=True)
class CatalogChange:
    """What happened to one PO file, with its counts afterwards."""

    path: Path
    locale: str
    domain: str
    action: str  # created, updated, unchanged, or kept (init leaves an existing file alone)
    entries: int
    untranslated: int
    fuzzy: int
    obsolete: int


def update_catalogs(
    project: Project, sheets: Sequence[LoadedFactSheet]
) -> tuple[list[CatalogChange], list[Problem]]:
    """Merge every PO template into the catalogs of every locale that translates it.

    A missing catalog is created. A catalog that cannot be read is left
    untouched and reported.
    """
    changes: list[CatalogChange] = []
    problems: list[Problem] = []
    present = present_locales(project.locales_dir)
    for domain in domains(sheets):
        template, found = read_template(project, domain)
        problems += found
        if template is None:
            continue
        for locale in target_locales(sheets, present, domain):
            path = catalog_path(project.locales_dir, locale, domain)
            if not path.exists():
                changes.append(
                    _write(project, path, locale, domain, new_catalog(project, domain, locale))
                )
                continue
            catalog, found = read_catalog(path, project.relative(path), locale)
            problems += found
            if catalog is not None:
                merge(catalog, template)
                changes.append(_write(project, path, locale, domain, catalog, created=False))
    return changes, problems


def init_locale(
    project: Project, sheets: Sequence[LoadedFactSheet], locale: str
) -> tuple[list[CatalogChange], list[Problem]]:
    """Create ``locale``'s catalogs from the PO templates; existing ones are kept as they are."""
    changes: list[CatalogChange] = []
    problems: list[Problem] = []
    present = [*present_locales(project.locales_dir), locale]
    for domain in domains(sheets):
        if locale not in target_locales(sheets, present, domain):
            continue  # the campaign is written in this locale: nothing to translate
        path = catalog_path(project.locales_dir, locale, domain)
        if path.exists():
            catalog, found = read_catalog(path, project.relative(path), locale)
            problems += found
            if catalog is not None:
                changes.append(_counted(path, locale, domain, "kept", catalog))
            continue
        template, found = read_template(project, domain)
        problems += found
        if template is not None:
            changes.append(
                _write(project, path, locale, domain, new_catalog(project, domain, locale))
            )
    return changes, problems


def read_template(project: Project, domain: str) -> tuple[Catalog | None, list[Problem]]:
    """The PO template of ``domain``, checked like any catalog."""
    path = template_path(project.locales_dir, domain)
    shown = project.relative(path)
    if not path.exists():
        message = "no PO template: run `toolkit i18n extract` first"
        return None, [Problem(shown, 0, 0, "invalid-catalog", message)]
    return read_catalog(path, shown)


def new_catalog(project: Project, domain: str, locale: str) -> Catalog:
    """A catalog for ``locale`` made from the template, as ``pybabel init`` makes it.

    Babel gives it the locale's plural header. The revision date stays
    unset until a translator saves the file.
    """
    data = template_path(project.locales_dir, domain).read_bytes()
    catalog = read_po(io.BytesIO(data), locale=locale)
    catalog.locale = Locale.parse(locale)
    catalog.fuzzy = False
    return catalog


def merge(catalog: Catalog, template: Catalog) -> None:
    """Bring ``catalog`` up to date with ``template`` (``msgmerge``'s rules)."""
    # msgmerge revives an obsolete entry whose msgid is back; Babel's update does not.
    for key, message in list(catalog.obsolete.items()):
        if template.get(message.id, message.context) and not catalog.get(
            message.id, message.context
        ):
            catalog[message.id] = message
            del catalog.obsolete[key]
    catalog.update(template, update_creation_date=True)
    # Babel keeps the old flags too: a changed budget would leave two max-length flags.
    for message in catalog:
        if message.id:
            source = template.get(message.id, message.context)
            budget = budget_in_flags(source.flags) if source is not None else None
            message.flags = with_budget_flag(message.flags, budget)


def render_catalog(catalog: Catalog) -> bytes:
    """A PO file's bytes: previous msgids of fuzzy entries and obsolete entries kept."""
    buffer = io.BytesIO()
    # Babel 2.18 re-wraps a long previous msgid (``#| msgid``) into lines that
    # no PO reader accepts, Babel's own included; so we write those lines.
    write_po(buffer, catalog, width=WIDTH, include_previous=False, ignore_obsolete=False)
    text = buffer.getvalue().decode(catalog.charset)
    previous = {_key(m.id): m.previous_id for m in catalog if m.id and m.previous_id}
    if previous:
        text = _insert_previous_msgids(text, previous)
    return text.encode(catalog.charset)


def _key(msgid: str | tuple[str, ...] | list[str]) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


def _insert_previous_msgids(text: str, previous: Mapping[str, Sequence[str]]) -> str:
    """Add ``#| msgid`` lines, wrapped as msgmerge writes them, before each fuzzy entry's msgid."""
    lines = text.split("\n")
    insertions: list[tuple[int, list[str]]] = []
    for entry in polib.pofile(text):
        old = previous.get(entry.msgid)
        if old is None or entry.obsolete:
            continue
        at = (entry.linenum or 1) - 1
        while at < len(lines) and not lines[at].startswith(("msgctxt ", "msgid ")):
            at += 1
        block: list[str] = []
        for keyword, value in zip(("msgid", "msgid_plural"), old, strict=False):
            first, *rest = normalize(value, width=WIDTH).split("\n")
            block += [f"#| {keyword} {first}", *(f"#| {line}" for line in rest)]
        insertions.append((at, block))
    for at, block in sorted(insertions, reverse=True):
        lines[at:at] = block
    return "\n".join(lines)


def _write(
    project: Project,
    path: Path,
    locale: str,
    domain: str,
    catalog: Catalog,
    *,
    created: bool = True,
) -> CatalogChange:
    """Write ``catalog``; a file that cannot be written raises a ``cannot-write`` problem."""
    written = write_checked(path, render_catalog(catalog), project.root)
    action = "created" if created else "updated" if written else "unchanged"
    return _counted(path, locale, domain, action, catalog)


def _counted(path: Path, locale: str, domain: str, action: str, catalog: Catalog) -> CatalogChange:
    messages = [m for m in catalog if m.id]
    return CatalogChange(
        path=path,
        locale=locale,
        domain=domain,
        action=action,
        entries=len(messages),
        untranslated=sum(1 for m in messages if not m.fuzzy and not is_translated(m)),
        fuzzy=sum(1 for m in messages if m.fuzzy),
        obsolete=len(catalog.obsolete),
    )
