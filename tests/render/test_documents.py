"""Documents filled from the templates: escaping, citations, plurals, direction, marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from toolkit.project import Project
from toolkit.render.documents import MARK_CLOSE, MARK_OPEN, DocumentRenderer, nobreak
from toolkit.render.facts import format_day
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
        '<span class="fact">as many as 200,000</span>'
        '<sup class="cite">[<a href="#source-1" aria-label="source 1">1</a>]</sup>' in html
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
    assert '<span class="ltr" dir="ltr">+44\u00a020\u00a00000\u00a00000</span>' in html
    assert "\u2066TST 01/001/2012\u2069" in rtl.render("advisory.txt")


def test_a_fact_stays_glued_to_what_is_typed_against_it(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        '"The organisation estimates that {prisoners_total} people are held."',
        '"모두 {prisoners_total}명이 수감돼 있다."',
    )
    html = renderer(make_project({"test-camps.yaml": sheet}), "ko").render("advisory.html")
    assert '<span class="nobr"><span class="fact">as many as 200,000명</span>' in html
    assert '</sup>이</span> <span class="nobr">수감돼</span>' in html


def test_a_fact_stays_on_the_line_of_the_word_it_counts(root: Path) -> None:
    html = renderer(root).render("advisory.html")
    assert (
        '<span class="nobr"><span class="fact">as many as 200,000</span>'
        '<sup class="cite">[<a href="#source-1" aria-label="source 1">1</a>]</sup> people</span>'
        " are held"
    ) in html


TWO_SOURCES = MINIMAL_FACTSHEET.replace(
    "facts:\n",
    "  report-2012:\n"
    "    publisher: Other Org\n"
    "    title: A later report\n"
    "    published: 2012-01-03\n"
    "facts:\n",
).replace(
    "  amnesty_start:\n    date: 2012-02-01\n    cite: [report-2011]",
    "  amnesty_start:\n    date: 2012-02-01\n    cite: [report-2012]",
)


def test_citation_numbers_are_in_ascending_order(make_project: ProjectFactory) -> None:
    # The amnesty date (first in the advisory) makes report-2012 note 1; the figure cites
    # both, report-2012 first: numbered in order of citation, its note would read [2, 1]...
    figure = 'cite: [report-2011]\n    quote: "as many as 200,000 people are held in the camps"'
    assert figure in TWO_SOURCES
    sheet = TWO_SOURCES.replace(
        figure, figure.replace("[report-2011]", "[report-2012, report-2011]")
    )
    r = renderer(make_project({"test-camps.yaml": sheet}))
    text = r.render("advisory.txt")
    assert nobreak("February 1, 2012 [1]") in text
    assert nobreak("as many as 200,000 [1, 2]") in text
    assert "[2, 1]" not in text.replace("\u00a0", " ")
    html = r.render("advisory.html")
    assert '>1</a>, <a href="#source-2"' in html


@pytest.mark.parametrize(
    ("copy", "html", "text"),
    [
        # The counter 명 stays with the figure; the particle 이 follows the note.
        ("모두 {prisoners_total}명이 있다.", "200,000명</span><sup", "200,000명 [1]이"),
        # The longest counter wins (주년, not 주); a particle alone stays after the note.
        ("{prisoners_total}주년을 맞아", "200,000주년</span><sup", "200,000주년 [1]을"),
        ("{amnesty_start}에 시작", "2012. 2. 1.</span><sup", "[1]에"),
    ],
)
def test_korean_notes_follow_the_counter_word(
    make_project: ProjectFactory, copy: str, html: str, text: str
) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        '"The organisation estimates that {prisoners_total} people are held."', f'"{copy}"'
    )
    r = renderer(make_project({"test-camps.yaml": sheet}), "ko")
    rendered_html = r.render("advisory.html")
    if "amnesty_start" in copy:
        assert "</sup>에</span>" in rendered_html
    else:
        assert html in rendered_html
    assert text in r.render("advisory.txt").replace("\u00a0", " ")


def test_the_organisation_is_named_as_each_language_names_it(
    make_project: ProjectFactory,
) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        "  name: Test Org\n", "  name: Test Org\n  names: {ko: 테스트 기구, ar: منظمة الاختبار}\n"
    )
    root = make_project({"test-camps.yaml": sheet})
    ko = renderer(root, "ko")
    html = ko.render("advisory.html")
    assert '<p class="organisation">테스트 기구</p>' in html
    assert "call 테스트 기구's press office" in html  # the footer names it the same way
    assert "Test Org" not in html.split("<body")[1].split('class="sources"')[0]
    assert '<meta name="author" content="테스트 기구">' in ko.render("brief.html")
    fr = renderer(root, "fr").render("advisory.html")  # no French name: the source name, marked
    assert '<p class="organisation"><span lang="en">Test Org</span></p>' in fr
    ar_text = renderer(root, "ar").render("advisory.txt")
    assert "منظمة الاختبار" in ar_text and "\u2066Test Org" not in ar_text.split("[1]")[0]


def test_english_runs_in_other_languages_carry_lang(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        "email: press@example.org}", 'email: press@example.org, city: "London, UK"}'
    )
    html = renderer(make_project({"test-camps.yaml": sheet}), "ar").render("advisory.html")
    sources = html.split('class="sources"')[1]
    assert '<cite><span lang="en" class="ltr" dir="ltr">A report on the camps</span></cite>' in (
        sources
    )
    assert '<span lang="en" class="ltr" dir="ltr">London, UK</span>' in html
    assert '<span lang="en" class="ltr" dir="ltr">Test Org</span>' in html
    english = renderer(make_project({"test-camps.yaml": sheet})).render("advisory.html")
    assert 'lang="en"' not in english.split("<body")[1]  # nothing to mark in English


def test_phones_and_emails_are_links_and_never_split(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        "{name: Jane Doe, role: Press officer, email: jane@example.org}",
        '{name: Jane Doe, role: Press officer, email: jane@example.org, phones: ["+44 (0)20 1234 5678"]}',
    )
    html = renderer(make_project({"test-camps.yaml": sheet})).render("advisory.html")
    footer = html.split('class="press-office"')[1]
    assert '<a class="nobr" href="tel:+442000000000">+44\u00a020\u00a00000\u00a00000</a>' in footer
    assert '<a href="mailto:press@example.org">press@example.org</a>' in footer
    assert 'href="tel:+442012345678"' in html


def test_an_address_breaks_only_between_its_parts(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET.replace(
        "email: press@example.org}",
        'email: press@example.org, address: "1 Easton St., London WC1X 0DW, UK"}',
    )
    root = make_project({"test-camps.yaml": sheet})
    html = renderer(root).render("advisory.html")
    assert (
        '<p class="address"><span class="nobr">1 Easton St.</span>, '
        '<span class="nobr">London WC1X 0DW</span>, <span class="nobr">UK</span></p>'
    ) in html
    text = renderer(root).render("advisory.txt")
    assert nobreak("1 Easton St.") + ", " + nobreak("London WC1X 0DW") + ", UK" in text


def test_dates_and_url_hosts_are_kept_whole(root: Path) -> None:
    html = renderer(root).render("advisory.html")
    sources = html.split('class="sources"')[1]
    assert '<time class="nobr" datetime="2011-05-03">May 3, 2011</time>' in sources
    assert '<span class="nobr">https://example.org</span>/report' in sources
    assert '<time class="nobr" datetime="2012-01-31">January 31, 2012</time>' in html


def test_rtl_plain_text_keeps_a_date_in_one_isolated_run(make_project: ProjectFactory) -> None:
    text = renderer(make_project(), "ar").render("advisory.txt")
    published = format_day(dt.date(2011, 5, 3), "ar")
    issued = format_day(dt.date(2012, 1, 31), "ar")
    assert "\u2067" + nobreak(published) + "\u2069" in text  # the source's date
    assert "\u2067" + nobreak(issued) + "\u2069" in text  # the date line
    for line in text.splitlines():
        assert line.count("\u2066") + line.count("\u2067") == line.count("\u2069"), line


@pytest.mark.parametrize(
    ("locale", "comma"), [("en_GB", ", "), ("fr", ", "), ("es", ", "), ("ko", ", "), ("ar", "، ")]
)
def test_a_contact_s_name_and_role_are_separated_by_the_locale_s_comma(
    example_out: Path, locale: str, comma: str
) -> None:
    """The review found "Katya Nasim, مسؤولة صحفية": a comma the template typed in English."""
    folder = example_out / locale
    text = (folder / "advisory.txt").read_text(encoding="utf-8")
    [line] = [line for line in text.splitlines() if "Katya Nasim" in line]
    assert line.replace("\u2066", "").replace("\u2069", "").startswith("Katya Nasim" + comma)
    html = (folder / "advisory.html").read_text(encoding="utf-8")
    assert f"Katya Nasim</span></strong>{comma}" in html or f"Katya Nasim</strong>{comma}" in html
    sources = html[html.index('<li id="source-1"') :]
    assert comma + "<cite>" in sources[: sources.index("</li>")]


@pytest.mark.parametrize(
    ("locale", "comma"), [("fa", "،\u200f "), ("ur", "، "), ("ja", "、"), ("ar", "، ")]
)
def test_an_untranslated_list_separator_is_the_locale_s_own_from_cldr(
    root: Path, locale: str, comma: str
) -> None:
    """Before a translator has seen it, a list is joined as CLDR says, not with ", "."""
    document = renderer(root, locale)
    document.translator = Translator(locale)  # no catalogs: everything untranslated
    text = document.render("advisory.txt").replace("\u2066", "").replace("\u2069", "")
    assert f"Jane Doe{comma}Press officer" in text
    assert document.join_list(["1", "4"]) == f"1{comma}4"
