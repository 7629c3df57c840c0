"""Partial dates: their text, their first day, and the years they accept."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.factsheet.dates import PartialDate, Precision


@pytest.mark.parametrize(
    ("date", "text", "precision", "first_day"),
    [
        (PartialDate(2011), "2011", Precision.YEAR, dt.date(2011, 1, 1)),
        (PartialDate(2011, 5), "2011-05", Precision.MONTH, dt.date(2011, 5, 1)),
        (PartialDate(2011, 5, 3), "2011-05-03", Precision.DAY, dt.date(2011, 5, 3)),
        (PartialDate(1999, 12, 31), "1999-12-31", Precision.DAY, dt.date(1999, 12, 31)),
    ],
)
def test_text_precision_and_earliest_day(
    date: PartialDate, text: str, precision: Precision, first_day: dt.date
) -> None:
    assert str(date) == text
    assert date.precision is precision
    assert date.earliest() == first_day
    assert PartialDate.parse(text) == date  # the text reads back as the same date


def test_a_year_only_date_is_its_four_digits() -> None:
    assert str(PartialDate.parse(2011)) == "2011"
    assert str(PartialDate.parse("2011")) == "2011"
    assert PartialDate.parse(2011).earliest() == dt.date(2011, 1, 1)


def test_year_1000_is_the_first_plausible_year() -> None:
    assert PartialDate.parse(1000) == PartialDate(1000)
    assert PartialDate.parse("1000-01-01").earliest() == dt.date(1000, 1, 1)
    with pytest.raises(ValueError, match="not a plausible year"):
        PartialDate.parse("0999")
    with pytest.raises(ValueError, match="not a plausible year"):
        PartialDate.parse("0999-12-31")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2011-13", "not a real date"),
        ("2011-02-30", "not a real date"),
        ("May 2011", "is not a date"),
        (True, "expected a date"),
        (20.11, "expected a date"),
    ],
)
def test_bad_dates_say_why(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(value)


def test_a_yaml_date_or_datetime_keeps_its_day() -> None:
    assert PartialDate.parse(dt.datetime(2011, 5, 3, 10, 0)) == PartialDate(2011, 5, 3)
    assert PartialDate.parse(dt.date(2011, 5, 3)).precision is Precision.DAY
