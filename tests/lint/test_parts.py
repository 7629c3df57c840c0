"""The lint's parts: HTML text, placeholders, markup, and positions in PO and YAML text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.lint.htmltext import RAW, State, TextScanner, text_nodes
from toolkit.lint.markup import added_markup, unsafe_in_copy
from toolkit.lint.pofiles import PoLocator
from toolkit.lint.sites import SearchLocator, SourceText
from toolkit.lint.templates import read_templates
from toolkit.render.documents import make_environment
from toolkit.translation.catalogs import Translator
from toolkit.translation.placeholders import BRACE, PERCENT, describe, mask_placeholders, signature


def test_text_nodes_leave_out_markup() -> None:
    html = (
        "<p class='x' data-n=\"1 > 0\">One</p><style>\n.a{width:2px}</style>"
        "<script type=x>var b = '</p>3';</script><!-- 4 --><br/>five"
    )
    assert text_nodes(html) == ["One", "five"]


def test_the_scanner_resumes_in_a_given_state() -> None:
    scanner = TextScanner("a { width: 2px } </style><p>text</p>")
    end = scanner.scan(0, len(scanner.markup), state=State(RAW, "style"))
    assert [scanner.markup[a:b] for a, b in scanner.ranges] == ["text"]
    assert end.mode == "text"


def test_template_prose_follows_blocks_into_the_parent_state(tmp_path: Path) -> None:
    (tmp_path / "base.html").write_text(
        "<html><style>{% block style %}{% endblock %}</style>"
        '<meta content="{% block meta %}{% endblock %}">'
        "<body>{% block body %}{% endblock %}</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_text(
        '{% extends "base.html" %}\n{% block style %}p { margin: 3pt }{% endblock %}\n'
        "{% block meta %}12 items{% endblock %}\n"
        "{% block body %}<p>{{ x }} seven {{ _('Eight %(n)s') }}</p>{% endblock %}\n",
        encoding="utf-8",
    )
    env = make_environment(tmp_path, Translator("en", source=True))
    templates = read_templates(tmp_path, env)
    own = "templates/page.html"  # the toolkit's default templates are read too
    prose = [(s.path, s.text.replace("\ufffc", "").strip()) for s in templates.sites]
    assert [item for item in prose if item[0] == own] == [(own, "seven")]
    assert [m.msgid for m in templates.messages if m.path == own] == ["Eight %(n)s"]
    [site] = [s for s in templates.message_sites if s.path == own]
    assert site.position(0) == (4, 40)


def test_a_template_syntax_error_is_located(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text("<p>\n{{ x + }}\n</p>\n", encoding="utf-8")
    env = make_environment(tmp_path, Translator("en", source=True))
    [problem] = read_templates(tmp_path, env).problems
    assert (problem.code, problem.path, problem.line) == (
        "invalid-template",
        "templates/bad.html",
        2,
    )


@pytest.mark.parametrize(
    ("text", "style", "names", "errors"),
    [
        ("{a} and {b}", BRACE, {"{a}": 1, "{b}": 1}, ()),
        ("{a} and {{literal}}", BRACE, {"{a}": 1}, ()),
        ("{a:>3}", BRACE, {"{a}": 1}, ("placeholder {a:>3} must be a plain {fact_name}",)),
        ("%(a)s at 100%%", PERCENT, {"%(a)s": 1}, ()),
        ("%(a)s at 100 %", PERCENT, {"%(a)s": 1}, ("a lone % (write %% for a percent sign)",)),
        ("100 % des {x}", BRACE, {"{x}": 1}, ()),
    ],
)
def test_signature(text: str, style: str, names: dict[str, int], errors: tuple[str, ...]) -> None:
    found = signature(text, style)
    assert found.names == Counter(names)
    assert found.errors == errors


def test_describe_and_mask() -> None:
    assert describe(Counter({"{a}": 1}), Counter({"{b}": 1})) == ("renames {a} to {b}", "{b}")
    assert describe(Counter({"{a}": 1}), Counter())[0] == "drops {a}"
    assert (
        mask_placeholders("x {a} %(b)s y")
        == "x \ufffc\ufffc\ufffc \ufffc\ufffc\ufffc\ufffc\ufffc y"
    )


def test_markup_checks() -> None:
    assert [i.text for i in added_markup(["<b>x</b>"], "<b>y</b> <i>z</i>")] == ["<i>", "</i>"]
    assert [i.text for i in added_markup(["see %(url)s"], "voir https://x.org")] == ["https:"]
    assert added_markup(["Data: a"], "Données : a, Data: b") == []
    assert [i.text for i in unsafe_in_copy("a <b>b</b> &amp; https://x.org javascript:x")] == [
        "<b>",
        "</b>",
        "&amp;",
        "javascript:",
    ]


def test_po_locator_follows_quoted_lines_and_escapes() -> None:
    po = SourceText(
        'msgid "x"\nmsgstr ""\n"Un \\"mot\\" "\n"et 40 autres"\n\nmsgid "y"\nmsgstr "z"\n'
    )
    locator = PoLocator(po, 1, "msgstr")
    text = 'Un "mot" et 40 autres'
    assert locator.position(text.index("mot")) == (3, 7)
    assert locator.position(text.index("40")) == (4, 5)


def test_search_locator_finds_words_of_a_folded_scalar() -> None:
    yaml = SourceText("summary:\n  - A short summary\n    of six camps.\n")
    text = "A short summary of six camps."
    locator = SearchLocator(yaml, yaml.offset(2, 5), text)
    assert locator.position(text.index("six")) == (3, 8)


PIECES = [
    "<p>", "</p>", "<style>a{}</style>", "<script>x<y</script>", "<!-- c -->",
    '<img alt="A 5" src=x>', "<a title='t'>", "text 5 ", "<", ">", '"', "'", "<br/>",
    "<script/>", "</style>", "<!doctype html>", "<?x?>", "&amp;", '<p\n class="a">',
    "<title>T</title>", "<STYLE>b</STYLE >", "<!--", "-->", 'aria-label="L"',
    '<div aria-label="Lbl" data-x="alt=\'no\'">', '<!"x>', "< b", "</", "<a", "=",
    ' alt="z"', "<scRipt >", "</script >", "<!-", "<style/>",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_a_whole_document_is_read_as_the_scanner_reads_it(pieces: list[str]) -> None:
    """``text_nodes`` takes a faster road over whole documents: the same ranges."""
    from toolkit.lint.htmltext import document_ranges

    markup = "".join(pieces)
    scanner = TextScanner(markup)
    scanner.scan(0, len(markup))
    assert document_ranges(markup) == scanner.ranges
