"""Characters nobody sees: bidi controls and invisible format characters (``bidi-control``),
and control characters (``control-character``), each an error where it was typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET
from tests.lint.trees import (
    FR_COPY,
    FR_MESSAGES,
    SHEET,
    column_of,
    line_of,
    lint_json,
    make_tree,
    of_code,
)
from toolkit.lint.characters import controls, invisible_formats

HELD = "The organisation estimates that {prisoners_total} people are held."
DONATE = "Donate"
KEY_FIGURES = "Key figures"


def test_a_right_to_left_override_around_a_figure_is_an_error(tmp_path: Path) -> None:
    # Trojan Source: U+202E … U+202C showed "1 382" as "283 1" in the HTML.
    msgstr = "L'organisation estime que \u202e{prisoners_total}\u202c personnes sont détenues."
    root = make_tree(tmp_path, copy={HELD: msgstr})
    status, problems = lint_json(root)
    assert status == 1
    found = of_code(problems, "bidi-control")
    line = line_of(root / FR_COPY, "\u202e")
    assert [(p["path"], p["line"], p["column"]) for p in found] == [
        (FR_COPY, line, column_of(root / FR_COPY, "\u202e", line)),
        (FR_COPY, line, column_of(root / FR_COPY, "\u202c", line)),
    ]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in str(found[0]["message"])


@pytest.mark.parametrize(
    "ch",
    ["\u200b", "\u200e", "\u2066", "\u2069", "\u2060", "\ufeff", "\u061c", "\u180e", "\u00ad"],
)
def test_every_invisible_format_character_counts(tmp_path: Path, ch: str) -> None:
    root = make_tree(tmp_path, messages={KEY_FIGURES: f"Chiffres{ch} clés"})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "bidi-control")
    assert problem["path"] == FR_MESSAGES
    assert problem["text"] == ch


def test_a_format_character_the_msgid_has_is_reported_once_where_it_was_typed(
    tmp_path: Path,
) -> None:
    headline = "Prisoner amnesty\u200e to begin"
    sheet = MINIMAL_FACTSHEET.replace("Prisoner amnesty to begin", headline)
    root = make_tree(tmp_path, sheet=sheet, copy={headline: "L'amnistie\u200e commence"})
    _, problems = lint_json(root)
    assert [p["path"] for p in of_code(problems, "bidi-control")] == [SHEET]


def test_joiners_that_spell_a_word_are_not_flagged() -> None:
    persian = "می\u200cخواهم"  # ZWNJ inside a Persian word: spelling
    assert invisible_formats(persian) == []
    assert invisible_formats("s\u200dix") == [1]  # hiding a number word from the lint
    assert invisible_formats("👩\u200d⚕") == []


def test_copy_with_an_invisible_character_is_an_error(tmp_path: Path) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        "Prisoner amnesty to begin", "Prisoner\u202e amnesty to begin"
    )
    root = make_tree(tmp_path, sheet=sheet)
    status, problems = lint_json(root)
    assert status == 1
    found = [p for p in of_code(problems, "bidi-control") if p["path"] == SHEET]
    line = line_of(root / SHEET, "\u202e")
    assert [(p["line"], p["column"]) for p in found] == [
        (line, column_of(root / SHEET, "\u202e", line))
    ]
    assert "copy.advisory.headline" in str(found[0]["message"])


@pytest.mark.parametrize(
    ("ch", "name"), [("\x00", "NUL"), ("\x1b", "ESC"), ("\x07", "BEL"), ("\x85", "U+0085")]
)
def test_a_control_character_in_a_msgstr_is_an_error(tmp_path: Path, ch: str, name: str) -> None:
    root = make_tree(tmp_path, copy={DONATE: f"Don{ch}ner"})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "control-character")
    lines = (root / FR_COPY).read_text(encoding="utf-8").split("\n")  # U+0085 ends no line
    line = next(number for number, text in enumerate(lines, 1) if ch in text)
    assert (problem["path"], problem["line"], problem["column"]) == (
        FR_COPY,
        line,
        lines[line - 1].index(ch) + 1,
    )
    assert name in str(problem["message"])


def test_a_carriage_return_escape_in_a_msgstr_is_an_error(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    path = root / FR_COPY
    text = path.read_text(encoding="utf-8").replace('msgstr "Donate"', 'msgstr "Don\\rner"')
    path.write_text(text, encoding="utf-8")
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "control-character")
    line = line_of(path, "Don\\rner")
    assert (problem["line"], problem["column"]) == (line, column_of(path, "\\r", line))


def test_windows_line_ends_are_not_control_characters(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    for path in (root / FR_COPY, root / FR_MESSAGES, root / "templates" / "advisory.txt"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    _, problems = lint_json(root)
    assert of_code(problems, "control-character") == []


def test_an_escaped_control_character_in_the_fact_sheet_is_an_error(tmp_path: Path) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        'title: "Political prison camps"', 'title: "Political \\e[2Jprison camps"'
    )
    root = make_tree(tmp_path, sheet=sheet)
    status, problems = lint_json(root)
    assert status == 1
    found = [p for p in of_code(problems, "control-character") if p["path"] == SHEET]
    line = line_of(root / SHEET, "Political")
    assert [(p["line"], p["column"]) for p in found] == [
        (line, column_of(root / SHEET, '"Political', line))
    ]


def test_a_control_character_in_a_typed_field_is_an_error(tmp_path: Path) -> None:
    sheet = MINIMAL_FACTSHEET.replace("name: Test Org", 'name: "Test\\aOrg"')
    root = make_tree(tmp_path, sheet=sheet)
    status, problems = lint_json(root)
    assert status == 1
    [problem] = [p for p in of_code(problems, "control-character") if p["path"] == SHEET]
    assert problem["line"] == line_of(root / SHEET, "Test\\aOrg")
    assert "organisation.name" in str(problem["message"])


def test_a_control_character_in_a_template_is_an_error(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    path = root / "templates" / "advisory.txt"
    path.write_text(path.read_text(encoding="utf-8") + "Bell\x07\n", encoding="utf-8")
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "control-character")
    assert problem["path"] == "templates/advisory.txt"
    assert problem["line"] == line_of(path, "Bell")
    assert problem["column"] == 5


def test_tab_and_newline_are_text() -> None:
    assert controls("a\tb\nc") == []
    assert controls("a\rb\x7f") == [1, 3]


def test_an_invisible_character_in_a_fact_sheet_comment_is_an_error(tmp_path: Path) -> None:
    # Trojan Source hides in comments too: the reviewer reads a reordered line.
    sheet = MINIMAL_FACTSHEET.replace("campaign: test-camps", "campaign: test-camps  # \u2067x")
    root = make_tree(tmp_path, sheet=sheet)
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "bidi-control")
    assert (problem["path"], problem["line"]) == (SHEET, 1)
    assert problem["column"] == column_of(root / SHEET, "\u2067", 1)


def test_the_fast_scan_finds_every_control_and_format_character() -> None:
    import sys
    import unicodedata

    from toolkit.lint.characters import controls, invisible_formats

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    expected_controls = [
        i for i, ch in enumerate(every) if unicodedata.category(ch) == "Cc" and ch not in "\t\n"
    ]
    expected_formats = [i for i, ch in enumerate(every) if unicodedata.category(ch) == "Cf"]
    assert controls(every) == expected_controls
    # Every Cf character is found (the joiners here sit between non-letters: none is spelling).
    assert invisible_formats(every) == expected_formats
