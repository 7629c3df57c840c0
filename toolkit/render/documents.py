"""Fill the project's templates for one campaign in one locale.

Each document gets its own numbered citations. In *marked* mode (used by
the lint), every fact and every typed field (phone, e-mail, reference,
date line, source notes) is wrapped in private-use marks, so the visible
text left outside the marks is exactly the prose typed by people.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale
from jinja2 import Environment, TemplateError, TemplateNotFound
from jinja2.exceptions import SecurityError
from markupsafe import Markup, escape

from toolkit.factsheet.copytext import Placeholder, split_placeholders
from toolkit.factsheet.fields import PluralText
from toolkit.factsheet.loader import LoadedFactSheet, relative
from toolkit.factsheet.models import FactSheet
from toolkit.factsheet.outputs import OUTPUTS
from toolkit.problems import Problem
from toolkit.render.citations import Citations
from toolkit.render.counters import counter_after, joined_with_counter
from toolkit.render.environment import TemplateRefused, sandboxed_environment, speaking
from toolkit.render.facts import (
    format_day,
    format_fact,
    format_moment,
    format_partial_date,
    list_separator,
    plural_count,
)
from toolkit.render.fields import Fields, bcp47, nobreak
from toolkit.render.linebreaks import join_prose
from toolkit.render.messages import FACTS_TEMPLATE
from toolkit.render.textwrap import underline, wrap
from toolkit.settings import Theme
from toolkit.translation.catalogs import Translator

MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"


def unmark(content: str) -> str:
    """A document rendered in marked mode as it is written: the marks taken out."""
    return content.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")  # 40× faster than translate


# Each file rendered from a template, and the output it belongs to (from the outputs table).
RENDERED: dict[str, str] = {f.name: o.name for o in OUTPUTS for f in o.rendered}


def make_environment(templates_dir: Path, translator: Translator | None = None) -> Environment:
    """The sandboxed Jinja environment over the project's templates, with the toolkit's
    filters (see :mod:`toolkit.render.environment`).

    One environment per templates folder and process: every locale shares it,
    so each template is loaded and compiled once; a render says which
    translator it speaks (:func:`~toolkit.render.environment.speaking`).
    ``translator`` is accepted for callers that only parse templates.
    """
    return _shared_environment(templates_dir.resolve())


@functools.lru_cache(maxsize=32)
def _shared_environment(templates_dir: Path) -> Environment:
    env = sandboxed_environment(templates_dir)
    env.filters["wrap"] = wrap
    env.filters["underline"] = underline
    env.filters["nobreak"] = nobreak
    env.filters["css_string"] = css_string
    env.filters["css_counters"] = css_counters
    return env


def css_string(text: str) -> Markup:
    """``text`` as a quoted CSS string, safe inside a ``<style>`` element."""
    escaped = "".join(
        ch if ch.isalnum() or ch in " .,:;/-_()" else f"\\{ord(ch):x} " for ch in text
    )
    return Markup(f'"{escaped}"')


def css_counters(pattern: str) -> Markup:
    """A translated ``… {page} … {pages} …`` as CSS ``content`` with page counters.

    A translation comes escaped for HTML; inside ``<style>`` it is CSS, so it is
    unescaped here and every character written as a CSS string escape instead.
    """
    if isinstance(pattern, Markup):
        pattern = pattern.unescape()
    parts: list[str] = []
    for piece in split_placeholders(pattern):
        if isinstance(piece, Placeholder) and piece.name in ("page", "pages"):
            parts.append(f"counter({piece.name})")
        else:
            parts.append(css_string(str(piece)))
    return Markup(" ".join(parts))


@dataclass(frozen=True)
class SourceNote:
    """A numbered source note, every field ready to print (and marked in marked mode)."""

    number: str
    publisher: Markup | str
    title: Markup | str
    published: Markup | str
    url: Markup | str | None
    href: str | None
    reference: Markup | str | None
    anchor: str


@dataclass(frozen=True)
class ThemeView:
    """What templates use of the project's theme (``toolkit.yaml``)."""

    logo: str | None  # URL relative to the templates and to the HTML outputs
    paper: str  # CSS page size: A4 or Letter
    css: Markup  # a :root rule overriding theme.css's custom properties (or nothing)


