"""What a changed file invalidates."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.serve.depends import EVERYTHING, NOTHING, Scope, scope_of, scope_of_all

ROOT = Path("/project")


@pytest.mark.parametrize(
    ("path", "scope"),
    [
        ("factsheets/camp.yaml", Scope(sheets=frozenset({"factsheets/camp.yaml"}))),
        ("factsheets/other.yml", Scope(sheets=frozenset({"factsheets/other.yml"}))),
        ("locales/fr/LC_MESSAGES/messages.po", Scope(locales=frozenset({"fr"}))),
        ("locales/fr/LC_MESSAGES/camp.po", Scope(pairs=frozenset({("camp", "fr")}))),
        ("locales/pt_BR/LC_MESSAGES/camp.po", Scope(pairs=frozenset({("camp", "pt_BR")}))),
        ("templates/advisory.html", EVERYTHING),
        ("templates/web.css", EVERYTHING),
        ("templates/img/logo.png", EVERYTHING),
        ("factsheets/assets/map.png", EVERYTHING),
        ("factsheets/sources/report.html", EVERYTHING),
        ("factsheets/logo.png", EVERYTHING),
        ("theme.yaml", EVERYTHING),
        ("toolkit.toml", EVERYTHING),
        ("locales/messages.pot", NOTHING),
        ("locales/camp.pot", NOTHING),
        ("locales/fr/LC_MESSAGES/camp.mo", NOTHING),
        ("locales/fr/camp.po", NOTHING),
        ("factsheets/sedX4b2Q1", NOTHING),  # sed -i's temporary file
        ("factsheets/.camp.yaml.swp", NOTHING),
        ("factsheets/camp.yaml~", NOTHING),
        ("templates/.#advisory.html", NOTHING),
        ("out/camp/fr/advisory.html", NOTHING),
        ("README.md", NOTHING),
        (".git/index", NOTHING),
    ],
)
def test_each_kind_of_file_reaches_what_depends_on_it(path: str, scope: Scope) -> None:
    assert scope_of(ROOT, ROOT / path) == scope
    assert scope_of(ROOT, Path(path)) == scope  # relative paths too


def test_files_outside_the_project_reach_nothing() -> None:
    assert scope_of(ROOT, Path("/elsewhere/factsheets/camp.yaml")) == NOTHING


def test_a_batch_is_the_union_of_its_files() -> None:
    scope = scope_of_all(
        ROOT,
        [
            ROOT / "factsheets/a.yaml",
            ROOT / "locales/fr/LC_MESSAGES/a.po",
            ROOT / "locales/es/LC_MESSAGES/messages.po",
            ROOT / "locales/messages.pot",
        ],
    )
    assert scope == Scope(
        sheets=frozenset({"factsheets/a.yaml"}),
        locales=frozenset({"es"}),
        pairs=frozenset({("a", "fr")}),
    )
    assert not scope.everything and not scope.empty
    assert scope_of_all(ROOT, [ROOT / "templates/base.html", ROOT / "README.md"]).everything
    assert scope_of_all(ROOT, []).empty
