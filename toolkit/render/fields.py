"""Typed fields as a document shows them: names, titles, phones, e-mails, addresses, URLs, dates.

A typed field is not prose (the lint masks it in *marked* mode). How it is
shown depends on the document:

- a field in another language than the document's (an English source
  title in Korean) carries ``lang`` in HTML (WCAG 3.1.2);
- inside right-to-left text a left-to-right field is isolated, so a phone
  number's digit groups stay in order: in HTML by ``dir="ltr"``, in plain
  text by U+2066…U+2069, which :func:`~toolkit.render.textwrap.wrap`
  closes and reopens at each line break;
- what must not break does not: a phone number, a date (in right-to-left
  plain text one isolated run, so no mail view sets the day apart from its
  month), each part of a postal address, a URL's scheme and host; phones
  and e-mails are ``tel:`` and ``mailto:`` links in HTML.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

# Plain text isolates a typed left-to-right run (LRI) or a right-to-left date (RLI) up to PDI.
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"

_SCHEME_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s]*")


def nobreak(text: str) -> str:
    """``text`` with no-break spaces, so wrapping never splits it (a phone number)."""
    return text.replace(" ", "\u00a0")


@dataclass(frozen=True)
class Fields:
    """Typed fields for one document: HTML or plain text, in ``locale``, marked by ``mark``."""

    html: bool
    rtl: bool
    locale: str
    mark: Callable[[str], str]

    def typed(self, value: str, lang: str | None = None) -> Markup | str:
        """A typed field; ``lang`` is its language when it is words (a title, a city)."""
        if not self.html:
            marked = self.mark(value)
            return f"{LRI}{marked}{PDI}" if self._isolated(value) else marked
        return self._span(Markup(escape(self.mark(value))), value, lang)

    def date(self, text: str, iso: str) -> Markup | str:
        """A date kept whole: a ``<time>`` in HTML; no-break spaces (and, right to left, one
        isolated run) in plain text."""
        if self.html:
            return Markup('<time class="nobr" datetime="{}">{}</time>').format(iso, self.mark(text))
        kept = nobreak(text)
        return self.mark(f"{RLI}{kept}{PDI}" if self.rtl else kept)

    def fact_words(self, words: str, is_date: bool) -> str:
        """A fact's words in plain text: a date is one isolated run in right-to-left text."""
        if is_date and self.rtl and not self.html:
            return f"{RLI}{nobreak(words)}{PDI}"
        return words

    def phone(self, number: str) -> Markup | str:
        """A phone number, never split; a ``tel:`` link in HTML."""
        shown = self.typed(nobreak(number))
        if not self.html:
            return shown
        return Markup('<a class="nobr" href="tel:{}">{}</a>').format(tel_uri(number), shown)

    def email(self, address: str) -> Markup | str:
        """An e-mail address; a ``mailto:`` link in HTML."""
        shown = self.typed(address)
        if not self.html:
            return shown
        return Markup('<a href="mailto:{}">{}</a>').format(address, shown)

    def address(self, value: str, lang: str) -> Markup | str:
        """A postal address in ``lang``, broken only between its comma-separated parts."""
        parts = [part.strip() for part in value.split(",") if part.strip()]
        if not self.html:
            return self.typed(", ".join(nobreak(part) for part in parts))
        kept = Markup(", ").join(Markup('<span class="nobr">{}</span>').format(p) for p in parts)
        return self._span(Markup(self.mark(kept)), value, lang)

    def url(self, url: str) -> Markup | str:
        """A URL as text; in HTML its scheme and host never split (a line may break in its
        path), so no line ends in a bare ``http://``."""
        found = _SCHEME_HOST.match(url)
        if not self.html or found is None:
            return self.typed(url)
        shown = Markup('<span class="nobr">{}</span>{}').format(found.group(), url[found.end() :])
        return self._span(Markup(self.mark(shown)), url, None)

    def _isolated(self, value: str) -> bool:
        return self.rtl and not has_rtl(value)

    def _span(self, shown: Markup, value: str, lang: str | None) -> Markup:
        """``shown`` in a span with ``lang`` (when foreign) and ``dir`` (when isolated)."""
        foreign = lang is not None and language(lang) != language(self.locale)
        isolated = self._isolated(value)
        if not (foreign or isolated):
            return shown
        attributes = Markup(' lang="{}"').format(bcp47(lang or "")) if foreign else Markup("")
        if isolated:
            attributes += Markup(' class="ltr" dir="ltr"')
        return Markup("<span{}>{}</span>").format(attributes, shown)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a right-to-left letter."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def tel_uri(number: str) -> str:
    """A ``tel:`` URI's number: digits and a leading ``+`` (a trunk ``(0)`` dropped)."""
    number = number.replace("(0)", "")
    digits = re.sub(r"[^0-9]", "", number)
    return f"+{digits}" if number.strip().startswith("+") else digits


def language(locale: str) -> str:
    """The language of a locale or tag: ``fr`` for ``fr_CA`` or ``fr-CA``."""
    return locale.replace("-", "_").split("_")[0].lower()


def bcp47(locale: str) -> str:
    """A locale as an HTML ``lang`` value: ``fr-CA`` for ``fr_CA``."""
    return locale.replace("_", "-")
