"""Regex building blocks of the figure detector, and number words from num2words.

\\d in a str pattern is any Unicode decimal digit (category Nd): ASCII,
Arabic-Indic U+0660-0669, Eastern Arabic-Indic U+06F0-06F9, full-width
U+FF10-FF19, Devanagari... U+FFFC (the mask) is neither a digit, a letter
nor a space, so nothing below can match it or run through it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Grouping with spaces: "200 000" (fr, es; with U+00A0, U+202F or U+2009).
SPACE_GROUP = "[ \u00a0\u202f\u2009]"
# Tight separators: 200,000 (en, ko) 200.000 (es) 1'000 ٢٠٠٬٠٠٠ ١٫٥ (ar) ，．(full-width).
TIGHT_SEP = "[.,'’\u066b\u066c\uff0c\uff0e]"
NUMBER = (
    "(?>"  # atomic: once read, a number is never re-split
    rf"\d{{1,3}}(?:{SPACE_GROUP}\d{{3}}(?!\d))+(?:[.,\u066b]\d+)?"  # 200 000 / 1 234,5
    rf"|\d+(?:{TIGHT_SEP}\d+)*"  # 1,382 / 200.000 / ٢٠٠٬٠٠٠ / 1.5
    ")"
)
# A number never starts inside a Latin identifier ("G20", "WC1X", "COVID-19"), nor in the
# decimals of one ("PM2.5", "PM2,5") or after its dot ("BA.2"); the minutes of "14h30" are
# a number of their own.
START = (
    r"(?:(?<![A-Za-z\u00c0-\u024f\d])|(?<=\d[hH]))(?<!(?-i:[A-Z][A-Z])-)"  # but 14h30
    r"(?<![A-Za-z]\d[.,])(?<![A-Za-z]\d\d[.,])(?<!(?-i:[A-Z][A-Z])\.)"
)
# Digits with a capital letter written onto them name a thing ("5G", "3D", "2FA"), except
# the letters of magnitudes and degrees ("5B", "3K", "10M", "5T", "50C", "98F").
NOT_AN_IDENTIFIER = r"(?!(?-i:[ADEGHIJLNOPQRSUVWXYZ]))"
# A sign belongs to the number only after a space or a bracket: "-3", "+5 %", "−2".
SIGN = r"(?:(?<!\w)[-+\u2212\u00b1](?=\d))?"
# % ٪ ％ ‰ ؉, after an optional (narrow) no-break space as French writes it.
PERCENT_SIGN = r"\s?[%\u066a\uff05\u2030\u0609]"
# Dashes and tildes between two numbers make a range: 80,000–120,000, 8만~12만.
DASH = r"(?:-|\s?[\u2012\u2013\u2014~\u223c\u301c\uff5e]\s?)"
# 2012-02-01, 03/05/2011, and a number with its year, one identifier ("Ley 4/2000", "3/2024")
DATE = r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,4}/(?:1[89]|20)\d\d)(?![\d/])"
# 14:30; a colon after it is punctuation ("الساعة ١٤:٣٠: وقفة").
TIME = r"(?<!\d)(?<!\d:)\d{1,2}:\d{2}(?::\d{2})?(?!\d|:\d)"
# Month names, for the ranges of days ("du 3 au 5 octobre") and dates ("el uno de enero").
FR_MONTHS = (
    "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
ES_MONTHS = (
    "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    "|noviembre|diciembre)"
)
# Vulgar fractions: ½ ¼ ¾ ⅓ ⅔ ...
VULGAR = "\u00bc-\u00be\u2150-\u215e"
# A fraction: 2/3, ½, 2½ (a slash between two small numbers that is not a date).
FRACTION = rf"(?<![\d/])(?:\d{{1,2}}/\d{{1,2}}(?![\d/])|\d*[{VULGAR}])"
# Abbreviated magnitudes written onto digits: 5bn, 3k, 10M, 1.2tn, 3mln (m and b are
# read by the detector, which tells millions from metres).
MAGNITUDE = r"(?-i:bn|tn|mn|mln|bln|k|K|M)(?![^\W\d_])"


@dataclass(frozen=True)
class Rules:
    """What a language adds to the digit rules. Every field is a regex fragment."""

    after_number: str = MAGNITUDE  # scale words or units after digits: "2 million", "20만"
    percent: str = PERCENT_SIGN  # percent after digits: "%", "per cent"
    ordinal: str = r"(?!)"  # ordinal ending after digits: "70th", "70e", "70.º"
    range_words: str = r"(?!)"  # word between the two numbers of a range: "to", "à"
    words: str = ""  # named alternatives for numbers in words (may be empty)
    # The characters a number in words can start with, in both cases: the inside of a
    # case-sensitive regex class (so "IVXL" of Roman numerals leaves "ivxl" out).
    word_starts: str = ""
    # Named alternatives tried before the others, where a number starts with a digit
    # (fractions: "3분의 1") or with a letter (Roman centuries: "XXe siècle", "삼분의 일").
    digits_first: str = ""
    letters_first: str = ""
    cardinal_words: frozenset[str] = frozenset()  # for validation by text2num
    # The plain number words ("cinq", not "centaine") that the context rules look for:
    # "un détenu sur cinq" (NUMBER in contexts.NOT_A_QUANTITY); cardinal_words if empty.
    count_words: frozenset[str] = frozenset()
    ordinal_words: frozenset[str] = frozenset()
    connector: str = ""  # "and" in "two hundred and fifty"


def trie(words: Iterable[str]) -> str:
    """One regex alternative for many words, factored by common prefixes so it stays fast.

    A space inside a word ("tens of thousands") matches any run of spaces.
    """
    tree: _Node = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(tree) or "(?!)"


_Node = dict[str, "_Node"]


def _trie_pattern(node: _Node) -> str:
    ends_here = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    pattern = "|".join(branches)
    if len(branches) > 1 or ends_here:
        pattern = f"(?:{pattern})"
    return pattern + "?" if ends_here else pattern


def first_chars(words: Iterable[str]) -> str:
    """The characters ``words`` start with, as the inside of a regex class.

    The detector puts them in a lookahead so that it fails fast where no
    number can start: that keeps scanning long documents fast.
    """
    firsts = {w[0] for w in words if w} | {w[0].upper() for w in words if w}
    return "".join(re.escape(c) for c in sorted(firsts))


def spell(numbers: Iterable[int], language: str, to: str = "cardinal") -> list[str]:
    """The numbers written out in words by num2words."""
    from num2words import num2words  # imported on first use: it alone costs ~40 ms

    return [str(num2words(n, lang=language, to=to)) for n in numbers]


def words_of(phrases: Iterable[str]) -> set[str]:
    """The single words of spelled-out numbers: "twenty-one" -> {"twenty", "one"}."""
    return {word for phrase in phrases for word in re.split(r"[\s-]+", phrase.lower()) if word}


def without_accents(words: Iterable[str]) -> set[str]:
    """Each word plus its unaccented spelling ("deuxième" -> "deuxieme"), as people type."""
    plain = {
        "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        for w in words
    }
    return set(words) | plain


CARDINALS = (*range(102), *range(100, 1000, 100), 1000, 2000, 10**6, 2 * 10**6, 10**9, 2 * 10**9)
ORDINALS = (*range(1, 101), 1000, 10**6)
