"""WeasyPrint's native libraries are found from a cache, not by running a compiler each time."""

from __future__ import annotations

import ctypes.util
from pathlib import Path

import pytest

from toolkit.render.libraries import remember_find_library


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every name the real find_library is asked for (it answers like Linux would)."""
    asked: list[str] = []

    def fake(name: str) -> str | None:
        asked.append(name)
        return f"lib{name}.so.1" if name.startswith("pango") else None

    monkeypatch.setattr(ctypes.util, "find_library", fake)
    return asked


def test_answers_are_kept_between_runs(tmp_path: Path, lookups: list[str]) -> None:
    save = remember_find_library(tmp_path)
    assert ctypes.util.find_library("pango-1.0") == "libpango-1.0.so.1"
    assert ctypes.util.find_library("libpango-1.0-0") is None
    assert ctypes.util.find_library("pango-1.0") == "libpango-1.0.so.1"
    save()
    assert lookups == ["pango-1.0", "libpango-1.0-0"]

    save = remember_find_library(tmp_path)  # the next run
    assert ctypes.util.find_library("pango-1.0") == "libpango-1.0.so.1"
    assert ctypes.util.find_library("libpango-1.0-0") is None
    save()
    assert lookups == ["pango-1.0", "libpango-1.0-0"]  # answered from the cache


def test_another_library_path_asks_again(
    tmp_path: Path, lookups: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    save = remember_find_library(tmp_path)
    ctypes.util.find_library("pango-1.0")
    save()
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/other")
    save = remember_find_library(tmp_path)
    ctypes.util.find_library("pango-1.0")
    save()
    assert lookups == ["pango-1.0", "pango-1.0"]


def test_a_folder_others_can_write_is_not_trusted(tmp_path: Path, lookups: list[str]) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    save = remember_find_library(shared)
    ctypes.util.find_library("pango-1.0")
    save()
    assert list(shared.iterdir()) == []
