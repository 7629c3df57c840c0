"""What a quote states: its numbers, dates and the hedges on them, read in the quote's language.

The lint's figure reader finds where the figures are; :mod:`numbers` says
what each is worth and :mod:`dates` reads written dates. A few things a
quote may need that are not figures of prose are read here too: Korean
contracted pairs ("한두 달": one or two months) and anniversary nouns
("the centenary": 100). Digits inside a written date ("1 August 2015") are
the date, not numbers of their own.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from toolkit.factsheet.dates import PartialDate, Precision
from toolkit.lint.evidence.dates import StatedDate, find_dates
from toolkit.lint.evidence.hedges import Hedge, hedge_around
from toolkit.lint.evidence.korean import KOREAN_PAIRS
from toolkit.lint.evidence.numbers import Reading, language_of, read_figure
from toolkit.lint.figures import find_figures

__all__ = ["QuoteReading", "read_quote"]

# Nouns that are an anniversary's number ("the centenary of his birth": 100).
ANNIVERSARIES: dict[str, dict[str, int]] = {
    "en": {
        "semicentennial": 50,
        "centenary": 100,
        "centennial": 100,
        "sesquicentennial": 150,
        "bicentenary": 200,
        "bicentennial": 200,
        "tercentenary": 300,
    },
    "fr": {"cinquantenaire": 50, "centenaire": 100, "bicentenaire": 200, "tricentenaire": 300},
    "es": {"cincuentenario": 50, "centenario": 100, "bicentenario": 200, "tricentenario": 300},
    "ko": {"백주년": 100},
    "ar": {"مئوية": 100},
}
# Words that join the two ends of a range: "80 and 120 thousand", "8~12만", "2 à 3 millions".
_JOINT = re.compile(
    r"\s*(?:[-\u2010-\u2015~\u223c\u301c\uff5e]|to|and|or|à|et|ou|a|y|o|e|إلى|الى|و|أو|او|에서)\s*",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\d{4}(?:['’]?s)?")


@dataclass(frozen=True)
class QuoteReading:
    """Everything a quote states, with where it says it."""

    text: str
    language: str
    numbers: tuple[Reading, ...]
    dates: tuple[StatedDate, ...]

    def occurrences(self, value: float, *, percent: bool = False) -> list[Reading]:
        """Where the quote states ``value`` (as a percentage, when ``percent``)."""
        return [
            reading
            for reading in self.numbers
            if (reading.percent or not percent)
            and any(math.isclose(v, value, rel_tol=1e-9, abs_tol=1e-9) for v in reading.values)
        ]

    def states_date(self, date: PartialDate, default_year: int | None) -> bool:
        """Whether the quote states ``date`` at least as precisely as it is known.

        A written date without a year ("On 1 February") is in ``default_year``
        (the source's publication year); a year alone may be a number ("in
        2013", "the 1950s").
        """
        for stated in self.dates:
            year = stated.year if stated.year is not None else default_year
            if year != date.year:
                continue
            if date.precision is Precision.YEAR:
                return True
            if stated.month != date.month:
                continue
            if date.precision is Precision.MONTH or stated.day == date.day:
                return True
        return date.precision is Precision.YEAR and date.year in self.years()

    def years(self) -> set[int]:
        """The years the quote names as numbers: "in 2013", "the 1950s"."""
        return {
            int(reading.values[0])
            for reading in self.numbers
            if reading.values
            and _YEAR.fullmatch(reading.text)
            and 1000 <= reading.values[0] <= 2999
        }

    def hedge(self, reading: Reading) -> Hedge | None:
        """The hedge the quote puts on ``reading`` ("as many as 200,000"), if any."""
        return hedge_around(self.text, reading.start, reading.end, self.language)

    def allowed_qualifiers(self, readings: list[Reading]) -> tuple[frozenset[str], list[str]]:
        """The qualifiers ``readings`` allow together, and the hedges that say so.

        No hedge and no implied one ("une vingtaine") allows only ``exactly``.
        """
        allowed: set[str] = set()
        said: list[str] = []
        for reading in readings:
            hedge = self.hedge(reading)
            if hedge is not None:
                allowed |= hedge.qualifiers
                said.append(hedge.text)
            if reading.implied:
                allowed |= reading.implied
                said.append(reading.text)
        return frozenset(allowed or {"exactly"}), said

    def describe(self) -> str:
        """What the quote states, for a message: ``'70th' (70), 'Aug. 1' (08-01)``."""
        items = [(r.start, _describe_number(r)) for r in self.numbers]
        items += [(d.start, _describe_date(d)) for d in self.dates]
        return ", ".join(text for _, text in sorted(items)) or "no figure or date"


def _describe_number(reading: Reading) -> str:
    if reading.vague:
        return f"{reading.text!r} (no exact number)"
    if not reading.values:
        return f"{reading.text!r}"
    shown = " or ".join(_plain(v) for v in reading.values) + ("%" if reading.percent else "")
    return f"{reading.text!r} ({shown})"


def _describe_date(date: StatedDate) -> str:
    parts = [f"{date.year:04d}" if date.year else "year not given"]
    if date.month:
        parts.append(f"{date.month:02d}")
    if date.day:
        parts.append(f"{date.day:02d}")
    return f"{date.text!r} ({'-'.join(parts)})"


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


@lru_cache(maxsize=4096)
def read_quote(quote: str, locale: str) -> QuoteReading:
    """Read ``quote`` in ``locale``'s language: every number and date it states."""
    language = language_of(locale)
    dates = find_dates(quote, language)
    taken = [(d.start, d.end) for d in dates]
    numbers: list[Reading] = []
    for figure in find_figures(quote, locale):
        if any(a <= figure.start and figure.end <= b for a, b in taken):
            continue  # the day and year of a written date
        numbers.extend(read_figure(quote, figure.start, figure.end, language))
    numbers += _extra_readings(quote, language, [(r.start, r.end) for r in numbers] + taken)
    numbers.sort(key=lambda r: r.start)
    return QuoteReading(quote, language, tuple(_scaled_ranges(quote, numbers)), tuple(dates))


def _extra_readings(text: str, language: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """Pairs and anniversary nouns that the figure reader does not report."""
    found: list[Reading] = []
    nouns = ANNIVERSARIES.get(language, {})
    pattern = _extra_pattern(language)
    for match in pattern.finditer(text) if pattern is not None else ():
        if match["noun"]:
            value = float(nouns[match["noun"].lower()])
            found.append(Reading(match.start(), match.end(), match[0], (value,)))
        else:  # a Korean pair: 한두 = 1 or 2
            for value in KOREAN_PAIRS[match["pair"]]:
                found.append(Reading(match.start(), match.end(), match[0], (float(value),)))
    return [r for r in found if not any(a < r.end and r.start < b for a, b in taken)]


@cache
def _extra_pattern(language: str) -> re.Pattern[str] | None:
    nouns = "|".join(sorted(ANNIVERSARIES.get(language, {}), key=len, reverse=True))
    parts = [rf"(?<!\w)(?:ال)?(?P<noun>{nouns})(?!\w)"] if nouns else []
    if language == "ko":
        parts.append(rf"(?<![가-힣])(?P<pair>{'|'.join(KOREAN_PAIRS)})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _scaled_ranges(text: str, numbers: list[Reading]) -> list[Reading]:
    """ "between 80 and 120 thousand", "2 to 3 million", "8~12만": the scale belongs to both ends."""
    result = list(numbers)
    for index in range(len(result) - 1):
        low, high = result[index], result[index + 1]
        if (
            low.scale == 1
            and high.scale > 1
            and low.values
            and high.values
            and _JOINT.fullmatch(text, low.end, high.start)
            and all(v * high.scale <= high.values[0] for v in low.values)
        ):
            result[index] = replace(
                low, values=tuple(v * high.scale for v in low.values), scale=high.scale
            )
    return result
