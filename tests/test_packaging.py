"""What an install outside `make` gets: the pre-commit hook pins the tested dependency set."""

from __future__ import annotations

import re
import tomllib

import yaml

from tests.conftest import REPO


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        name, _, version = line.strip().partition("==")
        if version:
            found[normal(name)] = version
    return found


def test_the_hook_installs_the_versions_the_tests_run_with() -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hooked = pins(hook["additional_dependencies"])
    tested = pins((REPO / "constraints.txt").read_text(encoding="utf-8").splitlines())
    assert hooked, "the hook pins nothing"
    assert {name: tested.get(name) for name in hooked} == hooked
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = {normal(re.split(r"[<>=!~\[; ]", dep)[0]) for dep in project["dependencies"]}
    assert direct <= set(hooked), f"not pinned in the hook: {sorted(direct - set(hooked))}"


def test_the_project_says_its_license() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and text.startswith("MIT License")
