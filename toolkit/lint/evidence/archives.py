"""The organisation's copies of its sources (``archive:``): read once, normalised, searched.

An archive is a ``.txt``, ``.html``/``.htm`` (its text only) or ``.pdf``
(read with pypdf) file inside the project, named relative to the fact
sheet. A quote occurs in it when it does after both are normalised:
Unicode NFKC, every run of whitespace and line breaks one space, every
quotation mark and apostrophe (typographic or not, single or double) the same
plain one, every dash a hyphen, invisible marks (soft
hyphens, bidi marks, Arabic tatweel and short vowels) dropped; case is
ignored (a quote may capitalise its first word). A quote may leave words
out with "..." or "[…]": each part must then occur, in order.

Anything wrong with the file itself (missing, outside the project, too
large, not UTF-8, not a PDF, a PDF without a text layer) is a sentence for
an ``invalid-archive`` problem, never an exception.
"""

from __future__ import annotations

import io
import logging
import os.path
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["MAX_ARCHIVE_BYTES", "Archive", "Archives", "normalise"]

MAX_ARCHIVE_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 2000
SUFFIXES = (".txt", ".html", ".htm", ".pdf")

_INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069\u0640\u064b-\u065f\u0670]"
)
_QUOTES = str.maketrans(
    {
        # Quotation marks and apostrophes are one: a quote nested in YAML often swaps " for '.
        **dict.fromkeys('‘’‚‛′‹›ʼ`´“”„‟″«»〝〞＂"', "'"),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    }
)
_ELLIPSIS = re.compile(r" ?\[?\.\.\.\]? ?")


_SPACES = re.compile(r"\s+")
_AROUND_MARKS = re.compile(r" ?([-']) ?")
_BEFORE_PUNCTUATION = re.compile(r" ([;:!?%])")
_NOT_WORD = re.compile(r"[\W_]+")
_HYPHENATED = re.compile(r"(\w)-\s*\n\s*(\w)")


def normalise(text: str) -> str:
    """``text`` as quotes and archives are compared (see the module's docstring)."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES)
    text = _AROUND_MARKS.sub(r"\1", _SPACES.sub(" ", text))
    # Spacing around quotes, dashes and French punctuation varies between copies.
    return _BEFORE_PUNCTUATION.sub(r"\1", text).strip()


@lru_cache(maxsize=4096)
def _quote(quote: str) -> str:
    """A quote normalised once, however many archives it is looked for in."""
    return normalise(quote).strip(" '")


@lru_cache(maxsize=64)
def _folded(text: str) -> str:
    """``text`` without case, to find a quote in (a quote may capitalise its first word)."""
    return text.casefold()


def _key(word: str) -> str:
    return _NOT_WORD.sub("", word).casefold()


@dataclass
class Archive:
    """One archived document's normalised text, and where a quote is in it."""

    shown: str  # the path as users see it (relative to the project)
    text: str
    alternate: str | None = None  # a PDF's text with words hyphenated across lines rejoined
    _words: list[tuple[int, int]] = field(default_factory=list, repr=False)
    _index: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def contains(self, quote: str) -> bool:
        """Whether ``quote`` occurs in the document (its "..." parts in order)."""
        wanted = _quote(quote).casefold()
        if not wanted:
            return False
        parts = [p for p in _ELLIPSIS.split(wanted) if p]
        for text in (self.text, self.alternate):
            if text is None:
                continue
            text = _folded(text)
            if wanted in text:
                return True
            at = 0
            for part in parts:
                at = text.find(part, at)
                if at < 0:
                    break
                at += len(part)
            else:
                return True
        return False

    def closest(self, quote: str, limit: int = 160) -> str | None:
        """The passage of the document most like ``quote`` (None when no word is shared).

        Each word of the quote votes for where the quote would start if
        that word were in place; the most voted start wins. Linear in the
        quote's words, so a fact sheet of thousands of quotes stays fast.
        """
        wanted = [_key(w) for w in _quote(quote).split()]
        if not self._words:
            self._words = [m.span() for m in re.finditer(r"\S+", self.text)]
            for index, (start, end) in enumerate(self._words):
                self._index.setdefault(_key(self.text[start:end]), []).append(index)
        votes: Counter[int] = Counter()
        for offset, word in enumerate(wanted):
            for index in self._index.get(word, ()) if word else ():
                votes[index - offset] += 1
        if not votes:
            return None
        best = max(votes.items(), key=lambda item: (item[1], -item[0]))[0]
        first = max(0, best)
        last = min(len(self._words), best + len(wanted)) - 1
        passage = self.text[self._words[first][0] : self._words[max(first, last)][1]]
        return passage if len(passage) <= limit else passage[: limit - 1] + "…"