@dataclass(frozen=True)
class KeyFigure:
    """One entry of the brief's key-figures panel."""

    figure: Markup | str
    label: Markup | str


class DocumentRenderer:
    """Renders the documents of one campaign in one locale."""

    def __init__(
        self,
        templates_dir: Path,
        loaded: LoadedFactSheet,
        locale: str,
        translator: Translator,
        *,
        marked: bool = False,
        theme: Theme | None = None,
    ) -> None:
        self.loaded = loaded
        self.sheet: FactSheet = loaded.sheet
        self.locale = locale
        self.translator = translator
        self.marked = marked
        self.theme = theme or Theme()
        self.env = make_environment(templates_dir, translator)
        babel_locale = Locale.parse(locale)
        self.direction = babel_locale.text_direction
        self.source_plural = babel_locale.plural_form
        self._fact_texts: dict[str, str] = {}
        self._pair: tuple[str, str, str] | None = None
        facts_template = self.env.get_template(FACTS_TEMPLATE)
        try:
            facts_module = facts_template.module
        except Exception:  # as render() does: the traceback then names template lines
            self.env.handle_exception()
        self._facts = facts_module

    def _macro(self, name: str, *args: str) -> str:
        """Call a macro of ``facts.jinja`` in this renderer's language."""
        macro: Callable[..., Any] = getattr(self._facts, name)
        with speaking(self.translator):
            return str(macro(*args))

    def mark(self, text: str) -> str:
        """``text`` wrapped in marks in marked mode: a typed field, not prose."""
        return f"{MARK_OPEN}{text}{MARK_CLOSE}" if self.marked else text

    def fact_text(self, name: str) -> str:
        """The fact as plain words, e.g. ``as many as 200,000`` (no citation)."""
        if name not in self._fact_texts:  # documents name the same facts again and again
            self._fact_texts[name] = format_fact(
                self.sheet.facts[name],
                self.locale,
                lambda q, figure: self._macro("qualified", q, figure).strip(),
                lambda low, high: self._macro("range", low, high).strip(),
            )
        return self._fact_texts[name]

    def source_label(self, number: str) -> str:
        """What a citation link says to a screen reader: ``source 1`` in the locale."""
        return " ".join(self._macro("source_label", number).split())

    def join_list(self, items: Sequence[str], *, html: bool = False) -> str:
        """Items joined as the locale writes a list: ``1, 4`` (``1، 4`` in Arabic).

        The pattern is the translation of ``pair`` (``facts.jinja``); while it is
        untranslated, the locale's separator from CLDR (:func:`list_separator`),
        not the source language's. In HTML its punctuation is escaped like any
        other text.
        """
        left, middle, right = self._pair_pattern()
        if html:
            left, middle, right = escape(left), escape(middle), escape(right)
        joined = items[0] if items else ""
        for item in items[1:]:
            joined = left + joined + middle + item + right
        return joined

    def _pair_pattern(self) -> tuple[str, str, str]:
        """What goes before, between and after two items of a list (once per renderer)."""
        if self._pair is None:
            missing = len(self.translator.missing)
            pattern = self._macro("pair", "{0}", "{1}")
            left, found, rest = pattern.partition("{0}")
            middle, found_second, right = rest.partition("{1}")
            if not (found and found_second):  # a broken translation: the lint names it
                left, middle, right = "", list_separator(self.locale), ""
            elif len(self.translator.missing) > missing and not self.translator.source:
                left, middle, right = "", list_separator(self.locale), ""  # untranslated
            self._pair = (left, middle, right)
        return self._pair

    def render(self, filename: str) -> str:
        """Render one file (``advisory.txt``, ``brief.html`` …) from its template."""
        document = _Document(self, html=filename.endswith(".html"))
        template = self.env.get_template(filename)
        with speaking(self.translator):
            return template.render(document.context(RENDERED[filename]))

    def render_all(self) -> Iterator[tuple[str, str]]:
        """``(filename, content)`` for every file the campaign's outputs render from templates."""
        for output in self.sheet.outputs:
            for file in output.rendered:
                yield file.name, self.render(file.name)


