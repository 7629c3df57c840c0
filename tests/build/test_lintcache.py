"""The build reuses its last lint when nothing the lint reads has changed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

import toolkit.build.lint
from tests.build.conftest import run_build
from toolkit.build.resolve import Target
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.problems import Problem
from toolkit.project import Project


@pytest.fixture
def lint_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the lint's runs; the lint reports one warning."""
    runs: list[int] = []

    def fake(
        project: Project,
        sheets: Sequence[LoadedFactSheet],
        targets: Sequence[Target],
        **_rendered: object,
    ) -> list[Problem]:
        runs.append(len(targets))
        return [Problem("factsheets/test-camps.yaml", 3, 1, "unused-fact", "a warning")]

    monkeypatch.setattr(toolkit.build.lint, "lint_targets", fake)
    return runs


def test_nothing_changed_means_the_same_problems_without_linting(
    project: Path, lint_runs: list[int]
) -> None:
    first = run_build(project)
    again = run_build(project)
    assert lint_runs == [1]
    assert again.problems == first.problems and len(again.problems) == 1


@pytest.mark.parametrize(
    "changed", ["factsheets/test-camps.yaml", "templates/brief.css", "locales/fr/x.po"]
)
def test_a_changed_input_lints_again(project: Path, lint_runs: list[int], changed: str) -> None:
    run_build(project)
    path = project / changed
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as stream:
        stream.write("\n")
    run_build(project)
    assert lint_runs == [1, 1]


def test_other_targets_and_force_lint_again(project: Path, lint_runs: list[int]) -> None:
    run_build(project)
    run_build(project, locales=("en", "fr"), allow_partial=True)
    run_build(project, locales=("en", "fr"), allow_partial=True, force=True)
    assert lint_runs == [1, 2, 2]


def test_an_unreadable_stored_lint_lints_again(project: Path, lint_runs: list[int]) -> None:
    import json

    run_build(project)
    manifest = project / "out" / ".manifest.json"
    data = json.loads(manifest.read_text())
    data["lint"]["problems"] = [{"code": "no-such-code"}]
    data["build"] = {}  # or the whole build would be known to be up to date
    manifest.write_text(json.dumps(data))
    assert run_build(project).problems[0].message == "a warning"
    assert lint_runs == [1, 1]
