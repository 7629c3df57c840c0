"""Checks that need the whole fact sheet: citations, placeholders, unused and stale entries."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from toolkit.factsheet.copytext import iter_copy_strings, placeholders
from toolkit.problems import Problem

if TYPE_CHECKING:
    from toolkit.factsheet.loader import LoadedFactSheet


def check_references(loaded: LoadedFactSheet) -> list[Problem]:
    """Every citation names a source, every placeholder a fact; unused and stale entries warn."""
    sheet = loaded.sheet
    problems: list[Problem] = []

    def report(
        loc: tuple[int | str, ...], code: str, message: str, text: str | None = None
    ) -> None:
        line, column = loaded.locate(loc)
        problems.append(Problem(loaded.path, line, column, code, message, text=text))

    cited: set[str] = set()
    for name, fact in sheet.facts.items():
        if not fact.cite:
            report(
                ("facts", name),
                "unknown-source",
                f"fact {name!r} cites no source: add `cite: [source-key]`",
            )
        for index, key in enumerate(fact.cite):
            cited.add(key)
            if key not in sheet.sources:
                known = ", ".join(sorted(sheet.sources))
                report(
                    ("facts", name, "cite", index),
                    "unknown-source",
                    f"fact {name!r} cites {key!r}, which is not defined in sources"
                    f"{did_you_mean(key, sheet.sources)} (defined: {known})",
                    key,
                )

    shown = sheet.shows("key_figures")
    used: set[str] = {name for name, fact in sheet.facts.items() if fact.key and shown}
    valued = [name for name, fact in sheet.facts.items() if fact.value is not None]
    for item in iter_copy_strings(sheet):
        if item.count is not None:
            used.add(item.count)
            count = sheet.facts.get(item.count)
            if count is None or count.value is None:
                report(
                    (*item.loc, "count"),
                    "unknown-fact",
                    f"plural count {item.count!r} must name a fact that has a value"
                    f"{did_you_mean(item.count, valued)}",
                    item.count,
                )
        for text in item.texts:
            try:
                names = placeholders(text)
            except ValueError as err:
                report(item.loc, "invalid-factsheet", f"{item.output} {item.part}: {err}")
                continue
            for placeholder in names:
                used.add(placeholder.name)
                if placeholder.name not in sheet.facts:
                    report(
                        item.loc,
                        "unknown-fact",
                        f"{placeholder.raw} names no fact in this fact sheet"
                        f"{did_you_mean(placeholder.name, sheet.facts, braces=True)}",
                        placeholder.raw,
                    )

    for name in sheet.facts:
        if name not in used:
            report(("facts", name), "unused-fact", f"fact {name!r} is never used in the copy")
    for key in sheet.sources:
        if key not in cited:
            report(("sources", key), "unused-source", f"source {key!r} is cited by no fact")

    for name, fact in sheet.facts.items():
        if fact.as_of is None:
            continue
        age = (sheet.issued - fact.as_of.earliest()).days / 365.25
        if age > sheet.max_age_years:
            report(
                ("facts", name, "as_of"),
                "stale-fact",
                f"fact {name!r} is as of {fact.as_of}, {age:.0f} years before the issue date "
                f"{sheet.issued} (limit: max_age_years = {sheet.max_age_years})",
            )
    return problems


def did_you_mean(name: str, known: Iterable[str], *, braces: bool = False) -> str:
    """`` (did you mean 'prisoners_total'?)`` for the closest of ``known``, or nothing."""
    guess = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.7)
    if not guess:
        return ""
    return f" (did you mean {{{guess[0]}}}?)" if braces else f" (did you mean {guess[0]!r}?)"
