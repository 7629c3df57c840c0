"""Unbounded input is refused with a located problem: file sizes, YAML aliases, string
lengths, and the memory of a PDF worker."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory, problems_json
from tests.lint.trees import FR_COPY, line_of, lint_json, make_tree, of_code
from toolkit.factsheet.yamltree import MAX_ALIASES
from toolkit.inputs import (
    MAX_CATALOG_BYTES,
    MAX_FACTSHEET_BYTES,
    MAX_STRING_CHARS,
    MAX_TEMPLATE_BYTES,
)
from toolkit.render.pool import PdfPool, PdfTask

SHEET = "factsheets/test-camps.yaml"


def test_a_fact_sheet_over_the_size_limit_is_refused(make_project: ProjectFactory) -> None:
    padding = "# padding\n" * (MAX_FACTSHEET_BYTES // 10 + 1)
    status, problems = problems_json(make_project({"test-camps.yaml": MINIMAL_FACTSHEET + padding}))
    assert status == 1
    [problem] = problems
    assert problem["path"] == SHEET and problem["code"] == "invalid-factsheet"
    assert "too large" in str(problem["message"]) and "5 MiB" in str(problem["message"])


def test_aliases_that_repeat_a_long_string_are_refused_where_they_pass_the_limit(
    make_project: ProjectFactory,
) -> None:
    # 128 KB of YAML used to expand into 40 MB of outputs (2,000 aliases of a 100 KB string).
    long = "x" * 9_000
    body = ", ".join(["*long"] * 700)
    text = MINIMAL_FACTSHEET.replace(
        'reference: "TST 01/001/2012"',
        f'reference: "TST 01/001/2012"\nx-long: &long "{long}"\nx-many: [{body}]',
    )
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    line = line_of_text(text, "x-many:")
    assert (problem["path"], problem["line"]) == (SHEET, line)
    assert "aliases expanded" in str(problem["message"])
    column = int(str(problem["column"]))
    assert text.splitlines()[line - 1][column - 1] == "*"


def test_too_many_aliases_are_refused(make_project: ProjectFactory) -> None:
    body = ", ".join(["*short"] * (MAX_ALIASES + 1))
    text = MINIMAL_FACTSHEET.replace(
        'reference: "TST 01/001/2012"',
        f'reference: "TST 01/001/2012"\nx-short: &short a\nx-many: [{body}]',
    )
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert problem["line"] == line_of_text(text, "x-many:")
    assert f"more than {MAX_ALIASES:,} aliases" in str(problem["message"])


def test_a_string_over_the_length_limit_is_refused_at_its_line(
    make_project: ProjectFactory,
) -> None:
    long = "word " * (MAX_STRING_CHARS // 5 + 1)
    text = MINIMAL_FACTSHEET.replace('summary: ["A short summary."]', f'summary: ["{long}"]')
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert problem["line"] == line_of_text(text, "summary:")
    assert "characters long" in str(problem["message"])


def test_a_po_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    path = root / FR_COPY
    with path.open("a", encoding="utf-8") as stream:
        stream.write("# padding\n" * (MAX_CATALOG_BYTES // 10 + 1))
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "invalid-catalog")
    assert problem["path"] == FR_COPY
    assert "too large" in str(problem["message"])


def test_a_msgstr_over_the_length_limit_is_refused_at_its_line(tmp_path: Path) -> None:
    root = make_tree(tmp_path, copy={"Donate": "Donnez " * (MAX_STRING_CHARS // 7 + 1)})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "invalid-catalog")
    assert problem["path"] == FR_COPY
    assert problem["line"] == line_of(root / FR_COPY, 'msgid "Donate"') + 1
    assert "msgstr is" in str(problem["message"]) and "characters long" in str(problem["message"])


def test_a_template_over_the_size_limit_is_refused_in_lint_and_build(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    footer = root / "templates" / "_footer.html"
    footer.write_text(
        footer.read_text(encoding="utf-8") + "{# padding #}\n" * (MAX_TEMPLATE_BYTES // 14 + 1),
        encoding="utf-8",
    )
    status, problems = lint_json(root)
    assert status == 1
    found = [
        p for p in of_code(problems, "invalid-template") if p["path"] == "templates/_footer.html"
    ]
    assert found and "too large" in str(found[0]["message"])


def test_a_pdf_that_needs_more_memory_than_its_worker_may_use_fails_with_its_name() -> None:
    # One 25,000-cell table took 1.5 GB in a worker: time and pages were budgeted, memory not.
    rows = "".join(
        f"<tr><td>a{i}</td><td>b</td><td>c</td><td>d</td><td>e</td></tr>" for i in range(5000)
    )
    html = f"<html><body><table>{rows}</table></body></html>"
    task = PdfTask("brief.pdf of big/en", html, Path("/nonexistent"), (), max_pages=None)
    small = PdfTask("brief.pdf of small/en", "<p>small</p>", Path("/nonexistent"), ())
    with PdfPool(1, timeout=120, memory_limit=400 * 1024**2) as pool:
        pool.run([task, small])
        big, fine = pool.results()
    assert big.pdf is None and big.error is not None
    # Python sees a MemoryError, or a C library crashes the worker on a failed allocation.
    assert big.error.startswith("brief.pdf of big/en: ")
    assert big.error.endswith(
        "rendering needed more than the memory limit of 400 MiB, stopped"
    ) or big.error.endswith("(it may have needed more than its memory limit of 400 MiB)")
    assert fine.pdf is not None and fine.error is None


def line_of_text(text: str, needle: str) -> int:
    """1-based number of the first line of ``text`` containing ``needle``."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)
