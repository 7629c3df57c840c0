"""Parsed catalogs are kept between runs, and never served for a file that changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import diskcache
from toolkit.translation import catalogs
from toolkit.translation.catalogs import read_catalog

GOOD = """\
msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: templates/advisory.txt:3
msgid "Press contact"
msgstr "Contact presse"
"""
BROKEN = GOOD + '\nmsgid "Unclosed\nmsgstr "x"\n'


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The cache in a fresh folder; every real parse is counted."""
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    counted: list[str] = []
    real = catalogs.parse_catalog

    def counting(data: bytes, shown: str, locale: str | None = None):  # type: ignore[no-untyped-def]
        counted.append(shown)
        return real(data, shown, locale)

    monkeypatch.setattr(catalogs, "parse_catalog", counting)
    return counted


def po_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fr.po"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_second_run_reads_the_parse_from_the_cache(tmp_path: Path, parses: list[str]) -> None:
    path = po_file(tmp_path, GOOD)
    first, first_problems = read_catalog(path, "locales/fr.po", "fr")
    second, second_problems = read_catalog(path, "locales/fr.po", "fr")
    assert parses == ["locales/fr.po"]  # parsed once
    assert first is not None and second is not None and first is not second
    assert second.get("Press contact").string == "Contact presse"  # type: ignore[union-attr]
    assert second.num_plurals == first.num_plurals == 2
    assert second.plural_forms == first.plural_forms
    assert second_problems == first_problems == []


def test_a_changed_file_is_parsed_again(tmp_path: Path, parses: list[str]) -> None:
    path = po_file(tmp_path, GOOD)
    read_catalog(path, "locales/fr.po", "fr")
    path.write_text(GOOD.replace("Contact presse", "Contact médias"), encoding="utf-8")
    catalog, _ = read_catalog(path, "locales/fr.po", "fr")
    assert len(parses) == 2
    assert catalog is not None and catalog.get("Press contact").string == "Contact médias"  # type: ignore[union-attr]


def test_problems_are_remembered_with_their_lines(tmp_path: Path, parses: list[str]) -> None:
    path = po_file(tmp_path, BROKEN)
    first = read_catalog(path, "locales/fr.po", "fr")
    second = read_catalog(path, "locales/fr.po", "fr")
    assert len(parses) == 1
    assert first[0] is None and second[0] is None
    assert second[1] == first[1] and second[1][0].code == "invalid-catalog"


def test_the_name_in_messages_and_the_locale_are_part_of_the_key(
    tmp_path: Path, parses: list[str]
) -> None:
    path = po_file(tmp_path, BROKEN)
    read_catalog(path, "locales/fr.po", "fr")
    _, problems = read_catalog(path, "elsewhere/fr.po", "fr")
    assert problems[0].path == "elsewhere/fr.po"
    read_catalog(path, "elsewhere/fr.po", "fr_CA")
    assert len(parses) == 3


def test_new_toolkit_code_misses(
    tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = po_file(tmp_path, GOOD)
    read_catalog(path, "locales/fr.po", "fr")
    monkeypatch.setattr(diskcache, "code_key", lambda: b"another version")
    read_catalog(path, "locales/fr.po", "fr")
    assert len(parses) == 2


def test_a_corrupt_entry_is_a_miss(tmp_path: Path, parses: list[str]) -> None:
    path = po_file(tmp_path, GOOD)
    read_catalog(path, "locales/fr.po", "fr")
    (entry,) = (tmp_path / "cache" / "catalogs").iterdir()
    entry.write_bytes(entry.read_bytes()[:50])
    catalog, _ = read_catalog(path, "locales/fr.po", "fr")
    assert len(parses) == 2 and catalog is not None


def test_no_cache_folder_means_no_cache(
    tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", "")
    path = po_file(tmp_path, GOOD)
    read_catalog(path, "locales/fr.po", "fr")
    read_catalog(path, "locales/fr.po", "fr")
    assert len(parses) == 2
    assert not (tmp_path / "cache").exists()
