"""Length budgets: how many characters the layout leaves a string, and where translators see it.

A budget comes from the outputs table (a headline, a button: each row's
``budgets``) for a fact sheet's copy, and from "at most N characters" in a
template's ``# Translators:`` comment. In PO files it is Weblate's
``max-length:N`` flag, which translators' tools show and enforce.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from toolkit.factsheet.outputs import OUTPUT_NAMES, get_output


def length_budget(output: str, part: str) -> tuple[int, str] | None:
    """The most characters the layout leaves for ``part`` of ``output``, and why."""
    budget = get_output(output).budget(part) if output in OUTPUT_NAMES else None
    return (budget.limit, budget.what) if budget is not None else None


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
