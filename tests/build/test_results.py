"""What a build reports and leaves behind: findings, exit codes, stale files removed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.build.conftest import run_build
from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory, run_cli
from tests.i18n.helpers import po_path, translate_all

BROKEN = "campaign: other\nissued: 2012-13-01\n"


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("--project", str(root), *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", ["build", "lint"])
@pytest.mark.parametrize(
    "args", [("--campaign", "nope"), ("--locale", "xx"), ("--locale", "de")], ids=str
)
def test_an_unknown_selection_is_a_usage_error_in_every_command(
    make_project: ProjectFactory, command: str, args: tuple[str, ...]
) -> None:
    root = make_project()
    status, _, err = cli(root, command, *args)
    assert status == 2, err
    assert "Error:" in err and "Traceback" not in err
    assert not (root / "out").exists()


def test_an_unknown_output_is_a_usage_error(make_project: ProjectFactory) -> None:
    root = make_project(
        {"test-camps.yaml": MINIMAL_FACTSHEET[: MINIMAL_FACTSHEET.index("  donation:")]}
    )
    assert cli(root, "build", "--output", "leaflet")[0] == 2
    status, _, err = cli(root, "build", "--output", "brief")  # a real output this one lacks
    assert status == 2 and "no campaign chosen ships the brief output" in err


def test_build_speaks_json(make_project: ProjectFactory) -> None:
    root = make_project()
    status, out, _ = cli(root, "build", "--locale", "en", "--jobs", "1", "--format", "json")
    assert status == 0
    document = json.loads(out)
    assert document["errors"] == 0
    assert "out/test-camps/en/advisory.eml" in document["written"]
    assert document["rendered"] == ["out/test-camps/en/brief.pdf"]
    assert document["removed"] == []


def test_a_skipped_locale_is_a_finding_and_its_old_files_go(make_project: ProjectFactory) -> None:
    root = make_project()
    cli(root, "i18n", "extract")
    cli(root, "i18n", "update")
    for domain in ("messages", "test-camps"):
        translate_all(po_path(root, "fr", domain))
    assert cli(root, "build", "--output", "advisory")[0] == 0
    assert (root / "out/test-camps/fr/advisory.html").is_file()

    catalog = po_path(root, "fr")
    catalog.write_text(catalog.read_text().replace('msgstr "FR: Press officer"', 'msgstr ""'))
    status, out, _ = cli(root, "build", "--output", "advisory", "--format", "json")
    document = json.loads(out)
    assert status == 1
    [skipped] = [p for p in document["problems"] if p["code"] == "incomplete-translation"]
    assert skipped["path"] == "factsheets/test-camps.yaml" and skipped["line"] == 5
    assert skipped["severity"] == "error" and skipped["locale"] == "fr"
    removed = {r["path"]: r["reason"] for r in document["removed"]}
    assert set(removed) == {f"out/test-camps/fr/advisory.{ext}" for ext in ("txt", "html", "eml")}
    assert not (root / "out/test-camps/fr").exists()


def test_an_output_dropped_from_the_copy_is_removed(project: Path) -> None:
    assert run_build(project).ok
    sheet = project / "factsheets" / "test-camps.yaml"
    text = sheet.read_text()
    start, end = text.index("  donation:"), text.index("  brief:")
    sheet.write_text(text[:start] + text[end:])
    report = run_build(project)
    assert report.ok
    assert [r.path.name for r in report.removed] == ["donation.html"]
    assert "no longer has donation copy" in report.removed[0].reason
    assert (project / "out/test-camps/en/brief.pdf").is_file()


def test_a_locale_dropped_from_the_list_is_removed(project: Path) -> None:
    assert run_build(project, locales=()).ok is False  # French is not translated: skipped
    sheet = project / "factsheets" / "test-camps.yaml"
    run_build(project, locales=("en",))
    (project / "out/test-camps/fr").mkdir(parents=True)
    stale = project / "out/test-camps/fr/advisory.txt"
    stale.write_text("an old French advisory")
    mine = project / "out/test-camps/fr/notes.md"
    mine.write_text("not the toolkit's")
    sheet.write_text(sheet.read_text().replace("locales: [en, fr]", "locales: [en]"))
    report = run_build(project, locales=())
    assert report.ok
    assert [r.path for r in report.removed] == [stale]
    assert mine.is_file()  # only files the toolkit makes are ever removed


def test_one_campaigns_build_is_not_held_up_by_anothers_broken_sheet(
    make_project: ProjectFactory,
) -> None:
    root = make_project({"test-camps.yaml": MINIMAL_FACTSHEET, "other.yaml": BROKEN})
    status, out, _ = cli(
        root, "build", "--campaign", "test-camps", "--locale", "en", "--format", "json"
    )
    document = json.loads(out)
    assert status == 1  # the other sheet's errors are still reported
    assert {p["path"] for p in document["problems"]} == {"factsheets/other.yaml"}
    assert "out/test-camps/en/advisory.html" in document["written"]

    status, _, err = cli(root, "build", "--locale", "en")  # everything: nothing is written
    assert status == 1 and "nothing written" in err


def test_a_partial_build_says_so_in_every_document(make_project: ProjectFactory) -> None:
    root = make_project()
    cli(root, "i18n", "extract")
    cli(root, "i18n", "update")
    translate_all(po_path(root, "fr", "messages"))
    translate_all(po_path(root, "fr"), skip=("Prisoner amnesty to begin",))
    status, _, err = cli(root, "build", "--locale", "fr", "--allow-partial", "--jobs", "1")
    assert status == 0, err
    assert "partial-translation" in err
    folder = root / "out/test-camps/fr"
    html = (folder / "advisory.html").read_text()
    assert "<!-- Partly translated: 1 string missing, shown in en" in html
    assert "<title>Prisoner amnesty to begin</title>" in html  # no markup inside a title
    assert '<h1><span lang="en">Prisoner amnesty to begin</span></h1>' in html
    assert "\ue010" not in (folder / "advisory.txt").read_text()
    subject = PdfReader(folder / "brief.pdf").metadata.subject
    assert subject == "Partly translated: 1 string missing, shown in en"


def test_a_file_that_cannot_be_written_is_a_located_problem(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import toolkit.build.write as write

    original = write.write_atomic

    def full_disk(path: Path, data: bytes, *, force: bool = False) -> bool:
        if path.name == "advisory.html":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return original(path, data, force=force)

    monkeypatch.setattr(write, "write_atomic", full_disk)
    report = run_build(project)
    [problem] = report.problems
    assert (problem.code, problem.path) == ("cannot-write", "out/test-camps/en/advisory.html")
    assert "the disk is full" in problem.message
    assert not report.ok
    assert (project / "out/test-camps/en/advisory.txt").is_file()  # the others are written
