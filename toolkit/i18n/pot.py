"""``toolkit i18n extract``: PO templates from the templates and the fact sheets.

Extraction goes through Babel with the project's ``babel.cfg`` (Jinja2's
extractor for templates, ours for fact sheets), file by file in the order
``pybabel extract`` walks them, so both commands find the same entries.
The toolkit's default templates that the project does not override are
read too, under the names they render with (``templates/<name>``):
``pybabel extract`` on the project alone does not see them.
The entries are then split by domain: ``messages.pot`` for the templates,
``<campaign>.pot`` for each fact sheet.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, check_and_call_extract_file
from babel.messages.pofile import PoFileError, read_po, write_po
from babel.util import pathmatch
from jinja2 import TemplateSyntaxError

from toolkit import __version__
from toolkit.defaults import DEFAULT_TEMPLATES, TEMPLATES_FOLDER, template_files
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.i18n.config import ExtractionConfig, load_config
from toolkit.i18n.gettextstyle import gettext_layout
from toolkit.i18n.layout import template_path
from toolkit.inputs import MAX_FACTSHEET_BYTES, MAX_TEMPLATE_BYTES, InputError, check_input
from toolkit.output import write_atomic
from toolkit.problems import Problem, ToolkitError
from toolkit.project import Project
from toolkit.translation.budgets import budget_in_comments, with_budget_flag
from toolkit.translation.catalogs import TEMPLATES_DOMAIN

# Babel writes every string and comment on one line (its width 0 still wraps comments);
# gettext_layout then wraps strings as gettext does, and leaves comments whole.
UNWRAPPED = 1_000_000

_HEADER = """\
# Translations template for {what}.
# Written by `toolkit i18n extract` from {source}
# Change the strings there, not here. The #. comments tell translators
# where each string appears, what its placeholders become and how long
# it may be."""


@dataclass(frozen=True)
class PotFile:
    """One PO template to write: its domain, its path and its entries."""

    domain: str
    path: Path
    catalog: Catalog


def extract_templates(
    project: Project, sheets: Sequence[LoadedFactSheet]
) -> tuple[list[PotFile], list[Problem]]:
    """The PO templates of the project, in memory; problems stop nothing but are returned."""
    config, problems = load_config(project)
    if config is None:
        return [], problems
    campaigns = {loaded.path: loaded.sheet.campaign for loaded in sheets}
    pots = {TEMPLATES_DOMAIN: _pot(project, TEMPLATES_DOMAIN, None)}
    for loaded in sheets:
        pots[loaded.sheet.campaign] = _pot(project, loaded.sheet.campaign, loaded)
    for filename, base in _candidate_files(project.root, config):
        entries, found = _extract_file(base, filename, config)
        problems += found
        catalog = pots[campaigns.get(filename, TEMPLATES_DOMAIN)].catalog
        for lineno, message, comments, context in entries:
            catalog.add(
                message, None, [(filename, lineno)], auto_comments=comments, context=context
            )
    for pot in pots.values():
        _flag_budgets(pot.catalog)
    return list(pots.values()), problems


def _flag_budgets(catalog: Catalog) -> None:
    """Give every entry whose comments state a length budget Weblate's ``max-length``
    flag, so translation tools show and check it (the smallest, if the string has two)."""
    for message in catalog:
        if message.id:
            budget = budget_in_comments(message.auto_comments)
            message.flags = with_budget_flag(message.flags, budget)


def _pot(project: Project, domain: str, loaded: LoadedFactSheet | None) -> PotFile:
    if loaded is None:
        what, source = "the document templates", "templates/."
        catalog = Catalog(project="templates", version=__version__)
    else:
        sheet = loaded.sheet
        what, source = f"the campaign {sheet.campaign}", f"{loaded.path}."
        catalog = Catalog(
            project=sheet.campaign,
            version=sheet.issued.isoformat(),
            copyright_holder=sheet.organisation.name,
            msgid_bugs_address=sheet.organisation.press_office.email,
        )
    catalog.header_comment = _HEADER.format(what=what, source=source)
    return PotFile(domain, template_path(project.locales_dir, domain), catalog)


def _candidate_files(root: Path, config: ExtractionConfig) -> list[tuple[str, Path]]:
    """Files in ``pybabel extract``'s order, relative with forward slashes, each with the
    folder it is relative to: the project's files under ``root``, and the toolkit's
    default templates the project does not override (as ``templates/<name>``).

    Like Babel, folders starting with ``.`` or ``_`` and those matched by an
    ``ignore`` section are not entered.
    """
    found = {name: root for name in _walk(root, config)}
    defaults = DEFAULT_TEMPLATES.parent
    for name in template_files(DEFAULT_TEMPLATES):
        virtual = f"{TEMPLATES_FOLDER}/{name}"
        if not os.path.lexists(root / virtual):
            found.setdefault(virtual, defaults)
    return sorted(found.items(), key=lambda item: _walk_order(item[0]))


