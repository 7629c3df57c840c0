"""The detector's compiled patterns are kept between runs and behave as ``re.compile``'s."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from toolkit.lint import regexcache

PATTERN = r"(?P<number>\d[\d,]*)\s+(?P<unit>people|camps)|(?P<word>two|three)(?=\s)"
TEXT = "As many as 200,000 people in three of the 6 camps, two said."


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A new process's view: an empty store, the cache in a folder of this test."""
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexcache, "_STORE", regexcache._Store())
    return tmp_path


def next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """End this 'process' (its store is saved) and start another."""
    regexcache._STORE.save()
    monkeypatch.setattr(regexcache, "_STORE", regexcache._Store())


def same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return [(m.span(), m.groupdict()) for m in a.finditer(TEXT)] == [
        (m.span(), m.groupdict()) for m in b.finditer(TEXT)
    ] and (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )


def test_a_kept_pattern_is_served_without_compiling_and_matches_the_same(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = re.compile(PATTERN, re.IGNORECASE)
    assert same(regexcache.compile_kept(PATTERN, re.IGNORECASE), expected)
    next_run(monkeypatch)
    assert len(list((fresh / "regex").glob("*.pickle"))) == 1

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regexcache.re, "compile", no_compiling)
    assert same(regexcache.compile_kept(PATTERN, re.IGNORECASE), expected)


def test_flags_are_part_of_the_key(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.compile_kept(PATTERN)
    next_run(monkeypatch)
    caseless = regexcache.compile_kept(PATTERN.replace("people", "PEOPLE"), re.IGNORECASE)
    assert caseless.search(TEXT) is not None
    assert regexcache.compile_kept(PATTERN.replace("people", "PEOPLE")).search("9 people") is None


def test_a_damaged_file_is_ignored(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.compile_kept(PATTERN)
    next_run(monkeypatch)
    (kept,) = (fresh / "regex").glob("*.pickle")
    data = bytearray(kept.read_bytes())
    data[-10] ^= 0xFF
    kept.write_bytes(bytes(data))
    assert same(regexcache.compile_kept(PATTERN), re.compile(PATTERN))


def test_code_the_engine_refuses_falls_back_to_compiling(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regexcache.compile_kept(PATTERN)
    key = (PATTERN, 0)
    flags, code, groups, groupindex, indexgroup = regexcache._STORE.parts[key]
    regexcache._STORE.parts[key] = (flags, [999, *code], groups, groupindex, indexgroup)
    assert same(regexcache.compile_kept(PATTERN), re.compile(PATTERN))


def test_without_a_cache_folder_patterns_still_compile(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", "")
    assert same(regexcache.compile_kept(PATTERN), re.compile(PATTERN))
    next_run(monkeypatch)
    assert not (fresh / "regex").exists()


def test_an_older_toolkits_file_is_removed(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (fresh / "regex").mkdir(mode=0o700)
    (fresh / "regex" / "old.pickle").write_bytes(b"older")
    regexcache.compile_kept(PATTERN)
    next_run(monkeypatch)
    assert [p.name for p in (fresh / "regex").iterdir()] != ["old.pickle"]
    assert not (fresh / "regex" / "old.pickle").exists()
