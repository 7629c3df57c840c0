"""The printable brief: WeasyPrint turns ``brief.html`` into an A4 PDF.

WeasyPrint reads only files inside the project's ``templates/`` and
``factsheets/`` folders and the toolkit's default templates behind
``templates/`` (and ``data:`` URLs): no network, no ``file://``
elsewhere, no attachments. This module imports WeasyPrint, so only the
build's workers import it: ``toolkit --help`` stays fast.

A document from untrusted hands may be huge: :func:`render_pdf_checked`
refuses to write more than ``max_pages`` pages. WeasyPrint has no time
limit of its own; the build bounds time by running renders in worker
processes it can kill (:mod:`toolkit.render.pool`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from toolkit.defaults import template_folders

LOGGER = logging.getLogger("weasyprint")

# Everything that decides the bytes of a PDF besides its HTML, fonts and assets.
# PDF/UA-1: tagged, with the title shown as the window title, the language, and
# ``pdfuaid:part="1"`` in the XMP metadata (from the HTML's <title> and <html lang>).
PDF_OPTIONS: dict[str, Any] = {
    "pdf_variant": "pdf/ua-1",
    "pdf_tags": True,
    "pdf_identifier": b"campaign-toolkit",
    "attachments": [],
}


class BlockedURL(ValueError):
    """A resource outside the project's asset folders was asked for."""


class TooManyPages(ValueError):
    """The document lays out to more pages than allowed."""

    def __init__(self, pages: int, limit: int) -> None:
        super().__init__(f"{pages} pages, more than the limit of {limit}")
        self.pages = pages
        self.limit = limit


class ProjectURLFetcher(URLFetcher):  # type: ignore[misc]
    """Fetches ``data:`` URLs and files under ``allowed`` folders; refuses everything else.

    ``requested`` lists every file inside the allowed folders that the
    document asked for (present or not): the inputs of the PDF besides its
    HTML, which the build's manifest records.
    """

    def __init__(self, allowed: Iterable[Path], layers: Sequence[Path] = ()) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.layers = [folder.resolve() for folder in layers]
        self.allowed = [folder.resolve() for folder in allowed] + self.layers[1:]
        self.blocked: list[str] = []
        self.requested: list[Path] = []

    def _layered(self, path: Path) -> Path:
        """``path`` under the first layer, or the same file in a later layer that has it
        (the toolkit's default templates behind the project's)."""
        if not self.layers or not path.is_relative_to(self.layers[0]) or path.is_file():
            return path
        relative = path.relative_to(self.layers[0])
        for folder in self.layers[1:]:
            candidate = (folder / relative).resolve()
            if candidate.is_relative_to(folder) and candidate.is_file():
                return candidate
        return path

    def fetch(self, url: str, headers: Any = None) -> Any:
        """Fetch ``url`` if the project allows it, else raise :class:`BlockedURL`."""
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = self._layered(Path(unquote(urlsplit(url).path)).resolve())
            if any(path.is_relative_to(folder) for folder in self.allowed):
                if path not in self.requested:
                    self.requested.append(path)
                if path.is_file():
                    return super().fetch(path.as_uri(), headers)
        self.blocked.append(url)
        raise BlockedURL(f"not allowed: {url}")


_FONT_CONFIG: FontConfiguration | None = None


def font_configuration() -> FontConfiguration:
    """One font configuration per process, shared by every PDF it renders."""
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG


@dataclass(frozen=True)
class RenderedPdf:
    """A PDF, its page count and the project files it was made from."""

    pdf: bytes
    pages: int
    requested: tuple[Path, ...]


def render_pdf_checked(
    html: str, base_dir: Path, allowed: Iterable[Path], *, max_pages: int | None = None
) -> RenderedPdf:
    """Lay out ``html``, check its page count, then write the PDF.

    Raises :class:`TooManyPages` before writing anything when the layout
    has more than ``max_pages`` pages. The output is tagged (accessible)
    and, for identical input, byte-identical: its dates come from the
    HTML's ``dcterms`` meta tags.
    """
    fetcher = ProjectURLFetcher(allowed, template_folders(base_dir))
    source = HTML(string=html, base_url=str(base_dir) + "/", url_fetcher=fetcher)
    document = source.render(font_config=font_configuration(), **PDF_OPTIONS)
    pages = len(document.pages)
    if max_pages is not None and pages > max_pages:
        raise TooManyPages(pages, max_pages)
    pdf: bytes = document.write_pdf(finisher=describe_links, **PDF_OPTIONS)
    return RenderedPdf(pdf, pages, tuple(fetcher.requested))


def describe_links(document: Any, pdf: Any) -> None:
    """Give each link annotation the description its HTML link has for screen readers.

    WeasyPrint describes a link (its ``/Contents``, which PDF/UA requires)
    by its target, ``source-1``; a link with an ``aria-label`` or a
    ``title`` ("source 1" in the document's language) is described by it.
    Runs as WeasyPrint's *finisher*, before the PDF is written.
    """
    from pydyf import String

    for page in document.pages:
        for box in page._page_box.descendants():
            annotation = getattr(box, "link_annotation", None)
            element = getattr(box, "element", None)
            if annotation is None or element is None:
                continue
            label = element.get("aria-label") or element.get("title")
            if label:
                annotation["Contents"] = String(" ".join(label.split()))


def render_pdf(
    html: str, base_dir: Path, allowed: Iterable[Path], title: str | None = None
) -> bytes:
    """The PDF of ``html``, with relative URLs resolved against ``base_dir`` (no page limit)."""
    return render_pdf_checked(html, base_dir, allowed).pdf
