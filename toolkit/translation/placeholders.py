"""Placeholders in messages: ``{fact}`` in fact-sheet copy, ``%(name)s`` in templates.

Copy strings are split on ``{name}`` by the renderer, so a lone brace in a
translation breaks the document; template messages go through Python's
``%`` formatting (Jinja's new-style gettext), so a lone ``%`` does. The
lint compares the placeholders of each msgstr form with its msgid's, and
masks them before looking for figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.factsheet.copytext import placeholders

BRACE = "brace"  # {name}: fact-sheet copy
PERCENT = "percent"  # %(name)s: template messages

_BRACE_NAME = re.compile(r"\{(\w+)[^{}]*\}")
_PERCENT_TOKEN = re.compile(
    r"%%|%(?:\((?P<name>\w+)\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?(?P<type>[diouxXeEfFgGcrsa])|%"
)
_MASKED = re.compile(r"\{\w*\}|%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")


@dataclass(frozen=True)
class Signature:
    """The placeholders of a string (as written, counted) and any syntax error in it."""

    names: Counter[str]
    errors: tuple[str, ...] = ()


def signature(text: str, style: str) -> Signature:
    """Placeholders of both kinds in ``text``; syntax errors only for ``style``'s kind."""
    names: Counter[str] = Counter()
    errors: list[str] = []
    if style == BRACE:
        try:
            names.update(p.raw for p in placeholders(text))
        except ValueError as err:
            lone = "must be a plain" not in str(err)
            errors.append("a lone { or } (write {{ or }} for a brace)" if lone else str(err))
            names.update("{" + m.group(1) + "}" for m in _BRACE_NAME.finditer(text))
    else:
        names.update("{" + m.group(1) + "}" for m in _BRACE_NAME.finditer(text))
    for token in _PERCENT_TOKEN.finditer(text):
        if token.group() == "%%":
            continue
        if token.group("name") and token.group("type"):
            names[token.group()] += 1
        elif style == PERCENT:  # Jinja formats with named values only
            errors.append("a lone % (write %% for a percent sign)")
    return Signature(names, tuple(dict.fromkeys(errors)))


def mask_placeholders(text: str) -> str:
    """``text`` with every ``{name}`` and ``%(name)s`` blanked (U+FFFC), offsets kept."""
    return _MASKED.sub(lambda m: "\ufffc" * len(m.group()), text)


def fill_placeholders(text: str, fill: str = "x") -> str:
    """``text`` with every ``{name}`` and ``%(name)s`` replaced by ``fill`` letters, offsets kept.

    What a markup check reads: a placeholder becomes a word, as it does when
    rendered, so ``<%(email)s onfocus=…>`` reads as the tag it turns into.
    """
    return _MASKED.sub(lambda m: fill * len(m.group()), text)


def describe(expected: Counter[str], found: Counter[str]) -> tuple[str, str]:
    """A sentence saying how ``found`` differs from ``expected``, and the placeholder at fault."""
    missing = expected - found
    extra = found - expected
    if len(missing) == 1 and len(extra) == 1 and not (set(extra) & set(expected)):
        (old,), (new,) = missing, extra
        return f"renames {old} to {new}", new
    parts: list[str] = []
    if missing:
        parts.append("drops " + ", ".join(sorted(missing)))
    repeated = sorted(name for name in extra if name in expected)
    added = sorted(name for name in extra if name not in expected)
    if repeated:
        parts.append("repeats " + ", ".join(repeated))
    if added:
        parts.append("adds " + ", ".join(added))
    culprit = (added or repeated or sorted(missing))[0]
    return " and ".join(parts), culprit


def fits(sources: Sequence[str], translation: str, style: str) -> bool:
    """Whether ``translation`` can stand for its source strings (msgid, msgid_plural):
    the same placeholders as one of them and no syntax error they do not have.

    The rule of the ``placeholder-mismatch`` check; the renderer uses it too,
    so a broken translation is never filled in.
    """
    signatures = [signature(source, style) for source in sources]
    found = signature(translation, style)
    known_errors = {error for s in signatures for error in s.errors}
    if any(error not in known_errors for error in found.errors):
        return False
    return any(found.names == s.names for s in signatures)
