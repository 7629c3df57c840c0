"""Translator comments for a fact sheet's copy: where it appears, what it holds, how long.

Each PO entry made from a fact sheet carries, as ``#.`` comments:

- where the string appears (``advisory: body[1]``);
- what each ``{placeholder}`` becomes, rendered in the source language
  with the renderer's own fact formatting
  (``{prisoners_total} = "as many as 200,000", a cited figure: keep it``);
- for a plural entry, which fact's number chooses the form;
- a length budget where the layout needs one (headlines, titles, buttons,
  key-figure labels).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from babel.numbers import format_decimal

from toolkit.factsheet.copytext import CopyString, placeholders
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.models import Fact
from toolkit.render.facts import format_fact, plural_count

# (output, part pattern, at most this many characters, what the string is)
LENGTH_BUDGETS: tuple[tuple[str, str, int, str], ...] = (
    ("advisory", r"headline", 80, "the headline, also the e-mail subject"),
    ("donation", r"headline", 70, "the page's headline"),
    ("brief", r"title", 80, "the brief's title on its cover"),
    ("donation", r"call_to_action\.button", 25, "a button"),
    (r"\w+", r"sections\[\d+\]\.heading", 60, "a section heading"),
    ("brief", r"key figure \w+", 80, "a caption under a key figure"),
    ("advisory", r"contacts\[\d+\]\.role", 40, "a contact's job title"),
)


def length_budget(output: str, part: str) -> tuple[int, str] | None:
    """The most characters the layout leaves for ``part`` of ``output``, and why."""
    for output_pattern, part_pattern, limit, what in LENGTH_BUDGETS:
        if re.fullmatch(output_pattern, output) and re.fullmatch(part_pattern, part):
            return limit, what
    return None


# "Length: at most 80 characters (...)" in a fact sheet's comments, and the same words
# in a template's "# Translators:" comment, give a string its budget.
_AT_MOST = re.compile(r"\bat most (\d+) characters\b", re.IGNORECASE)
MAX_LENGTH = "max-length:"  # Weblate's flag: "#, max-length:80"


def budget_in_comments(comments: Iterable[str]) -> int | None:
    """The smallest "at most N characters" the translator comments state, if any."""
    found = [int(m[1]) for comment in comments for m in _AT_MOST.finditer(comment)]
    return min(found) if found else None


def budget_in_flags(flags: Iterable[str]) -> int | None:
    """The smallest ``max-length:N`` flag of a PO entry, if any."""
    found = [
        int(flag.removeprefix(MAX_LENGTH))
        for flag in flags
        if flag.startswith(MAX_LENGTH) and flag.removeprefix(MAX_LENGTH).isdigit()
    ]
    return min(found) if found else None


def with_budget_flag(flags: Iterable[str], budget: int | None) -> set[str]:
    """``flags`` with exactly one ``max-length`` flag: ``budget``'s (none when it is None)."""
    kept = {flag for flag in flags if not flag.startswith(MAX_LENGTH)}
    return kept if budget is None else kept | {f"{MAX_LENGTH}{budget}"}


class FactWords:
    """How each fact reads in the fact sheet's source language, as documents print it."""

    def __init__(self, loaded: LoadedFactSheet, templates_dir: Path | None) -> None:
        self.sheet = loaded.sheet
        self.locale = loaded.sheet.source_locale
        self._render = self._renderer(loaded, templates_dir)

    def _renderer(
        self, loaded: LoadedFactSheet, templates_dir: Path | None
    ) -> Callable[[str], str]:
        if templates_dir is not None and (templates_dir / "facts.jinja").is_file():
            from toolkit.i18n.catalogs import Translator
            from toolkit.render.documents import DocumentRenderer

            source = Translator(self.locale, source=True)
            return DocumentRenderer(templates_dir, loaded, self.locale, source).fact_text
        # Without the project's templates (a fact sheet extracted on its own),
        # word the qualifier plainly: the comment is a hint, not the output.
        return lambda name: format_fact(
            self.sheet.facts[name],
            self.locale,
            lambda qualifier, figure: (
                figure if qualifier == "exactly" else f"{qualifier.replace('_', ' ')} {figure}"
            ),
            lambda low, high: f"{low}–{high}",
        )

    def describe(self, name: str) -> str:
        """``{name} = "as many as 200,000", a cited figure: keep it``."""
        fact = self.sheet.facts.get(name)
        if fact is None:
            return f"{{{name}}} names no fact in this fact sheet: ask the press office"
        return f'{{{name}}} = "{self._render(name)}", {_kind(fact)}: keep it'

    def count(self, name: str) -> str:
        """The number that chooses a plural form, formatted (``200,000``)."""
        fact = self.sheet.facts.get(name)
        if fact is None or fact.value is None:
            return "?"
        return format_decimal(plural_count(fact), locale=self.locale)


def _kind(fact: Fact) -> str:
    if fact.date is not None:
        return "a cited date"
    if fact.range is not None:
        return "a cited range of figures"
    return "a cited figure"


def translator_comments(copy: CopyString, facts: FactWords) -> list[str]:
    """The ``#.`` comments of one copy string, in the order a translator reads them."""
    comments = [f"{copy.output}: {copy.part}"]
    seen: list[str] = []
    for text in copy.texts:
        try:
            found = placeholders(text)
        except ValueError:
            continue  # the fact sheet's validation reports it
        seen += [p.name for p in found if p.name not in seen]
    comments += [facts.describe(name) for name in seen]
    if copy.count is not None:
        comments.append(
            f"Plural: the number in {{{copy.count}}} ({facts.count(copy.count)}) chooses the form."
        )
    budget = length_budget(copy.output, copy.part)
    if budget is not None:
        limit, what = budget
        comments.append(f"Length: at most {limit} characters ({what}).")
    return comments
