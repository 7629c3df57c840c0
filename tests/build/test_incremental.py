"""Incremental builds: nothing changed, nothing written; one fact changed, only its outputs."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.build.conftest import names, run_build, snapshot
from tests.conftest import run_cli
from toolkit.build.manifest import MANIFEST_NAME

ALL_EN = [
    "en/advisory.eml",
    "en/advisory.html",
    "en/advisory.txt",
    "en/brief.html",
    "en/brief.pdf",
    "en/donation.html",
]


def edit(root: Path, old: str, new: str) -> None:
    sheet = root / "factsheets" / "test-camps.yaml"
    text = sheet.read_text(encoding="utf-8")
    assert old in text
    sheet.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_rebuild_with_nothing_changed_writes_and_renders_nothing(project: Path) -> None:
    first = run_build(project)
    assert names(first.written) == ALL_EN and names(first.rendered) == ["en/brief.pdf"]
    before = snapshot(project)
    time.sleep(0.01)
    again = run_build(project)
    assert again.ok and again.written == [] and again.rendered == []
    assert names(again.unchanged) == ALL_EN
    assert snapshot(project) == before  # same bytes, same modification times


def test_changing_a_fact_rebuilds_only_the_outputs_that_use_it(project: Path) -> None:
    run_build(project)
    edit(project, "value: 6\n", "value: 7\n")  # camps_known: only the advisory says it
    edit(project, "six camps", "seven camps")  # and its quote says so
    report = run_build(project)
    assert names(report.written) == ["en/advisory.eml", "en/advisory.html", "en/advisory.txt"]
    assert report.rendered == []


def test_changing_a_key_figure_renders_the_pdf_again(project: Path) -> None:
    run_build(project)
    edit(project, "value: 200000", "value: 210000")  # in the advisory and the brief's panel
    edit(project, "200,000 people", "210,000 people")  # and its quote says so
    report = run_build(project)
    assert names(report.written) == [name for name in ALL_EN if name != "en/donation.html"]
    assert names(report.rendered) == ["en/brief.pdf"]


def test_force_renders_and_rewrites_everything(project: Path) -> None:
    run_build(project)
    before = snapshot(project)
    report = run_build(project, force=True)
    assert names(report.written) == ALL_EN and names(report.rendered) == ["en/brief.pdf"]
    after = snapshot(project)
    del before[MANIFEST_NAME], after[MANIFEST_NAME]  # it records how long the PDF took
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
    assert all(after[k][1] > before[k][1] for k in after)


def test_the_force_option_on_the_command_line(project: Path) -> None:
    assert run_cli("--project", str(project), "build", "--locale", "en").exit_code == 0
    result = run_cli("--project", str(project), "build", "--locale", "en", "--force")
    assert result.exit_code == 0, result.output
    assert "6 written, 0 unchanged, 0 removed, 1 PDF(s) rendered" in result.stderr


def test_a_corrupt_manifest_means_a_full_rebuild(project: Path) -> None:
    run_build(project)
    manifest = project / "out" / MANIFEST_NAME
    for garbage in (b"{not json", b"[]", b'{"format": 1, "outputs": {"x": 3}}', b"\xff\xfe"):
        manifest.write_bytes(garbage)
        report = run_build(project)
        assert report.ok
        assert names(report.rendered) == ["en/brief.pdf"]
        assert report.written == []  # the same bytes again: files are left alone
        assert "en/brief.pdf" in "".join(json.loads(manifest.read_text())["outputs"])


def test_a_deleted_or_edited_pdf_is_rendered_again(project: Path) -> None:
    run_build(project)
    pdf = project / "out" / "test-camps" / "en" / "brief.pdf"
    good = pdf.read_bytes()
    pdf.unlink()
    assert names(run_build(project).rendered) == ["en/brief.pdf"]
    pdf.write_bytes(b"%PDF-1.7 tampered")
    assert names(run_build(project).rendered) == ["en/brief.pdf"]
    assert pdf.read_bytes() == good


def test_a_changed_asset_renders_the_pdf_again(project: Path) -> None:
    css = project / "templates" / "brief.css"
    css.write_text(
        css.read_text(encoding="utf-8") + "\nh1 { background-image: url(logo.svg); }\n",
        encoding="utf-8",
    )
    logo = project / "templates" / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    run_build(project)
    entry = json.loads((project / "out" / MANIFEST_NAME).read_text())["outputs"]
    assert entry["test-camps/en/brief.pdf"]["assets"]["templates/logo.svg"] is not None
    assert run_build(project).rendered == []
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')
    report = run_build(project)
    assert names(report.rendered) == ["en/brief.pdf"] and "en/brief.html" not in names(
        report.written
    )


def test_the_manifest_records_every_output(project: Path) -> None:
    run_build(project)
    data = json.loads((project / "out" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert sorted(data["outputs"]) == [f"test-camps/{name}" for name in ALL_EN]
    leftovers = [p.name for p in (project / "out").rglob("*.tmp")]
    assert leftovers == []
