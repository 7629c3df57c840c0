"""A build that is killed or interrupted leaves no PDF worker behind and prints no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from tests.hostile.processes import alive, wait_for_busy_descendant, wait_gone

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

# A brief whose layout takes tens of seconds: thousands of table rows (words only, no figure).
ROWS = (
    "<table>{% for i in range(6000) %}"
    "<tr><td>camp</td><td>prison</td><td>north</td><td>south</td></tr>"
    "{% endfor %}</table>\n"
)


@pytest.fixture
def slow_project(make_project: ProjectFactory) -> Path:
    root = make_project({"test-camps.yaml": MINIMAL_FACTSHEET})
    brief = root / "templates" / "brief.html"
    text = brief.read_text(encoding="utf-8")
    brief.write_text(text.replace('<section class="summary">', ROWS + '<section class="summary">'))
    return root


@pytest.fixture
def started(slow_project: Path) -> Iterator[tuple[subprocess.Popen[bytes], set[int]]]:
    """``toolkit build`` of the slow brief, once a PDF worker is busy rendering it."""
    build = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "toolkit",
            "--project",
            str(slow_project),
            "build",
            *("--locale", "en", "--output", "brief", "--jobs", "1"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "TOOLKIT_CACHE_DIR": ""},
        start_new_session=True,  # its own process group, as a shell gives it
    )
    seen: set[int] = set()
    try:
        seen = wait_for_busy_descendant(build.pid, seconds=2.5, timeout=120)
        yield build, seen
    finally:
        for pid in [build.pid, *seen]:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        build.communicate(timeout=30)


def test_workers_die_within_seconds_when_the_build_is_killed(
    started: tuple[subprocess.Popen[bytes], set[int]],
) -> None:
    build, workers = started
    build.kill()  # SIGKILL: no cleanup code runs in the build
    # The workers held the caller's pipes for minutes: communicate() would wait for them.
    _, err = build.communicate(timeout=15)
    assert build.returncode == -signal.SIGKILL
    assert wait_gone(workers, timeout=5) == set()
    assert b"Traceback" not in err


@pytest.mark.parametrize(
    ("signum", "group", "status"),
    [(signal.SIGTERM, False, 143), (signal.SIGINT, True, 130)],
    ids=["SIGTERM-to-the-build", "Ctrl-C-to-the-group"],
)
def test_a_signal_ends_the_build_with_one_line_and_its_status(
    started: tuple[subprocess.Popen[bytes], set[int]], signum: int, group: bool, status: int
) -> None:
    build, workers = started
    if group:  # Ctrl-C in a terminal signals every process of the foreground group
        os.killpg(build.pid, signum)
    else:
        os.kill(build.pid, signum)
    _, err = build.communicate(timeout=30)
    assert build.returncode == status
    lines = err.decode().strip().splitlines()
    assert lines == [
        f"toolkit: stopped by {signal.Signals(signum).name} (every file written so far is "
        "complete; the rest were not written)"
    ]
    assert wait_gone(workers, timeout=5) == set()
