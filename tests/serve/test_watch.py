"""The watcher: saved files reach the preview; folders that appear are watched too."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from tests.serve.conftest import CAMPAIGN_PO
from toolkit.serve.depends import EVERYTHING, Scope
from toolkit.serve.watch import Watcher, top_level, top_level_changes


class Seen:
    """Every scope the watcher reported."""

    def __init__(self) -> None:
        self.scopes: list[Scope] = []
        self.event = threading.Event()

    def __call__(self, scope: Scope) -> None:
        self.scopes.append(scope)
        self.event.set()

    def wait_for(self, test: Callable[[Scope], bool], timeout: float = 5.0) -> Scope:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for scope in list(self.scopes):
                if test(scope):
                    return scope
            self.event.wait(0.05)
            self.event.clear()
        raise AssertionError(f"not reported; seen: {self.scopes}")


@pytest.fixture
def watcher(make_project: ProjectFactory) -> Iterator[Watcher]:
    watcher = Watcher(make_project(), Seen())
    watcher.start()
    assert watcher.ready.wait(5)
    try:
        yield watcher
    finally:
        watcher.stop()


@pytest.fixture
def watched(watcher: Watcher) -> tuple[Path, Seen]:
    assert isinstance(watcher.on_change, Seen)
    return watcher.root, watcher.on_change


def test_a_saved_fact_sheet_is_reported_as_its_sheet(watched: tuple[Path, Seen]) -> None:
    root, seen = watched
    (root / "factsheets" / "test-camps.yaml").write_text(MINIMAL_FACTSHEET + "\n")
    scope = seen.wait_for(lambda s: bool(s.sheets))
    assert scope.sheets == frozenset({"factsheets/test-camps.yaml"})


def test_a_locales_folder_created_later_is_watched(
    watcher: Watcher, watched: tuple[Path, Seen]
) -> None:
    root, seen = watched
    folder = root / "locales" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    seen.wait_for(lambda s: s.everything)  # a watched folder appeared: everything
    deadline = time.monotonic() + 5
    while watcher.watches < 2:  # the watch restarts with the new folder
        assert time.monotonic() < deadline
        time.sleep(0.05)
    (folder / "test-camps.po").write_text(CAMPAIGN_PO, encoding="utf-8")
    scope = seen.wait_for(lambda s: bool(s.pairs))
    assert scope.pairs == frozenset({("test-camps", "fr")})


def test_a_replaced_templates_folder_is_noticed(watched: tuple[Path, Seen]) -> None:
    root, seen = watched
    shutil.copytree(root / "templates", root / "templates.new")
    shutil.rmtree(root / "templates")
    (root / "templates.new").rename(root / "templates")
    seen.wait_for(lambda s: s.everything)


def test_top_level_settings_files_count_and_others_do_not(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    before = top_level(tmp_path)
    (tmp_path / "README.md").write_text("x")
    assert top_level_changes(tmp_path, before, top_level(tmp_path)) == (Scope(), False)
    (tmp_path / "theme.yaml").write_text("x")
    assert top_level_changes(tmp_path, before, top_level(tmp_path)) == (EVERYTHING, False)
    (tmp_path / "locales").mkdir()
    assert top_level_changes(tmp_path, before, top_level(tmp_path)) == (EVERYTHING, True)
