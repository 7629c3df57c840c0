"""Small project trees for lint tests: the minimal fact sheet, the real templates, French catalogs.

The French catalogs are generated with every msgstr equal to its msgid (a
complete, harmless "translation"), so a test changes exactly the entry it
is about and knows its line.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from tests.conftest import MINIMAL_FACTSHEET, run_cli
from toolkit.defaults import DEFAULT_TEMPLATES
from toolkit.factsheet.copytext import iter_copy_strings
from toolkit.factsheet.loader import load_factsheet
from toolkit.lint.templates import read_templates
from toolkit.render.documents import make_environment
from toolkit.translation.catalogs import Translator

CAMPAIGN = "test-camps"
SHEET = "factsheets/test-camps.yaml"
FR_COPY = f"locales/fr/LC_MESSAGES/{CAMPAIGN}.po"
FR_MESSAGES = "locales/fr/LC_MESSAGES/messages.po"

Translations = dict[str, str | tuple[str, ...]]


def make_tree(
    root: Path,
    sheet: str = MINIMAL_FACTSHEET,
    copy: Translations | None = None,
    messages: Translations | None = None,
    fuzzy: tuple[str, ...] = (),
    locale: str = "fr",
) -> Path:
    """Write a project under ``root``: ``sheet``, the repository's templates, catalogs.

    The catalogs are ``locale``'s (French unless said); ``copy`` and
    ``messages`` override the msgstr of the given msgids (a tuple for
    plural forms); msgids in ``fuzzy`` are flagged fuzzy.
    """
    (root / "factsheets").mkdir(parents=True, exist_ok=True)
    (root / SHEET).write_text(sheet, encoding="utf-8")
    if not (root / "templates").exists():
        shutil.copytree(DEFAULT_TEMPLATES, root / "templates")
    write_catalogs(root, copy or {}, messages or {}, fuzzy, locale)
    return root


def write_catalogs(
    root: Path,
    copy: Translations,
    messages: Translations,
    fuzzy: tuple[str, ...] = (),
    locale: str = "fr",
) -> None:
    """(Re)write ``locale``'s catalogs of the tree at ``root`` from its sheet and templates."""
    loaded, _ = load_factsheet(root / SHEET, root)
    copy_catalog = Catalog(locale=locale, domain=CAMPAIGN)
    if loaded is not None:
        for item in iter_copy_strings(loaded.sheet):
            msgid = item.singular if item.plural is None else (item.singular, item.plural)
            _add(copy_catalog, msgid, copy, fuzzy)
    env = make_environment(root / "templates", Translator("en", source=True))
    templates = read_templates(root / "templates", env)
    messages_catalog = Catalog(locale=locale, domain="messages")
    for message in templates.messages:
        msgid = message.msgid if message.plural is None else (message.msgid, message.plural)
        _add(messages_catalog, msgid, messages, fuzzy, message.context)
    folder = root / "locales" / locale / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    for name, catalog in ((f"{CAMPAIGN}.po", copy_catalog), ("messages.po", messages_catalog)):
        buffer = io.BytesIO()
        write_po(buffer, catalog, width=0, omit_header=False)
        (folder / name).write_bytes(buffer.getvalue())


def _add(
    catalog: Catalog,
    msgid: str | tuple[str, str],
    overrides: Translations,
    fuzzy: tuple[str, ...],
    context: str | None = None,
) -> None:
    key = msgid if isinstance(msgid, str) else msgid[0]
    string: str | tuple[str, ...] = overrides.get(key, msgid)
    flags = ("fuzzy",) if key in fuzzy else ()
    catalog.add(msgid, string, flags=flags, context=context)


def lint_json(root: Path, *args: str) -> tuple[int, list[dict[str, object]]]:
    """Run ``toolkit lint --format json`` on ``root``: exit status and problems."""
    result = run_cli("--project", str(root), "lint", "--format", "json", *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    document = json.loads(result.stdout)
    problems: list[dict[str, object]] = document["problems"]
    return result.exit_code, problems


def errors(problems: list[dict[str, object]]) -> list[dict[str, object]]:
    """Only the errors."""
    return [p for p in problems if p["severity"] == "error"]


def of_code(problems: list[dict[str, object]], code: str) -> list[dict[str, object]]:
    """Only the problems with ``code``."""
    return [p for p in problems if p["code"] == code]


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line of ``path`` containing ``needle``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, 1) if needle in line]
    assert len(hits) >= occurrence, f"{needle!r} not in {path}"
    return hits[occurrence - 1]


def column_of(path: Path, needle: str, line: int | None = None, occurrence: int = 1) -> int:
    """1-based column of the ``occurrence``-th ``needle`` on ``line`` (default: its first line)."""
    number = line if line is not None else line_of(path, needle)
    text = path.read_text(encoding="utf-8").splitlines()[number - 1]
    column = -1
    for _ in range(occurrence):
        column = text.index(needle, column + 1)
    return column + 1
