"""The example's catalogs: readable by every tool, up to date, and complete."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import polib
import pytest

from tests.conftest import CATALOGS_CURRENT, REPO, needs_current_cldr, run_cli
from toolkit.translation.catalogs import read_catalog

PO_FILES = sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po"))
TEMPLATES = sorted((REPO / "locales").glob("*.pot"))


def test_the_example_has_catalogs() -> None:
    assert {p.parent.parent.name for p in PO_FILES} >= {"fr", "es", "ko", "ar"}
    assert {p.name for p in TEMPLATES} >= {"messages.pot", "nk-prison-camps.pot"}


@needs_current_cldr
@pytest.mark.parametrize("path", PO_FILES + TEMPLATES, ids=lambda p: str(p.relative_to(REPO)))
def test_catalog_opens_in_polib_and_babel_without_warnings(path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        po = polib.pofile(str(path))
    assert len(po) > 0
    locale = path.parent.parent.name if path.suffix == ".po" else None
    catalog, problems = read_catalog(path, str(path.relative_to(REPO)), locale)
    assert problems == [] and catalog is not None


def _entries(po: polib.POFile) -> dict[str, tuple[object, ...]]:
    return {e.msgid: (e.msgid_plural, sorted(e.flags), e.comment) for e in po}


def test_the_templates_are_up_to_date(tmp_path: Path) -> None:
    for folder in ("factsheets", "templates"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    shutil.copy(REPO / "babel.cfg", tmp_path / "babel.cfg")
    result = run_cli("--project", str(tmp_path), "i18n", "extract")
    assert result.exit_code == 0, result.output
    for committed in TEMPLATES:
        fresh = polib.pofile(str(tmp_path / "locales" / committed.name))
        assert _entries(polib.pofile(str(committed))) == _entries(fresh), (
            f"{committed.relative_to(REPO)} is out of date: run `toolkit i18n extract`"
        )


@needs_current_cldr
def test_every_locale_of_the_example_is_complete(tmp_path: Path) -> None:
    for folder in ("factsheets", "templates", "locales"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    result = run_cli("--project", str(tmp_path), "i18n", "status", "--format", "json")
    document = json.loads(result.stdout)
    rows = {row["locale"]: row for row in document["locales"]}
    assert set(rows) >= {"en_GB", "fr", "es", "ko", "ar"}
    incomplete = {k: (r["percent"], r["reason"]) for k, r in rows.items() if r["percent"] != 100}
    assert incomplete == {}
    assert all(row["ships"] for row in rows.values()) and result.exit_code == 0


def test_the_example_lints_clean_after_update(tmp_path: Path) -> None:
    """With any Babel (`make test-newest-babel`): `i18n update` brings the example's catalogs
    to the installed CLDR rules. No catalog is unusable; a locale whose new plural forms
    wait for review (fuzzy, copied from the nearest form) is not shipped until they are
    reviewed, as the build says too, and ships with ``--allow-partial``."""
    for folder in ("factsheets", "templates", "locales"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    shutil.copy(REPO / "babel.cfg", tmp_path / "babel.cfg")
    shutil.copy(REPO / "toolkit.yaml", tmp_path / "toolkit.yaml")
    update = run_cli("--project", str(tmp_path), "i18n", "update")
    assert update.exit_code == 0, update.output
    result = run_cli("--project", str(tmp_path), "lint", "--format", "json")
    document = json.loads(result.stdout)
    errors = {p["code"] for p in document["problems"] if p["severity"] == "error"}
    assert errors <= {"incomplete-translation"}, document["problems"][:3]
    partial = run_cli("--project", str(tmp_path), "lint", "--allow-partial", "--format", "json")
    assert json.loads(partial.stdout)["errors"] == 0 and partial.exit_code == 0
    if CATALOGS_CURRENT:  # the pinned Babel: nothing to migrate, nothing to review
        assert "plural forms" not in update.output
        assert (document["errors"], document["warnings"], result.exit_code) == (0, 0, 0)
