"""What a quote states: numbers, ranges, dates and hedges, in five languages."""

from __future__ import annotations

import pytest

from toolkit.factsheet.dates import PartialDate
from toolkit.lint.evidence.quotes import read_quote

NUMBERS = [
    ("en", "the 70th anniversary", {70}),
    ("en", "as many as 200,000 people", {200000}),
    ("en", "two hundred thousand people", {200000}),
    ("en", "between 80,000 and 120,000 people", {80000, 120000}),
    ("en", "the 80,000-120,000 range", {80000, 120000}),
    ("en", "between 80 and 120 thousand", {80000, 120000}),
    ("en", "2 to 3 million", {2_000_000, 3_000_000}),
    ("en", "one or two months", {1, 2}),
    ("en", "over the last five decades", {5}),
    ("en", "a dozen camps", {12}),
    ("en", "1.5 million", {1_500_000}),
    ("en", "the twenty-first", {21}),
    ("en", "the centenary of his birth", {100}),
    ("fr", "jusqu'à 200 000 personnes", {200000}),
    ("fr", "le soixante-dixième anniversaire", {70}),
    ("fr", "1,5 million", {1_500_000}),
    ("fr", "entre 80 000 et 120 000 prisonniers", {80000, 120000}),
    ("es", "hasta 200.000 personas", {200000}),
    ("es", "uno o dos meses", {1, 2}),
    ("es", "el 70.º aniversario", {70}),
    ("ko", "최대 20만 명", {200000}),
    ("ko", "1억 2천만", {120_000_000}),
    ("ko", "이십만 명", {200000}),
    ("ko", "여섯 곳", {6}),
    ("ko", "세 번째", {3}),
    ("ko", "한두 달", {1, 2}),
    ("ko", "8만~12만 명", {80000, 120000}),
    ("ko", "8~12만 명", {80000, 120000}),
    ("ar", "ما يصل إلى 200 ألف شخص", {200000}),
    ("ar", "٢٠٠٬٠٠٠ شخص", {200000}),
    ("ar", "مئتي ألف", {200000}),
    ("ar", "ثلاثة آلاف وخمسمائة", {3500}),
    ("ar", "ستة معسكرات", {6}),
    ("ar", "الذكرى السبعين", {70}),
]


@pytest.mark.parametrize(("language", "quote", "expected"), NUMBERS)
def test_the_numbers_a_quote_states(language: str, quote: str, expected: set[int]) -> None:
    reading = read_quote(quote, language)
    stated = {value for number in reading.numbers for value in number.values}
    assert stated == expected


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        ("en", "tens of thousands of people"),
        ("fr", "des dizaines de milliers de personnes"),
        ("es", "decenas de miles de personas"),
        ("ko", "수만 명"),
        ("ar", "عشرات الآلاف"),
    ],
)
def test_a_collective_quantity_states_no_number(language: str, quote: str) -> None:
    reading = read_quote(quote, language)
    assert reading.numbers and all(n.vague and not n.values for n in reading.numbers)


def test_an_ambiguous_separator_gives_both_readings_in_a_comma_decimal_language() -> None:
    assert read_quote("1,500", "en").numbers[0].values == (1500,)
    assert set(read_quote("1,500", "fr").numbers[0].values) == {1.5, 1500}


def test_a_percentage_is_known_as_one() -> None:
    reading = read_quote("45 per cent of them, and 12%", "en")
    assert [(n.values, n.percent) for n in reading.numbers] == [((45,), True), ((12,), True)]
    assert read_quote("45 people", "en").occurrences(45, percent=True) == []


DATES = [
    ("en", "on 1 August 2015", "2015-08-01", None),
    ("en", "August 1, 2015", "2015-08-01", None),
    ("en", "Aug. 1", "2015-08-01", 2015),
    ("en", "in May 2011", "2011-05", None),
    ("en", "since the 1950s", "1950", None),
    ("en", "on 2012-02-01", "2012-02-01", None),
    ("fr", "le 1er août 2015", "2015-08-01", None),
    ("fr", "en mai 2011", "2011-05", None),
    ("es", "el 1 de agosto de 2015", "2015-08-01", None),
    ("es", "en mayo de 2011", "2011-05", None),
    ("ko", "2015년 8월 1일", "2015-08-01", None),
    ("ko", "8월 1일", "2015-08-01", 2015),
    ("ar", "في 1 أغسطس 2015", "2015-08-01", None),
    ("ar", "10 كانون الثاني 2012", "2012-01-10", None),
]


@pytest.mark.parametrize(("language", "quote", "date", "year"), DATES)
def test_the_dates_a_quote_states(language: str, quote: str, date: str, year: int | None) -> None:
    reading = read_quote(quote, language)
    right = PartialDate.parse(date)
    assert reading.states_date(right, year)
    assert not reading.states_date(PartialDate(right.year + 1, right.month, right.day), year)
    if right.month is not None:
        assert not reading.states_date(PartialDate(right.year, right.month % 12 + 1), year)


def test_a_date_without_a_year_needs_the_sources_year() -> None:
    reading = read_quote("On 1 February, the amnesty begins", "en")
    assert reading.states_date(PartialDate(2012, 2, 1), 2012)
    assert not reading.states_date(PartialDate(2012, 2, 1), 2011)
    assert not reading.states_date(PartialDate(2012, 2, 2), 2012)


def test_may_the_verb_is_no_month() -> None:
    assert read_quote("they may 2 times", "en").dates == ()


HEDGES = [
    ("en", "as many as 200,000 people", 200000, {"as_many_as", "up_to"}),
    ("en", "the first in more than six years", 6, {"more_than"}),
    ("en", "almost 1,000 prisoners", 1000, {"almost"}),
    ("en", "200,000 people or more", 200000, {"at_least"}),
    ("en", "up to an estimated 50,000", 50000, {"up_to", "as_many_as"}),
    ("en", "one of six camps", 6, {"exactly"}),
    ("fr", "jusqu'à 200 000 personnes", 200000, {"up_to", "as_many_as"}),
    ("fr", "plus de six ans", 6, {"more_than"}),
    ("fr", "une vingtaine de camps", 20, {"about"}),
    ("es", "casi 1.000 presos", 1000, {"almost"}),
    ("es", "al menos 6 campos", 6, {"at_least"}),
    ("ko", "최대 20만 명", 200000, {"up_to", "as_many_as"}),
    ("ko", "6년 이상", 6, {"at_least", "more_than"}),
    ("ko", "약 1,000명", 1000, {"about"}),
    ("ar", "ما يصل إلى 200 ألف شخص", 200000, {"up_to", "as_many_as"}),
    ("ar", "200 ألف شخص على الأقل", 200000, {"at_least"}),
    ("ar", "حوالي ستة معسكرات", 6, {"about"}),
]


@pytest.mark.parametrize(("language", "quote", "value", "qualifiers"), HEDGES)
def test_the_hedge_on_a_figure(language: str, quote: str, value: int, qualifiers: set[str]) -> None:
    reading = read_quote(quote, language)
    allowed, _ = reading.allowed_qualifiers(reading.occurrences(value))
    assert allowed == qualifiers
