"""``update`` merges without losing a translation; ``init`` adds a locale; ``compile`` writes .mo."""

from __future__ import annotations

import gettext
import shutil
from pathlib import Path

import polib

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory, needs_current_cldr
from tests.i18n.helpers import CAMPAIGN, entry, find, po_path, project_with_templates, toolkit

SHEET = "factsheets/test-camps.yaml"
SUMMARY = "A short summary."
PLURAL = "{camps_known} camp is known."
UNRELATED = "Read the full report online, with maps and testimony."


def rewrite_sheet(root: Path, old: str, new: str) -> None:
    path = root / SHEET
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def extract_and_update(root: Path) -> str:
    assert toolkit(root, "i18n", "extract").exit_code == 0
    result = toolkit(root, "i18n", "update")
    assert result.exit_code == 0, result.output
    return result.output


def test_update_gives_translators_the_budget_flag_and_follows_its_changes(
    translated: Path,
) -> None:
    headline = "Prisoner amnesty to begin"
    assert "max-length:80" in find(polib.pofile(str(po_path(translated, "fr"))), headline).flags
    po = po_path(translated, "fr")  # a budget the template no longer gives (an older one)
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace("max-length:80", "max-length:50", 1), encoding="utf-8")
    assert toolkit(translated, "i18n", "update").exit_code == 0
    flags = find(polib.pofile(str(po_path(translated, "fr"))), headline).flags
    assert [f for f in flags if f.startswith("max-length")] == ["max-length:80"]


def test_update_extracts_first_so_an_edited_string_reaches_every_po(translated: Path) -> None:
    """`toolkit lint` says to run `i18n update` for an untranslated string: that is enough."""
    rewrite_sheet(translated, f'summary: ["{SUMMARY}"]', f'summary: ["{UNRELATED}"]')
    result = toolkit(translated, "i18n", "update")  # no `i18n extract` before it
    assert result.exit_code == 0, result.output
    assert "extracting the PO templates first" in result.output
    assert f"wrote locales/{CAMPAIGN}.pot" in result.output
    added = entry(po_path(translated, "fr"), UNRELATED)  # fr is the one locale translated
    assert not added.obsolete and added.msgstr == ""


def test_update_needs_no_template_extracted_before(make_project: ProjectFactory) -> None:
    root = project_with_templates(make_project)
    result = toolkit(root, "i18n", "update")
    assert result.exit_code == 0, result.output
    assert "no PO template" not in result.output
    assert po_path(root, "fr").is_file() and po_path(root, "fr", "messages").is_file()


def test_update_is_idempotent(translated: Path) -> None:
    extract_and_update(translated)  # rewraps the lines polib saved, as msgmerge would
    before = po_path(translated, "fr").read_bytes()
    output = extract_and_update(translated)
    assert f"unchanged locales/fr/LC_MESSAGES/{CAMPAIGN}.po" in output
    assert po_path(translated, "fr").read_bytes() == before


def test_a_removed_string_stays_obsolete_and_comes_back_translated(translated: Path) -> None:
    rewrite_sheet(translated, f'summary: ["{SUMMARY}"]', f'summary: ["{UNRELATED}"]')
    extract_and_update(translated)
    text = po_path(translated, "fr").read_text(encoding="utf-8")
    assert f'#~ msgid "{SUMMARY}"' in text and f'#~ msgstr "FR: {SUMMARY}"' in text
    assert "1 obsolete" in toolkit(translated, "i18n", "update").output

    rewrite_sheet(translated, f'summary: ["{UNRELATED}"]', f'summary: ["{SUMMARY}"]')
    extract_and_update(translated)
    revived = entry(po_path(translated, "fr"), SUMMARY)
    assert not revived.obsolete and not revived.fuzzy
    assert revived.msgstr == f"FR: {SUMMARY}"


@needs_current_cldr
def test_a_changed_plural_keeps_both_forms_as_fuzzy(translated: Path) -> None:
    rewrite_sheet(translated, "camp is known.", "camp is known to us.")
    rewrite_sheet(translated, "camps are known.", "camps are known to us.")
    extract_and_update(translated)
    changed = entry(po_path(translated, "fr"), "{camps_known} camp is known to us.")
    assert changed.fuzzy
    assert changed.previous_msgid == PLURAL
    assert changed.previous_msgid_plural == "{camps_known} camps are known."
    assert changed.msgstr_plural == {0: f"FR: {PLURAL}", 1: "FR: {camps_known} camps are known."}


