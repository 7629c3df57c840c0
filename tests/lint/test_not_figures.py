"""``not_figures``: a name with a number in it, declared once, masked wherever it is written."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINIMAL_FACTSHEET
from tests.lint.trees import FR_COPY, SHEET, line_of, lint_json, make_tree, of_code

BODY = '"A short summary."'
KWANLISO = '"Most are held in Kwanliso 16, in the north."'


def declare(sheet: str, *entries: str) -> str:
    """``sheet`` with ``not_figures`` entries (text, reason) added before ``copy:``."""
    lines = "".join(f"  - {{text: {text!r}, reason: a camp's name}}\n" for text in entries)
    return sheet.replace("copy:\n", f"not_figures:\n{lines}copy:\n")


def test_an_undeclared_name_with_a_number_is_a_figure(tmp_path: Path) -> None:
    root = make_tree(tmp_path, MINIMAL_FACTSHEET.replace(BODY, KWANLISO))
    status, problems = lint_json(root)
    assert {p["text"] for p in of_code(problems, "uncited-figure")} == {"16"}
    assert status == 1


def test_a_declared_name_is_masked_in_copy_and_in_translations(tmp_path: Path) -> None:
    sheet = declare(MINIMAL_FACTSHEET.replace(BODY, KWANLISO), "Kwanliso 16")
    msgid = KWANLISO.strip('"')
    root = make_tree(tmp_path, sheet, copy={msgid: "La plupart sont au Kwanliso 16, au nord."})
    status, problems = lint_json(root)
    assert of_code(problems, "uncited-figure") == []
    assert status == 0


def test_the_declaration_masks_only_that_exact_text(tmp_path: Path) -> None:
    """A translator who writes the number another way is still caught."""
    sheet = declare(MINIMAL_FACTSHEET.replace(BODY, KWANLISO), "Kwanliso 16")
    msgid = KWANLISO.strip('"')
    root = make_tree(tmp_path, sheet, copy={msgid: "La plupart sont au camp 16, au nord."})
    status, problems = lint_json(root)
    [problem] = of_code(problems, "uncited-figure")
    assert (problem["path"], problem["text"]) == (FR_COPY, "16")
    assert status == 1


def test_a_bare_number_cannot_be_declared(tmp_path: Path) -> None:
    sheet = declare(MINIMAL_FACTSHEET.replace(BODY, KWANLISO), "16")
    root = make_tree(tmp_path, sheet)
    status, problems = lint_json(root)
    [problem] = of_code(problems, "invalid-factsheet")
    assert problem["path"] == SHEET
    assert problem["line"] == line_of(root / SHEET, "{text: '16'")
    assert "only a number" in str(problem["message"])
    assert status == 1


def test_an_unused_declaration_warns(tmp_path: Path) -> None:
    sheet = declare(MINIMAL_FACTSHEET, "Kwanliso 15")
    root = make_tree(tmp_path, sheet)
    status, problems = lint_json(root)
    [problem] = of_code(problems, "unused-not-figure")
    assert problem["line"] == line_of(root / SHEET, "Kwanliso 15")
    assert problem["severity"] == "warning"
    assert status == 0
