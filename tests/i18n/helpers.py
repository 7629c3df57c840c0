"""Small project trees with catalogs, and translators' edits made with polib."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import polib
from click.testing import Result

from tests.conftest import REPO, ProjectFactory, run_cli
from toolkit.defaults import DEFAULT_TEMPLATES

CAMPAIGN = "test-camps"


def project_with_templates(
    make_project: ProjectFactory, sheets: dict[str, str] | None = None
) -> Path:
    """A project with the repository's templates and babel.cfg, and the given fact sheets."""
    root = make_project(sheets)
    if not (root / "templates").exists():
        shutil.copytree(DEFAULT_TEMPLATES, root / "templates")
    shutil.copy(REPO / "babel.cfg", root / "babel.cfg")
    return root


def toolkit(root: Path, *args: str) -> Result:
    """Run ``toolkit --project root ARGS`` in-process; never a traceback."""
    result = run_cli("--project", str(root), *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    return result


def po_path(root: Path, locale: str, domain: str = CAMPAIGN) -> Path:
    """The PO file of ``domain`` in ``locale``."""
    return root / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"


def pretend_translation(text: str) -> str:
    """A stand-in translation that keeps every placeholder and adds no figure or markup."""
    return f"FR: {text}"


def translate_all(
    path: Path, translate: Callable[[str], str] = pretend_translation, skip: tuple[str, ...] = ()
) -> None:
    """Fill every entry of a PO file as a translator's tool would (polib), except ``skip``."""
    po = polib.pofile(str(path))
    for entry in po:
        if entry.obsolete or entry.msgid in skip:
            continue
        if entry.msgid_plural:
            forms = len(entry.msgstr_plural) or 2
            entry.msgstr_plural = {
                i: translate(entry.msgid if i == 0 else entry.msgid_plural) for i in range(forms)
            }
        else:
            entry.msgstr = translate(entry.msgid)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None
    po.save()


def find(po: polib.POFile, msgid: str) -> polib.POEntry:
    """The (non-obsolete) entry of ``msgid``; fails the test when there is none."""
    found = po.find(msgid)
    assert found is not None, f"{msgid!r} not in {po.fpath}"
    return found


def entry(path: Path, msgid: str) -> polib.POEntry:
    """The entry of ``msgid`` in a PO file (obsolete ones included)."""
    po = polib.pofile(str(path))
    found = po.find(msgid) or po.find(msgid, include_obsolete_entries=True)
    assert found is not None, f"{msgid!r} not in {path}"
    return found


def line_of(path: Path, needle: str, *, exact: bool = False) -> int:
    """1-based number of the first line of ``path`` containing (or, ``exact``, being) ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if (line.strip() == needle) if exact else (needle in line):
            return number
    raise AssertionError(f"{needle!r} not in {path}")
