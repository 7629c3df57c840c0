"""Facts formatted by Babel for each locale, worded by the templates' qualifier phrases."""

from __future__ import annotations

import pytest

from toolkit.factsheet.dates import PartialDate
from toolkit.factsheet.models import Fact, Unit
from toolkit.render.facts import (
    format_fact,
    format_number,
    format_partial_date,
    list_separator,
    plural_count,
)

NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "200,000"), ("fr", f"200{NNBSP}000"), ("es", "200.000"), ("ko", "200,000")],
)
def test_numbers_use_the_locale_separators(locale: str, expected: str) -> None:
    assert format_number(200000, Unit.NONE, locale) == expected


def test_arabic_follows_cldr() -> None:
    from babel.numbers import format_decimal

    assert format_number(200000, Unit.NONE, "ar") == format_decimal(200000, locale="ar")


def test_decimals_are_not_rounded() -> None:
    assert format_number(12.75, Unit.NONE, "fr") == "12,75"


def test_percentages() -> None:
    assert format_number(45, Unit.PERCENT, "en") == "45%"
    assert format_number(45, Unit.PERCENT, "fr") == "45\u00a0%"


@pytest.mark.parametrize(
    ("date", "locale", "expected"),
    [
        (PartialDate(2012, 2, 1), "fr", "1er février 2012"),
        (PartialDate(2012, 2, 16), "fr", "16 février 2012"),
        (PartialDate(2012, 2, 1), "ko", "2012년 2월 1일"),
        (PartialDate(2011, 5), "es", "mayo de 2011"),
        (PartialDate(2011, 5), "en", "May 2011"),
        (PartialDate(2005), "ko", "2005년"),
        (PartialDate(2005), "fr", "2005"),
    ],
)
def test_dates_keep_their_precision(date: PartialDate, locale: str, expected: str) -> None:
    assert format_partial_date(date, locale) == expected


def phrase(qualifier: str, figure: str) -> str:
    return f"<{qualifier}> {figure}"


def between(low: str, high: str) -> str:
    return f"{low}..{high}"


def test_value_facts_carry_their_qualifier() -> None:
    fact = Fact(value=200000, qualifier="as_many_as", cite=["s"])
    assert format_fact(fact, "fr", phrase, between) == f"<as_many_as> 200{NNBSP}000"


def test_range_facts_use_the_range_phrase_inside_the_qualifier() -> None:
    fact = Fact(range=(80000, 120000), qualifier="about", cite=["s"])
    assert format_fact(fact, "es", phrase, between) == "<about> 80.000..120.000"


def test_date_facts_are_dates() -> None:
    fact = Fact(date=PartialDate(2012, 2, 1), cite=["s"])
    assert format_fact(fact, "en", phrase, between) == "February 1, 2012"


def test_plural_count_needs_a_value() -> None:
    assert plural_count(Fact(value=6, cite=["s"])) == 6
    with pytest.raises(ValueError, match="value"):
        plural_count(Fact(range=(1, 2), cite=["s"]))


@pytest.mark.parametrize(
    ("locale", "separator"),
    [
        ("en_GB", ", "),
        ("fr", ", "),
        ("es", ", "),
        ("ko", ", "),
        ("ar", "، "),  # CLDR's Arabic lists join with "و": the comma before it
        ("fa", "،\u200f "),
        ("ur", "، "),
        ("ja", "、"),
        ("zh", "、"),
    ],
)
def test_the_list_separator_is_cldr_s(locale: str, separator: str) -> None:
    assert list_separator(locale) == separator
