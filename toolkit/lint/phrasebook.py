"""What the figure detector knows about one language beyond its digits: data files.

``toolkit/lint/data/<language>.yaml`` holds, each entry with a one-line
reason (the files are reviewed like code):

- ``number_words``: words that state a number and that num2words does not
  write (multiplicatives such as "tripled", Korean day counts such as
  "이틀", Arabic nouns whose dual form means two of them). Each entry has a
  ``kind`` saying how the detector uses it (see :data:`KINDS`).
- ``idioms``, ``titles`` and ``names``: regular expressions of phrases in
  which a number is not a figure ("first of all", "Prime Minister",
  "COVID-19"). A figure that lies wholly inside a match is dropped.
  Patterns are case-insensitive, except in Korean and Arabic, which have
  no case (without the flag they compile faster; write ``(?i:COP)`` there,
  and prefer a word-boundary check to a class of all Hangul syllables, slow
  to compile). A space matches any run of white space (a space before
  ``?``, ``*``, ``+`` or ``{`` is one white-space character).

The files are read once per language and process, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from toolkit.lint.regexcache import compile_kept

__all__ = ["KINDS", "SECTIONS", "Phrasebook", "PhrasebookError", "phrasebook"]

DATA = Path(__file__).resolve().parent / "data"

KINDS = {
    "word": "a figure on its own ('fortnight'; in Arabic it also joins a number: 'اثني عشر ضعف')",
    "continuation": "a figure only right after a number (fractions, multiples: 'deux tiers')",
    "dual-noun": "an Arabic singular noun: its dual forms are figures ('عامين', two years)",
    "dual-noun-nominative": (
        "an Arabic noun whose sound plural ends in ين like its oblique dual: only the"
        " nominative dual is a figure ('صحفيان', two journalists; 'صحفيين' is ambiguous)"
    ),
    "not-dual": (
        "an Arabic word ending like a dual whose ending belongs to the stem or that is no"
        " noun: never read as 'two of them' by the dual rule ('طالبان', the Taliban)"
    ),
    "day-count": (
        "a Korean native count of days: a figure, and so are the counts past ten built on it"
        " ('사흘', three days; '열사흘', thirteen)"
    ),
    "verb-stem": "a regular verb's stem: all its forms are figures ('doubl': doublé, doublait)",
    "before-of": "a collective, a figure only before 'of'/'de' ('scores of'; alone: other words)",
}
SECTIONS = ("idioms", "titles", "names")


class PhrasebookError(ValueError):
    """A data file that does not have the expected shape."""


@dataclass(frozen=True)
class Phrasebook:
    """One language's data: extra number words by kind, and the no-figure phrases."""

    language: str
    words: dict[str, frozenset[str]]
    patterns: tuple[str, ...]

    def number_words(self, kind: str) -> frozenset[str]:
        """The words of ``kind`` (see :data:`KINDS`), lower case."""
        return self.words.get(kind, frozenset())

    @property
    def not_figures(self) -> re.Pattern[str] | None:
        """One regex matching every idiom, title and name of the language (None if none)."""
        return _compiled(self.patterns, _caseless(self.language))


def _caseless(language: str) -> bool:
    """Whether the language's patterns ignore case (not Korean and Arabic: they have none)."""
    return language not in ("ko", "ar")


@cache
def _compiled(patterns: tuple[str, ...], caseless: bool) -> re.Pattern[str] | None:
    """One regex for all ``patterns``. The alternatives that start at a word boundary share
    one ``\\b`` (most of them do): the engine then tries them only where a word starts,
    which makes the lint's scan of every string for idioms two to three times faster."""
    if not patterns:
        return None
    flags = re.IGNORECASE if caseless else re.NOFLAG
    alternatives = [_boundary_first(a) for p in patterns for a in _top_level_alternatives(p)]
    at_word = [a.removeprefix(r"\b") for a in alternatives if a.startswith(r"\b")]
    elsewhere = [a for a in alternatives if not a.startswith(r"\b")]
    # Behind the shared \b, the alternatives that start with a letter are grouped by it, so
    # that a word start tries only those of its first letter.
    by_letter: dict[str, list[str]] = {}
    for alternative in at_word:
        first = alternative[0].lower() if alternative[0].isalpha() else ""
        by_letter.setdefault(first, []).append(alternative)
    grouped = [
        (f"(?={re.escape(letter)})" if letter else "")
        + f"(?:{'|'.join(f'(?:{a})' for a in group)})"
        for letter, group in by_letter.items()
    ]
    parts = [rf"\b(?:{'|'.join(grouped)})"] if grouped else []
    parts += [f"(?:{a})" for a in elsewhere]
    return compile_kept("|".join(parts), flags)


