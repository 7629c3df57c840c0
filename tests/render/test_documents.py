"""Documents filled from the templates: escaping, citations, plurals, direction, marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from toolkit.project import Project
from toolkit.render.documents import MARK_CLOSE, MARK_OPEN, DocumentRenderer, nobreak
from toolkit.translation.catalogs import Translator


def renderer(root: Path, locale: str = "en", *, marked: bool = False) -> DocumentRenderer:
    project = Project(root)
    sheets, problems = project.load_factsheets()
    assert [p for p in problems if p.severity == "error"] == []
    return DocumentRenderer(
        project.templates_dir, sheets[0], locale, Translator(locale, source=True), marked=marked
    )


@pytest.fixture
def root(make_project: ProjectFactory) -> Path:
    return make_project()


def test_facts_render_with_qualifier_and_citation(root: Path) -> None:
    text = renderer(root).render("advisory.txt")
    assert nobreak("as many as 200,000 [1] people") + " are held" in text
    assert "[1] Test Org, “A report on the camps”, " + nobreak("May 3, 2011") in text


def test_html_facts_link_to_numbered_source_notes(root: Path) -> None:
    html = renderer(root).render("advisory.html")
    assert (
        '<span class="fact">as many as 200,000</span><sup class="cite">[<a href="#source-1">1</a>]</sup>'
        in html
    )
    assert '<li id="source-1"' in html


def test_counted_nouns_follow_the_plural_rule(make_project: ProjectFactory, root: Path) -> None:
    assert nobreak("6 [1] camps") + " are known." in renderer(root).render("advisory.txt")
    one = make_project({"test-camps.yaml": MINIMAL_FACTSHEET.replace("value: 6", "value: 1")})
    assert nobreak("1 [1] camp") + " is known." in renderer(one).render("advisory.txt")


def test_html_has_lang_and_direction(root: Path) -> None:
    html = renderer(root).render("brief.html")
    assert '<html lang="en" dir="ltr">' in html
    rtl = renderer(root, "ar")
    rtl.translator = Translator("ar", source=True)
    assert '<html lang="ar" dir="rtl">' in rtl.render("advisory.html")


def test_copy_is_text_never_markup(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        '"Prisoner amnesty to begin"', '"Amnesty <script>alert(1)</script> & more"'
    )
    html = renderer(make_project({"test-camps.yaml": sheet})).render("advisory.html")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def test_typed_fields_are_never_escaped_twice_or_left_raw(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET.replace("name: Test Org\n", 'name: "Test & <Org>"\n')
    html = renderer(make_project({"test-camps.yaml": sheet})).render("advisory.html")
    assert "Test &amp; &lt;Org&gt;" in html and "&amp;amp;" not in html


def test_page_numbers_are_css_counters(root: Path) -> None:
    html = renderer(root).render("brief.html")
    assert 'content: "Page " counter(page) " of " counter(pages);' in html


def test_key_figures_panel_lists_key_facts(root: Path) -> None:
    html = renderer(root).render("brief.html")
    panel = html.split('class="key-figures"')[1].split("</section>")[0]
    assert "as many as 200,000" in panel and "people held in the camps" in panel
    assert "February 1, 2012" not in panel


def test_marked_mode_wraps_every_fact_and_typed_field(root: Path) -> None:
    text = renderer(root, marked=True).render("advisory.txt")
    assert f"{MARK_OPEN}{nobreak('as many as 200,000 [1]')}{MARK_CLOSE}" in text
    assert f"{MARK_OPEN}+44\u00a020\u00a00000\u00a00000{MARK_CLOSE}" in text
    assert f"{MARK_OPEN}TST 01/001/2012{MARK_CLOSE}" in text
    outside = "".join(part.split(MARK_CLOSE)[-1] for part in text.split(MARK_OPEN))
    assert not any(ch.isdigit() for ch in outside)


def test_citations_are_numbered_per_document_in_order_of_first_use(root: Path) -> None:
    r = renderer(root)
    for name in ("advisory.txt", "advisory.html", "brief.html"):
        assert r.render(name).count("report-2011") == 0  # keys never leak into documents
    assert "[1]" in r.render("advisory.txt") and "[2]" not in r.render("advisory.txt")


def test_rtl_documents_keep_typed_fields_left_to_right(make_project: ProjectFactory) -> None:
    rtl = renderer(make_project(), "ar")
    html = rtl.render("advisory.html")
    assert '<span class="ltr" dir="ltr">+44 20 0000 0000</span>' in html
    assert "\u2066TST 01/001/2012\u2069" in rtl.render("advisory.txt")


def test_a_fact_stays_glued_to_what_is_typed_against_it(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        '"The organisation estimates that {prisoners_total} people are held."',
        '"모두 {prisoners_total}명이 수감돼 있다."',
    )
    html = renderer(make_project({"test-camps.yaml": sheet}), "ko").render("advisory.html")
    assert '<span class="nobr"><span class="fact">as many as 200,000</span>' in html
    assert '</sup>명이</span> <span class="nobr">수감돼</span>' in html


def test_a_fact_stays_on_the_line_of_the_word_it_counts(root: Path) -> None:
    html = renderer(root).render("advisory.html")
    assert (
        '<span class="nobr"><span class="fact">as many as 200,000</span>'
        '<sup class="cite">[<a href="#source-1">1</a>]</sup> people</span> are held'
    ) in html