class _Document:
    """What one template sees while it renders: its own numbered citations,
    and text written as HTML or as plain text."""

    def __init__(self, renderer: DocumentRenderer, *, html: bool) -> None:
        self.r = renderer
        self.sheet = renderer.sheet
        self.html = html
        self.citations = Citations(renderer.sheet)
        self.rtl = renderer.direction == "rtl"
        self.keep_hangul = renderer.locale.split("_")[0] == "ko"
        self.source_lang = renderer.sheet.source_locale
        self.fields = Fields(html, self.rtl, renderer.locale, renderer.mark)
        self.typed = self.fields.typed
        self.date = self.fields.date

    def context(self, output: str) -> dict[str, Any]:
        """The variables and functions templates use."""
        r = self.r
        sheet = self.sheet
        name = sheet.organisation.name_in(r.locale)
        return {
            "sheet": sheet,
            "copy": sheet.copy_,
            "output": output,
            "lang": bcp47(r.locale),
            "dir": r.direction,
            "locale": r.locale,
            "issued": self.date(format_day(sheet.issued, r.locale), sheet.issued.isoformat()),
            "embargo": (
                self.date(format_moment(sheet.embargo, r.locale), sheet.embargo.isoformat())
                if sheet.embargo is not None
                else None
            ),
            "reference": self.typed(sheet.reference),
            # The organisation as this language names it (organisation.names), else in
            # the source language, marked as such.
            "organisation": (
                self.typed(name, lang=r.locale)
                if name
                else self.typed(sheet.organisation.name, lang=self.source_lang)
            ),
            "organisation_name": r.mark(name or sheet.organisation.name),  # for attributes
            "source_lang": self.source_lang,
            "theme": ThemeView(
                r.theme.logo_url, str(r.theme.paper), Markup(r.theme.css_variables())
            ),
            "text": self.text,
            "cite": self.cite,
            "key_figures": self.key_figures,
            "sources": self.sources,
            "typed": self.typed,
            "phone": self.fields.phone,
            "email": self.fields.email,
            "address": lambda value: self.fields.address(value, self.source_lang),
            "url": self.fields.url,
            "join": lambda items: self.r.join_list(items, html=self.html),
        }

    def cite(self, name: str, counter: str = "") -> Markup | str:
        """The fact in words with its citation numbers, in ascending order.

        ``counter`` is the counter word typed against the figure (Korean
        ``명``): it stays with the figure, before the note.
        """
        fact = self.sheet.facts[name]
        numbers = [str(n) for n in sorted(set(self.citations.cite(fact.cite)))]
        words = joined_with_counter(
            self.r.locale,
            self.fields.fact_words(self.r.fact_text(name), fact.date is not None),
            counter,
        )
        if self.html:
            links = [
                Markup('<a href="#source-{0}" aria-label="{1}">{0}</a>').format(
                    n, self.r.source_label(n)
                )
                for n in numbers
            ]
            body = Markup('<span class="fact">{}</span><sup class="cite">[{}]</sup>').format(
                words, self.r.join_list(links, html=True)
            )
            return Markup(self.r.mark(body))
        # No-break spaces keep the figure and its citation whole, on one line.
        refs = self.r.join_list(numbers)
        return self.r.mark(nobreak(f"{words} [{refs}]"))

    def text(
        self, item: str | PluralText, domain: str | None = None, *, cited: bool = True
    ) -> Markup | str:
        """A copy string translated, with each ``{fact}`` rendered (and cited, unless not
        ``cited``: a page title or an e-mail subject has no notes)."""
        r = self.r
        domain = domain or self.sheet.campaign
        if isinstance(item, PluralText):
            n = plural_count(self.sheet.facts[item.count])
            if r.translator.source:
                chosen = item.one if r.source_plural(n) == "one" else item.other
            else:
                chosen = r.translator.ngettext(item.one, item.other, n, domain=domain)
        else:
            chosen = r.translator.gettext(item, domain=domain)
        pieces = list(split_placeholders(chosen))
        segments: list[str] = []
        facts: set[int] = set()  # which segments are rendered facts
        for index, piece in enumerate(pieces):
            if isinstance(piece, Placeholder) and piece.name in self.sheet.facts:
                facts.add(len(segments))
                if not cited:
                    segments.append(self.r.mark(self.r.fact_text(piece.name)))
                    continue
                # A counter word typed against the figure moves inside, before the note.
                following = pieces[index + 1] if index + 1 < len(pieces) else None
                counter = ""
                if isinstance(following, str):
                    counter = counter_after(r.locale, following)
                    pieces[index + 1] = following[len(counter) :]
                segments.append(self.cite(piece.name, counter))
            else:
                segments.append(piece.raw if isinstance(piece, Placeholder) else piece)
        if self.html:
            return join_prose(segments, self.keep_hangul)
        return _glue_plain(segments, facts)

    def key_figures(self) -> list[KeyFigure]:
        """The facts marked ``key``, with their translated labels."""
        return [
            KeyFigure(self.cite(name), self.text(fact.label))
            for name, fact in self.sheet.facts.items()
            if fact.key and fact.label is not None
        ]

    def sources(self) -> list[SourceNote]:
        """The numbered notes of every source this document has cited so far."""
        notes = []
        for note in self.citations.notes():
            source = note.source
            # A source's words are in its own language (``language`` when the model
            # has one), else in the campaign's source language.
            lang = getattr(source, "language", None) or self.source_lang
            notes.append(
                SourceNote(
                    number=self.r.mark(str(note.number)),
                    publisher=self.typed(source.publisher, lang=lang),
                    title=self.typed(source.title, lang=lang),
                    published=self.date(
                        format_partial_date(source.published, self.r.locale),
                        str(source.published),
                    ),
                    url=self.fields.url(source.url) if source.url else None,
                    href=source.url,
                    reference=self.typed(source.reference) if source.reference else None,
                    anchor=f"source-{note.number}",
                )
            )
        return notes


