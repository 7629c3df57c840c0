"""Each document is rendered once, in marked mode: what is written is that render unmarked.

The lint's safety net reads the marked render, the build writes it with the
marks taken out; that is only right if taking the marks out gives exactly
the document a plain render gives, byte for byte, in every locale.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.lint.trees import make_tree
from toolkit.build.load import load
from toolkit.build.options import Selection
from toolkit.build.resolve import resolve
from toolkit.project import Project
from toolkit.render.documents import MARK_OPEN, DocumentRenderer, unmark


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("example")
    for folder in ("factsheets", "templates", "locales"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def test_an_unmarked_render_is_the_plain_render_in_every_locale(example: Path) -> None:
    project = Project(example)
    loaded = load(project)
    targets = resolve(project, loaded.sheets, Selection()).targets
    assert len(targets) >= 5
    compared = 0
    for target in targets:
        plain = DocumentRenderer(
            project.templates_dir, target.loaded, target.locale, target.translator
        )
        marked = DocumentRenderer(
            project.templates_dir, target.loaded, target.locale, target.translator, marked=True
        )
        for name, content in plain.render_all():
            rendered = marked.render(name)
            assert MARK_OPEN in rendered  # marked mode did mark something
            assert unmark(rendered) == content, f"{target.campaign}/{target.locale}/{name}"
            compared += 1
    assert compared == len(targets) * 4


def test_the_build_lints_what_it_rendered(tmp_path: Path) -> None:
    root = make_tree(
        tmp_path, copy={"Your gift pays for research.": "Votre don paie 40 chercheurs."}
    )
    result = run_cli("--project", str(root), "build", "--locale", "fr", "--jobs", "1")
    assert result.exit_code == 1
    assert "uncited-figure" in result.output and "'40'" in result.output
    assert not (root / "out").exists()


def test_a_build_reads_each_catalog_once(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import collections

    import toolkit.translation.catalogs as catalogs
    from toolkit.build import BuildOptions, build

    reads: collections.Counter[str] = collections.Counter()
    original = catalogs.parse_catalog

    def counting(data: bytes, shown: str, locale: str | None = None) -> object:
        reads[shown] += 1
        return original(data, shown, locale)

    monkeypatch.setattr(catalogs, "parse_catalog", counting)
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", "")  # no parse kept from an earlier run
    report = build(Project(example), BuildOptions(outputs=("advisory",), force=True))
    assert report.ok
    assert len(reads) == 8 and set(reads.values()) == {1}  # 4 locales × 2 domains, once each
