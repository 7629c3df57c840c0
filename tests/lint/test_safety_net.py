"""The safety net: rendered documents, facts and typed fields masked, hold no figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, run_cli
from tests.lint.trees import line_of, lint_json, make_tree, of_code
from toolkit.build.lint import lint_project
from toolkit.build.options import Selection
from toolkit.lint.rendered import mask_marked, visible_text
from toolkit.project import Project


def put_in_template(root: Path, old: str, new: str, name: str = "advisory.html") -> Path:
    template = root / "templates" / name
    text = template.read_text(encoding="utf-8")
    assert old in text
    template.write_text(text.replace(old, new, 1), encoding="utf-8")
    return template


def test_a_figure_written_as_template_code_is_caught_and_traced(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = put_in_template(root, '<p class="kind">', '<p class="kind">{{ "Open 24 hours" }} ')
    status, problems = lint_json(root)
    found = of_code(problems, "uncited-figure")
    assert {(p["path"], p["line"], p["text"], p["output"]) for p in found} == {
        ("templates/advisory.html", line_of(template, "Open 24 hours"), "24", "advisory")
    }
    assert status == 1


def test_a_computed_figure_is_reported_at_the_document_template(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    put_in_template(root, '<p class="kind">', '<p class="kind">{{ 6 * 7 }} ')
    status, problems = lint_json(root)
    [problem] = of_code(problems, "uncited-figure")  # once, though every locale shows it
    assert (problem["path"], problem["line"], problem["text"]) == (
        "templates/advisory.html",
        0,
        "42",
    )
    assert "could not be traced" in str(problem["message"])
    assert status == 1


def test_typed_fields_and_facts_are_not_figures(tmp_path: Path) -> None:
    """Phones, e-mails, the reference, the date line, source notes and facts are marked."""
    sheet = MINIMAL_FACTSHEET.replace(
        "{name: Jane Doe, role: Press officer, email: jane@example.org}",
        '{name: Jane Doe, role: Press officer, email: jane2@example.org, phones: ["+44 7904 398 103"]}',
    )
    status, problems = lint_json(make_tree(tmp_path, sheet))
    assert of_code(problems, "uncited-figure") == []
    assert status == 0


def test_the_lint_checks_the_chosen_locales_only(tmp_path: Path) -> None:
    msgid = "Your gift pays for research."
    root = make_tree(tmp_path, copy={msgid: "Votre don paie 40 chercheurs."})
    project = Project(root)
    french = lint_project(project, Selection(locales=("fr",)))
    errors = [p for p in french if p.severity == "error"]
    assert [(p.code, p.locale, p.text) for p in errors] == [("uncited-figure", "fr", "40")]
    assert lint_project(project, Selection(locales=("en",))) == []


def test_build_writes_nothing_when_the_lint_finds_an_error(tmp_path: Path) -> None:
    msgid = "Your gift pays for research."
    root = make_tree(tmp_path, copy={msgid: "Votre don paie 40 chercheurs."})
    result = run_cli("--project", str(root), "build", "--jobs", "1")
    assert result.exit_code == 1
    assert "uncited-figure" in result.output
    assert not (root / "out").exists()


def test_marked_spans_are_masked_whole() -> None:
    text = "a \ue000200 000 [1]\ue001 b \ue000x \ue000y\ue001 z\ue001 c"
    masked = mask_marked(text)
    assert len(masked) == len(text)
    assert masked.replace("\ufffc", "") == "a  b  c"


def test_visible_text_skips_style_script_code_attributes_and_comments() -> None:
    html = (
        "<html><head><style>p { margin: 12pt }</style><script>var x = 3;</script></head>"
        '<body><p data-n="42" class="c3">Six &amp; seven</p><!-- 8 --></body></html>'
    )
    assert visible_text(html, html=True).replace("\ufffc\n", "|") == "Six & seven"


def test_visible_text_reads_alt_title_and_aria_label_like_prose() -> None:
    html = (
        '<body><img src="a.png" alt="Our 6 offices"><p title="42 camps" data-title="7">'
        "Text <a href=\"#n\" aria-label='note 9'>n</a></p></body>"
    )
    assert visible_text(html, html=True).replace("\ufffc\n", "|") == (
        "Our 6 offices|42 camps|Text |note 9|n"
    )
    assert visible_text("plain 3", html=False) == "plain 3"


def test_a_template_syntax_error_is_located_and_nothing_crashes(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = put_in_template(root, '<p class="kind">', '<p class="kind">{{ sheet.campaign + }}')
    status, problems = lint_json(root)
    [problem] = of_code(problems, "invalid-template")
    assert problem["path"] == "templates/advisory.html"
    assert problem["line"] == line_of(template, "sheet.campaign + }}")
    assert status == 1


def test_a_template_that_fails_to_render_is_reported(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = put_in_template(
        root, '<p class="kind">', '<p class="kind">{{ sheet.no_such_field }}'
    )
    status, problems = lint_json(root)
    found = of_code(problems, "invalid-template")
    assert found
    assert {(p["path"], p["line"]) for p in found} == {
        ("templates/advisory.html", line_of(template, "no_such_field"))
    }
    assert status == 1


def test_a_project_without_templates_renders_the_toolkits_defaults(tmp_path: Path) -> None:
    import shutil

    root = make_tree(tmp_path)
    shutil.rmtree(root / "templates")
    status, problems = lint_json(root)
    assert not of_code(problems, "invalid-template")
    assert status == 0, problems


@pytest.mark.parametrize("project", [None, ".", "tree"], ids=["default", "dot", "relative"])
def test_a_render_error_keeps_its_line_with_a_relative_project_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project: str | None
) -> None:
    root = make_tree(tmp_path / "tree")
    template = put_in_template(
        root, '<p class="kind">', '<p class="kind">{{ sheet.no_such_field }}'
    )
    monkeypatch.chdir(tmp_path if project == "tree" else root)
    args = ("--project", project) if project else ()
    result = run_cli(*args, "lint", "--format", "json")
    found = of_code(json.loads(result.stdout)["problems"], "invalid-template")
    assert {(p["path"], p["line"]) for p in found} == {
        ("templates/advisory.html", line_of(template, "no_such_field"))
    }
    assert result.exit_code == 1
