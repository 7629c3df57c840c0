"""Arabic duals of nouns that no list names, recognised by their shape.

A dual noun means "two of them" (rule 3 of ``tests/lint_corpus/README.md``):
"ممرضتان" (two nurses), "محاميان" (two lawyers), "شركتين" (two companies).
The data file lists the common ones; this rule reads the others from their
ending and the shape of the stem it leaves:

- **feminine**, -تان / -تين after a stem of two letters or more: the noun's ة
  is written ت before the dual ending, and the feminine plural ends in ات, so
  both cases are duals. Not after س or و, whose -ستان, -وتين are names
  ("باكستان", "بوتين");
- **masculine**, the nominative -ان only (the oblique -ين is spelt like the
  sound plural: "محامين" is also "lawyers"), after a stem of a shape that
  names people or things and is never a verb: a relative adjective of three
  letters or more before its ي ("صحفيان", "محاميان", "قاضيان"; "عصيان",
  "نسيان" have two), a participle in م ("معتقلان", "مسؤولان"; "ميدان",
  "مكان" are too short), the patterns فاعل ("ضابطان") and فعيل ("سجينان").
  Three-letter stems are left to the list: "لبنان", "عدنان", "شعبان",
  "سلطان", "إنسان" have the shape of فعل + ان.

Never a figure, as for the listed duals: a dual right after a number (the
noun it counts), just before the numbers it names, after كلا/كلتا (both);
and an adjective agreeing with the noun before it, which has its ending
("مدرستين ابتدائيتين", "موظفين مؤقتين"), unless joined by و. The data file
lists the words that have a dual's shape but are not duals (kind
``not-dual``: "طالبان", "مهرجان", "مؤقتين").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from toolkit.lint.phrasebook import phrasebook
from toolkit.lint.regexcache import compile_kept

__all__ = ["COUNTED_AFTER", "COUNTED_BEFORE", "general_duals"]

MASK = "\ufffc"  # as figures.MASK: a hidden typed field stands for a number
# A dual counts nothing of its own after a number ("{n} شخصان") or after كلا/كلتا (both)...
COUNTED_BEFORE = re.compile(rf"[\d{MASK}]\s*$|(?<!\w)(?:كلا|كلتا)\s+(?:ال)?$")
# ... nor just before the numbers it names ("المعسكران 14 و15").
# ... and a dual followed by the number two, which says the same ("معتقلان اثنان": the figure
# is اثنان). A dual before a number that counts something else stays ("بين الانفجارين 30 ثانية").
COUNTED_AFTER = re.compile(
    r"^\s+(?:(?:رقم\s+)?\d+(?:\s*(?:و|،|,|-|–)\s*(?:رقم\s+)?\d+|\s*(?:[،,.;:)]|$))"
    r"|(?:اثنان|اثنين|اثنتان|اثنتين)(?!\w))"
)

# ك alone ("like") is not read as a clitic: words starting with ك are far more common
# ("كاميرتان", two cameras, is not ك + "اميرتان").
_CLITICS = "[وف]?(?:[بكل]?ال|لل|[بل])?"
_LETTER = r"[^\W\d_]"
# No stem starts with the article (the clitics take it: "الختان" is not "الخ" + تان).
_FEMININE = rf"(?!ال|لل){_LETTER}{{2,}}(?<![سو])ت(?:ان|ين)"
# Not a verb: no stem starts with ي, the imperfect's prefix ("يلتقيان", they two meet), nor
# with the future's سي ("سيلتقيان"; "سياسيان" is a noun).
_MASCULINE = (
    # a relative adjective after a stem of three letters, or four when it starts like an
    # imperfect verb (ت, ن, أ: "تؤويان", they two shelter; "تونسيان" is two Tunisians)
    rf"(?!ي|سي(?!ا)|ال|لل)(?:(?![تنأ]){_LETTER}{{3,}}ي|[تنأ]{_LETTER}{{3,}}ي|م{_LETTER}{{3,}}"
    rf"|{_LETTER}ا{_LETTER}{{2}}"
    rf"|{_LETTER}{{2}}ي{_LETTER})ان"
)
_DUAL = compile_kept(rf"(?<!\w)(?P<clitic>{_CLITICS})(?P<word>{_FEMININE}|{_MASCULINE})(?!\w)")
_PREVIOUS = re.compile(r"(?<!\S)(\S+)\s+$")
_CONTEXT = 24  # characters of context read before and after a candidate
_HAMZA = str.maketrans("أإآ", "ااا")


@cache
def _not_duals() -> frozenset[str]:
    """The data file's words that have a dual's shape and are not duals, without hamza."""
    return frozenset(w.translate(_HAMZA) for w in phrasebook("ar").number_words("not-dual"))


def general_duals(text: str, known: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans of the dual nouns of ``text`` read by their shape (see the module), except
    the ``known`` words, which the detector reads with its own rules."""
    for found in _DUAL.finditer(text):
        word = found["word"]
        start, end = found.span("word")
        if word in known or _listed_not_dual(found["clitic"], word):
            continue
        if COUNTED_BEFORE.search(text, max(0, start - _CONTEXT), start):
            continue
        if COUNTED_AFTER.match(text[end : end + _CONTEXT]):
            continue
        if not found["clitic"].startswith("و") and _agrees(text, found.start(), word):
            continue
        yield start, end


def _listed_not_dual(clitic: str, word: str) -> bool:
    """Whether the word, or the word with the letters read as clitics, is listed."""
    listed = _not_duals()
    return word.translate(_HAMZA) in listed or (clitic + word).translate(_HAMZA) in listed


def _agrees(text: str, start: int, word: str) -> bool:
    """Whether the word before ``start`` has the same case ending (ان, ين): the dual is then
    an adjective agreeing with it ("مدرستين ابتدائيتين")."""
    previous = _PREVIOUS.search(text, max(0, start - _CONTEXT), start)
    return previous is not None and previous[1].endswith(word[-2:])
