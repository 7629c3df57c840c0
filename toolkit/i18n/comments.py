"""Translator comments for a fact sheet's copy: where it appears, what it holds, how long.

Each PO entry made from a fact sheet carries, as ``#.`` comments:

- where the string appears (``advisory: body[1]``);
- what each ``{placeholder}`` becomes, rendered in the source language
  with the renderer's own fact formatting
  (``{prisoners_total} = "as many as 200,000", a cited figure: keep it``);
  ``toolkit i18n update`` shows it in each catalog's own locale too
  (:func:`localised_comments`: ``"jusqu'à 200 000"`` in the French file);
- for a plural entry, which fact's number chooses the form;
- a length budget where the layout needs one (headlines, titles, buttons,
  key-figure labels).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from babel.numbers import format_decimal

from toolkit.defaults import find_template
from toolkit.factsheet.copytext import CopyString, placeholders
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.models import Fact
from toolkit.render.documents import DocumentRenderer
from toolkit.render.facts import format_fact, plural_count
from toolkit.render.fields import bcp47
from toolkit.render.messages import FACTS_TEMPLATE
from toolkit.translation.budgets import length_budget
from toolkit.translation.catalogs import Translator


class FactWords:
    """How each fact reads in one locale (default: the fact sheet's source language), as
    documents print it; ``translator`` gives that locale's wording of qualifiers."""

    def __init__(
        self,
        loaded: LoadedFactSheet,
        templates_dir: Path | None,
        locale: str | None = None,
        translator: Translator | None = None,
    ) -> None:
        self.sheet = loaded.sheet
        self.locale = locale or loaded.sheet.source_locale
        self._translator = translator or Translator(self.locale, source=True)
        self._render = self._renderer(loaded, templates_dir)

    def _renderer(
        self, loaded: LoadedFactSheet, templates_dir: Path | None
    ) -> Callable[[str], str]:
        # Without the project's templates (a fact sheet extracted on its own), or when
        # they cannot render (the lint says where), word the qualifier plainly:
        # the comment is a hint, not the output.
        def plain(name: str) -> str:
            return format_fact(
                self.sheet.facts[name],
                self.locale,
                lambda qualifier, figure: (
                    figure if qualifier == "exactly" else f"{qualifier.replace('_', ' ')} {figure}"
                ),
                lambda low, high: f"{low}–{high}",
            )

        if templates_dir is None or find_template(templates_dir, FACTS_TEMPLATE) is None:
            return plain
        try:
            renderer = DocumentRenderer(templates_dir, loaded, self.locale, self._translator)
            worded = renderer.fact_text
        except Exception:  # the templates are user input: a broken one is the lint's to report
            return plain

        def from_templates(name: str) -> str:
            try:
                return worded(name)
            except Exception:
                return plain(name)

        return from_templates

    def words(self, name: str) -> str:
        """How fact ``name`` reads in this locale (``jusqu'à 200 000``)."""
        return self._render(name)

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


_DESCRIBED = re.compile(r'^\{(?P<name>\w+)\} = "(?P<words>.*)", (?P<rest>.*)$')


def localised_comments(comments: list[str], source: FactWords, target: FactWords) -> list[str]:
    """A catalog entry's comments with each placeholder shown as ``target``'s locale prints it,
    the source language's words kept beside (``{x} = "jusqu'à 200 000" (en: "as many as
    200,000"), a cited figure: keep it``)."""
    localised = []
    for comment in comments:
        match = _DESCRIBED.match(comment)
        name = match.group("name") if match else ""
        if match is None or name not in target.sheet.facts:
            localised.append(comment)
            continue
        words = target.words(name)
        if words == match.group("words"):
            localised.append(comment)
            continue
        localised.append(
            f'{{{name}}} = "{words}" ({bcp47(source.locale)}: "{match.group("words")}"), '
            f"{match.group('rest')}"
        )
    return localised


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
