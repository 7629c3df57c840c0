"""Archives: read as text (txt, HTML, PDF) from inside the project only; bad files are located errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import problems_json
from tests.evidence.helpers import (
    REPORT,
    SOURCE,
    blank_pdf,
    column,
    evidence_problems,
    sheet_with,
    text_pdf,
    tree,
    where,
)
from toolkit.lint.evidence.archives import Archive, normalise


def with_archive(path: str) -> str:
    return sheet_with(SOURCE.replace("sources/report.txt", path))


def test_an_html_archive_is_read_as_its_visible_text(tmp_path: Path) -> None:
    html = (
        "<!doctype html><html><head><title>Report</title><style>p{}</style>"
        "<script>var x = 'As many as 9 people';</script></head><body>"
        "<p>As many as <b>200,000</b> people are held in <i>six</i> camps.</p>"
        "<p>An amnesty will begin on 1&nbsp;February&nbsp;2012.</p></body></html>"
    )
    root = tree(tmp_path, with_archive("sources/report.html"), {"report.html": html})
    assert evidence_problems(root)[1] == []


def test_a_pdf_archive_is_read_with_its_text_layer(tmp_path: Path) -> None:
    pdf = text_pdf(
        [
            "As many as 200,000 people are held in six",
            "camps. An amnesty will begin on 1 February 2012.",
        ]
    )
    root = tree(tmp_path, with_archive("sources/report.pdf"), {"report.pdf": pdf})
    assert evidence_problems(root)[1] == []


BAD_ARCHIVES = {
    "missing": ("sources/absent.txt", {}, "does not exist"),
    "not UTF-8": ("sources/report.txt", {"report.txt": "Décembre".encode("latin-1")}, "not UTF-8"),
    "empty": ("sources/report.txt", {"report.txt": " \n\n"}, "is empty"),
    "scanned PDF": ("sources/report.pdf", {"report.pdf": blank_pdf()}, "without a text layer"),
    "PDF without pages": ("sources/report.pdf", {"report.pdf": blank_pdf(0)}, "no pages"),
    "damaged PDF": ("sources/report.pdf", {"report.pdf": b"%PDF-1.4 garbage"}, "cannot be read"),
    "a folder": ("sources/folder.txt", {"folder.txt/inner.txt": "x"}, "is not a file"),
    "outside the project": ("../../outside.txt", {}, "outside the project"),
}


@pytest.mark.parametrize("kind", sorted(BAD_ARCHIVES))
def test_an_unusable_archive_is_a_located_error_naming_the_source(
    tmp_path: Path, kind: str
) -> None:
    path, files, words = BAD_ARCHIVES[kind]
    (tmp_path / "outside.txt").write_text(REPORT, encoding="utf-8")
    root = tree(tmp_path / "project", with_archive(path), files)
    status, problems = evidence_problems(root)
    [problem] = problems
    line = where(root, "archive:")
    assert (problem["code"], problem["line"], problem["column"]) == (
        "invalid-archive",
        line,
        column(root, line, path),
    )
    assert "source 'report-2011'" in str(problem["message"])
    assert words in str(problem["message"])
    assert status == 1


def test_a_symbolic_link_out_of_the_project_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(REPORT, encoding="utf-8")
    root = tree(tmp_path / "project", archives={})
    (root / "factsheets" / "sources").mkdir()
    os.symlink(secret, root / "factsheets" / "sources" / "report.txt")
    [problem] = evidence_problems(root)[1]
    assert problem["code"] == "invalid-archive"
    assert "outside the project" in str(problem["message"])


def test_a_symbolic_link_inside_the_project_is_followed(tmp_path: Path) -> None:
    root = tree(tmp_path, archives={"copies/report.txt": REPORT})
    os.symlink(
        root / "factsheets/sources/copies/report.txt", root / "factsheets/sources/report.txt"
    )
    assert evidence_problems(root)[1] == []


@pytest.mark.parametrize("path", ["/etc/passwd.txt", "sources/report.doc", "C:/x/report.txt"])
def test_an_archive_path_that_is_not_a_relative_document_is_a_schema_error(
    tmp_path: Path, path: str
) -> None:
    root = tree(tmp_path, with_archive(path), archives={})
    status, problems = problems_json(root)
    [problem] = problems
    assert problem["code"] == "invalid-factsheet"
    assert problem["line"] == where(root, "archive:")
    assert status == 1


def test_each_archive_is_read_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from toolkit.lint.evidence import archives

    reads: list[Path] = []
    real = archives._read

    def counting(path: Path, shown: str, suffix: str) -> Archive | str:
        reads.append(path)
        return real(path, shown, suffix)

    monkeypatch.setattr(archives, "_read", counting)
    evidence_problems(tree(tmp_path))
    assert len(reads) == 1


# -- comparison ----------------------------------------------------------------------


def test_normalising_folds_what_copies_of_a_text_differ_in() -> None:
    typed = 'Kim\'s "70th" birthday - as many as\u00a0200,000   people'
    printed = "Kim’s “70th” birthday — as many as 200,000\npeople"
    assert normalise(typed) == normalise(printed)
    assert normalise("Ｋｉｍ\u00ad ١٢") == "Kim ١٢"  # NFKC, soft hyphen


def test_a_quote_may_leave_words_out_but_keeps_their_order() -> None:
    archive = Archive("a.txt", normalise("one two three four five"))
    assert archive.contains("one two ... five")
    assert archive.contains("two […] four")
    assert not archive.contains("four ... two")
    assert not archive.contains("one two six")


def test_the_closest_passage_is_where_most_words_of_the_quote_are() -> None:
    text = "An unrelated opening. As many as 200,000 people are held in six camps. The end."
    archive = Archive("a.txt", normalise(text))
    assert archive.closest("As many as 20,000 people are held in six camps") == (
        "As many as 200,000 people are held in six camps."
    )
    assert archive.closest("nothing shared") is None


def test_an_unusable_archive_is_reported_even_when_no_quote_needs_it(tmp_path: Path) -> None:
    facts = "\n".join(
        line for line in sheet_with().splitlines() if not line.strip().startswith("quote:")
    )
    root = tree(tmp_path, facts.replace("sources/report.txt", "sources/absent.txt") + "\n", {})
    codes = [p["code"] for p in evidence_problems(root)[1]]
    assert codes.count("invalid-archive") == 1
    assert codes.count("missing-quote") == 3
