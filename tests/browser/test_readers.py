"""The example's pages as readers open them: a laptop and a phone, a screen reader, an auditor.

The example project is built once per session (``example_out``); each test
opens its pages in Debian's Chromium at 1280 and 390 pixels.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import AXE, axe_violations
from toolkit.settings import contrast

WIDTHS = (1280, 390)
PAGES = ("advisory.html", "donation.html", "brief.html")

# Inline elements that must stay on one line: phone numbers, dates, citations, figures
# with what is typed against them, an address's parts, a URL's host.
KEPT_WHOLE = 'a[href^="tel:"], time, sup.cite, .fact, .nobr'

# An element is on one line when all its boxes share a line (right-to-left text gives one
# box per bidi run, side by side): their vertical extents overlap.
SPLIT = """(selector) => [...document.querySelectorAll(selector)]
  .filter((el) => {
    const rects = [...el.getClientRects()].filter((r) => r.width > 0);
    return Math.max(...rects.map((r) => r.top)) >= Math.min(...rects.map((r) => r.bottom));
  })
  .map((el) => el.textContent)"""


# The key figures' panel: what each box draws (its text's extent, which may overflow the
# box), as [left, top, right, bottom]; two boxes' texts must not meet.
FIGURE_EXTENTS = """() => [...document.querySelectorAll('.key-figures .figure')].map((box) => {
  const range = document.createRange();
  range.selectNodeContents(box);
  const r = range.getBoundingClientRect();
  return [r.left, r.top, r.right, r.bottom];
})"""


def overlapping(extents: list[list[float]]) -> list[tuple[int, int]]:
    """The pairs of rectangles (by index) whose areas intersect."""
    return [
        (i, j)
        for i, a in enumerate(extents)
        for j, b in enumerate(extents[i + 1 :], i + 1)
        if min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])
    ]


# The same check on text, whatever the markup: each match of each pattern is on one line.
SPLIT_TEXT = """(patterns) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = []; let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push([text.length, node]); text += node.data;
  }
  const at = (offset) => {
    let found = nodes[0];
    for (const entry of nodes) { if (entry[0] <= offset) found = entry; else break; }
    return [found[1], offset - found[0]];
  };
  const split = [];
  for (const source of patterns) {
    for (const match of text.matchAll(new RegExp(source, 'gu'))) {
      const range = document.createRange();
      range.setStart(...at(match.index));
      range.setEnd(...at(match.index + match[0].length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const top = Math.max(...rects.map((r) => r.top));
      const bottom = Math.min(...rects.map((r) => r.bottom));
      if (top >= bottom) split.push(match[0]);
    }
  }
  return split;
}"""


def kept_patterns(locale: str) -> list[str]:
    """Regular expressions (JavaScript) of what must not break: the example's phone numbers,
    dates and the street address's parts, and every citation."""
    from babel.dates import format_date

    from toolkit.factsheet.dates import PartialDate
    from toolkit.render.facts import format_partial_date

    space = "[\\s\u00a0]+"
    phones = ["+44 20 7413 5566", "+44 207 413 5871", "+44 7904 398 103"]
    dates = [format_partial_date(PartialDate.parse(d), locale) for d in SOURCE_DATES]
    dates.append(format_date(dt.date(2012, 1, 31), "long", locale=locale))
    words = [*phones, *dates, "1 Easton St.", "London WC1X 0DW"]
    escaped = [space.join(re.escape(part) for part in item.split()) for item in words]
    return [*escaped, "\\[[0-9][0-9,،\\s\u00a0]*\\]"]


SOURCE_DATES = ("2012-01-31", "2011-05-03", "2011", "2012-01", "2012-02-09", "2015-07-14")


@pytest.fixture
def opened(browser: Browser) -> Iterator[object]:
    """Open a built page at a width: ``opened(path, width) -> Page``."""
    contexts = []

    def open_page(path: Path, width: int) -> Page:
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.goto(path.as_uri())
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("locale", ["en_GB", "ar"])
def test_pages_fit_keep_numbers_whole_and_pass_axe(
    example_out: Path, opened: object, locale: str, name: str, width: int
) -> None:
    page = opened(example_out / locale / name, width)  # type: ignore[operator]
    overflow = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    assert overflow[0] <= overflow[1], f"{name} is wider than the {width} px window"
    assert page.locator(KEPT_WHOLE).count() > 3
    assert page.evaluate(SPLIT, KEPT_WHOLE) == []
    assert page.evaluate(SPLIT_TEXT, kept_patterns(locale)) == []
    if name == "brief.html":
        extents = page.evaluate(FIGURE_EXTENTS)
        assert len(extents) > 1
        assert overlapping(extents) == [], f"key figures overlap at {width} px"
    violations = axe_violations(page)
    assert [(v["id"], [n["html"] for n in v["nodes"]][:3]) for v in violations] == []


@pytest.mark.parametrize("name", ["advisory.html", "brief.html", "donation.html"])
def test_every_page_has_one_main_landmark_holding_its_content(
    example_out: Path, opened: object, name: str
) -> None:
    page = opened(example_out / "en_GB" / name, 1280)  # type: ignore[operator]
    assert page.locator("main").count() == 1
    rules = ("landmark-one-main", "region")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (rules) => await axe.run(document, {runOnly: {type: 'rule', values: rules}})",
        list(rules),
    )
    assert [v["id"] for v in result["violations"]] == []


