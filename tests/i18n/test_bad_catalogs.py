"""A broken PO file gives ``path:line: message`` and exit 1, in every command that reads it."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from tests.conftest import needs_current_cldr
from tests.i18n.helpers import CAMPAIGN, line_of, po_path, toolkit
from toolkit.translation.checks import parse_plural_forms

FRENCH_PLURAL = '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"'

# (name, text to find, replacement, the line to blame (None: the Plural-Forms header), message)
CASES = [
    (
        "unclosed string",
        'msgstr "FR: Donate"',
        'msgstr "FR: Donate',
        'msgstr "FR: Donate',
        "PO syntax error: the string is not closed",
    ),
    (
        "unknown keyword",
        'msgstr "FR: Donate"',
        'msgstr "FR: Donate"\nmsgtsr "oops"',
        'msgtsr "oops"',
        "PO syntax error: expected msgid, msgstr or a quoted string",
    ),
    (
        "text after the string",
        'msgstr "FR: Donate"',
        'msgstr "FR: "Donate" now"',
        'msgstr "FR: "Donate" now"',
        'PO syntax error: text after the closing "',
    ),
    (
        "missing msgstr",
        'msgid "Donate"\nmsgstr "FR: Donate"',
        'msgid "Donate"',
        'msgid "Donate"',
        "PO syntax error: missing msgstr for msgid 'Donate'",
    ),
    (
        "plural header of another language",
        FRENCH_PLURAL,
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
        None,
        'does not match French (fr): Babel\'s rule (CLDR) is "nplurals=2; plural=(n > 1);"',
    ),
    (
        "plural header with three forms",
        FRENCH_PLURAL,
        '"Plural-Forms: nplurals=3; plural=(n > 1 ? 2 : n);\\n"',
        None,
        "does not match French (fr)",
    ),
    (
        "unreadable plural count",
        FRENCH_PLURAL,
        '"Plural-Forms: nplurals=two; plural=(n > 1);\\n"',
        None,
        "Plural-Forms cannot be read: it must read 'nplurals=N; plural=EXPRESSION;'",
    ),
    (
        "unreadable plural expression",
        FRENCH_PLURAL,
        '"Plural-Forms: nplurals=2; plural=(n > 1;\\n"',
        None,
        "Plural-Forms cannot be read: the plural expression '(n > 1' is not valid",
    ),
    (
        "a third plural form",
        'msgstr[1] "FR: {camps_known} camps are known."',
        'msgstr[1] "FR: {camps_known} camps are known."\nmsgstr[2] "trois"',
        'msgstr[0] "FR: {camps_known} camp is known."',
        "wrong number of plural forms: 3 msgstr[…] where the Plural-Forms header asks for 2",
    ),
    (
        "a missing plural form",
        '\nmsgstr[1] "FR: {camps_known} camps are known."',
        "",
        'msgstr[0] "FR: {camps_known} camp is known."',
        "wrong number of plural forms: 1 msgstr[…] where the Plural-Forms header asks for 2",
    ),
]


def corrupt(root: Path, find: str, replace: str) -> Path:
    path = po_path(root, "fr")
    text = path.read_text(encoding="utf-8")
    assert find in text, find
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")
    return path


@needs_current_cldr
@pytest.mark.parametrize(
    ("find", "replace", "blamed", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_build_and_compile_refuse_a_broken_catalog(
    translated: Path, find: str, replace: str, blamed: str | None, message: str
) -> None:
    path = corrupt(translated, find, replace)
    line = line_of(path, blamed, exact=True) if blamed else line_of(path, '"Plural-Forms:')
    where = f"locales/fr/LC_MESSAGES/{CAMPAIGN}.po:{line}:1: invalid-catalog"

    build = toolkit(translated, "build", "--output", "advisory", "--jobs", "1")
    assert build.exit_code == 1
    assert where in build.output and message in build.output
    assert build.output.count(where) == 1  # the build's reading and the lint's: said once
    assert "nothing written" in build.output  # a lint error stops every locale
    assert not (translated / "out").exists()

    compiled = toolkit(translated, "i18n", "compile")
    assert compiled.exit_code == 1
    assert where in compiled.output
    assert not path.with_suffix(".mo").exists()


def test_update_leaves_a_broken_catalog_alone(translated: Path) -> None:
    path = corrupt(translated, 'msgstr "FR: Donate"', 'msgstr "FR: Donate')
    before = path.read_bytes()
    result = toolkit(translated, "i18n", "update")
    assert result.exit_code == 1
    line = line_of(path, 'msgstr "FR: Donate', exact=True)
    assert f"{CAMPAIGN}.po:{line}:1:" in result.output
    assert path.read_bytes() == before


@needs_current_cldr
def test_status_reports_a_broken_catalog(translated: Path) -> None:
    path = corrupt(translated, FRENCH_PLURAL, '"Plural-Forms: nplurals=1; plural=0;\\n"')
    result = toolkit(translated, "i18n", "status")
    assert result.exit_code == 1
    assert f"{CAMPAIGN}.po:{line_of(path, 'Plural-Forms')}:1: invalid-catalog" in result.output
    document = json.loads(toolkit(translated, "i18n", "status", "--format", "json").stdout)
    [french] = [row for row in document["locales"] if row["locale"] == "fr"]
    assert french["ships"] is False and french["reason"] == "its catalog cannot be read"
    [problem] = document["problems"]
    assert problem["path"] == f"locales/fr/LC_MESSAGES/{CAMPAIGN}.po"
    assert document["ok"] is False


def test_a_file_that_is_not_utf8_is_located(translated: Path) -> None:
    path = po_path(translated, "fr")
    path.write_bytes(path.read_bytes().replace(b"FR: Donate", b"FR: Donn\xe9"))
    result = toolkit(translated, "i18n", "compile")
    assert result.exit_code == 1
    assert f"{CAMPAIGN}.po:{line_of_bytes(path, b'Donn')}:1:" in result.output
    assert "not UTF-8" in result.output


def line_of_bytes(path: Path, needle: bytes) -> int:
    lines = path.read_bytes().splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(
    ("value", "count", "samples"),
    [
        ("nplurals=2; plural=(n > 1);", 2, {0: 0, 1: 0, 2: 1}),
        ("nplurals=1; plural=0;", 1, {0: 0, 7: 0}),
        ("nplurals=3;plural=n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", 3, {1: 0, 11: 1, 0: 2}),
    ],
)
def test_plural_forms_are_parsed(value: str, count: int, samples: dict[int, int]) -> None:
    rule = parse_plural_forms(value)
    assert rule.count == count
    assert {n: rule.choose(n) for n in samples} == samples


@pytest.mark.parametrize(
    "value",
    [
        "plural=(n > 1);",
        "nplurals=0; plural=0;",
        "nplurals=2; plural=(n > 1 ? 2 : 0);",
        "nplurals=2; plural=__import__('os');",
    ],
)
def test_bad_plural_forms_are_refused(value: str) -> None:
    with pytest.raises(ValueError):
        parse_plural_forms(value)


@needs_current_cldr
def test_an_equivalent_plural_header_is_accepted(translated: Path) -> None:
    corrupt(translated, FRENCH_PLURAL, '"Plural-Forms: nplurals=2; plural=n>1;\\n"')
    result = toolkit(translated, "build", "--output", "advisory", "--jobs", "1")
    assert result.exit_code == 0, result.output


def test_an_unknown_escape_is_located(translated: Path) -> None:
    path = corrupt(translated, 'msgstr "FR: Donate"', 'msgstr "FR: C:\\Donate"')
    result = toolkit(translated, "i18n", "compile")
    assert result.exit_code == 1
    line = line_of(path, 'msgstr "FR: C:', exact=False)
    assert (
        f"{CAMPAIGN}.po:{line}:1: invalid-catalog PO syntax error: unknown escape" in result.output
    )


WEBLATE_ARABIC = (
    "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
    "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"
)


def arabic_po(plural_forms: str) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Language": "ar", "Plural-Forms": plural_forms}
    po.append(
        polib.POEntry(
            msgid="{n} camp", msgid_plural="{n} camps", msgstr_plural=dict.fromkeys(range(6), "x")
        )
    )
    return po


def test_a_plural_header_that_orders_the_forms_differently_is_accepted() -> None:
    """Weblate's Arabic header and Babel's sort counts into the same six classes."""
    from toolkit.translation.checks import plural_header_problems

    rule, problems = plural_header_problems(arabic_po(WEBLATE_ARABIC), "", "ar.po", "ar")
    assert problems == []
    assert rule is not None and rule.choose(11) == 4 and rule.choose(100) == 5


def test_a_plural_header_that_merges_two_classes_is_refused() -> None:
    from toolkit.translation.checks import plural_header_problems

    merged = WEBLATE_ARABIC.replace("n%100>=11 ? 4 : 5", "4")
    _, problems = plural_header_problems(arabic_po(merged), "", "ar.po", "ar")
    assert [p.code for p in problems] == ["invalid-catalog"]
    assert "does not match Arabic (ar)" in problems[0].message
