"""A real browser for the tests: Debian's Chromium driven by Playwright, axe-core injected.

No browser is ever downloaded: Playwright starts the system's Chromium
(``make test`` installs it). The tests fail, rather than skip, when it is
missing, unless ``TOOLKIT_SKIP_BROWSER=1`` says this machine has none.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import REPO

CHROMIUM = os.environ.get("TOOLKIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# Closed networks refuse Chromium's background connections: ask for none.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, once per test session."""
    if not Path(CHROMIUM).is_file():
        if os.environ.get("TOOLKIT_SKIP_BROWSER"):
            pytest.skip("no Chromium on this machine (TOOLKIT_SKIP_BROWSER is set)")
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page (its own context: no state shared between tests), 1280 px wide."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


def axe_violations(
    page: Page, tags: tuple[str, ...] = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
) -> list[dict[str, Any]]:
    """axe-core's violations on the page at the given WCAG levels (injected from npm)."""
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(REPO)} is missing: run `make test` (npm ci)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        list(tags),
    )
    violations: list[dict[str, Any]] = result["violations"]
    return violations
