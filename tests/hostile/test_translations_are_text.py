"""A translation is text in every output: a translator cannot add an element or an attribute."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup

from tests.hostile.helpers import EMAIL_MSGID, XSS_MSGSTR, elements, render
from tests.lint.trees import FR_COPY, FR_MESSAGES, column_of, line_of, lint_json, make_tree, of_code
from toolkit.render.documents import css_counters

KEY_FIGURES = "Key figures"
HELD = "The organisation estimates that {prisoners_total} people are held."


def test_a_tag_typed_before_a_placeholder_is_text_in_html(tmp_path: Path) -> None:
    clean = render(make_tree(tmp_path / "clean"), "advisory.html")
    root = make_tree(tmp_path / "evil", messages={EMAIL_MSGID: XSS_MSGSTR})
    html = render(root, "advisory.html")
    assert elements(html) == elements(clean)  # no new element, no new attribute
    email = '<a href="mailto:press@example.org">press@example.org</a>'
    assert f"&lt;{email} contenteditable autofocus onfocus=&#34;" in html
    assert 'onfocus="' not in html


def test_the_same_translation_is_plain_in_the_text_advisory(tmp_path: Path) -> None:
    root = make_tree(tmp_path, messages={EMAIL_MSGID: XSS_MSGSTR})
    text = render(root, "advisory.txt")
    assert "<press@example.org contenteditable" in " ".join(text.split())


def test_a_processing_instruction_opener_stays_in_its_heading(tmp_path: Path) -> None:
    # `<?` in a msgstr pulled the key-figures list inside the heading.
    root = make_tree(tmp_path, messages={KEY_FIGURES: "Chiffres clés <?"})
    html = render(root, "brief.html")
    assert '<h2 id="key-figures-heading">Chiffres clés &lt;?</h2>' in html
    assert not any(tag == "?" for tag, _ in elements(html))


def test_an_apostrophe_in_a_translation_cannot_close_an_attribute(tmp_path: Path) -> None:
    root = make_tree(tmp_path, messages={KEY_FIGURES: 'Chiffres d\'a "b" & <c>'})
    html = render(root, "brief.html")
    assert "Chiffres d&#39;a &#34;b&#34; &amp; &lt;c&gt;" in html


def test_the_lint_reads_the_msgstr_with_placeholders_filled_in(tmp_path: Path) -> None:
    root = make_tree(tmp_path, messages={EMAIL_MSGID: XSS_MSGSTR})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "unsafe-markup")
    line = line_of(root / FR_MESSAGES, "contenteditable")
    assert (problem["path"], problem["line"]) == (FR_MESSAGES, line)
    assert problem["column"] == column_of(root / FR_MESSAGES, "<%(email)s", line)
    assert str(problem["text"]).startswith("<%(email)s contenteditable")


@pytest.mark.parametrize(
    ("msgstr", "culprit"),
    [("Chiffres clés <?", "<"), ("Chiffres > clés", ">"), ("Chiffres & clés", "&")],
    ids=["less-than", "greater-than", "ampersand"],
)
def test_a_bare_markup_character_the_msgid_lacks_is_flagged(
    tmp_path: Path, msgstr: str, culprit: str
) -> None:
    root = make_tree(tmp_path, messages={KEY_FIGURES: msgstr})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "unsafe-markup")
    line = line_of(root / FR_MESSAGES, msgstr)
    assert (problem["line"], problem["column"]) == (
        line,
        column_of(root / FR_MESSAGES, culprit, line),
    )
    assert problem["text"] == culprit


def test_a_placeholder_made_into_a_tag_in_copy_is_flagged(tmp_path: Path) -> None:
    msgstr = "On estime que <{prisoners_total} onmouseover=alert> personnes sont détenues."
    root = make_tree(tmp_path, copy={HELD: msgstr})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "unsafe-markup")
    line = line_of(root / FR_COPY, "onmouseover")
    assert (problem["path"], problem["line"]) == (FR_COPY, line)
    assert problem["column"] == column_of(root / FR_COPY, "<{prisoners_total}", line)


def test_a_clean_translation_passes(tmp_path: Path) -> None:
    root = make_tree(tmp_path, messages={KEY_FIGURES: "Chiffres clés"})
    _, problems = lint_json(root)
    assert of_code(problems, "unsafe-markup") == []


def test_page_numbers_come_out_as_css_whatever_the_escaping() -> None:
    pattern = Markup("Page {page} &amp; {pages}")
    assert str(css_counters(pattern)) == '"Page " counter(page) " \\26  " counter(pages)'