class Archives:
    """Every archive a run reads, each read and normalised once (or its error, once)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._read: dict[Path, Archive | str] = {}

    def get(self, sheet_path: str, archive: str) -> Archive | str:
        """The archive named ``archive`` in the fact sheet at ``sheet_path``, or what is wrong."""
        sheet = Path(sheet_path)
        folder = (sheet if sheet.is_absolute() else self.root / sheet).parent
        target = folder / archive
        shown = _shown(target, self.root)
        try:
            resolved = target.resolve()
        except (OSError, RuntimeError, ValueError) as err:  # a symlink loop, a NUL byte
            return f"{shown} cannot be resolved ({err})"
        if not resolved.is_relative_to(self.root):
            return f"{shown} is outside the project: archives are read only from inside it"
        if target.suffix.lower() not in SUFFIXES:
            return f"{shown}: an archive must be a .txt, .html, .htm or .pdf file"
        if resolved not in self._read:
            self._read[resolved] = _read(resolved, shown, target.suffix.lower())
        return self._read[resolved]


def _shown(path: Path, root: Path) -> str:
    relative = os.path.relpath(os.path.normpath(path), root)
    return Path(relative).as_posix()


def _read(path: Path, shown: str, suffix: str) -> Archive | str:
    """Read and normalise one archive (of type ``suffix``), or say what is wrong with it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return f"{shown} does not exist"
    except OSError as err:
        return f"{shown} cannot be read ({err.strerror})"
    if not stat.S_ISREG(info.st_mode):
        return f"{shown} is not a file"
    if info.st_size > MAX_ARCHIVE_BYTES:
        return f"{shown} is larger than {MAX_ARCHIVE_BYTES // 1024 // 1024} MiB"
    try:
        data = path.read_bytes()
    except OSError as err:
        return f"{shown} cannot be read ({err.strerror})"
    if suffix == ".pdf":
        return _read_pdf(data, shown)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        return f"{shown} is not UTF-8 text (byte {data[err.start]:#04x} on line {line})"
    if suffix in (".html", ".htm"):
        text = html_text(text)
    text = normalise(text)
    if not text:
        return f"{shown} is empty"
    return Archive(shown, text)


def _read_pdf(data: bytes, shown: str) -> Archive | str:
    from pypdf import PdfReader  # imported only when a project archives a PDF

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # pypdf warns about every oddity of a file; we judge the text
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return f"{shown} is an encrypted PDF: archive a copy without a password"
        pages = len(reader.pages)
        if pages == 0:
            return f"{shown} is a PDF with no pages"
        if pages > MAX_PDF_PAGES:
            return f"{shown} has {pages} pages, more than the {MAX_PDF_PAGES} an archive may have"
        raw = "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as err:  # pypdf raises many kinds of errors on damaged files
        return f"{shown} cannot be read as a PDF ({type(err).__name__}: {err})"
    finally:
        logger.setLevel(level)
    text = normalise(raw)
    if not text:
        return (
            f"{shown} is a PDF without a text layer (a scanned document?): "
            "archive a PDF with text, or a .txt transcript"
        )
    rejoined = normalise(_HYPHENATED.sub(r"\1\2", raw))
    return Archive(shown, text, rejoined if rejoined != text else None)


def html_text(html: str) -> str:
    """The visible text of an HTML document (the title included)."""
    from toolkit.lint.evidence.htmltext import TextOnly  # only when a project archives HTML

    parser = TextOnly()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