def test_a_locale_added_to_the_fact_sheet_gets_catalogs(translated: Path) -> None:
    rewrite_sheet(translated, "locales: [en, fr]", "locales: [en, fr, ar]")
    output = extract_and_update(translated)
    assert f"created locales/ar/LC_MESSAGES/{CAMPAIGN}.po" in output
    assert "created locales/ar/LC_MESSAGES/messages.po" in output
    arabic = polib.pofile(str(po_path(translated, "ar")))
    assert arabic.metadata["Plural-Forms"].startswith("nplurals=6;")
    assert sorted(find(arabic, PLURAL).msgstr_plural) == list(range(6))
    assert not (translated / "locales" / "en").exists()  # the source language needs none


def test_a_locale_folder_already_present_is_updated(translated: Path) -> None:
    assert toolkit(translated, "i18n", "init", "--locale", "de").exit_code == 0
    rewrite_sheet(translated, SUMMARY, "A new summary.")
    output = extract_and_update(translated)
    assert f"updated locales/de/LC_MESSAGES/{CAMPAIGN}.po" in output
    assert entry(po_path(translated, "de"), "A new summary.").msgstr == ""


def test_init_creates_a_new_locale_with_babels_plural_header(translated: Path) -> None:
    result = toolkit(translated, "i18n", "init", "--locale", "de")
    assert result.exit_code == 0, result.output
    assert f"created locales/de/LC_MESSAGES/{CAMPAIGN}.po" in result.output
    assert "add it to `locales:`" in result.output
    for domain in ("messages", CAMPAIGN):
        german = polib.pofile(str(po_path(translated, "de", domain)))
        assert german.metadata["Language"] == "de"
        assert german.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
        assert german.percent_translated() == 0 and len(german) > 0
        assert not german.metadata_is_fuzzy
    assert "Translations template" not in po_path(translated, "de").read_text(encoding="utf-8")

    again = toolkit(translated, "i18n", "init", "--locale", "de")
    assert again.exit_code == 0 and f"kept locales/de/LC_MESSAGES/{CAMPAIGN}.po" in again.output


def test_init_of_a_one_form_locale_gives_each_plural_entry_one_form(translated: Path) -> None:
    """Korean has one plural form; the template's plural entries have two empty ones."""
    result = toolkit(translated, "i18n", "init", "--locale", "ko")
    assert result.exit_code == 0, result.output
    korean = polib.pofile(str(po_path(translated, "ko")))
    assert korean.metadata["Plural-Forms"].startswith("nplurals=1;")
    plural = next(e for e in korean if e.msgid_plural)
    assert plural.msgid == PLURAL and plural.msgstr_plural == {0: ""}


def test_init_refuses_an_unknown_locale(translated: Path) -> None:
    result = toolkit(translated, "i18n", "init", "--locale", "xx")
    assert result.exit_code == 2
    assert "not a locale Babel knows" in result.output
    assert not (translated / "locales" / "xx").exists()


def test_init_of_the_source_language_creates_nothing(translated: Path) -> None:
    result = toolkit(translated, "i18n", "init", "--locale", "en")
    assert result.exit_code == 0
    assert "nothing to translate" in result.output
    assert not (translated / "locales" / "en").exists()


def test_init_before_extract_says_what_to_do(make_project: ProjectFactory) -> None:
    root = project_with_templates(make_project)
    result = toolkit(root, "i18n", "init", "--locale", "de")
    assert result.exit_code == 1
    assert "locales/messages.pot:" in result.output and "invalid-catalog" in result.output
    assert "run `toolkit i18n extract` first" in result.output