# What a project's template can raise while it renders: reported as a located problem
# (:func:`render_failure`), never a traceback.
RENDER_ERRORS: tuple[type[Exception], ...] = (
    TemplateError,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
)


def render_failure(
    templates_dir: Path, root: Path, filename: str, err: Exception, campaign: str, locale: str
) -> Problem:
    """A document that cannot be rendered, as an ``invalid-template`` problem at the
    template line the error came from (the project's templates are user input)."""
    path, line = f"{relative(templates_dir, root)}/{filename}", 0  # a link is shown as named
    templates_dir = templates_dir.resolve()
    for frame in traceback.extract_tb(err.__traceback__):
        if frame.filename.startswith("<"):  # "<template>", "<string>": no file
            continue
        # A relative frame filename (a project given as ".") is relative to the working folder.
        file = Path(frame.filename).resolve()
        if file.is_relative_to(templates_dir):
            path, line = relative(file, root), frame.lineno or 0
    if isinstance(err, TemplateNotFound):
        why = f"the template {err.name!r} is missing from templates/"
    elif isinstance(err, TemplateRefused):
        why = str(err)
    elif isinstance(err, SecurityError):
        why = f"the template does what the sandbox forbids ({err})"
    else:
        why = f"{type(err).__name__}: {err}"
    message = f"{filename} cannot be rendered for {campaign} in {locale}: {why}"
    return Problem(path, line, 0, "invalid-template", message, locale=locale)


def _glue_plain(segments: list[str], facts: set[int]) -> str:
    """Plain text of ``segments``; the space right after a fact (its index in ``facts``)
    becomes a no-break space, so wrapping keeps the figure with the word it counts."""
    return "".join(
        "\u00a0" + segment[1:] if index - 1 in facts and segment.startswith(" ") else segment
        for index, segment in enumerate(segments)
    )
