"""A build with nothing changed knows it from hashes, before loading or rendering anything."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.build.conftest import run_build, snapshot
from tests.conftest import REPO

PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from toolkit.build import BuildOptions, build
    from toolkit.project import Project
    report = build(Project(Path(sys.argv[1])), BuildOptions(locales=("en",)))
    heavy = [m for m in ("jinja2", "pydantic", "babel", "toolkit.build.render") if m in sys.modules]
    print(len(report.written), len(report.unchanged), ",".join(heavy) or "none")
    """
)


def probe(root: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_an_unchanged_project_is_answered_without_loading_anything(project: Path) -> None:
    first = run_build(project)
    assert first.ok
    files = len(first.written)
    assert probe(project) == f"0 {files} none"


def test_an_edited_input_or_output_means_a_real_build(project: Path) -> None:
    assert run_build(project).ok
    (project / "templates" / "web.css").write_text("/* changed */", encoding="utf-8")
    assert probe(project).endswith("jinja2,pydantic,babel,toolkit.build.render")
    assert probe(project).endswith("none")  # and now it is up to date again

    eml = project / "out" / "test-camps" / "en" / "advisory.eml"
    original = eml.read_bytes()
    eml.write_bytes(b"edited by hand")
    report = run_build(project)
    assert [p.name for p in report.written] == ["advisory.eml"]
    assert eml.read_bytes() == original


def test_the_same_problems_are_reported_again(project: Path) -> None:
    sheet = project / "factsheets" / "test-camps.yaml"
    unused = '  spare:\n    value: 3\n    cite: [report-2011]\n    quote: "3 camps"\n'
    sheet.write_text(sheet.read_text().replace("facts:\n", "facts:\n" + unused, 1))
    first = run_build(project)
    assert [p.code for p in first.problems] == ["unused-fact"]
    before = snapshot(project)
    again = run_build(project)
    assert again.problems == first.problems and again.written == []
    assert snapshot(project) == before
