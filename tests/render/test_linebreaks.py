"""Where HTML prose may break: figures kept with their words, French punctuation kept close."""

from __future__ import annotations

from markupsafe import Markup

from toolkit.render.linebreaks import glue_punctuation, join_prose


def test_french_punctuation_is_held_by_no_break_spaces_in_html() -> None:
    html = join_prose(["Il a dit « bonjour » : est-ce vrai ? Oui ; enfin !"], keep_hangul=False)
    assert html == (
        "Il a dit «\u00a0bonjour\u00a0»\u00a0: est-ce vrai\u00a0? Oui\u00a0; enfin\u00a0!"
    )


def test_punctuation_after_a_fact_stays_with_it() -> None:
    fact = Markup('<span class="fact">200\u00a0000</span>')
    html = join_prose(["soit ", fact, " ! Et « ", fact, " »"], keep_hangul=False)
    assert " !" not in html and "« " not in html and " »" not in html
    assert html.count('class="nobr"') == 2  # each fact is kept with its punctuation


def test_what_typographers_typed_is_kept_and_other_spaces_still_break() -> None:
    typed = "«\u202fculpabilité\u202f» et «\u00a0x\u00a0»"
    assert glue_punctuation(typed) == typed
    assert glue_punctuation("a ?b c?") == "a ?b c?"
    assert glue_punctuation("Er sagte »Hallo« und ging") == "Er sagte »Hallo« und ging"
    assert glue_punctuation("« a » b") == "«\u00a0a\u00a0» b"
