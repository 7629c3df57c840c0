"""The translator's loop of issue 4, end to end: extract, translate, build, change, update."""

from __future__ import annotations

from pathlib import Path

import polib

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from tests.i18n.helpers import (
    CAMPAIGN,
    entry,
    find,
    po_path,
    project_with_templates,
    toolkit,
    translate_all,
)

HEADLINE = "Prisoner amnesty to begin"
FRENCH_HEADLINE = "Une amnistie des prisonniers va commencer"
OLD_BODY = "An amnesty is expected to begin on {amnesty_start}."
NEW_BODY = "An amnesty is due to begin on {amnesty_start}."


def build_advisory(root: Path, *extra: str) -> tuple[int, str]:
    result = toolkit(root, "build", "--output", "advisory", "--jobs", "1", *extra)
    return result.exit_code, result.output


def french_advisory(root: Path) -> str:
    return (root / "out" / CAMPAIGN / "fr" / "advisory.html").read_text(encoding="utf-8")


def test_extract_translate_build_change_update(make_project: ProjectFactory) -> None:
    root = project_with_templates(make_project)
    assert toolkit(root, "i18n", "extract").exit_code == 0
    assert toolkit(root, "i18n", "update").exit_code == 0
    for domain in ("messages", CAMPAIGN):
        translate_all(po_path(root, "fr", domain))

    # A translator changes the headline in the French PO file (polib, as Poedit would).
    po = polib.pofile(str(po_path(root, "fr")))
    find(po, HEADLINE).msgstr = FRENCH_HEADLINE
    po.save()
    status, output = build_advisory(root)
    assert status == 0, output
    assert FRENCH_HEADLINE in french_advisory(root)

    # The press office rewords a sentence: the French entry becomes fuzzy, keeping
    # its translation and the previous msgid, and French is no longer shipped.
    sheet = root / "factsheets" / "test-camps.yaml"
    sheet.write_text(MINIMAL_FACTSHEET.replace(OLD_BODY, NEW_BODY), encoding="utf-8")
    assert toolkit(root, "i18n", "extract").exit_code == 0
    assert toolkit(root, "i18n", "update").exit_code == 0
    changed = entry(po_path(root, "fr"), NEW_BODY)
    assert changed.fuzzy
    assert changed.previous_msgid == OLD_BODY
    assert changed.msgstr == f"FR: {OLD_BODY}"
    assert entry(po_path(root, "fr"), HEADLINE).msgstr == FRENCH_HEADLINE  # nothing lost

    status, output = build_advisory(root)
    assert status == 1
    assert "incomplete-translation fr is not shipped: 1 fuzzy" in output
    # The last French advisory would now say something the English no longer does: removed.
    assert f"removed out/{CAMPAIGN}/fr/advisory.html: fr was not shipped" in output
    assert not (root / "out" / CAMPAIGN / "fr" / "advisory.html").exists()
    assert NEW_BODY.split("{")[0] in (root / "out" / CAMPAIGN / "en" / "advisory.html").read_text()

    # With --allow-partial French ships, in English where the string is fuzzy, and says so.
    status, output = build_advisory(root, "--allow-partial")
    assert status == 0, output
    assert "partial-translation fr is shipped partly in en: 1 fuzzy" in output
    partial = french_advisory(root)
    assert FRENCH_HEADLINE in partial
    assert f'<span lang="en">{NEW_BODY.split("{")[0]}' in partial  # the English run says so
    assert "<!-- Partly translated: 1 fuzzy, shown in en" in partial

    # The translator reviews the entry: French ships again, translated.
    translate_all(po_path(root, "fr"))
    status, output = build_advisory(root)
    assert status == 0, output
    assert f"FR: {NEW_BODY.split('{')[0]}" in french_advisory(root)


def test_status_agrees_with_the_build(make_project: ProjectFactory) -> None:
    root = project_with_templates(make_project)
    toolkit(root, "i18n", "extract")
    toolkit(root, "i18n", "update")
    translate_all(po_path(root, "fr", "messages"))
    translate_all(po_path(root, "fr"), skip=(HEADLINE,))

    status = toolkit(root, "i18n", "status")
    build_status, output = build_advisory(root)
    assert status.exit_code == build_status == 1
    assert "1 string missing" in status.output and "fr is not shipped: 1 string missing" in output

    translate_all(po_path(root, "fr"))
    assert toolkit(root, "i18n", "status").exit_code == 0
    assert build_advisory(root)[0] == 0


def test_a_translation_with_broken_placeholders_is_never_rendered(translated: Path) -> None:
    """A lone brace or percent sign in a msgstr stops French with a located error, not a crash."""
    po = polib.pofile(str(po_path(translated, "fr")))
    find(po, OLD_BODY).msgstr = "Une amnistie doit commencer le {amnesty_start} (à 100 % {."
    po.save()
    templates = polib.pofile(str(po_path(translated, "fr", "messages")))
    find(templates, "Media advisory").msgstr = "Avis aux médias à 100 %"
    templates.save()
    result = toolkit(translated, "build", "--locale", "fr")
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.count("placeholder-mismatch") == 2
    assert "nothing written" in result.output  # whatever the code, a lint error writes nothing
    assert not (translated / "out").exists()
    lint = toolkit(translated, "lint", "--locale", "fr")
    assert lint.exit_code == 1
    assert lint.output.count("placeholder-mismatch") == 2
