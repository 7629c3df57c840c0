"""An uncited figure is reported where it was typed: a template, the copy, or one translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET
from tests.lint.trees import (
    FR_COPY,
    SHEET,
    column_of,
    errors,
    line_of,
    lint_json,
    make_tree,
    of_code,
    write_catalogs,
)


def test_the_minimal_project_lints_clean(tmp_path: Path) -> None:
    status, problems = lint_json(make_tree(tmp_path))
    assert status == 0
    assert problems == []


def test_figure_typed_in_an_html_template(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = root / "templates" / "advisory.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(
        text.replace('<p class="kind">', '<p class="kind">Our 3 offices: ', 1), encoding="utf-8"
    )
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "uncited-figure")
    assert problem["path"] == "templates/advisory.html"
    assert problem["line"] == line_of(template, "Our 3 offices")
    assert problem["column"] == column_of(template, "3 offices")
    assert problem["text"] == "3"
    assert problem["severity"] == "error"


@pytest.mark.parametrize(
    ("markup", "figure"),
    [
        ('<img src="logo.svg" alt="Our 6 offices">', "6"),
        ('<abbr title="forty camps">FC</abbr>', "forty"),
        ('<a href="#x" aria-label="3 more">more</a>', "3"),
    ],
)
def test_figure_typed_in_an_alt_title_or_label_attribute(
    tmp_path: Path, markup: str, figure: str
) -> None:
    root = make_tree(tmp_path)
    (root / "templates" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    template = root / "templates" / "advisory.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace('<p class="kind">', markup + '<p class="kind">', 1))
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "uncited-figure")
    assert problem["path"] == "templates/advisory.html"
    assert problem["line"] == line_of(template, markup)
    assert problem["column"] == column_of(template, markup) + markup.index(figure)
    assert problem["text"] == figure


def test_figure_typed_in_a_text_template(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = root / "templates" / "advisory.txt"
    text = template.read_text(encoding="utf-8")
    template.write_text(text + "Printed in twelve copies.\n", encoding="utf-8")
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "uncited-figure")
    assert (problem["path"], problem["line"], problem["text"]) == (
        "templates/advisory.txt",
        line_of(template, "twelve copies"),
        "twelve",
    )


def test_figure_typed_in_a_template_message(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = root / "templates" / "advisory.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(
        text.replace('_("Press contacts")', '_("Our 2 press contacts")'), encoding="utf-8"
    )
    write_catalogs(root, {}, {"Our 2 press contacts": "Contacts presse"})
    status, problems = lint_json(root)
    assert status == 1
    found = of_code(problems, "uncited-figure")
    assert {(p["path"], p["line"], p["text"]) for p in found} == {
        ("templates/advisory.html", line_of(template, "Our 2 press contacts"), "2")
    }


def test_numbers_in_styles_code_attributes_and_comments_are_not_prose(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = root / "templates" / "advisory.html"
    text = template.read_text(encoding="utf-8")
    text = text.replace(
        '<article class="advisory">',
        "<style>p { margin: 10.5pt 3px; }</style><!-- 40 camps -->"
        '<article class="advisory" data-columns="12" data-title="42">',
    )
    template.write_text(text, encoding="utf-8")
    brief = root / "templates" / "brief.html"  # a block that its parent puts inside <style>
    brief_text = brief.read_text(encoding="utf-8")
    brief.write_text(
        brief_text.replace("{% block style %}", "{% block style %}\nh3 { font-size: 11pt; }"),
        encoding="utf-8",
    )
    status, problems = lint_json(root)
    assert of_code(problems, "uncited-figure") == []
    assert status == 0


def test_figure_typed_in_the_copy(tmp_path: Path) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        '"Your gift pays for research."', '"Your gift pays for 40 researchers."'
    )
    root = make_tree(tmp_path, sheet, copy={"Your gift pays for 40 researchers.": "Merci."})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "uncited-figure")
    assert problem["path"] == SHEET
    assert problem["line"] == line_of(root / SHEET, "40 researchers")
    assert problem["column"] == column_of(root / SHEET, "40 researchers")
    assert problem["locale"] == "en"
    assert problem["output"] == "donation"


def test_figure_in_words_in_a_folded_copy_string(tmp_path: Path) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        'summary: ["A short summary."]',
        "summary:\n      - A short summary of what\n        six researchers found.",
    )
    msgid = "A short summary of what six researchers found."
    root = make_tree(tmp_path, sheet, copy={msgid: "Un résumé."})
    status, problems = lint_json(root)
    [problem] = of_code(problems, "uncited-figure")
    assert (problem["path"], problem["line"], problem["column"]) == (
        SHEET,
        line_of(root / SHEET, "six researchers"),
        column_of(root / SHEET, "six researchers"),
    )
    assert status == 1


def test_figure_only_in_one_translation(tmp_path: Path) -> None:
    msgid = "Your gift pays for research."
    root = make_tree(tmp_path, copy={msgid: "Votre don paie 40 chercheurs."})
    status, problems = lint_json(root)
    assert status == 1
    found = of_code(problems, "uncited-figure")
    assert len(found) == 1, "reported once: where it was typed, not again by the safety net"
    [problem] = found
    po = root / FR_COPY
    assert problem["path"] == FR_COPY
    assert problem["line"] == line_of(po, "Votre don paie 40")
    assert problem["column"] == column_of(po, "40 chercheurs")
    assert problem["locale"] == "fr"
    assert problem["text"] == "40"


@pytest.mark.parametrize(
    ("locale", "msgstr", "figure"),
    [
        ("es", "Su donativo paga a seis investigadores.", "seis"),
        ("ko", "여러분의 기부금은 연구원 여섯 명을 지원합니다.", "여섯"),
        ("ko", "여러분의 기부금은 20만 명을 돕습니다.", "20만"),
        ("ar", "تبرعك يمول ستة باحثين.", "ستة"),
        ("ar", "تبرعك يمول ٤٠ باحثًا.", "٤٠"),
    ],
)
def test_figure_only_in_one_translation_in_each_language(
    tmp_path: Path, locale: str, msgstr: str, figure: str
) -> None:
    sheet = MINIMAL_FACTSHEET.replace("locales: [en, fr]", f"locales: [en, {locale}]")
    root = make_tree(tmp_path, sheet, copy={"Your gift pays for research.": msgstr}, locale=locale)
    status, problems = lint_json(root)
    [problem] = of_code(problems, "uncited-figure")
    po = root / "locales" / locale / "LC_MESSAGES" / "test-camps.po"
    assert problem["path"] == f"locales/{locale}/LC_MESSAGES/test-camps.po"
    assert problem["line"] == line_of(po, msgstr)
    assert problem["column"] == column_of(po, figure)
    assert (problem["text"], problem["locale"]) == (figure, locale)
    assert status == 1


def test_figure_in_one_plural_form_of_a_translation(tmp_path: Path) -> None:
    root = make_tree(
        tmp_path,
        copy={
            "{camps_known} camp is known.": (
                "{camps_known} camp est connu.",
                "{camps_known} camps sont connus, dont deux au nord.",
            )
        },
    )
    status, problems = lint_json(root)
    [problem] = of_code(problems, "uncited-figure")
    assert problem["path"] == FR_COPY
    assert problem["line"] == line_of(root / FR_COPY, "msgstr[1]")
    assert problem["text"] == "deux"
    assert status == 1


def test_placeholders_are_not_figures(tmp_path: Path) -> None:
    """``{camps_known}`` and ``%(reference)s`` are masked before looking for figures."""
    status, problems = lint_json(make_tree(tmp_path))
    assert errors(problems) == []
    assert status == 0
