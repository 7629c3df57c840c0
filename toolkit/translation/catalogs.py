"""Reading PO catalogs and looking strings up in them.

The build reads PO files directly (no compiled .mo needed), and a
``Translator`` records every string it was asked for but could not
translate, so an incomplete locale is caught before it ships.
"""

from __future__ import annotations

import functools
import gettext
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import babel
import polib
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po

from toolkit.diskcache import remembered
from toolkit.inputs import MAX_CATALOG_BYTES, InputError, read_input
from toolkit.problems import Problem
from toolkit.translation.checks import (
    long_string_problems,
    plural_count_problems,
    plural_header_problems,
    plural_keyword_problems,
    problem,
    syntax_problems,
)
from toolkit.translation.placeholders import BRACE, PERCENT, fits

TEMPLATES_DOMAIN = "messages"
_PARSERS = f"babel {babel.__version__} polib {getattr(polib, '__version__', '?')}\0".encode()
BOM = b"\xef\xbb\xbf"

# A PO file's bytes, its catalog (None when unusable) and the problems found reading it
ReadCatalog = tuple[bytes | None, Catalog | None, list[Problem]]


def catalog_path(locales_dir: Path, locale: str, domain: str) -> Path:
    """Where the PO file of ``domain`` for ``locale`` lives."""
    return locales_dir / locale / "LC_MESSAGES" / f"{domain}.po"


def read_catalog(
    path: Path, shown: str, locale: str | None = None
) -> tuple[Catalog | None, list[Problem]]:
    """Parse and check a PO file; every fault becomes a located ``invalid-catalog`` problem.

    The file must be a regular file of at most :data:`~toolkit.inputs.MAX_CATALOG_BYTES`,
    then pass :func:`parse_catalog`. Nothing is raised for bad input: the
    catalog is None when it cannot be used.
    """
    data, problems = read_catalog_bytes(path, shown, locale)
    if data is None:
        return None, problems
    return parse_catalog_file(path, data, shown, locale)


def parse_catalog_file(
    path: Path, data: bytes, shown: str, locale: str | None = None
) -> tuple[Catalog | None, list[Problem]]:
    """:func:`parse_catalog` of the bytes read from ``path``, remembered between runs
    (:mod:`toolkit.diskcache`)."""
    name = (str(path.resolve()), shown, locale)
    return remembered("catalogs", name, _PARSERS + data, lambda: parse_catalog(data, shown, locale))


def read_catalog_bytes(
    path: Path, shown: str, locale: str | None = None
) -> tuple[bytes | None, list[Problem]]:
    """The bytes of a PO file, or the problem that says why it cannot be read."""
    try:
        return read_input(path, MAX_CATALOG_BYTES), []
    except InputError as err:
        return None, [problem(shown, 0, f"cannot read PO file: {err}", locale)]


def parse_catalog(
    data: bytes, shown: str, locale: str | None = None
) -> tuple[Catalog | None, list[Problem]]:
    """Parse and check a PO file's bytes (see :func:`read_catalog`).

    The text must be UTF-8 (a byte-order mark is allowed) with well-formed
    lines, open in polib, declare Babel's ``Plural-Forms`` for ``locale``
    (or for its ``Language`` header), give every plural entry exactly that
    many forms and no other entry a ``msgstr[N]``, and keep every string
    within :data:`~toolkit.inputs.MAX_STRING_CHARS` characters.
    """
    text, problems = _decode(data, shown, locale)
    if text is None:
        return None, problems
    data = data.removeprefix(BOM)  # Babel's parser reads the mark as part of the first line
    text = newlines_only(text)
    problems = syntax_problems(text, shown) or plural_keyword_problems(text, shown, locale)
    if problems:
        return None, problems
    try:
        po = polib.pofile(text)
    except (OSError, ValueError) as err:  # polib reports a syntax error as OSError
        line = int(match.group(1)) if (match := re.search(r"line (\d+)", str(err))) else 1
        return None, [problem(shown, line, f"PO syntax error: {_first_sentence(err)}", locale)]
    rule, problems = plural_header_problems(po, text, shown, locale)
    if rule is not None and not problems:  # with a wrong header, counting forms misleads
        problems = plural_count_problems(po, text, shown, rule, locale)
    problems += long_string_problems(po, text, shown, locale)
    if problems:
        return None, problems
    try:
        catalog = read_po(io.BytesIO(data), locale=locale, abort_invalid=True)
    except PoFileError as err:
        message = str(err).rsplit(" on ", 1)[0].strip()
        return None, [problem(shown, err.lineno + 1, f"PO syntax error: {message}", locale)]
    except (ValueError, LookupError) as err:
        return None, [problem(shown, 1, f"cannot read PO file: {err}", locale)]
    return catalog, []


class CatalogFiles:
    """PO files read and checked at most once each: the build's resolve stage and the lint
    share one, so a build parses every catalog once."""

    def __init__(self) -> None:
        self._read: dict[tuple[Path, str | None], ReadCatalog] = {}

    def read_file(self, path: Path, shown: str, locale: str | None) -> ReadCatalog:
        """The file's bytes, its catalog and its problems (each None or empty as it fails)."""
        key = (path, locale)
        if key not in self._read:
            data, problems = read_catalog_bytes(path, shown, locale)
            catalog = None
            if data is not None:
                catalog, problems = parse_catalog_file(path, data, shown, locale)
            self._read[key] = (data, catalog, problems)
        return self._read[key]

    def read(
        self, path: Path, shown: str, locale: str | None
    ) -> tuple[Catalog | None, list[Problem]]:
        """:func:`read_catalog`, remembered."""
        _data, catalog, problems = self.read_file(path, shown, locale)
        return catalog, problems


