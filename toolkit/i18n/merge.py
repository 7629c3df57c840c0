"""``toolkit i18n update`` and ``init``: PO templates merged into each locale's catalogs.

Merging is Babel's ``Catalog.update``, as ``msgmerge`` does it: a string
whose source changed keeps its old translation, marked fuzzy, with the
previous msgid (``#|``) so translators see what changed; a string that
disappeared stays at the end as obsolete (``#~``). No translation is lost.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polib
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import normalize, write_po

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.comments import FactWords, localised_comments
from toolkit.i18n.gettextstyle import gettext_layout
from toolkit.i18n.layout import (
    TEMPLATES_DOMAIN,
    domains,
    misnamed_locale_folders,
    present_locales,
    target_locales,
    template_path,
)
from toolkit.i18n.plurals import migrate_plural_forms
from toolkit.i18n.pot import UNWRAPPED
from toolkit.output import write_checked
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.translation.budgets import budget_in_flags, with_budget_flag
from toolkit.translation.catalogs import (
    Translator,
    catalog_path,
    is_translated,
    parse_catalog,
    read_catalog,
    read_catalog_bytes,
)


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
    note: str = ""  # e.g. the plural forms it was migrated to


def update_catalogs(
    project: Project, sheets: Sequence[LoadedFactSheet]
) -> tuple[list[CatalogChange], list[Problem]]:
    """Merge every PO template into the catalogs of every locale that translates it.

    A missing catalog is created for a locale a campaign lists, or whose
    folder exists; an existing one is always updated. A catalog written
    under an older plural rule is migrated to Babel's (see
    :mod:`toolkit.i18n.plurals`). A catalog that cannot be read is left
    untouched and reported.
    """
    changes: list[CatalogChange] = []
    problems: list[Problem] = []
    present = present_locales(project.locales_dir)
    campaigns = {loaded.sheet.campaign: loaded for loaded in sheets}
    for folder, spelt in misnamed_locale_folders(project.locales_dir):
        message = f"locale folders are spelt {spelt}, not {folder.name}: rename it (never read)"
        problems.append(Problem(project.relative(folder), 0, 0, "invalid-catalog", message))
    for domain in domains(sheets):
        template, found = read_template(project, domain)
        problems += found
        if template is None:
            continue
        existing = [
            loc for loc in present if catalog_path(project.locales_dir, loc, domain).exists()
        ]
        for locale in sorted({*target_locales(sheets, present, domain), *existing}):
            path = catalog_path(project.locales_dir, locale, domain)
            localise = _localiser(project, campaigns.get(domain), locale)
            if not path.exists():
                catalog, found = new_catalog(project, template, locale, domain)
                problems += found
                if catalog is not None:
                    localise(catalog)
                    changes.append(_write(project, path, locale, domain, catalog))
                continue
            change, found = _update_one(project, path, locale, domain, template, localise)
            problems += found
            if change is not None:
                changes.append(change)
    return changes, problems


def _update_one(
    project: Project,
    path: Path,
    locale: str,
    domain: str,
    template: Catalog,
    localise: Callable[[Catalog], None],
) -> tuple[CatalogChange | None, list[Problem]]:
    """Merge ``template`` into one existing catalog, migrating its plural forms first."""
    shown = project.relative(path)
    data, problems = read_catalog_bytes(path, shown, locale)
    if data is None:
        return None, problems
    note = ""
    try:
        migration = migrate_plural_forms(data.decode("utf-8-sig"), locale)
    except UnicodeDecodeError:
        migration = None  # parse_catalog reports it at its line
    if migration is not None:
        data = migration.text.encode("utf-8")
        note = (
            f"plural forms {migration.old_forms} -> {migration.new_forms} (CLDR), "
            f"{migration.fuzzy} entries fuzzy for review"
        )
    catalog, problems = parse_catalog(data, shown, locale)
    if catalog is None:
        return None, problems
    merge(catalog, template)
    localise(catalog)
    return _write(project, path, locale, domain, catalog, created=False, note=note), []


def _localiser(
    project: Project, loaded: LoadedFactSheet | None, locale: str
) -> Callable[[Catalog], None]:
    """What shows a campaign catalog's placeholders in its own locale (nothing for the
    templates' catalog): each fact as ``locale`` prints it, with the locale's catalog of
    template strings (its qualifier phrases) as it stands."""
    if loaded is None:
        return lambda catalog: None

    def localise(catalog: Catalog) -> None:
        path = catalog_path(project.locales_dir, locale, TEMPLATES_DOMAIN)
        messages = None
        if path.exists():
            messages, _found = read_catalog(path, project.relative(path), locale)
        translator = Translator(locale, {TEMPLATES_DOMAIN: messages} if messages else {})
        source = FactWords(loaded, project.templates_dir)
        target = FactWords(loaded, project.templates_dir, locale, translator)
        for message in catalog:
            if message.id:
                message.auto_comments = localised_comments(
                    list(message.auto_comments), source, target
                )

    return localise


def init_locale(
    project: Project, sheets: Sequence[LoadedFactSheet], locale: str
) -> tuple[list[CatalogChange], list[Problem]]:
    """Create ``locale``'s catalogs from the PO templates; existing ones are kept as they are."""
    changes: list[CatalogChange] = []
    problems: list[Problem] = []
    campaigns = {loaded.sheet.campaign: loaded for loaded in sheets}
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
            catalog, found = new_catalog(project, template, locale, domain)
            problems += found
            if catalog is not None:
                _localiser(project, campaigns.get(domain), locale)(catalog)
                changes.append(_write(project, path, locale, domain, catalog))
    return changes, problems


