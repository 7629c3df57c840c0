"""Every code the toolkit can report is in README.md's table."""

from __future__ import annotations

import re

from tests.conftest import REPO
from toolkit.problems import CODES


def test_the_readme_table_lists_every_code() -> None:
    table = [
        line
        for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    documented = {code for line in table for code in re.findall(r"`([a-z-]+)`", line.split("|")[1])}
    assert set(CODES) <= documented, sorted(set(CODES) - documented)
