"""When WeasyPrint cannot start (Pango missing), every PDF fails with one clear sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BROKEN_WEASYPRINT = "raise OSError(\"cannot load library 'libpango-1.0-0'\")\n"


def test_a_renderer_that_cannot_start_fails_each_pdf_without_a_traceback(
    project: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(BROKEN_WEASYPRINT)
    env = {**os.environ, "PYTHONPATH": str(fake.parent), "TOOLKIT_CACHE_DIR": ""}
    done = subprocess.run(
        [sys.executable, "-m", "toolkit", "--project", str(project), "build", "--locale", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert (
        "brief.pdf of test-camps/en: the PDF renderer cannot start: "
        "OSError: cannot load library 'libpango-1.0-0'"
    ) in " ".join(done.stderr.split())
    assert (project / "out/test-camps/en/advisory.html").is_file()
    assert not (project / "out/test-camps/en/brief.pdf").exists()