def _boundary_first(alternative: str) -> str:
    """``(?-i:\\bX)`` as ``\\b(?-i:X)``: a word boundary does not depend on letter case. Only
    when every branch inside the group starts with ``\\b`` (``(?-i:\\bA|B)`` stays)."""
    prefix = "(?-i:"
    if not alternative.startswith(prefix + r"\b"):
        return alternative
    inner = _group_content(alternative, len(prefix))
    if not all(branch.startswith(r"\b") for branch in _top_level_alternatives(inner)):
        return alternative
    return r"\b" + alternative.replace(r"\b", "", 1)


def _group_content(pattern: str, start: int) -> str:
    """The text of the group whose content starts at ``start``, up to its closing bracket."""
    for at, char, depth in _structure(pattern, start):
        if char == ")" and depth == 0:
            return pattern[start:at]
    return pattern[start:]


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its ``|`` outside groups and classes: "\\ba|(b|c)" -> ["\\ba",
    "(b|c)"]."""
    bars = [at for at, char, depth in _structure(pattern) if char == "|" and depth == 0]
    edges = [-1, *bars, len(pattern)]
    return [pattern[a + 1 : b] for a, b in pairwise(edges)]


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` from ``start`` that is not escaped nor inside a class,
    with its index and the depth of groups it stands in (a bracket counts outside itself)."""
    depth, in_class, escaped = 0, False, False
    for at in range(start, len(pattern)):
        char = pattern[at]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            if char == ")":
                depth -= 1
            yield at, char, depth
            if char == "(":
                depth += 1


def phrase_pattern(written: str) -> str:
    """A data file's pattern as a regex: a space matches any run of white space
    ("a ?b": a space with a quantifier is one white-space character, quantified)."""
    return re.sub(r"(?<!\\) (?=[?*+{])", r"\\s", re.sub(r"(?<!\\) (?![?*+{])", r"\\s+", written))


@cache
def phrasebook(language: str) -> Phrasebook:
    """The data of ``language`` (an empty phrasebook when it has no file)."""
    path = DATA / f"{language}.yaml"
    if not language or not path.is_file():
        return Phrasebook(language, {}, ())
    return parse(yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER), language)


_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(data: object, language: str) -> Phrasebook:
    """Check and read a data file's content; ``PhrasebookError`` says what is wrong."""
    if not isinstance(data, dict) or not set(data) <= {"number_words", *SECTIONS}:
        raise PhrasebookError(f"{language}: expected the keys number_words, {', '.join(SECTIONS)}")
    words: dict[str, set[str]] = {}
    for entry in _entries(data, "number_words", ("words", "kind", "reason"), language):
        kind, listed = entry["kind"], entry["words"]
        if kind not in KINDS or not isinstance(listed, list) or not listed:
            raise PhrasebookError(
                f"{language}: number_words entry {entry!r} needs a kind and words"
            )
        words.setdefault(kind, set()).update(str(w).lower() for w in listed)
    patterns = [
        phrase_pattern(str(entry["pattern"]))
        for section in SECTIONS
        for entry in _entries(data, section, ("pattern", "reason"), language)
    ]
    try:
        _compiled(tuple(patterns), _caseless(language))  # compiled once, as the detector does
    except re.error:
        for pattern in patterns:  # which one is wrong
            try:
                re.compile(pattern)
            except re.error as err:
                raise PhrasebookError(f"{language}: {pattern!r}: {err}") from None
        raise
    return Phrasebook(
        language, {kind: frozenset(found) for kind, found in words.items()}, tuple(patterns)
    )


def _entries(
    data: dict[Any, Any], section: str, keys: tuple[str, ...], language: str
) -> list[dict[str, Any]]:
    entries = data.get(section) or []
    if not isinstance(entries, list):
        raise PhrasebookError(f"{language}: {section} must be a list")
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != set(keys):
            raise PhrasebookError(f"{language}: {section} entry {entry!r} needs {', '.join(keys)}")
        if not str(entry["reason"]).strip():
            raise PhrasebookError(f"{language}: {section} entry {entry!r} has no reason")
    return entries