def _walk_order(filename: str) -> list[tuple[int, str]]:
    """A sort key giving os.walk's sorted order: a folder's files before its subfolders."""
    *folders, name = filename.split("/")
    return [*((1, folder) for folder in folders), (0, name)]


def _walk(root: Path, config: ExtractionConfig) -> Iterator[str]:
    ignored = [pattern for pattern, method in config.method_map if method == "ignore"]
    for folder, subfolders, files in os.walk(root):
        relative_folder = Path(folder).relative_to(root).as_posix()
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith((".", "_"))
            and not any(pathmatch(p, _join(relative_folder, name)) for p in ignored)
        )
        for name in sorted(files):
            yield _join(relative_folder, name)


def _join(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder}/{name}"


# (line, msgid or (singular, plural), comments, context)
Entry = tuple[int, str | tuple[str, ...], list[str], str | None]


def _extract_file(
    root: Path, filename: str, config: ExtractionConfig
) -> tuple[list[Entry], list[Problem]]:
    """The entries of one file through Babel, or the problem that stopped it.

    Babel opens the file itself, so it is checked first: a named pipe would
    block it, and a huge file would take all memory.
    """
    method = _method(filename, config)
    if method is None:
        return [], []
    code = "invalid-factsheet" if method == "toolkit_factsheet" else "invalid-template"
    limit = MAX_FACTSHEET_BYTES if method == "toolkit_factsheet" else MAX_TEMPLATE_BYTES
    try:
        check_input(root / filename, limit)
    except InputError as err:
        return [], [Problem(filename, 0, 0, code, str(err))]
    if not (root / filename).resolve().is_relative_to(root.resolve()):
        message = "it resolves to a file outside the project (a link?): not read"
        return [], [Problem(filename, 0, 0, code, message)]
    try:
        found = check_and_call_extract_file(
            str(root / filename),
            config.method_map,
            config.options_map,
            None,
            DEFAULT_KEYWORDS,
            (),
            False,
            dirpath=str(root),
        )
        return [(entry[1], entry[2], entry[3], entry[4]) for entry in found], []
    except TemplateSyntaxError as err:
        message = f"template syntax error: {err.message}"
        return [], [Problem(filename, err.lineno or 1, 1, "invalid-template", message)]
    except ToolkitError as err:
        return [], err.problems
    except UnicodeDecodeError:
        return [], [Problem(filename, 1, 1, "invalid-template", "not UTF-8 text")]
    except (OSError, ValueError) as err:  # e.g. an unknown extraction method in babel.cfg
        return [], [Problem(filename, 1, 1, "invalid-template", f"cannot extract: {err}")]


def _method(filename: str, config: ExtractionConfig) -> str | None:
    """The extraction method Babel would use for ``filename``: the first pattern that
    matches decides; None when no pattern does or the file is ignored."""
    for pattern, method in config.method_map:
        if pathmatch(pattern, filename):
            return None if method == "ignore" else method
    return None


def render_template(catalog: Catalog) -> bytes:
    """The POT file's bytes: ``pybabel extract``'s entries, laid out as ``xgettext`` and
    ``msgcat`` lay them out (so a translator's tool rewrites nothing)."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=UNWRAPPED)
    return gettext_layout(buffer.getvalue().decode(catalog.charset)).encode(catalog.charset)


def write_template(pot: PotFile) -> bool:
    """Write a POT file; False when it already held exactly these entries.

    POT-Creation-Date says when the entries last changed, so an extract that
    finds nothing new keeps the old date and leaves the file untouched
    (no churn in version control, no update for translators). The date of
    the fact sheet's ``issued`` would not do: the templates have none, and
    a corrected sentence in an issued campaign must still show as new.
    """
    previous = _creation_date(pot.path)
    if previous is not None:
        pot.catalog.creation_date = previous
        data = render_template(pot.catalog)
        if pot.path.read_bytes() == data:
            return False
    pot.catalog.creation_date = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    return write_atomic(pot.path, render_template(pot.catalog))


def _creation_date(path: Path) -> dt.datetime | None:
    try:
        with path.open("rb") as handle:
            date = read_po(handle, abort_invalid=True).creation_date  # never a printed warning
    except (OSError, PoFileError, ValueError, LookupError):
        return None
    return date if isinstance(date, dt.datetime) else None
