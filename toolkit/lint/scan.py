"""Scanning a text with two patterns as fast as Python's ``re`` allows.

A figure starts either with a digit (or a sign, a vulgar fraction, Korean 제)
or with a letter at the start of a word. One regex with both branches is
tried at every position of the text, which is most of the detector's time
on long documents. Instead:

- the digit pattern is only tried where a fast character search finds a
  digit-like character (most prose has few);
- the word pattern first checks that no word character precedes, which
  fails at once inside a word (most positions).

:meth:`Scanner.matches` merges both as one alternation would: leftmost
first, the digit pattern first at the same position, never overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from toolkit.lint.regexcache import compile_kept

__all__ = ["Scanner"]


class Scanner:
    """Finds the matches of a digit pattern and a word pattern, in reading order."""

    def __init__(self, digits: str, digit_chars: str, words: str, flags: re.RegexFlag) -> None:
        self.digits = compile_kept(digits, flags)
        self.digit_hint = re.compile(f"[{digit_chars}]")
        self.words = compile_kept(rf"(?<!\w){words}", flags) if words else None

    def matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Each match with the offset where it begins."""
        digit = self._digits_from(text, 0)
        word = self._words_from(text, 0)
        while digit is not None or word is not None:
            if word is None or (digit is not None and digit.start() <= word[0]):
                assert digit is not None
                found = (digit.start(), digit)
            else:
                found = word
            yield found
            end = found[1].end()
            if digit is not None and digit.start() < end:
                digit = self._digits_from(text, end)
            if word is not None and word[0] < end:
                word = self._words_from(text, end)

    def _digits_from(self, text: str, pos: int) -> re.Match[str] | None:
        while (hint := self.digit_hint.search(text, pos)) is not None:
            found = self.digits.match(text, hint.start())
            if found is not None:
                return found
            pos = hint.start() + 1
        return None

    def _words_from(self, text: str, pos: int) -> tuple[int, re.Match[str]] | None:
        if self.words is None:
            return None
        found = self.words.search(text, pos)
        return None if found is None else (found.start(), found)