def read_template(project: Project, domain: str) -> tuple[Catalog | None, list[Problem]]:
    """The PO template of ``domain``, checked like any catalog."""
    path = template_path(project.locales_dir, domain)
    shown = project.relative(path)
    if not path.exists():
        message = "no PO template: run `toolkit i18n extract` first"
        return None, [Problem(shown, 0, 0, "invalid-catalog", message)]
    return read_catalog(path, shown)


def new_catalog(
    project: Project, template: Catalog, locale: str, domain: str
) -> tuple[Catalog | None, list[Problem]]:
    """A catalog for ``locale`` made from the template, as ``pybabel init`` makes it.

    Babel gives it the locale's plural header, and each plural entry that
    many empty forms. The revision date stays unset until a translator
    saves the file.
    """
    catalog = Catalog(
        locale=Locale.parse(locale),
        domain=template.domain,
        header_comment=template.header_comment,
        project=template.project,
        version=template.version,
        msgid_bugs_address=template.msgid_bugs_address,
        creation_date=template.creation_date,
        charset=template.charset,
        fuzzy=False,
    )
    # A new catalog, not the template given the locale: the template was read with
    # two plural forms, which Babel would keep for a one-form locale (ko, ja).
    for message in template:
        if message.id:
            message = copy.copy(message)
            message.string = ("",) * catalog.num_plurals if message.pluralizable else ""
            catalog[message.id] = message
    return catalog, []


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
    """A PO file's bytes: previous msgids of fuzzy entries and obsolete entries kept, laid
    out as ``msgmerge`` and ``msgcat`` lay them out (:mod:`toolkit.i18n.gettextstyle`)."""
    buffer = io.BytesIO()
    # Babel 2.18 re-wraps a long previous msgid (``#| msgid``) into lines that
    # no PO reader accepts, Babel's own included; so we write those lines.
    write_po(buffer, catalog, width=UNWRAPPED, include_previous=False, ignore_obsolete=False)
    text = buffer.getvalue().decode(catalog.charset)
    previous = {_key(m.id): m.previous_id for m in catalog if m.id and m.previous_id}
    if previous:
        text = _insert_previous_msgids(text, previous)
    return gettext_layout(text).encode(catalog.charset)


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
            first, *rest = normalize(value, width=UNWRAPPED).split("\n")
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
    note: str = "",
) -> CatalogChange:
    """Write ``catalog``; a file that cannot be written raises a ``cannot-write`` problem."""
    written = write_checked(path, render_catalog(catalog), project.root)
    action = "created" if created else "updated" if written else "unchanged"
    return _counted(path, locale, domain, action, catalog, note)


def _counted(
    path: Path, locale: str, domain: str, action: str, catalog: Catalog, note: str = ""
) -> CatalogChange:
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
        note=note,
    )
