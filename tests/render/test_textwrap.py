"""Plain text for e-mail: 72 columns, wide characters counted twice, figures never split."""

from __future__ import annotations

from toolkit.render.textwrap import underline, visible_width, wrap


def test_lines_fit_the_width() -> None:
    text = " ".join(["word"] * 60)
    assert all(len(line) <= 72 for line in wrap(text).splitlines())
    assert wrap(text).replace("\n", " ") == text


def test_korean_counts_two_columns_per_syllable() -> None:
    assert visible_width("북한") == 4
    text = " ".join(["정치범수용소"] * 20)
    assert all(visible_width(line) <= 72 for line in wrap(text).splitlines())
    assert max(len(line) for line in wrap(text).splitlines()) < 40


def test_no_break_spaces_keep_a_figure_whole() -> None:
    figure = "jusqu'à 200\u202f000"
    text = "x " * 30 + figure + " personnes"
    assert any("200\u202f000" in line for line in wrap(text, width=40).splitlines())


def test_a_long_url_stands_alone_unbroken() -> None:
    url = "https://example.org/" + "a" * 100
    lines = wrap(f"See {url} now").splitlines()
    assert url in lines


def test_first_line_prefix_and_hanging_indent() -> None:
    lines = wrap("alpha " * 20, width=30, indent="  ", first="- ").splitlines()
    assert lines[0].startswith("- alpha")
    assert all(line.startswith("  alpha") for line in lines[1:])


def test_marks_take_no_room() -> None:
    assert visible_width("\ue000200\ue001") == 3


LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


def test_an_isolate_never_spans_a_line_break() -> None:
    title = LRI + "Images reveal scale of North Korean political prison camps" + PDI
    text = "مصدر " * 8 + title + " " + RLI + "3\u00a0مايو\u00a02011" + PDI + "، " + "نص " * 10
    lines = wrap(text, width=40).splitlines()
    assert len(lines) > 3
    for line in lines:
        opened = line.count(LRI) + line.count(RLI)
        assert opened == line.count(PDI), line
        assert visible_width(line) <= 40 or " " not in line.strip(LRI + RLI + PDI)
    # Every word is still there, in order, once the isolates are taken out.
    plain = " ".join(lines)
    for mark in (LRI, RLI, PDI):
        plain = plain.replace(mark, "")
    expected = text
    for mark in (LRI, RLI, PDI):
        expected = expected.replace(mark, "")
    assert plain.split() == expected.split()


def test_an_isolate_reopens_after_the_hanging_indent() -> None:
    lines = wrap(
        LRI + "alpha beta gamma delta" + PDI, width=14, indent="    ", first=""
    ).splitlines()
    assert lines[0] == LRI + "alpha beta" + PDI
    assert lines[1] == "    " + LRI + "gamma" + PDI
    assert lines[2] == "    " + LRI + "delta" + PDI


def test_isolates_take_no_room() -> None:
    assert visible_width(LRI + "abc" + PDI + RLI + PDI) == 3


FRENCH_SOURCES = (
    "[2] GlobalPost, « North Korea: Amnesty announced for political prisoners », janvier"
    "\u00a02012 ; voir aussi « Rapport » : est-ce vrai ? Oui ! Et\u00a0«\u00a0ceci\u00a0»."
)


def test_french_punctuation_set_off_by_a_space_never_starts_or_ends_a_line() -> None:
    """Whatever space the translator typed, » ; : ! ? never start a line and « never ends one
    (the review found a Sources line reading "    », janvier 2012")."""
    for width in range(10, 90):
        lines = wrap(FRENCH_SOURCES, width=width, indent="    ", first="").splitlines()
        for line in lines:
            assert line.strip()[:1] not in set("»;:!?"), (width, lines)
            assert not line.rstrip().endswith("«"), (width, lines)
        assert " ".join(line.strip() for line in lines).replace("\u00a0", " ") == (
            FRENCH_SOURCES.replace("\u00a0", " ")
        )


def test_the_review_s_line_keeps_its_closing_guillemet() -> None:
    text = (
        "[2] GlobalPost, « North Korea: Amnesty announced for political prisoners », janvier 2012"
    )
    assert "\n    »" not in wrap(text, indent="    ", first="")


def test_german_guillemets_set_against_their_words_still_break() -> None:
    text = "Er sagte »Hallo« und ging, " * 6
    wrapped = [wrap(text, width=width) for width in range(10, 40)]
    assert any(line.startswith("»Hallo«") for w in wrapped for line in w.splitlines())
    assert not any("\u00a0" in w for w in wrapped)


def test_an_underline_is_as_wide_as_the_text_looks() -> None:
    assert underline("North Korea: amnesty") == "North Korea: amnesty\n" + "=" * 20
    assert underline("북한, 사면") == "북한, 사면\n" + "=" * 10  # 4 syllables × 2, comma, space
    assert underline("short\na longer line", "-") == "short\na longer line\n" + "-" * 13


def test_the_advisorys_headline_underline_fits_the_headline() -> None:
    headline = "북한, 수감자 사면 시행 임박 " * 5
    lines = underline(wrap(headline)).splitlines()
    assert set(lines[-1]) == {"="}
    assert len(lines[-1]) == max(visible_width(line) for line in lines[:-1]) <= 72