@pytest.mark.parametrize("locale", ["ko", "ar"])
def test_english_runs_are_marked_english(example_out: Path, opened: object, locale: str) -> None:
    page = opened(example_out / locale / "advisory.html", 1280)  # type: ignore[operator]
    language_of = "(el) => el.closest('[lang]').getAttribute('lang')"
    titles = page.locator(".sources cite")
    assert titles.count() >= 3
    for index in range(titles.count()):
        assert titles.nth(index).locator("span").evaluate(language_of) == "en-GB"
    city = page.locator(".press-office span", has_text="London, UK").first
    assert city.evaluate(language_of) == "en-GB"  # the source language, British
    assert page.locator(".organisation").evaluate(language_of) == locale  # translated name


@pytest.mark.parametrize("locale", ["en_GB", "ar"])
def test_citation_links_have_names_and_the_footer_links_call_and_mail(
    example_out: Path, opened: object, locale: str
) -> None:
    page = opened(example_out / locale / "advisory.html", 390)  # type: ignore[operator]
    links = page.locator("sup.cite a")
    assert links.count() > 3
    names = {links.nth(i).get_attribute("aria-label") for i in range(links.count())}
    assert all(name and any(ch.isalpha() for ch in name) for name in names)
    footer = page.locator(".press-office")
    assert footer.locator('a[href="tel:+442074135566"]').count() == 1
    assert footer.locator('a[href="mailto:press@amnesty.org"]').count() == 1


def test_citation_numbers_on_the_key_figures_panel_are_readable(
    example_out: Path, opened: object
) -> None:
    page = opened(example_out / "en_GB" / "brief.html", 1280)  # type: ignore[operator]
    colours = page.evaluate(
        """() => {
          const rgb = (c) => '#' + c.match(/\\d+/g).slice(0, 3)
            .map((n) => Number(n).toString(16).padStart(2, '0')).join('');
          const link = document.querySelector('.key-figures sup.cite a');
          const panel = document.querySelector('.key-figures');
          return [rgb(getComputedStyle(link).color), rgb(getComputedStyle(panel).backgroundColor)];
        }"""
    )
    assert contrast(colours[0], colours[1]) >= 4.5, colours


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("locale", ["ko", "ar"])
def test_scripts_without_capitals_are_neither_capitalised_nor_spaced_out(
    example_out: Path, opened: object, locale: str, name: str
) -> None:
    """Latin labels are in capitals and spaced out; Korean and Arabic ones are not."""
    page = opened(example_out / locale / name, 1280)  # type: ignore[operator]
    styled = page.evaluate(
        """(lang) => [...document.querySelectorAll('body *')]
          .filter((el) => el.closest('[lang]').getAttribute('lang') === lang)
          .map((el) => [el.tagName, el.className, getComputedStyle(el).letterSpacing,
                        getComputedStyle(el).textTransform])
          .filter((s) => s[2] !== 'normal' || s[3] !== 'none')""",
        locale,
    )
    assert styled == []