def test_a_new_campaign_gets_catalogs_without_code(translated: Path) -> None:
    other = MINIMAL_FACTSHEET.replace("campaign: test-camps", "campaign: other-camps").replace(
        "locales: [en, fr]", "locales: [en, es]"
    )
    (translated / "factsheets" / "other.yaml").write_text(other, encoding="utf-8")
    output = extract_and_update(translated)
    assert "created locales/es/LC_MESSAGES/other-camps.po" in output
    assert "created locales/es/LC_MESSAGES/messages.po" in output
    # French is another campaign's locale: the new campaign does not list it, so no
    # catalog is started for it there (issue 14).
    assert "locales/fr/LC_MESSAGES/other-camps.po" not in output
    assert not (translated / "locales" / "fr" / "LC_MESSAGES" / "other-camps.po").exists()


def test_compile_writes_mo_files_without_fuzzy_entries(translated: Path) -> None:
    po = polib.pofile(str(po_path(translated, "fr")))
    find(po, "Donate").flags.append("fuzzy")
    po.save()
    result = toolkit(translated, "i18n", "compile")
    assert result.exit_code == 0, result.output
    assert "1 left out (fuzzy or untranslated)" in result.output
    with po_path(translated, "fr").with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert compiled.gettext(SUMMARY) == f"FR: {SUMMARY}"
    assert compiled.gettext("Donate") == "Donate"
    assert compiled.ngettext(PLURAL, "{camps_known} camps are known.", 2).startswith("FR: ")
    assert "unchanged" in toolkit(translated, "i18n", "compile").output


def test_a_long_changed_string_keeps_a_readable_previous_msgid(translated: Path) -> None:
    """Babel alone re-wraps a long ``#| msgid`` into lines no PO reader accepts."""
    short = "The organisation estimates that {prisoners_total} people are held."
    first = (
        "The organisation, which has documented the camps for a long time from "
        "satellite images and testimony, estimates that {prisoners_total} people are held."
    )
    second = first.replace("for a long time", "for many years")
    rewrite_sheet(translated, short, first)
    extract_and_update(translated)
    po = polib.pofile(str(po_path(translated, "fr")))
    find(po, first).msgstr = "FR: " + first
    find(po, first).flags = ["python-brace-format"]
    po.save()
    rewrite_sheet(translated, first, second)
    extract_and_update(translated)
    changed = entry(po_path(translated, "fr"), second)
    assert changed.fuzzy and changed.previous_msgid == first
    result = toolkit(translated, "build", "--locale", "fr")
    assert result.exit_code == 1
    assert "invalid-catalog" not in result.output and "1 fuzzy" in result.output


def test_babel_never_prints_a_warning_without_a_file(translated: Path) -> None:
    """A PO template Babel would warn about ("WARNING: Problem on line 38: ''") is a
    located problem instead, and nothing is printed by Babel itself."""
    pot = translated / "locales" / "messages.pot"
    text = pot.read_text(encoding="utf-8")
    first = text.index('msgstr ""\n', text.index("#: templates"))
    pot.write_text(text[:first] + text[first + len('msgstr ""\n') :], encoding="utf-8")
    shutil.rmtree(translated / "locales" / "fr")
    result = toolkit(
        translated, "i18n", "init", "--locale", "fr"
    )  # reads the templates as they are
    assert result.exit_code == 1
    assert "WARNING" not in result.output
    assert "locales/messages.pot:" in result.output and "missing msgstr" in result.output
    result = toolkit(translated, "i18n", "update")  # extracts them again first
    assert result.exit_code == 0, result.output
    assert "WARNING" not in result.output and "wrote locales/messages.pot" in result.output


def test_init_says_to_list_the_new_locale(translated: Path) -> None:
    result = toolkit(translated, "i18n", "init", "--locale", "de-AT")
    assert result.exit_code == 0, result.output
    assert "created locales/de_AT/LC_MESSAGES/messages.po" in result.output
    assert "to ship de_AT, add it to `locales:`" in result.output
    lint = toolkit(translated, "lint", "--locale", "de-AT")
    assert lint.exit_code == 2 and "add it to `locales:`" in lint.output


def test_a_locale_folder_spelt_with_a_hyphen_is_named(translated: Path) -> None:
    (translated / "locales" / "pt-BR" / "LC_MESSAGES").mkdir(parents=True)
    result = toolkit(translated, "i18n", "update")
    assert result.exit_code == 1
    assert "locales/pt-BR" in result.output and "spelt pt_BR" in result.output
