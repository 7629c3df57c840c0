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


def test_the_readme_names_no_file_outside_the_repository() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for outside in ("DESIGN.md", "../shared", "shared/seeds"):
        assert outside not in readme, outside
    # the only relative path that climbs: a fact sheet's pointer to the schema beside factsheets/
    assert set(re.findall(r"\.\./[\w./-]+", readme)) <= {"../factsheet.schema.json"}


def test_the_defaults_ship_with_the_package() -> None:
    """`toolkit init` and the default templates work from an installed wheel, not only here."""
    from fnmatch import fnmatch

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["toolkit"]
    defaults = REPO / "toolkit" / "defaults"
    files = [p.relative_to(REPO / "toolkit").as_posix() for p in defaults.rglob("*")]
    data = [
        f
        for f in files
        if not f.endswith(".py") and "__pycache__" not in f and "." in f.rsplit("/", 1)[-1]
    ]
    assert data, "no default files found"
    assert [f for f in data if not any(fnmatch(f, g) for g in globs)] == []
