"""Each translated string as the documents print it: "the sentence in context".

The campaign's documents are rendered with a translator that wraps every
string it returns in private-use marks carrying the string's number. The
text between the marks is the string as printed: translated (or in the
source language, when it has no translation), with its facts, dates and
citations filled in. HTML files are read first (tags removed), then plain text (whose headings may be capitals).
A string used only where marks cannot survive (a CSS ``content`` string)
has no context.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.outputs import Kind
from toolkit.render.documents import DocumentRenderer
from toolkit.translation.catalogs import TEMPLATES_DOMAIN, Translator

OPEN = "\ue030"
CLOSE = "\ue031"
FIRST_NUMBER = 0xF0000  # numbers are characters of plane 15 (private use)
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")

# (domain, msgid, context): one string of a catalog
Key = tuple[str, str, str | None]


@dataclass(frozen=True)
class InContext:
    """A string as printed in a document: the text, the file, the campaign."""

    text: str
    file: str
    campaign: str


@dataclass
class MarkingTranslator(Translator):
    """A translator whose every string comes back between numbered marks."""

    keys: dict[Key, int] = field(default_factory=dict)

    def _marked(self, key: Key, text: str) -> str:
        number = self.keys.setdefault(key, len(self.keys))
        return f"{OPEN}{chr(FIRST_NUMBER + number)}{text}{CLOSE}"

    def gettext(
        self, msgid: str, *, domain: str = TEMPLATES_DOMAIN, context: str | None = None
    ) -> str:
        """The translation, marked."""
        text = super().gettext(msgid, domain=domain, context=context)
        return self._marked((domain, msgid, context), text)

    def ngettext(
        self,
        singular: str,
        plural: str,
        n: int,
        *,
        domain: str = TEMPLATES_DOMAIN,
        context: str | None = None,
    ) -> str:
        """The plural form for ``n``, marked."""
        text = super().ngettext(singular, plural, n, domain=domain, context=context)
        return self._marked((domain, singular, context), text)


def marked_spans(document: str) -> dict[int, str]:
    """The text between each pair of marks, by number (the first occurrence of each)."""
    spans: dict[int, str] = {}
    stack: list[tuple[int, int]] = []
    index = 0
    while index < len(document):
        char = document[index]
        if char == OPEN and index + 1 < len(document):
            stack.append((ord(document[index + 1]) - FIRST_NUMBER, index + 2))
            index += 2
            continue
        if char == CLOSE and stack:
            number, start = stack.pop()
            spans.setdefault(number, document[start:index])
        index += 1
    return spans


def clean(span: str, *, markup: bool) -> str:
    """A span as a reader sees it: no marks, no tags, one space between words."""
    text = _PRIVATE.sub("", span)
    if markup:
        text = html.unescape(_TAG.sub("", text))
    return _SPACE.sub(" ", text).strip()


def strings_in_context(
    templates_dir: Path, loaded: LoadedFactSheet, locale: str, catalogs: Mapping[str, Catalog]
) -> dict[Key, InContext]:
    """Every string the campaign's documents print in ``locale``, as printed."""
    translator = MarkingTranslator(locale, dict(catalogs))
    found: dict[Key, InContext] = {}
    try:
        renderer = DocumentRenderer(templates_dir, loaded, locale, translator)
    except Exception:  # broken templates: the lint says where; there is just no context
        return found
    files = [f for output in loaded.sheet.outputs for f in output.rendered]
    files.sort(key=lambda f: f.kind is not Kind.HTML)  # as a page shows it (text may shout)
    for file in files:
        try:
            document = renderer.render(file.name)
        except Exception:
            continue
        numbers = {number: key for key, number in translator.keys.items()}
        for number, span in marked_spans(document).items():
            key = numbers.get(number)
            if key is not None and key not in found:
                text = clean(span, markup=file.kind is Kind.HTML)
                found[key] = InContext(text, file.name, loaded.sheet.campaign)
    return found
