"""Strings shown in the source language in a partly translated document (``--allow-partial``).

The translator wraps each fallback between two private-use marks. In HTML
a run that lies in text content becomes ``<span lang="en">…</span>``, so
screen readers and hyphenation use the right language (WCAG 3.1.2); marks
inside a tag, ``<title>``, ``<style>`` or ``<script>`` are simply dropped,
as they are from plain text.
"""

from __future__ import annotations

import re

from markupsafe import escape

from toolkit.translation.catalogs import FALLBACK_CLOSE, FALLBACK_OPEN

_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_RAW_TEXT = frozenset({"title", "style", "script", "textarea"})
_MARKS = re.compile(f"[{FALLBACK_OPEN}{FALLBACK_CLOSE}]")


def strip_fallback_marks(text: str) -> str:
    """``text`` without fallback marks."""
    return _MARKS.sub("", text)


def mark_fallback_language(html: str, lang: str) -> str:
    """``html`` with every fallback run in text content marked with ``lang``."""
    if FALLBACK_OPEN not in html:
        return html
    opening = f'<span lang="{escape(lang)}">'
    pieces: list[str] = []
    raw: str | None = None  # inside an element whose content is not markup
    position = 0
    for tag in _TAG.finditer(html):
        text = html[position : tag.start()]
        if raw is None:
            text = text.replace(FALLBACK_OPEN, opening).replace(FALLBACK_CLOSE, "</span>")
        pieces.append(strip_fallback_marks(text))
        pieces.append(strip_fallback_marks(tag.group()))
        name = _TAG_NAME.match(tag.group())
        if name is not None:
            closing, element = name.group(1) == "/", name.group(2).lower()
            if raw is None and not closing and element in _RAW_TEXT:
                raw = element
            elif closing and element == raw:
                raw = None
        position = tag.end()
    tail = html[position:]
    if raw is None:
        tail = tail.replace(FALLBACK_OPEN, opening).replace(FALLBACK_CLOSE, "</span>")
    pieces.append(strip_fallback_marks(tail))
    return "".join(pieces)
