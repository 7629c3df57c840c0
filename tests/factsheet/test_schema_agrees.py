"""The editor's schema rejects what `toolkit validate` rejects, wherever JSON Schema can say it.

Every broken fact sheet below goes through both: `toolkit validate`
must reject each one; the committed ``factsheet.schema.json`` must reject
each one too, except the few JSON Schema cannot express, which
``NOT_IN_SCHEMA`` (and README) list: for those the test checks the schema
indeed lets them through, so the list stays true.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import MINIMAL_FACTSHEET, REPO
from toolkit.factsheet.loader import parse_yaml
from toolkit.factsheet.schema import NOT_IN_SCHEMA, SCHEMA_FILE
from toolkit.project import Project

CAMPS = "  camps_known:\n    value: 6\n"
DATE = "  amnesty_start:\n    date: 2012-02-01\n"
RANGE_FACT = "  held_range:\n    range: [{low}, {high}]\n    cite: [report-2011]\n"

# (id, text to replace, replacement): each makes MINIMAL_FACTSHEET invalid.
BROKEN = [
    ("value-and-date", CAMPS, CAMPS + "    date: 2012-02-01\n"),
    ("neither-value-range-nor-date", CAMPS, "  camps_known:\n"),
    ("value-and-range", CAMPS, CAMPS + "    range: [1, 2]\n"),
    ("empty-cite", '    cite: [report-2011]\n    quote: "six', '    cite: []\n    quote: "six'),
    ("no-cite", '    cite: [report-2011]\n    quote: "six', '    quote: "six'),
    ("month-13-in-as-of", "as_of: 2011-05", "as_of: 2011-13"),
    ("day-30-of-february", "published: 2011-05-03", "published: 2011-02-30"),
    ("day-31-of-april", "published: 2011-05-03", "published: 2011-04-31"),
    ("year-before-1000", "published: 2011-05-03", "published: 0999"),
    ("issued-month-13", "issued: 2012-01-31", 'issued: "2012-13-01"'),
    ("qualifier-on-a-date", DATE, DATE + "    qualifier: about\n"),
    ("unit-on-a-date", DATE, DATE + "    unit: percent\n"),
    ("unknown-locale", "locales: [en, fr]", "locales: [en, xx]"),
    ("unknown-regional-locale", "locales: [en, fr]", "locales: [en, fr-XX]"),
    ("locale-listed-twice", "locales: [en, fr]", "locales: [en, fr, fr]"),
    ("no-locales", "locales: [en, fr]", "locales: []"),
    ("unknown-source-language", "url: https://example.org/report", "language: zz"),
    ("key-figure-without-label", "    label: people held in the camps\n", ""),
    ("unknown-qualifier", "qualifier: as_many_as", "qualifier: roughly"),
    ("value-as-a-string", "value: 6", 'value: "6"'),
    ("value-not-finite", "value: 6", "value: .inf"),
    ("value-too-large", "value: 6", "value: 1e30"),
    ("misspelt-key", "qualifier: as_many_as", "qualifer: as_many_as"),
    ("campaign-not-a-slug", "campaign: test-camps", "campaign: Test Camps"),
    ("plural-count-not-an-identifier", "count: camps_known", "count: Camps Known"),
    ("plural-without-other", 'other: "{camps_known} camps are known.", ', ""),
    ("copy-without-a-section", "copy:\n  advisory:", "copy: {}\nnot_copy:\n  advisory:"),
    ("empty-headline", 'headline: "Prisoner amnesty to begin"', 'headline: ""'),
    ("url-not-http", "url: https://example.org/report", "url: example.org/report"),
    ("archive-absolute", "url: https://example.org/report", "archive: /etc/passwd"),
    ("max-age-negative", "locales: [en, fr]", "locales: [en, fr]\nmax_age_years: -1"),
    # JSON Schema cannot compare two values or follow a reference: NOT_IN_SCHEMA.
    ("reversed-range", "facts:\n", "facts:\n" + RANGE_FACT.format(low=10, high=5)),
    ("empty-range", "facts:\n", "facts:\n" + RANGE_FACT.format(low=5, high=5)),
    ("29-february-2011", "published: 2011-05-03", "published: 2011-02-29"),
    ("source-locale-not-listed", "source_locale: en", "source_locale: de"),
    ("unknown-plural-count", "count: camps_known", "count: camps_seen"),
    (
        "unknown-cited-source",
        'cite: [report-2011]\n    quote: "six',
        'cite: [report-2012]\n    quote: "six',
    ),
]
NOT_EXPRESSIBLE = {
    "reversed-range",
    "empty-range",
    "29-february-2011",
    "source-locale-not-listed",
    "unknown-plural-count",
    "unknown-cited-source",
}


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads((REPO / SCHEMA_FILE).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def broken_sheet(old: str, new: str) -> str:
    assert old in MINIMAL_FACTSHEET, old
    return MINIMAL_FACTSHEET.replace(old, new, 1)


def validate_errors(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "factsheets").mkdir()
    (tmp_path / "factsheets" / "test-camps.yaml").write_text(text, encoding="utf-8")
    _sheets, problems = Project(tmp_path).load_factsheets()
    return [f"{p.code}: {p.message}" for p in problems if p.severity == "error"]


def schema_errors(validator: Draft202012Validator, text: str) -> list[str]:
    tree, problems = parse_yaml(text, "test-camps.yaml")
    assert tree is not None, problems
    return [error.message for error in validator.iter_errors(tree.data)]


def test_the_minimal_sheet_passes_both(tmp_path: Path, validator: Draft202012Validator) -> None:
    assert validate_errors(tmp_path, MINIMAL_FACTSHEET) == []
    assert schema_errors(validator, MINIMAL_FACTSHEET) == []


@pytest.mark.parametrize(("case", "old", "new"), BROKEN, ids=[case for case, *_ in BROKEN])
def test_every_broken_sheet_fails_both(
    tmp_path: Path, validator: Draft202012Validator, case: str, old: str, new: str
) -> None:
    text = broken_sheet(old, new)
    assert validate_errors(tmp_path, text), f"toolkit validate accepts {case}"
    if case in NOT_EXPRESSIBLE:
        assert schema_errors(validator, text) == [], f"the schema now catches {case}"
    else:
        assert schema_errors(validator, text), f"the schema accepts {case}"


def test_regional_locales_pass_both(tmp_path: Path, validator: Draft202012Validator) -> None:
    text = broken_sheet(
        "source_locale: en\nlocales: [en, fr]",
        "source_locale: en-GB\nlocales: [en-GB, fr_CA, es-419]",
    )
    assert validate_errors(tmp_path, text) == []
    assert schema_errors(validator, text) == []


def test_what_the_schema_cannot_say_is_listed() -> None:
    assert len(NOT_IN_SCHEMA) >= 4
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for rule in NOT_IN_SCHEMA:
        assert rule in readme, rule
