"""Digits as written in any script, with any locale's separators: "200,000", "200 000", "٢٠٠٬٠٠٠"."""

from __future__ import annotations

import unicodedata
from functools import cache

from babel.numbers import get_decimal_symbol

__all__ = ["DIGITS", "SPACES", "digit_values"]

SPACES = " \u00a0\u202f\u2009"
TIGHT = ".,'’\u066b\u066c\uff0c\uff0e"
DIGITS = rf"\d+(?:[{SPACES}]\d{{3}}(?!\d))*(?:[{TIGHT}]\d+)*"


class _Digits(dict[int, str | None]):
    """``str.translate`` table: any Unicode decimal digit to its ASCII digit (looked up once)."""

    def __missing__(self, code: int) -> str | None:
        digit = unicodedata.decimal(chr(code), None)
        value = str(digit) if digit is not None else chr(code)
        self[code] = value
        return value


# Digits of every script to ASCII; group separators that are never decimal marks dropped.
_PLAIN = _Digits(
    {**{ord(c): None for c in SPACES + "'’\u066c"}, ord("\uff0c"): ",", ord("\uff0e"): "."}
)


def digit_values(token: str, language: str) -> tuple[float, ...]:
    """Every reading of digits with separators, the language's own reading first.

    Spaces always group ("200 000"); the Arabic separators say which they
    are; a separator used twice groups ("1,234,567"); of two different ones
    the last is the decimal mark ("1.234,5"). A lone "," or "." before
    exactly three digits is ambiguous ("1.500"): when it is the language's
    decimal mark both readings are kept.
    """
    plain = token.translate(_PLAIN)
    if "\u066b" in plain:  # ٫ is the Arabic decimal mark
        plain = plain.replace("\u066b", ".")
    marks = [c for c in plain if c in ".,"]
    if not marks:
        return (float(plain),)
    if len(set(marks)) == 2:
        decimal = marks[-1]
        whole, _, fraction = plain.rpartition(decimal)
        return (float(whole.replace(".", "").replace(",", "") + "." + fraction),)
    mark = marks[0]
    if len(marks) > 1:
        return (float(plain.replace(mark, "")),)
    whole, fraction = plain.split(mark)
    as_decimal = float(f"{whole}.{fraction}")
    if len(fraction) != 3:
        return (as_decimal,)
    as_group = float(whole + fraction)
    if mark == _decimal_mark(language):
        return (as_decimal, as_group)
    return (as_group,)


@cache
def _decimal_mark(language: str) -> str:
    """The language's decimal mark as "." or "," (Arabic's ٫ counts as ",")."""
    try:
        symbol = get_decimal_symbol(language or "en")
    except (ValueError, LookupError):
        return "."
    return "," if symbol in (",", "\u066b") else "."
