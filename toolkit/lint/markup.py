"""Markup in text: HTML tags, character entities and URL schemes.

Translations and copy are text, never HTML: a msgstr may carry only the
markup its msgid has, and copy may carry none (a plain web address in copy
is text, but a script-capable scheme such as ``javascript:`` is not).
The checks read each string with its placeholders filled in (see
:func:`~toolkit.translation.placeholders.fill_placeholders`), and a msgstr may not
add a bare ``<``, ``>`` or ``&`` either: the renderer shows them as text,
but a translation that needs one is a translation to look at.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

TAG = "tag"
ENTITY = "entity"
SCHEME = "scheme"
CHARACTER = "character"
HTML_CHARACTERS = "<>&"

SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "livescript", "data"})
_SCHEMES = "javascript|vbscript|livescript|data|https?|ftp|file|mailto|tel|sms|blob|wss?"

_MARKUP = re.compile(
    rf"""
    (?P<tag><!--|<!\[CDATA\[|<[!?/]?\s*[A-Za-z][^<>]*>?)
  | (?P<entity>&(?:[A-Za-z][A-Za-z0-9]{{1,31}}|\#[0-9]{{1,7}}|\#[xX][0-9A-Fa-f]{{1,6}});)
  | (?P<scheme>(?<![\w.+-])(?:{_SCHEMES})\s*:(?!\s))
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class MarkupItem:
    """One piece of markup: where it starts, what was written, and a comparable key."""

    start: int
    text: str
    kind: str

    @property
    def key(self) -> str:
        """The markup normalised for comparison (case and spacing ignored)."""
        return _SPACE.sub(" ", self.text.lower()).replace(" :", ":")

    @property
    def scheme(self) -> str:
        """The URL scheme, for a scheme item."""
        return self.key.rstrip(":").strip() if self.kind == SCHEME else ""


def markup_items(text: str) -> list[MarkupItem]:
    """Every tag, entity and URL scheme in ``text``, in order."""
    items = []
    for match in _MARKUP.finditer(text):
        kind = match.lastgroup or TAG
        items.append(MarkupItem(match.start(), match.group(), kind))
    return items


def added_markup(source: list[str], translation: str) -> list[MarkupItem]:
    """Markup in ``translation`` that none of the ``source`` strings has (as many times),
    then every ``<``, ``>`` and ``&`` beyond the source's count that is in no such markup."""
    allowed: Counter[str] = Counter()
    characters: Counter[str] = Counter()
    for text in source:
        allowed |= Counter(item.key for item in markup_items(text))
        characters |= Counter(ch for ch in text if ch in HTML_CHARACTERS)
    extra = []
    for item in markup_items(translation):
        if allowed[item.key] > 0:
            allowed[item.key] -= 1
        else:
            extra.append(item)
    covered = {i for item in extra for i in range(item.start, item.start + len(item.text))}
    for offset, ch in enumerate(translation):
        if ch not in HTML_CHARACTERS:
            continue
        if characters[ch] > 0:
            characters[ch] -= 1
        elif offset not in covered:
            extra.append(MarkupItem(offset, ch, CHARACTER))
    return sorted(extra, key=lambda item: item.start)


def unsafe_in_copy(text: str) -> list[MarkupItem]:
    """Markup that copy (plain text) must not carry: tags, entities, script-capable schemes."""
    return [
        item for item in markup_items(text) if item.kind != SCHEME or item.scheme in SCRIPT_SCHEMES
    ]
