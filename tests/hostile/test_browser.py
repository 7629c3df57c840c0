"""In a real browser, the stored XSS of issue 11 does not run.

Chromium (Debian's ``/usr/bin/chromium``) is driven through Playwright's
Python API; the test is skipped when either is missing. No browser is
downloaded: Playwright uses the system's Chromium.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import EMAIL_MSGID, XSS_MSGSTR, render
from tests.lint.trees import make_tree

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
RAW = "contenteditable autofocus onfocus=\"document.title='pwned'\""
ESCAPED = "contenteditable autofocus onfocus=&#34;document.title=&#39;pwned&#39;&#34;"


def _titles(pages: list[str]) -> list[str]:
    """The title of each HTML page after it loaded and had a moment to run its scripts."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            titles = []
            for html in pages:
                page = browser.new_page()
                page.route("**/*", lambda route: route.abort())  # nothing leaves the machine
                page.set_content(html, wait_until="load")
                page.wait_for_timeout(300)
                titles.append(page.title())
                page.close()
            return titles
        finally:
            browser.close()


def test_the_translators_payload_does_not_run_in_chromium(tmp_path: Path) -> None:
    root = make_tree(tmp_path, messages={EMAIL_MSGID: XSS_MSGSTR})
    html = render(root, "advisory.html")
    escaped = f"&lt;press@example.org {ESCAPED}&gt;"
    assert escaped in html
    trusted = html.replace(escaped, f"<press@example.org {RAW}>")
    # The control: the same page with the msgstr trusted as markup, as before, runs it.
    harmless, attacked = _titles([html, trusted])
    assert attacked == "pwned"
    assert harmless != "pwned" and harmless.startswith("Prisoner amnesty")
