"""How a fact reads in each language: Babel formats the figure, the templates word it.

The number, range or date is formatted by Babel for the locale (French
``200 000`` with a narrow no-break space, Spanish ``200.000``). The
qualifier ("as many as", "up to") is a translatable phrase in the project's
``templates/facts.jinja``, so translators word it and no one can drop it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal

from babel import Locale
from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    get_datetime_format,
    get_timezone_gmt,
)
from babel.numbers import format_decimal, format_percent

from toolkit.factsheet.dates import PartialDate, Precision
from toolkit.factsheet.models import Fact, Unit

# (qualifier, figure) -> the qualified phrase, e.g. ("as_many_as", "200,000") -> "as many as 200,000"
Phrase = Callable[[str, str], str]
# (low, high) -> the range, e.g. ("80,000", "120,000") -> "80,000–120,000"
RangePhrase = Callable[[str, str], str]


def format_number(value: int | float, unit: Unit, locale: str) -> str:
    """A number with the locale's digits and separators (no rounding)."""
    if unit is Unit.PERCENT:
        return format_percent(Decimal(str(value)) / 100, locale=locale, decimal_quantization=False)
    return format_decimal(value, locale=locale, decimal_quantization=False)


def format_partial_date(date: PartialDate, locale: str) -> str:
    """A date at its precision: ``2011``, ``May 2011`` or ``May 3, 2011``, in the locale."""
    day = date.earliest()
    if date.precision is Precision.DAY:
        return format_day(day, locale)
    if date.precision is Precision.MONTH:
        return format_skeleton("yMMMM", day, locale=locale)
    return format_skeleton("y", day, locale=locale)


def format_day(day: dt.date, locale: str) -> str:
    """A full calendar date in the locale's long form (the document's date line)."""
    text = format_date(day, "long", locale=locale)
    # French writes the first day of a month as an ordinal ("1er février"),
    # which CLDR's long date pattern does not.
    if day.day == 1 and locale.split("_")[0] == "fr" and text.startswith("1 "):
        text = "1er" + text[1:]
    return text


def format_moment(moment: dt.datetime, locale: str) -> str:
    """A date and time (an embargo) in the locale's long form, with its UTC offset when known."""
    time = format_time(moment, "short", locale=locale)
    if moment.tzinfo is not None:
        time += " " + get_timezone_gmt(moment, "long", locale=locale)
    pattern = str(get_datetime_format("long", locale=locale)).replace("'", "")
    return pattern.replace("{0}", time).replace("{1}", format_day(moment.date(), locale))


def format_fact(fact: Fact, locale: str, phrase: Phrase, range_phrase: RangePhrase) -> str:
    """The fact as it reads in running text: qualifier, figure and unit, localised."""
    if fact.date is not None:
        return format_partial_date(fact.date, locale)
    if fact.range is not None:
        low, high = (format_number(v, fact.unit, locale) for v in fact.range)
        figure = range_phrase(low, high)
    else:
        assert fact.value is not None
        figure = format_number(fact.value, fact.unit, locale)
    return phrase(str(fact.qualifier), figure)


def plural_count(fact: Fact) -> int:
    """The number that chooses a counted noun's plural form."""
    if fact.value is None:
        raise ValueError("only a fact with a value can count a noun")
    value = fact.value
    # gettext plural expressions take whole numbers; a fractional count
    # (rare in copy) takes the form of 2, a plural in most languages.
    return int(value) if float(value).is_integer() else 2


# CLDR's list patterns, most plain first: their "middle" joins items inside a list.
_LIST_STYLES = ("standard", "standard-short", "unit", "unit-short", "unit-narrow")


@functools.lru_cache(maxsize=64)
def list_separator(locale: str) -> str:
    """What separates two items of a list in ``locale``, from CLDR: ``", "`` in English and
    French, ``"、"`` in Japanese, ``"، "`` in Urdu, ``"،\u200f "`` in Persian.

    Arabic's patterns all join with "و" (and): its comma is taken from the pattern that
    writes one before the "و" (``"{0}، و{1}"``). ``", "`` when CLDR has none.
    """
    patterns = Locale.parse(locale).list_patterns
    middles: list[str] = []
    for style in _LIST_STYLES:
        try:
            middle = str(patterns[style]["middle"])
        except (KeyError, TypeError):
            continue
        if middle.startswith("{0}") and middle.endswith("{1}") and middle.count("{") == 2:
            middles.append(middle[3:-3])
    for middle in middles:  # punctuation and spaces only: a separator as it is
        if middle and not any(ch.isalpha() for ch in middle):
            return middle
    for middle in middles:  # a conjunction after a comma: the comma
        comma = "".join(ch for ch in middle if not ch.isalpha()).rstrip()
        if comma.strip():
            return comma + " " if middle.rstrip() != comma else comma
    return ", "
