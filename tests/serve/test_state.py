"""The preview's memory: targets computed once, forgotten only where a change reaches."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET
from toolkit.build.options import SelectionError
from toolkit.project import Project
from toolkit.serve.depends import EVERYTHING, Scope, scope_of
from toolkit.serve.state import BrokenSheet, Preview, TargetView

OTHER = MINIMAL_FACTSHEET.replace("campaign: test-camps", "campaign: other-camps")


@pytest.fixture
def preview(project_root: Path) -> Preview:
    (project_root / "factsheets" / "other-camps.yaml").write_text(OTHER, encoding="utf-8")
    return Preview(Project(project_root))


def views(preview: Preview) -> dict[tuple[str, str], TargetView]:
    found = {}
    for campaign in ("test-camps", "other-camps"):
        for locale in ("en", "fr"):
            view = preview.view(campaign, locale)
            assert isinstance(view, TargetView)
            found[campaign, locale] = view
    return found


def recomputed(preview: Preview, before: dict[tuple[str, str], TargetView]) -> set[tuple[str, str]]:
    after = views(preview)
    return {key for key, view in after.items() if view is not before[key]}


def change(preview: Preview, root: Path, path: str) -> list[tuple[str | None, str | None]]:
    return preview.apply(scope_of(root, root / path))


def test_a_target_is_computed_once_with_documents_and_problems(preview: Preview) -> None:
    view = preview.view("test-camps", "fr")
    assert isinstance(view, TargetView)
    assert preview.view("test-camps", "fr") is view
    assert {"advisory.txt", "advisory.html", "advisory.eml", "brief.html"} <= set(view.documents)
    assert "brief.pdf" not in view.documents  # rendered on demand
    assert "L’organisation estime que" in view.documents["advisory.txt"]
    assert not view.ships  # fr is partly translated: shown, but the build would not ship it
    codes = {p.code for p in view.problems}
    assert "incomplete-translation" in codes
    assert "untranslated" in codes  # the lint's own findings are there too
    assert view.problems[0].severity == "error"  # errors first


def test_a_fact_sheet_change_recomputes_its_campaign_only(
    preview: Preview, project_root: Path
) -> None:
    before = views(preview)
    pages = change(preview, project_root, "factsheets/test-camps.yaml")
    assert pages == [("test-camps", None)]
    assert recomputed(preview, before) == {("test-camps", "en"), ("test-camps", "fr")}


def test_a_campaign_catalog_change_recomputes_that_pair_only(
    preview: Preview, project_root: Path
) -> None:
    before = views(preview)
    pages = change(preview, project_root, "locales/fr/LC_MESSAGES/test-camps.po")
    assert pages == [("test-camps", "fr")]
    assert recomputed(preview, before) == {("test-camps", "fr")}


def test_the_templates_catalog_change_recomputes_its_locale(
    preview: Preview, project_root: Path
) -> None:
    before = views(preview)
    pages = change(preview, project_root, "locales/fr/LC_MESSAGES/messages.po")
    assert pages == [(None, "fr")]
    assert recomputed(preview, before) == {("test-camps", "fr"), ("other-camps", "fr")}


def test_a_template_change_recomputes_everything(preview: Preview, project_root: Path) -> None:
    before = views(preview)
    assert change(preview, project_root, "templates/web.css") == [(None, None)]
    assert recomputed(preview, before) == set(before)


def test_nothing_relevant_changes_nothing(preview: Preview, project_root: Path) -> None:
    before = views(preview)
    version = preview.version
    assert change(preview, project_root, "locales/messages.pot") == []
    assert preview.version == version
    assert recomputed(preview, before) == set()


def test_an_edit_shows_in_the_document_after_apply(preview: Preview, project_root: Path) -> None:
    sheet = project_root / "factsheets" / "test-camps.yaml"
    assert preview.view("test-camps", "en") is not None
    sheet.write_text(MINIMAL_FACTSHEET.replace("Prisoner amnesty to begin", "Amnesty now"))
    change(preview, project_root, "factsheets/test-camps.yaml")
    view = preview.view("test-camps", "en")
    assert isinstance(view, TargetView)
    assert "Amnesty now" in view.documents["advisory.html"]


def test_a_broken_fact_sheet_is_reported_then_recovers(
    preview: Preview, project_root: Path
) -> None:
    sheet = project_root / "factsheets" / "test-camps.yaml"
    sheet.write_text(MINIMAL_FACTSHEET.replace("copy:\n", "copy: [\n"), encoding="utf-8")
    change(preview, project_root, "factsheets/test-camps.yaml")
    broken = preview.view("test-camps", "fr")
    assert isinstance(broken, BrokenSheet)
    assert broken.path == "factsheets/test-camps.yaml"
    assert broken.problems and all(p.line > 0 for p in broken.problems)
    assert isinstance(preview.view("other-camps", "fr"), TargetView)  # the other one still works
    assert [b.path for b in preview.index().broken] == ["factsheets/test-camps.yaml"]

    sheet.write_text(MINIMAL_FACTSHEET, encoding="utf-8")
    change(preview, project_root, "factsheets/test-camps.yaml")
    assert isinstance(preview.view("test-camps", "fr"), TargetView)
    assert preview.index().broken == []


def test_a_renamed_campaign_is_still_found_when_its_sheet_breaks(
    preview: Preview, project_root: Path
) -> None:
    assert isinstance(preview.view("other-camps", "en"), TargetView)
    (project_root / "factsheets" / "other-camps.yaml").write_text("campaign: [", encoding="utf-8")
    change(preview, project_root, "factsheets/other-camps.yaml")
    assert isinstance(preview.view("other-camps", "en"), BrokenSheet)


def test_unknown_pages_are_none(preview: Preview) -> None:
    assert preview.view("no-such-campaign", "fr") is None
    assert preview.view("test-camps", "de") is None
    assert preview.translations("en") is None  # the source language has nothing to translate


def test_campaigns_can_be_chosen(project_root: Path) -> None:
    (project_root / "factsheets" / "other-camps.yaml").write_text(OTHER, encoding="utf-8")
    preview = Preview(Project(project_root), ["other-camps"])
    assert [c.campaign for c in preview.index().campaigns] == ["other-camps"]
    assert preview.view("test-camps", "en") is None
    with pytest.raises(SelectionError, match="no campaign 'nope'"):
        Preview(Project(project_root), ["nope"])


def test_everything_is_forgotten_on_a_full_change(preview: Preview) -> None:
    first = preview.view("test-camps", "fr")
    assert preview.apply(EVERYTHING) == [(None, None)]
    assert preview.view("test-camps", "fr") is not first
    assert preview.apply(Scope()) == []
