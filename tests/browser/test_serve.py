"""`toolkit serve` in a real browser: open, edit, break, fix — the page follows each save."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import axe_violations
from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from tests.serve.conftest import preview_project
from toolkit.project import Project
from toolkit.serve import PreviewServer

RELOAD_MS = 3000  # open pages show a save within 3 s


@pytest.fixture
def project_root(make_project: ProjectFactory) -> Path:
    return preview_project(make_project)


@pytest.fixture
def preview_url(project_root: Path) -> Iterator[str]:
    with PreviewServer(Project(project_root), port=0) as server:
        server.start()
        assert server.wait_until_watching()
        yield server.url.rstrip("/")


def test_edit_break_and_fix_a_fact_sheet_while_the_advisory_is_open(
    page: Page, preview_url: str, project_root: Path
) -> None:
    sheet = project_root / "factsheets" / "test-camps.yaml"
    page.goto(preview_url + "/")
    page.get_by_role("link", name="advisory.html in fr").click()
    expect(page).to_have_url(preview_url + "/preview/test-camps/fr/advisory.html")
    document = page.frame_locator("iframe.frame")
    expect(document.locator("body")).to_contain_text("L’organisation estime que")
    expect(page.locator("aside.lint")).to_contain_text("incomplete-translation")

    sheet.write_text(
        MINIMAL_FACTSHEET.replace("An amnesty is expected", "A prisoner amnesty is expected"),
        encoding="utf-8",
    )
    expect(document.locator("body")).to_contain_text(
        "A prisoner amnesty is expected", timeout=RELOAD_MS
    )

    broken = MINIMAL_FACTSHEET.replace("    headline:", "   headline: [")
    sheet.write_text(broken, encoding="utf-8")
    heading = page.get_by_role("heading", name="factsheets/test-camps.yaml cannot be loaded")
    expect(heading).to_be_visible(timeout=RELOAD_MS)
    where = page.locator("a.where").first
    expect(where).to_contain_text("factsheets/test-camps.yaml:")
    expect(page.locator("iframe")).to_have_count(0)

    sheet.write_text(MINIMAL_FACTSHEET, encoding="utf-8")
    expect(page.frame_locator("iframe.frame").locator("body")).to_contain_text(
        "L’organisation estime que", timeout=RELOAD_MS
    )
    expect(heading).to_have_count(0)


def test_a_problem_links_to_its_line(page: Page, preview_url: str) -> None:
    page.goto(preview_url + "/preview/test-camps/fr/advisory.txt")
    link = page.locator("aside.lint a.where", has_text=re.compile(r"test-camps\.po:\d+")).first
    line = link.inner_text().split(":")[1]
    link.click()
    expect(page.locator(f"#L{line}")).to_be_visible()
    expect(page).to_have_url(f"{preview_url}/source/locales/fr/LC_MESSAGES/test-camps.po#L{line}")


def test_traversal_attempts_get_404(page: Page, preview_url: str) -> None:
    for path in (
        "/source/%2e%2e/%2e%2e/etc/passwd",
        "/out/test-camps/fr/..%2f..%2f..%2fetc%2fpasswd",
        "/source/factsheets/..%5c..%5cetc%5cpasswd",
    ):
        response = page.goto(preview_url + path)
        assert response is not None and response.status == 404, path


@pytest.mark.parametrize(
    "path",
    ["/", "/preview/test-camps/fr/advisory.eml", "/translate/fr", "/source/templates/web.css"],
)
def test_the_preview_pages_pass_axe(browser: Browser, preview_url: str, path: str) -> None:
    context = browser.new_context(bypass_csp=True)  # the pages' policy refuses axe's script
    try:
        page = context.new_page()
        page.goto(preview_url + path)
        violations = axe_violations(page)
    finally:
        context.close()
    assert violations == [], [(v["id"], v["nodes"][0]["html"]) for v in violations]


def test_the_pages_policy_refuses_inline_scripts(page: Page, preview_url: str) -> None:
    page.goto(preview_url + "/")
    with pytest.raises(PlaywrightError, match="Content Security Policy"):
        page.add_script_tag(content="window.injected = 1")
