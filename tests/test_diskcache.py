"""Results kept between runs: served while input and toolkit are unchanged, never after."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import diskcache
from toolkit.lint import vocab


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_result_is_computed_once_per_input(cache: Path) -> None:
    calls: list[int] = []

    def compute() -> dict[str, int]:
        calls.append(1)
        return {"answer": len(calls)}

    assert diskcache.remembered("things", "a", b"input 1", compute) == {"answer": 1}
    assert diskcache.remembered("things", "a", b"input 1", compute) == {"answer": 1}
    assert diskcache.remembered("things", "a", b"input 2", compute) == {"answer": 2}
    assert diskcache.remembered("things", "b", b"input 2", compute) == {"answer": 3}
    assert len(list((cache / "things").iterdir())) == 2  # one entry per name


def test_what_cannot_be_pickled_is_computed_every_time(cache: Path) -> None:
    calls: list[int] = []

    def compute() -> object:
        calls.append(1)
        return lambda: None  # not picklable

    diskcache.remembered("things", "a", b"", compute)
    diskcache.remembered("things", "a", b"", compute)
    assert len(calls) == 2


def test_the_detector_vocabulary_is_generated_once(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated: list[str] = []
    real = vocab._generate

    def counting(language: str) -> vocab.Rules:
        generated.append(language)
        return real(language)

    monkeypatch.setattr(vocab, "_generate", counting)
    first = vocab.rules("fr")
    assert vocab.rules("fr") == first
    assert generated == ["fr"]


def test_installed_versions_are_read_from_dist_info() -> None:
    assert diskcache.installed_version("num2words")[0].isdigit()
    assert diskcache.installed_version("polib")[0].isdigit()  # a module, not a package
    assert diskcache.installed_version("no_such_module") == "?"
