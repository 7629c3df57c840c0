"""Catalogs across a change of plural rules: ``toolkit i18n update`` migrates them.

CLDR's plural rules change between Babel releases (French and Spanish
gained a third form, for "1 000 000 de …", in CLDR 42). A catalog written
under the old rule then declares a ``Plural-Forms`` header the lint
refuses. Migrating it keeps every translation: each form of the new rule
takes the text of the old form that the same counts used (the *nearest*
form: the one most of its counts chose), the header becomes Babel's, and
an entry that gained a form it did not have is marked fuzzy, so a
translator reviews it before it ships.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import polib

from toolkit.translation.checks import (
    SAMPLE_COUNTS,
    PluralRule,
    expected_plural_rule,
    parse_plural_forms,
)


@dataclass(frozen=True)
class Migration:
    """A catalog's text under the new rule, and what changed."""

    text: str
    old_forms: int
    new_forms: int
    fuzzy: int  # entries marked fuzzy because they gained a form


def migrate_plural_forms(text: str, locale: str) -> Migration | None:
    """``text`` (a PO file) rewritten for Babel's plural rule of ``locale``.

    None when nothing needs to change: the header already sorts counts as
    CLDR does, it cannot be read, or Babel has no rule for ``locale``.
    """
    expected = expected_plural_rule(locale)
    try:
        po = polib.pofile(text)
        declared = parse_plural_forms(po.metadata.get("Plural-Forms", ""))
    except (OSError, ValueError):
        return None
    if expected is None or _same_classes(declared, expected):
        return None
    nearest = nearest_forms(declared, expected)
    fuzzy = 0
    for entry in po:
        if not entry.msgid_plural:
            continue
        old = {int(k): v for k, v in entry.msgstr_plural.items()}
        entry.msgstr_plural = {new: old.get(src, "") for new, src in enumerate(nearest)}
        gained = len(set(nearest)) < len(nearest)  # a new form, copied from an old one
        if gained and any(old.values()) and "fuzzy" not in entry.flags:
            entry.flags.insert(0, "fuzzy")
            fuzzy += 1
    po.metadata["Plural-Forms"] = f"nplurals={expected.count}; plural={expected.expression};"
    return Migration(str(po), declared.count, expected.count, fuzzy)


def nearest_forms(declared: PluralRule, expected: PluralRule) -> list[int]:
    """For each form of ``expected``, the form of ``declared`` most of its counts took."""
    votes: list[Counter[int]] = [Counter() for _ in range(expected.count)]
    for n in SAMPLE_COUNTS:
        votes[expected.choose(n)][declared.choose(n)] += 1
    return [
        counter.most_common(1)[0][0] if counter else min(index, declared.count - 1)
        for index, counter in enumerate(votes)
    ]


def _same_classes(declared: PluralRule, expected: PluralRule) -> bool:
    if declared.count != expected.count:
        return False
    pairs = {(declared.choose(n), expected.choose(n)) for n in SAMPLE_COUNTS}
    return len(pairs) == len({d for d, _ in pairs}) == len({e for _, e in pairs})
