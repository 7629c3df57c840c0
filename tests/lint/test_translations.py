"""Translation checks: placeholders, markup and missing translations, at the PO entry's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lint.trees import (
    FR_COPY,
    FR_MESSAGES,
    column_of,
    line_of,
    lint_json,
    make_tree,
    of_code,
)

HELD = "The organisation estimates that {prisoners_total} people are held."
CAMPS = "{camps_known} camp is known."


@pytest.mark.parametrize(
    ("msgstr", "how", "culprit"),
    [
        ("L'organisation estime que des gens sont détenus.", "drops {prisoners_total}", None),
        (
            "L'organisation estime que {prisoner_total} personnes sont détenues.",
            "renames {prisoners_total} to {prisoner_total}",
            "{prisoner_total}",
        ),
        (
            "{prisoners_total} : l'organisation estime que {prisoners_total} sont détenues.",
            "repeats {prisoners_total}",
            "{prisoners_total}",
        ),
        (
            "L'organisation estime que {prisoners_total} personnes ({camps_known}) sont détenues.",
            "adds {camps_known}",
            "{camps_known}",
        ),
        ("L'organisation estime que {prisoners_total personnes.", "a lone {", None),
    ],
    ids=["dropped", "renamed", "duplicated", "added", "lone-brace"],
)
def test_placeholder_mismatch(tmp_path: Path, msgstr: str, how: str, culprit: str | None) -> None:
    root = make_tree(tmp_path, copy={HELD: msgstr})
    status, problems = lint_json(root)
    assert status == 1
    [problem] = of_code(problems, "placeholder-mismatch")
    line = line_of(root / FR_COPY, msgstr[:30])
    assert (problem["path"], problem["line"]) == (FR_COPY, line)
    assert problem["locale"] == "fr"
    assert how in str(problem["message"])
    if culprit is not None:
        occurrence = 2 if how.startswith("repeats") else 1
        assert problem["column"] == column_of(root / FR_COPY, culprit, line, occurrence)


def test_placeholder_mismatch_in_one_plural_form(tmp_path: Path) -> None:
    forms = ("{camps_known} camp est connu.", "Des camps sont connus.")
    root = make_tree(tmp_path, copy={CAMPS: forms})
    status, problems = lint_json(root)
    [problem] = of_code(problems, "placeholder-mismatch")
    assert problem["line"] == line_of(root / FR_COPY, "msgstr[1]")
    assert "msgstr[1] drops {camps_known}" in str(problem["message"])
    assert status == 1


def test_placeholder_mismatch_in_a_template_message(tmp_path: Path) -> None:
    msgid = "Reference: %(reference)s"
    root = make_tree(tmp_path, messages={msgid: "Référence : %(ref)s"})
    status, problems = lint_json(root)
    [problem] = of_code(problems, "placeholder-mismatch")
    assert problem["path"] == FR_MESSAGES
    assert problem["line"] == line_of(root / FR_MESSAGES, "Référence : %(ref)s")
    assert "renames %(reference)s to %(ref)s" in str(problem["message"])
    assert status == 1


def test_lone_percent_in_a_template_message(tmp_path: Path) -> None:
    """Template messages are %-formatted: "100 %" would break rendering."""
    root = make_tree(tmp_path, messages={"Key figures": "Chiffres clés à 100 %"})
    status, problems = lint_json(root)
    mismatch = of_code(problems, "placeholder-mismatch")
    assert [p["line"] for p in mismatch] == [line_of(root / FR_MESSAGES, "Chiffres clés")]
    assert "write %% for a percent sign" in str(mismatch[0]["message"])
    assert status == 1


@pytest.mark.parametrize(
    ("msgstr", "markup"),
    [
        ("Votre don <script>alert(1)</script> finance la recherche.", "<script>"),
        ('Votre don <a href="https://evil.example">finance</a> la recherche.', "<a href"),
        ("Votre don finance la recherche : javascript:alert(1)", "javascript:"),
        ("Votre don finance la recherche&nbsp;!", "&nbsp;"),
        ("Votre don : voir data:text/html,hello", "data:"),
    ],
    ids=["script", "link", "javascript", "entity", "data-url"],
)
def test_unsafe_markup_in_a_translation(tmp_path: Path, msgstr: str, markup: str) -> None:
    msgid = "Your gift pays for research."
    root = make_tree(tmp_path, copy={msgid: msgstr})
    status, problems = lint_json(root)
    assert status == 1
    found = of_code(problems, "unsafe-markup")
    assert found, problems
    problem = found[0]
    assert problem["path"] == FR_COPY
    assert problem["line"] == line_of(root / FR_COPY, msgstr[:15])
    assert problem["column"] == column_of(root / FR_COPY, markup)
    assert str(problem["text"]).lower().startswith(markup.lower())


def test_markup_the_source_has_may_stay(tmp_path: Path) -> None:
    """The lint compares with the msgid: a translation keeps what its source has."""
    root = make_tree(tmp_path)
    po = root / FR_MESSAGES
    text = po.read_text(encoding="utf-8").replace(
        'msgid "Sources"\nmsgstr "Sources"',
        'msgid "Sources <b>list</b>"\nmsgstr "<b>Liste</b> des sources"',
    )
    po.write_text(text, encoding="utf-8")
    status, problems = lint_json(root, "--allow-partial")  # "Sources" has no entry now
    assert of_code(problems, "unsafe-markup") == []
    assert status == 0


def test_unsafe_markup_in_copy(tmp_path: Path) -> None:
    from tests.conftest import MINIMAL_FACTSHEET

    sheet = MINIMAL_FACTSHEET.replace(
        '"Donate today."', "\"Donate <a href='javascript:steal()'>today</a>.\""
    )
    root = make_tree(tmp_path, sheet)
    status, problems = lint_json(root)
    found = [
        p for p in of_code(problems, "unsafe-markup") if p["path"] == "factsheets/test-camps.yaml"
    ]
    assert found, problems
    sheet_path = root / "factsheets" / "test-camps.yaml"
    assert found[0]["line"] == line_of(sheet_path, "Donate <a href")
    assert found[0]["column"] == column_of(sheet_path, "<a href")
    assert status == 1


def test_untranslated_fuzzy_and_empty_entries_warn(tmp_path: Path) -> None:
    root = make_tree(
        tmp_path,
        copy={"Your gift pays for research.": "", CAMPS: ("{camps_known} camp est connu.", "")},
        fuzzy=("Donate today.",),
    )
    status, problems = lint_json(root)
    found = of_code(problems, "untranslated")
    po = root / FR_COPY
    assert {(p["path"], p["line"]) for p in found} == {
        (FR_COPY, line_of(po, 'msgid "Your gift pays for research."')),
        (FR_COPY, line_of(po, 'msgid "Donate today."')),
        (FR_COPY, line_of(po, f'msgid "{CAMPS}"')),
    }
    assert all(p["severity"] == "warning" and p["locale"] == "fr" for p in found)
    # each string warns; the locale they keep from shipping is the build's error
    [blocked] = of_code(problems, "incomplete-translation")
    assert blocked["locale"] == "fr" and "2 strings missing, 1 fuzzy" in str(blocked["message"])
    assert status == 1, "a locale the build would not ship fails the lint too"


def test_untranslated_when_a_string_has_no_entry(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    po = root / FR_COPY
    text = po.read_text(encoding="utf-8")
    po.write_text(
        text.replace('msgid "Donate"\nmsgstr "Donate"\n', ""),
        encoding="utf-8",
    )
    status, problems = lint_json(root)
    [problem] = of_code(problems, "untranslated")
    assert problem["path"] == FR_COPY
    assert problem["text"] == "Donate"
    assert "no entry" in str(problem["message"])
    assert len(of_code(problems, "incomplete-translation")) == 1 and status == 1


def test_untranslated_when_a_catalog_is_missing(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    (root / FR_COPY).unlink()
    status, problems = lint_json(root)
    [problem] = of_code(problems, "untranslated")
    assert problem["path"] == FR_COPY
    assert "no catalog" in str(problem["message"])
    assert len(of_code(problems, "incomplete-translation")) == 1 and status == 1


def test_invalid_catalog(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    po = root / FR_COPY
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Donate today."', 'msgstr "Donate today.'), encoding="utf-8")
    status, problems = lint_json(root)
    found = of_code(problems, "invalid-catalog")
    assert found
    assert found[0]["path"] == FR_COPY
    assert found[0]["line"] == line_of(po, 'msgstr "Donate today.')
    assert status == 1


def test_a_fuzzy_entry_is_untranslated_not_checked(tmp_path: Path) -> None:
    """After `i18n update`, an old translation kept as fuzzy is not shipped: it only warns."""
    root = make_tree(
        tmp_path,
        copy={HELD: "L'organisation estime que {old_name} personnes, 40 en tout, sont détenues."},
        fuzzy=(HELD,),
    )
    status, problems = lint_json(root)
    assert {p["code"] for p in problems} == {"untranslated", "incomplete-translation"}
    assert status == 1  # not shipped, as the build says
    status, problems = lint_json(root, "--allow-partial")
    assert {p["code"] for p in problems} == {"untranslated", "partial-translation"}
    assert status == 0


def test_a_translation_that_breaks_rendering_is_blamed_not_the_template(tmp_path: Path) -> None:
    root = make_tree(
        tmp_path,
        copy={"Your gift pays for research.": "Votre don {paie"},
        messages={"Key figures": "Chiffres 100 %"},
    )
    status, problems = lint_json(root)
    assert {(p["code"], p["path"]) for p in problems} == {
        ("placeholder-mismatch", FR_COPY),
        ("placeholder-mismatch", FR_MESSAGES),
        ("uncited-figure", FR_MESSAGES),
        ("incomplete-translation", "factsheets/test-camps.yaml"),  # broken: fr does not ship
    }
    assert status == 1


# -- length budgets ----------------------------------------------------------------

HEADLINE = "Prisoner amnesty to begin"  # the advisory's headline: at most 80 characters


def test_a_translation_over_its_budget_is_a_warning_at_the_first_character_too_many(
    tmp_path: Path,
) -> None:
    long = "Corée du Nord : " + "une amnistie très attendue des prisonniers " * 2  # 102 chars
    root = make_tree(tmp_path, copy={HEADLINE: long})
    status, problems = lint_json(root)
    [problem] = of_code(problems, "too-long")
    assert status == 0  # a warning: the build still ships
    assert problem["severity"] == "warning"
    line = line_of(root / FR_COPY, long[:30])
    assert (problem["path"], problem["line"], problem["locale"]) == (FR_COPY, line, "fr")
    assert problem["column"] == column_of(root / FR_COPY, long[:30], line) + 80
    message = str(problem["message"])
    assert f"{len(long)} characters" in message and "budget of 80" in message
    assert "headline" in message


def test_a_translation_within_its_budget_passes(tmp_path: Path) -> None:
    exactly = "x" * 80
    root = make_tree(tmp_path, copy={HEADLINE: exactly})
    assert of_code(lint_json(root)[1], "too-long") == []


def test_a_button_has_a_smaller_budget(tmp_path: Path) -> None:
    root = make_tree(tmp_path, copy={"Donate": "Faites un don dès aujourd'hui"})  # 29 > 25
    [problem] = of_code(lint_json(root)[1], "too-long")
    assert "budget of 25 (a button)" in str(problem["message"])


def test_a_template_string_is_held_to_its_max_length_flag(tmp_path: Path) -> None:
    root = make_tree(tmp_path, messages={"Key figures": "Les chiffres clés de la campagne"})
    po = root / FR_MESSAGES
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgid "Key figures"', '#, max-length:12\nmsgid "Key figures"'))
    [problem] = of_code(lint_json(root)[1], "too-long")
    assert problem["path"] == FR_MESSAGES
    assert problem["line"] == line_of(po, "Les chiffres clés")
    assert "budget of 12 (its max-length flag)" in str(problem["message"])
