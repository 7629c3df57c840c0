"""A CLDR update never makes an organisation's catalogs unusable: `i18n update` migrates them.

Babel's plural rules change with CLDR (French and Spanish gained a third
form in CLDR 42). The test writes a catalog under a rule with fewer forms
than Babel's for French, whatever Babel is installed, as an older Babel
would have: the lint names the command that fixes it, and that command
keeps every translation.
"""

from __future__ import annotations

from pathlib import Path

import polib

from tests.i18n.helpers import po_path, toolkit
from toolkit.i18n.plurals import nearest_forms
from toolkit.translation.checks import expected_plural_rule, parse_plural_forms

OLD_HEADER = "nplurals=1; plural=0;"


def write_under_an_older_rule(path: Path) -> int:
    """Rewrite ``path`` as if made when French had one plural form; its plural entries."""
    po = polib.pofile(str(path))
    po.metadata["Plural-Forms"] = OLD_HEADER
    plural = 0
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgstr_plural[0]}
            plural += 1
    po.save()
    return plural


def test_an_outdated_header_names_the_command_that_migrates_it(translated: Path) -> None:
    path = po_path(translated, "fr")
    assert write_under_an_older_rule(path) >= 1
    result = toolkit(translated, "lint", "--locale", "fr", "--format", "json")
    assert result.exit_code == 1
    [problem] = [p for p in _problems(result.stdout) if p["code"] == "invalid-catalog"]
    assert problem["path"] == "locales/fr/LC_MESSAGES/test-camps.po"
    assert "run `toolkit i18n update`" in problem["message"]

    result = toolkit(translated, "i18n", "update")
    assert result.exit_code == 0, result.output
    expected = expected_plural_rule("fr")
    assert expected is not None
    assert f"plural forms 1 -> {expected.count} (CLDR)" in result.output
    po = polib.pofile(str(path))
    assert parse_plural_forms(po.metadata["Plural-Forms"]).count == expected.count
    for entry in (e for e in po if e.msgid_plural):
        assert sorted(entry.msgstr_plural) == list(range(expected.count))
        # every new form starts as the only old one, for review
        assert set(entry.msgstr_plural.values()) == {entry.msgstr_plural[0]} != {""}
        assert "fuzzy" in entry.flags

    # A translator reviews the fuzzy entries: the locale is clean again.
    for entry in (e for e in po if e.msgid_plural):
        entry.flags.remove("fuzzy")
    po.save()
    result = toolkit(translated, "lint", "--locale", "fr", "--format", "json")
    assert [p for p in _problems(result.stdout) if p["severity"] == "error"] == []


def test_the_nearest_form_is_the_one_the_same_counts_took() -> None:
    two = parse_plural_forms("nplurals=2; plural=(n > 1);")  # French before CLDR 42
    three = parse_plural_forms(
        "nplurals=3; plural=((n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"
    )
    assert nearest_forms(two, three) == [0, 1, 1]  # "many" (a million) was "other"
    assert nearest_forms(three, two) == [0, 2]  # back: "other" keeps its own text


def _problems(stdout: str) -> list[dict[str, object]]:
    import json

    problems: list[dict[str, object]] = json.loads(stdout)["problems"]
    return problems
