"""One build at a time per project: a second one waits, says so, then builds."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from toolkit.build import BuildOptions, BuildReport, build
from toolkit.build.lock import project_lock
from toolkit.project import Project


def test_a_second_build_waits_for_the_first_and_says_so(project: Path) -> None:
    said: list[str] = []
    reports: list[BuildReport] = []

    def second() -> None:
        options = BuildOptions(locales=("en",), outputs=("advisory",), jobs=1)
        reports.append(build(Project(project), options, waiting=said.append))

    with project_lock(project):  # the first build, holding the project
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(1.0)
        assert thread.is_alive() and reports == []  # waiting, not building
        assert said and "another build" in said[0]
        assert not (project / "out" / "test-camps" / "en" / "advisory.html").exists()
    thread.join(timeout=120)
    [report] = reports
    assert report.ok and (project / "out" / "test-camps" / "en" / "advisory.html").is_file()
