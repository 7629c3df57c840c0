"""Plain text for e-mail: 72 columns, wide characters counted twice, figures never split."""

from __future__ import annotations

from toolkit.render.textwrap import visible_width, wrap


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