def _decode(data: bytes, shown: str, locale: str | None) -> tuple[str | None, list[Problem]]:
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), []
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        message = f"not UTF-8 text (byte {data[err.start]:#04x}); save the file as UTF-8"
        return None, [problem(shown, line, message, locale)]


_OTHER_LINE_BREAKS = re.compile("\r(?!\n)|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def newlines_only(text: str) -> str:
    """``text`` where only ``\\n`` (and ``\\r\\n``) ends a line, as Babel and msgfmt read it.

    polib and Python's ``splitlines`` also break lines at a lone carriage
    return, form feed, U+0085 or U+2028: one of those inside a msgstr made a
    misleading syntax error. Each becomes U+FFFD here (offsets kept); the
    catalog keeps them, and the lint reports those that are control characters.
    """
    return _OTHER_LINE_BREAKS.sub("\ufffd", text)


def _first_sentence(err: Exception) -> str:
    return re.sub(r"\s*\(line \d+\)", "", str(err).splitlines()[0]).strip()


@dataclass(frozen=True)
class Missing:
    """A string that had no usable translation when a document asked for it."""

    msgid: str
    context: str | None
    domain: str
    fuzzy: bool
    broken: bool = False  # translated, but its placeholders do not fit the msgid


# With ``mark_fallbacks``, a string shown in the source language is wrapped in these marks,
# so an HTML document can say which runs are in another language (``lang``).
FALLBACK_OPEN = "\ue010"
FALLBACK_CLOSE = "\ue011"


@dataclass
class Translator:
    """gettext-style lookups over one locale's catalogs, recording every miss.

    ``catalogs`` maps a domain (``messages`` for templates, the campaign
    slug for its copy) to its catalog. A source-locale translator has no
    catalogs and returns every string as written. A string without a usable
    translation comes back in the source language, recorded in ``missing``
    (and, with ``mark_fallbacks``, between :data:`FALLBACK_OPEN` and
    :data:`FALLBACK_CLOSE`).
    """

    locale: str
    catalogs: dict[str, Catalog] = field(default_factory=dict)
    source: bool = False
    missing: list[Missing] = field(default_factory=list)
    mark_fallbacks: bool = False
    _plurals: dict[str, Callable[[int], int]] = field(default_factory=dict)
    _found: dict[tuple[str, str, str | None], Message | Missing] = field(default_factory=dict)

    def look_up(self, domain: str, msgid: str, context: str | None) -> Message | Missing | None:
        """The usable translation of ``msgid``, a :class:`Missing` saying why there is none,
        or None for a source-locale translator (nothing to translate)."""
        if self.source:
            return None
        key = (domain, msgid, context)
        if key not in self._found:  # checking placeholders is the costly part: once per string
            self._found[key] = self._find(domain, msgid, context)
        return self._found[key]

    def _find(self, domain: str, msgid: str, context: str | None) -> Message | Missing:
        catalog = self.catalogs.get(domain)
        message = catalog.get(msgid, context=context) if catalog is not None else None
        if message is None or message.fuzzy or not is_translated(message):
            return Missing(msgid, context, domain, bool(message and message.fuzzy))
        if not placeholders_fit(message, domain):
            return Missing(msgid, context, domain, fuzzy=False, broken=True)
        return message

    def _lookup(self, domain: str, msgid: str, context: str | None) -> Message | None:
        found = self.look_up(domain, msgid, context)
        if isinstance(found, Missing):
            self.missing.append(found)
            return None
        return found

    def _fallback(self, text: str) -> str:
        if self.mark_fallbacks and not self.source:
            return f"{FALLBACK_OPEN}{text}{FALLBACK_CLOSE}"
        return text

    def gettext(
        self, msgid: str, *, domain: str = TEMPLATES_DOMAIN, context: str | None = None
    ) -> str:
        """The translation of ``msgid``, or ``msgid`` itself (recorded as missing)."""
        message = self._lookup(domain, msgid, context)
        return self._fallback(msgid) if message is None else str(message.string)

    def ngettext(
        self,
        singular: str,
        plural: str,
        n: int,
        *,
        domain: str = TEMPLATES_DOMAIN,
        context: str | None = None,
    ) -> str:
        """The plural form for ``n`` by the catalog's Plural-Forms (CLDR rules)."""
        message = self._lookup(domain, singular, context)
        if message is None:
            return self._fallback(singular if n == 1 else plural)
        forms = message.string
        assert isinstance(forms, tuple | list)
        index = self.plural_index(domain, n)
        return str(forms[min(index, len(forms) - 1)])

    def plural_index(self, domain: str, n: int) -> int:
        """Which plural form ``n`` takes in this locale."""
        if domain not in self._plurals:
            expression = self.catalogs[domain].plural_expr
            self._plurals[domain] = gettext.c2py(expression)
        return self._plurals[domain](n)


def placeholders_fit(message: Message, domain: str) -> bool:
    """Whether every form of ``message`` keeps its msgid's placeholders (else it cannot render)."""
    style = PERCENT if domain == TEMPLATES_DOMAIN else BRACE
    sources = (message.id,) if isinstance(message.id, str) else tuple(message.id)
    string = message.string
    forms = (string,) if isinstance(string, str) else tuple(string or ())
    return _forms_fit(sources, forms, style)


@functools.lru_cache(maxsize=65536)
def _forms_fit(sources: tuple[str, ...], forms: tuple[str, ...], style: str) -> bool:
    # The same templates' strings are checked for every campaign: remember the answers.
    return all(fits(sources, form, style) for form in forms)


def is_translated(message: Message) -> bool:
    """Whether every form of ``message`` has a translation."""
    string = message.string
    return all(string) if isinstance(string, tuple | list) else bool(string)
