"""The dates a quote states: "1 August 2015", "Aug. 1", "in May 2011", "1er février", "2012년 2월 1일".

Month names come from Babel for the quote's language (wide and abbreviated,
every regional variant: Arabic "فبراير", "شباط" and "فيفري" are all
February). A date without a year ("On 1 February") is returned without
one: the caller knows the source's publication year. ISO dates
(2012-02-01) and day/month/year with slashes are read too; a slashed date
that could be either order gives both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from toolkit.lint.evidence.numbers import language_of

__all__ = ["StatedDate", "find_dates"]


@dataclass(frozen=True)
class StatedDate:
    """A date a text states, at ``text[start:end]``; parts it does not give are None."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None = None


# Regional variants whose month names differ from the language's own (Babel locales).
VARIANTS: dict[str, tuple[str, ...]] = {
    "en": ("en",),  # the rest say "Sept" (below)
    "fr": ("fr", "fr_CA"),
    "es": ("es", "es_PE", "es_419"),
    "ko": ("ko",),
    "ar": ("ar", "ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_DZ", "ar_TN", "ar_MA", "ar_EG"),
}
# What Babel lacks: "Sept." is common in English; French and Spanish write the 1st as "1er", "1.º".
EXTRA_MONTHS: dict[str, dict[str, int]] = {"en": {"Sept": 9}}
_ORDINAL_DAY = r"(?:st|nd|rd|th|er|re|e|ᵉʳ|º|ª|\.º|\.)?"  # 1st, 1er, 1.º, 1. (de)


def find_dates(text: str, language: str) -> list[StatedDate]:
    """Every date written in ``text``, in reading order (no two overlap)."""
    language = language_of(language)
    found: list[StatedDate] = []
    for match in _pattern(language).finditer(text):
        found.extend(_dates(match, language))
    return found


def _dates(match: re.Match[str], language: str) -> list[StatedDate]:
    groups = {k: v for k, v in match.groupdict().items() if v}
    span = (match.start(), match.end(), match.group(0))
    if "iy" in groups:
        return [StatedDate(*span, int(groups["iy"]), int(groups["im"]), int(groups["id"]))]
    if "sa" in groups:  # 01/02/2012: day first or month first
        a, b, year = int(groups["sa"]), int(groups["sb"]), _year(groups["sy"])
        orders = {(a, b), (b, a)} if a <= 12 and b <= 12 else {(b, a) if b > 12 else (a, b)}
        return [StatedDate(*span, year, month, day) for day, month in sorted(orders)]
    if "km" in groups:
        korean_year = int(groups["ky"]) if "ky" in groups else None
        korean_day = int(groups["kd"]) if "kd" in groups else None
        return [StatedDate(*span, korean_year, int(groups["km"]), korean_day)]
    day_text = groups.get("d1") or groups.get("d2")
    if "m" not in groups or (day_text is None and "y" not in groups):
        return []  # "May" alone is no date
    name = groups["m"]
    if language == "en" and not name[0].isupper():
        return []  # English capitalises month names: "may" is a verb, "May" a month
    month = _months(language)[_fold(name)]
    day = None if day_text is None else 1 if day_text[:7].lower() == "premier" else _day(day_text)
    written_year = int(groups["y"]) if "y" in groups else None
    if day is not None and not 1 <= day <= 31:
        return []
    return [StatedDate(*span, written_year, month, day)]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.rstrip(".")).lower()


@cache
def _months(language: str) -> dict[str, int]:
    """Every month name of ``language`` (folded) -> its number."""
    from babel import Locale, UnknownLocaleError
    from babel.localedata import locale_identifiers

    codes = VARIANTS.get(language) or tuple(
        code
        for code in locale_identifiers()
        if code == language or (code.startswith(language + "_") and code.count("_") == 1)
    )
    names: dict[str, int] = {}
    for code in codes:
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    if not re.fullmatch(r"[\d\s.]*", name):  # Korean "5월" is read apart
                        names.setdefault(_fold(name), int(number))
    names |= {_fold(n): m for n, m in EXTRA_MONTHS.get(language, {}).items()}
    return names


@cache
def _pattern(language: str) -> re.Pattern[str]:
    names = sorted(_months(language), key=len, reverse=True)
    month = "|".join(r"\s+".join(re.escape(part) for part in n.split()) for n in names) or "(?!)"
    day = rf"(?:\d{{1,2}}|premier){_ORDINAL_DAY}(?!\d)"
    of = r"(?:of\s+|de\s+|del\s+)?"
    # 1 August 2015, 1er février 2012, 1 de agosto de 2015, 10 يناير/كانون الثاني 2012,
    # August 1, 2015, Aug. 1, May 2011, mayo de 2011 (a month alone is no date: see _dates)
    written = (
        rf"(?<![\w.])(?:(?P<d1>{day})\s*{of})?(?P<m>{month})\.?"
        r"(?:\s*/\s*[^\W\d_]+(?:\s[^\W\d_]+)?)?"
        rf"(?:\s+(?P<d2>{day}))?(?:\s*,?\s*{of}(?P<y>\d{{4}})(?!\d))?(?!\w)"
    )
    numeric = (
        r"(?<![\d/.-])(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d/-])"
        r"|(?<![\d/.])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{4}|\d{2})(?![\d/])"
    )
    korean = (
        r"|(?<!\d)(?:(?P<ky>\d{4})\s*년\s*)?(?P<km>\d{1,2})\s*월(?:\s*(?P<kd>\d{1,2})\s*일)?"
        if language == "ko"
        else ""
    )
    return re.compile(f"{numeric}{korean}|{written}", re.IGNORECASE)
