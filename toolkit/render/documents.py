"""Fill the project's templates for one campaign in one locale.

Each document gets its own numbered citations. In *marked* mode (used by
the lint), every fact and every typed field (phone, e-mail, reference,
date line, source notes) is wrapped in private-use marks, so the visible
text left outside the marks is exactly the prose typed by people.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from toolkit.factsheet.copytext import Placeholder, split_placeholders
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.models import FactSheet, PluralText
from toolkit.i18n.catalogs import Translator
from toolkit.render.citations import Citations
from toolkit.render.facts import format_day, format_fact, format_partial_date, plural_count
from toolkit.render.textwrap import wrap

MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"

# Each document file, the template it is made from, and the output it belongs to.
DOCUMENTS: dict[str, str] = {
    "advisory.txt": "advisory",
    "advisory.html": "advisory",
    "donation.html": "donation",
    "brief.html": "brief",
}
FACTS_TEMPLATE = "facts.jinja"


def make_environment(templates_dir: Path, translator: Translator) -> Environment:
    """A Jinja environment over the project's templates, speaking ``translator``'s locale."""
    env = Environment(
        loader=FileSystemLoader(templates_dir),
        autoescape=select_autoescape(["html"], default_for_string=False),
        extensions=["jinja2.ext.i18n"],
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=lambda s: translator.gettext(s),
        ngettext=lambda s, p, n: translator.ngettext(s, p, n),
        pgettext=lambda c, s: translator.gettext(s, context=c),
        npgettext=lambda c, s, p, n: translator.ngettext(s, p, n, context=c),
        newstyle=True,
    )
    env.filters["wrap"] = wrap
    env.filters["nobreak"] = nobreak
    env.filters["css_string"] = css_string
    env.filters["css_counters"] = css_counters
    return env


def nobreak(text: str) -> str:
    """``text`` with no-break spaces, so wrapping never splits it (a phone number)."""
    return text.replace(" ", "\u00a0")


def css_string(text: str) -> Markup:
    """``text`` as a quoted CSS string, safe inside a ``<style>`` element."""
    escaped = "".join(
        ch if ch.isalnum() or ch in " .,:;/-_()" else f"\\{ord(ch):x} " for ch in text
    )
    return Markup(f'"{escaped}"')


def css_counters(pattern: str) -> Markup:
    """A translated ``… {page} … {pages} …`` as CSS ``content`` with page counters."""
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
    publisher: str
    title: str
    published: str
    url: str | None
    reference: str | None
    anchor: str


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
    ) -> None:
        self.loaded = loaded
        self.sheet: FactSheet = loaded.sheet
        self.locale = locale
        self.translator = translator
        self.marked = marked
        self.env = make_environment(templates_dir, translator)
        babel_locale = Locale.parse(locale)
        self.direction = babel_locale.text_direction
        self.source_plural = babel_locale.plural_form
        facts_module = self.env.get_template(FACTS_TEMPLATE).module
        self._phrase: Callable[..., Any] = facts_module.qualified  # type: ignore[attr-defined]
        self._range: Callable[..., Any] = facts_module.range  # type: ignore[attr-defined]

    def mark(self, text: str) -> str:
        """``text`` wrapped in marks in marked mode: a typed field, not prose."""
        return f"{MARK_OPEN}{text}{MARK_CLOSE}" if self.marked else text

    def fact_text(self, name: str) -> str:
        """The fact as plain words, e.g. ``as many as 200,000`` (no citation)."""
        fact = self.sheet.facts[name]
        return format_fact(
            fact,
            self.locale,
            lambda q, figure: str(self._phrase(q, figure)).strip(),
            lambda low, high: str(self._range(low, high)).strip(),
        )

    def render(self, filename: str) -> str:
        """Render one document file (``advisory.txt``, ``brief.html`` …) of :data:`DOCUMENTS`."""
        html = filename.endswith(".html")
        citations = Citations(self.sheet)
        template = self.env.get_template(filename)
        return template.render(self._context(citations, html, DOCUMENTS[filename]))

    def render_all(self) -> Iterator[tuple[str, str]]:
        """``(filename, content)`` for every document."""
        for filename in DOCUMENTS:
            yield filename, self.render(filename)

    # -- what templates see -------------------------------------------------

    def _context(self, citations: Citations, html: bool, output: str) -> dict[str, Any]:
        sheet = self.sheet

        def cite(name: str) -> Markup | str:
            fact = sheet.facts[name]
            numbers = citations.cite(fact.cite)
            words = self.fact_text(name)
            if html:
                links = Markup(", ").join(
                    Markup('<a href="#source-{0}">{0}</a>').format(n) for n in numbers
                )
                body = Markup('<span class="fact">{}</span><sup class="cite">[{}]</sup>').format(
                    words, links
                )
                return Markup(self.mark(body)) if self.marked else body
            # No-break spaces keep the citation whole, on the figure's line.
            refs = ",\u00a0".join(str(n) for n in numbers)
            return self.mark(f"{words}\u00a0[{refs}]")

        def text(item: str | PluralText, domain: str = sheet.campaign) -> Markup | str:
            """A copy string translated, with each ``{fact}`` rendered and cited."""
            if isinstance(item, PluralText):
                n = plural_count(sheet.facts[item.count])
                if self.translator.source:
                    chosen = item.one if self.source_plural(n) == "one" else item.other
                else:
                    chosen = self.translator.ngettext(item.one, item.other, n, domain=domain)
            else:
                chosen = self.translator.gettext(item, domain=domain)
            pieces: list[Markup | str] = []
            for piece in split_placeholders(chosen):
                if isinstance(piece, Placeholder):
                    known = piece.name in sheet.facts
                    pieces.append(cite(piece.name) if known else piece.raw)
                else:
                    pieces.append(escape(piece) if html else piece)
            return Markup("").join(pieces) if html else "".join(str(p) for p in pieces)

        def key_figures() -> list[KeyFigure]:
            return [
                KeyFigure(cite(name), text(fact.label))
                for name, fact in sheet.facts.items()
                if fact.key and fact.label is not None
            ]

        def sources() -> list[SourceNote]:
            return [
                SourceNote(
                    number=self.mark(str(note.number)),
                    publisher=self.mark(note.source.publisher),
                    title=self.mark(note.source.title),
                    published=self.mark(format_partial_date(note.source.published, self.locale)),
                    url=self.mark(note.source.url) if note.source.url else None,
                    reference=self.mark(note.source.reference) if note.source.reference else None,
                    anchor=f"source-{note.number}",
                )
                for note in citations.notes()
            ]

        return {
            "sheet": sheet,
            "copy": sheet.copy_,
            "output": output,
            "lang": self.locale.replace("_", "-"),
            "dir": self.direction,
            "locale": self.locale,
            "issued": self.mark(format_day(sheet.issued, self.locale)),
            "reference": self.mark(sheet.reference),
            "text": text,
            "cite": cite,
            "key_figures": key_figures,
            "sources": sources,
            "typed": self.mark,
        }
