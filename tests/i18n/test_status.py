"""``toolkit i18n status``: the counts and the verdict, per campaign and locale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polib

from tests.conftest import MINIMAL_FACTSHEET
from tests.i18n.helpers import CAMPAIGN, find, po_path, toolkit

HEADLINE = "Prisoner amnesty to begin"
BUTTON = "Donate"
BODY = "An amnesty is expected to begin on {amnesty_start}."
COPY_STRINGS = 12  # every translatable string of MINIMAL_FACTSHEET (copy, role, label)


def status(root: Path) -> tuple[int, dict[str, Any]]:
    result = toolkit(root, "i18n", "status", "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def row(document: dict[str, Any], locale: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [r for r in document["locales"] if r["locale"] == locale]
    assert len(found) == 1
    return found[0]


def template_entries(root: Path) -> int:
    return len(polib.pofile(str(root / "locales" / "messages.pot")))


def test_a_translated_locale_ships(translated: Path) -> None:
    code, document = status(translated)
    assert code == 0 and document["ok"] is True
    total = template_entries(translated) + COPY_STRINGS
    assert row(document, "en") == {
        "campaign": CAMPAIGN, "locale": "en", "listed": True, "source": True,
        "translated": total, "fuzzy": 0, "missing": 0, "ships": True, "reason": "",
        "total": total, "percent": 100,
    }  # fmt: skip
    french = row(document, "fr")
    assert (french["translated"], french["fuzzy"], french["missing"]) == (total, 0, 0)
    assert french["ships"] is True


def test_missing_and_fuzzy_strings_are_counted_and_stop_the_locale(translated: Path) -> None:
    po = polib.pofile(str(po_path(translated, "fr")))
    find(po, HEADLINE).msgstr = ""
    find(po, BUTTON).msgstr = ""
    find(po, BODY).flags.append("fuzzy")
    po.save()
    code, document = status(translated)
    assert code == 1 and document["ok"] is False
    french = row(document, "fr")
    total = template_entries(translated) + COPY_STRINGS
    assert (french["translated"], french["fuzzy"], french["missing"]) == (total - 3, 1, 2)
    assert french["ships"] is False
    assert french["reason"] == "2 strings missing, 1 fuzzy"

    text = toolkit(translated, "i18n", "status")
    assert text.exit_code == 1
    assert "2 strings missing, 1 fuzzy" in " ".join(text.stdout.split())


def test_every_string_of_the_templates_an_output_uses_is_needed(translated: Path) -> None:
    # The footer naming the press office's city is not shown (this office gives none), but
    # the advisory's templates hold it: a translator's tool shows it untranslated, status
    # counts it, and the locale does not ship, whatever this campaign's data happens to be.
    po = polib.pofile(str(po_path(translated, "fr", "messages")))
    unused = [e for e in po if "press office in %(city)s" in e.msgid]
    assert unused
    unused[0].msgstr = ""
    po.save()
    code, document = status(translated)
    assert code == 1
    assert row(document, "fr")["missing"] == 1 and row(document, "fr")["ships"] is False


def test_strings_not_merged_yet_count_as_missing(translated: Path) -> None:
    sheet = translated / "factsheets" / "test-camps.yaml"
    sheet.write_text(MINIMAL_FACTSHEET.replace("A short summary.", "A longer summary."))
    code, document = status(translated)  # no extract or update: status sees the fact sheet
    assert code == 1
    assert row(document, "fr")["missing"] == 1
    assert row(document, "fr")["reason"] == "1 string missing"


def test_a_locale_no_campaign_lists_is_named_once_not_counted(translated: Path) -> None:
    for locale in ("de", "es", "it"):
        assert toolkit(translated, "i18n", "init", "--locale", locale).exit_code == 0
    code, document = status(translated)
    assert code == 0
    assert [r["locale"] for r in document["locales"]] == ["en", "fr"]  # what the sheet lists
    assert all(r["listed"] for r in document["locales"])
    assert document["unlisted"] == ["de", "es", "it"]
    text = toolkit(translated, "i18n", "status")
    assert text.exit_code == 0
    words = " ".join(text.stdout.split())
    assert "missing" in words and "not listed" not in words
    [line] = [line for line in text.stdout.splitlines() if "no campaign lists" in line]
    assert "de, es, it" in line
    for locale in ("de", "es", "it"):  # not as rows of the table
        assert not any(row.split()[:1] == [locale] for row in text.stdout.splitlines())
