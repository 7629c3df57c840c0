"""The HTML outputs in a real browser."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from tests.browser.conftest import axe_violations
from tests.conftest import ProjectFactory, run_cli


def built(make_project: ProjectFactory) -> Path:
    root = make_project()
    result = run_cli("--project", str(root), "build", "--locale", "en", "--output", "advisory")
    assert result.exit_code == 0, result.output
    return root / "out" / "test-camps" / "en"


def test_the_advisory_opens_in_chromium_with_its_language(
    make_project: ProjectFactory, page: Page
) -> None:
    folder = built(make_project)
    page.goto((folder / "advisory.html").as_uri())
    assert page.locator("h1").inner_text() == "Prisoner amnesty to begin"
    assert page.evaluate("document.documentElement.lang") == "en"


def test_axe_finds_what_an_auditor_would(page: Page, tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><img src="a.png"></body></html>'
    )
    page.goto(broken.as_uri())
    rules = {violation["id"] for violation in axe_violations(page)}
    assert {"image-alt", "html-has-lang"} <= rules
