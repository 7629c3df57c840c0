"""In a real browser, the stored XSS of issue 11 does not run.

Debian's Chromium, driven by Playwright (fixtures in ``tests/browser/conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from tests.hostile.helpers import EMAIL_MSGID, XSS_MSGSTR, render
from tests.lint.trees import make_tree

RAW = "contenteditable autofocus onfocus=\"document.title='pwned'\""
ESCAPED = "contenteditable autofocus onfocus=&#34;document.title=&#39;pwned&#39;&#34;"


def _titles(browser: Browser, pages: list[str]) -> list[str]:
    """The title of each HTML page after it loaded and had a moment to run its scripts."""
    titles = []
    for html in pages:
        page = browser.new_page()
        page.route("**/*", lambda route: route.abort())  # nothing leaves the machine
        page.set_content(html, wait_until="load")
        page.wait_for_timeout(300)
        titles.append(page.title())
        page.close()
    return titles


def test_the_translators_payload_does_not_run_in_chromium(browser: Browser, tmp_path: Path) -> None:
    root = make_tree(tmp_path, messages={EMAIL_MSGID: XSS_MSGSTR})
    html = render(root, "advisory.html")
    email = '<a href="mailto:press@example.org">press@example.org</a>'
    escaped = f"&lt;{email} {ESCAPED}&gt;"
    assert escaped in html
    trusted = html.replace(escaped, f"<b {RAW}>{email}</b>")
    # The control: the same page with the msgstr trusted as markup, as before, runs it.
    harmless, attacked = _titles(browser, [html, trusted])
    assert attacked == "pwned"
    assert harmless != "pwned" and harmless.startswith("Prisoner amnesty")
