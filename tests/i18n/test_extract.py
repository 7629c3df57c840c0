"""``toolkit i18n extract``: PO templates with translator comments, as pybabel finds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from tests.i18n.helpers import CAMPAIGN, find, line_of, project_with_templates, toolkit
from toolkit.defaults import DEFAULT_TEMPLATES
from toolkit.project import Project
from toolkit.render.documents import DocumentRenderer
from toolkit.translation.catalogs import Translator

SHEET = "factsheets/test-camps.yaml"


def pot(root: Path, domain: str = CAMPAIGN) -> polib.POFile:
    return polib.pofile(str(root / "locales" / f"{domain}.pot"))


@pytest.fixture
def extracted(make_project: ProjectFactory) -> Path:
    root = project_with_templates(make_project)
    result = toolkit(root, "i18n", "extract")
    assert result.exit_code == 0, result.output
    return root


def test_copy_entries_say_where_what_and_how_long(extracted: Path) -> None:
    sheet = extracted / SHEET
    headline = find(pot(extracted), "Prisoner amnesty to begin")
    assert headline.comment.splitlines() == [
        "advisory: headline",
        "Length: at most 80 characters (the headline, also the e-mail subject).",
    ]
    assert headline.occurrences == [(SHEET, str(line_of(sheet, "Prisoner amnesty to begin")))]

    body = find(
        pot(extracted), "The organisation estimates that {prisoners_total} people are held."
    )
    assert "python-brace-format" in body.flags
    assert body.comment.splitlines() == [
        "advisory: body[1]",
        '{prisoners_total} = "as many as 200,000", a cited figure: keep it',
    ]
    date = find(pot(extracted), "An amnesty is expected to begin on {amnesty_start}.")
    assert '{amnesty_start} = "February 1, 2012", a cited date: keep it' in date.comment


def test_plural_entries_name_the_fact_that_counts(extracted: Path) -> None:
    plural = find(pot(extracted), "{camps_known} camp is known.")
    assert plural.msgid_plural == "{camps_known} camps are known."
    assert "python-brace-format" in plural.flags
    assert '{camps_known} = "6", a cited figure: keep it' in plural.comment
    assert "Plural: the number in {camps_known} (6) chooses the form." in plural.comment
    assert plural.occurrences == [(SHEET, str(line_of(extracted / SHEET, "{camps_known} camp")))]


def test_labels_buttons_and_roles_have_budgets(extracted: Path) -> None:
    entries = pot(extracted)
    assert "at most 80 characters" in find(entries, "people held in the camps").comment
    assert "brief: key figure prisoners_total" in find(entries, "people held in the camps").comment
    assert "at most 25 characters" in find(entries, "Donate").comment
    assert "advisory: contacts[0].role" in find(entries, "Press officer").comment
    assert "Length" not in find(entries, "A short summary.").comment


def test_budgets_become_weblates_max_length_flag(extracted: Path) -> None:
    entries = pot(extracted)
    assert "max-length:80" in find(entries, "Prisoner amnesty to begin").flags
    assert "max-length:25" in find(entries, "Donate").flags
    summary = find(entries, "A short summary.")
    assert not [flag for flag in summary.flags if flag.startswith("max-length")]


def test_a_budget_in_a_template_comment_becomes_a_flag(extracted: Path) -> None:
    (extracted / "templates" / "tab.html").write_text(
        '{# Translators: a tab label, at most 12 characters. #}\n<p>{{ _("Key figures tab") }}</p>\n'
        "{# Translators: at most 30 characters, and at most 20 characters here. #}\n"
        '<p>{{ _("Two budgets") }}</p>\n',
        encoding="utf-8",
    )
    assert toolkit(extracted, "i18n", "extract").exit_code == 0
    entries = pot(extracted, "messages")
    assert find(entries, "Key figures tab").flags == ["max-length:12"]
    assert find(entries, "Two budgets").flags == ["max-length:20"]  # the smaller one


def test_template_entries_keep_python_format_and_translator_comments(extracted: Path) -> None:
    entries = pot(extracted, "messages")
    reference = find(entries, "Reference: %(reference)s")
    assert "python-format" in reference.flags and "python-brace-format" not in reference.flags
    where = (
        "templates/advisory.html",
        str(line_of(DEFAULT_TEMPLATES / "advisory.html", "Reference:")),
    )
    assert where in reference.occurrences
    assert all(path.startswith("templates/") for e in entries for path, _ in e.occurrences)
    page = find(entries, "Page %(page)s of %(pages)s")
    assert page.comment.startswith("the page number at the foot of every page")


def test_every_string_the_documents_ask_for_is_extracted(extracted: Path) -> None:
    project = Project(extracted)
    [loaded], _ = project.load_factsheets()
    translator = Translator("fr", {})  # no catalogs: every lookup is recorded
    renderer = DocumentRenderer(project.templates_dir, loaded, "fr", translator)
    for _name, _content in renderer.render_all():
        pass
    extracted_ids = {
        (domain, e.msgid) for domain in ("messages", CAMPAIGN) for e in pot(extracted, domain)
    }
    asked = {(m.domain, m.msgid) for m in translator.missing}
    assert asked and asked <= extracted_ids


def test_extract_is_deterministic(extracted: Path) -> None:
    before = {p.name: p.read_bytes() for p in (extracted / "locales").glob("*.pot")}
    result = toolkit(extracted, "i18n", "extract")
    assert "unchanged locales/test-camps.pot" in result.output
    assert {p.name: p.read_bytes() for p in (extracted / "locales").glob("*.pot")} == before


def test_a_changed_string_rewrites_only_its_template(extracted: Path) -> None:
    messages = (extracted / "locales" / "messages.pot").read_bytes()
    (extracted / SHEET).write_text(MINIMAL_FACTSHEET.replace("Donate today.", "Give today."))
    result = toolkit(extracted, "i18n", "extract")
    assert "wrote locales/test-camps.pot" in result.output
    assert pot(extracted).find("Give today.") is not None
    assert pot(extracted).find("Donate today.") is None
    assert (extracted / "locales" / "messages.pot").read_bytes() == messages


def test_a_new_campaign_gets_its_template(make_project: ProjectFactory) -> None:
    other = MINIMAL_FACTSHEET.replace("campaign: test-camps", "campaign: other-camps")
    root = project_with_templates(
        make_project, {"test-camps.yaml": MINIMAL_FACTSHEET, "other.yaml": other}
    )
    assert toolkit(root, "i18n", "extract").exit_code == 0
    assert find(pot(root, "other-camps"), "Donate") is not None
    assert find(pot(root, "other-camps"), "Donate").occurrences[0][0] == "factsheets/other.yaml"


def test_template_syntax_error_is_reported_and_nothing_is_written(extracted: Path) -> None:
    broken = extracted / "templates" / "advisory.txt"
    broken.write_text(broken.read_text() + "{% if %}\n")
    (extracted / "locales" / "messages.pot").unlink()
    result = toolkit(extracted, "i18n", "extract")
    assert result.exit_code == 1
    line = len(broken.read_text().splitlines())
    assert f"templates/advisory.txt:{line}:1: invalid-template" in result.output
    assert not (extracted / "locales" / "messages.pot").exists()


def test_an_invalid_fact_sheet_stops_extraction(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("qualifier: as_many_as", "qualifer: as_many_as")
    root = project_with_templates(make_project, {"test-camps.yaml": text})
    result = toolkit(root, "i18n", "extract")
    assert result.exit_code == 1
    assert f"{SHEET}:{line_of(root / SHEET, 'qualifer')}" in result.output
    assert not (root / "locales").exists()


def _entries(po: polib.POFile) -> dict[tuple[str | None, str], tuple[object, ...]]:
    # pybabel cannot set flags from an extractor: only ours carry Weblate's max-length.
    return {
        (e.msgctxt, e.msgid): (
            e.msgid_plural,
            sorted(f for f in e.flags if not f.startswith("max-length:")),
            " ".join(e.comment.split()),  # pybabel wraps comments at 76 columns
            e.tcomment,
            e.occurrences,
        )
        for e in po
    }


def test_pybabel_extract_finds_the_same_entries(extracted: Path, tmp_path: Path) -> None:
    pybabel = Path(sys.executable).with_name("pybabel")
    if not pybabel.exists():
        pybabel = Path(shutil.which("pybabel") or "pybabel")
    output = tmp_path / "all.pot"
    subprocess.run(
        [str(pybabel), "-q", "extract", "-F", "babel.cfg", "-o", str(output), "."],
        cwd=extracted,
        check=True,
        capture_output=True,
    )
    ours = {**_entries(pot(extracted, "messages")), **_entries(pot(extracted))}
    theirs = _entries(polib.pofile(str(output)))
    assert theirs == ours
    assert len(ours) > 20
