"""Small project trees with their own short source documents, for the evidence checks."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.conftest import MINIMAL_FACTSHEET
from tests.lint.trees import SHEET, lint_json, make_tree

# A short report, written for these tests: the archived copy of source "report-2011".
REPORT = """\
The camps report (May 2011)

As many as 200,000 people are held in six camps, the report says.
It  was published
on 3 May 2011, the “70th” anniversary of nothing in particular.

An amnesty will begin on 1 February 2012; prisoners said that within one
or two months the camps fill again. Between 80,000 and 120,000 people
were held in 2010, and up to 50,000 in Yodok — the largest camp.
"""

# The same kind of document in French (source language fr).
RAPPORT = """\
Rapport sur les camps

Jusqu’à 200 000 personnes sont détenues dans six camps. L’amnistie
commencera le 1er février 2012, près de 1 000 prisonniers seront libérés.
"""

# And in Korean.
BOGOSEO = """\
수용소 보고서

최대 20만 명이 여섯 곳의 수용소에 수감돼 있다. 사면은 2012년 2월 1일에 시작된다.
"""

SOURCE = """\
report-2011:
  publisher: Test Org
  title: A report on the camps
  published: 2011-05-03
  archive: sources/report.txt
"""

FACTS = """\
prisoners_total:
  value: 200000
  qualifier: as_many_as
  cite: [report-2011]
  quote: "As many as 200,000 people are held in six camps"
  key: true
  label: people held in the camps
camps_known:
  value: 6
  cite: [report-2011]
  quote: "As many as 200,000 people are held in six camps"
amnesty_start:
  date: 2012-02-01
  cite: [report-2011]
  quote: "An amnesty will begin on 1 February 2012"
"""


def sheet_with(sources: str = SOURCE, facts: str = FACTS, issued: str = "2012-01-31") -> str:
    """The minimal fact sheet with these sources and facts (YAML at the mapping's level)."""
    head, rest = MINIMAL_FACTSHEET.split("sources:\n", 1)
    _, copy = rest.split("copy:\n", 1)
    head = head.replace("issued: 2012-01-31", f"issued: {issued}")
    return (
        head
        + "sources:\n"
        + textwrap.indent(textwrap.dedent(sources), "  ")
        + "facts:\n"
        + textwrap.indent(textwrap.dedent(facts), "  ")
        + "copy:\n"
        + copy
    )


def tree(
    root: Path,
    sheet: str | None = None,
    archives: dict[str, str | bytes] | None = None,
) -> Path:
    """A project with ``sheet`` and its archives under factsheets/ (the report by default)."""
    make_tree(root, sheet if sheet is not None else sheet_with())
    for name, content in (archives if archives is not None else {"report.txt": REPORT}).items():
        path = root / "factsheets" / "sources" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def evidence_problems(root: Path) -> tuple[int, list[dict[str, object]]]:
    """``toolkit lint --format json``: exit status and the evidence problems only."""
    codes = {
        "quote-mismatch",
        "qualifier-mismatch",
        "quote-not-in-source",
        "source-after-issue",
        "missing-quote",
        "invalid-archive",
    }
    status, problems = lint_json(root)
    return status, [p for p in problems if p["code"] in codes]


def where(root: Path, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the fact sheet holding ``needle``."""
    lines = (root / SHEET).read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, 1) if needle in line]
    assert len(hits) >= occurrence, needle
    return hits[occurrence - 1]


def column(root: Path, line: int, needle: str) -> int:
    """The 1-based column of ``needle`` on ``line`` of the fact sheet."""
    text = (root / SHEET).read_text(encoding="utf-8").splitlines()[line - 1]
    return text.index(needle) + 1


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, no images)."""
    shown = " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines
    )
    content = f"BT /F1 11 Tf 72 740 Td 14 TL {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def blank_pdf(pages: int = 1) -> bytes:
    """A PDF of blank pages: no text layer, like a scanned document without OCR."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
