"""Citation and fact-sheet checks, as `toolkit lint` reports them (found while loading)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET
from tests.lint.trees import SHEET, line_of, lint_json, make_tree, of_code

UNUSED_SOURCE = textwrap.indent(
    "old-report:\n  publisher: Test Org\n  title: An older report\n  published: 2009\n", "  "
)


@pytest.mark.parametrize(
    ("old", "new", "code", "needle", "status"),
    [
        (
            "    value: 6\n    cite: [report-2011]\n",
            "    value: 6\n    cite: [report-2010]\n",
            "unknown-source",
            "cite: [report-2010]",
            1,
        ),
        (
            "    value: 6\n    cite: [report-2011]\n",
            "    value: 6\n",
            "unknown-source",
            "camps_known:",
            1,
        ),
        (
            "{prisoners_total} people are held.",
            "{prisoner_total} people are held.",
            "unknown-fact",
            "{prisoner_total} people",
            1,
        ),
        ("    title: A report on the camps\n", "", "invalid-factsheet", "report-2011:", 1),
        ("    as_of: 2011-05\n", "    as_of: 2001-05\n", "stale-fact", "as_of: 2001-05", 0),
        (
            "  amnesty_start:\n",
            "  unused_total:\n    value: 12\n    cite: [report-2011]\n  amnesty_start:\n",
            "unused-fact",
            "unused_total:",
            0,
        ),
        ("facts:\n", UNUSED_SOURCE + "facts:\n", "unused-source", "old-report:", 0),
    ],
    ids=[
        "unknown-source",
        "no-source",
        "unknown-fact",
        "source-without-title",
        "stale-fact",
        "unused-fact",
        "unused-source",
    ],
)
def test_factsheet_code(
    tmp_path: Path, old: str, new: str, code: str, needle: str, status: int
) -> None:
    assert old in MINIMAL_FACTSHEET
    sheet = MINIMAL_FACTSHEET.replace(old, new, 1)
    root = make_tree(tmp_path, sheet)
    found_status, problems = lint_json(root)
    found = of_code(problems, code)
    assert found, problems
    assert found[0]["path"] == SHEET
    assert found[0]["line"] == line_of(root / SHEET, needle)
    assert found_status == status


def test_a_source_without_publisher_title_or_date_is_rejected(tmp_path: Path) -> None:
    sheet = MINIMAL_FACTSHEET.replace("    published: 2011-05-03\n", "")
    root = make_tree(tmp_path, sheet)
    status, problems = lint_json(root)
    [problem] = of_code(problems, "invalid-factsheet")
    assert "published" in str(problem["message"])
    assert problem["line"] == line_of(root / SHEET, "report-2011:")
    assert status == 1


def test_broken_yaml_is_reported_and_nothing_else_runs(tmp_path: Path) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        'headline: "Prisoner amnesty to begin"', 'headline: "Prisoner'
    )
    root = make_tree(tmp_path, sheet)
    status, problems = lint_json(root)
    assert {p["code"] for p in problems} == {"invalid-factsheet"}
    assert problems[0]["path"] == SHEET
    assert status == 1
