"""The printable brief: WeasyPrint turns ``brief.html`` into an A4 PDF.

WeasyPrint reads only files inside the project's ``templates/`` and
``factsheets/`` folders (and ``data:`` URLs): no network, no ``file://``
elsewhere, no attachments. This module imports WeasyPrint, so only the
build's workers import it: ``toolkit --help`` stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

LOGGER = logging.getLogger("weasyprint")


class BlockedURL(ValueError):
    """A resource outside the project's asset folders was asked for."""


class ProjectURLFetcher(URLFetcher):  # type: ignore[misc]
    """Fetches ``data:`` URLs and files under ``allowed`` folders; refuses everything else."""

    def __init__(self, allowed: Iterable[Path]) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.allowed = [folder.resolve() for folder in allowed]
        self.blocked: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> Any:
        """Fetch ``url`` if the project allows it, else raise :class:`BlockedURL`."""
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(unquote(urlsplit(url).path)).resolve()
            if any(path.is_relative_to(folder) for folder in self.allowed) and path.is_file():
                return super().fetch(url, headers)
        self.blocked.append(url)
        raise BlockedURL(f"not allowed: {url}")


_FONT_CONFIG: FontConfiguration | None = None


def font_configuration() -> FontConfiguration:
    """One font configuration per process, shared by every PDF it renders."""
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG


def render_pdf(
    html: str, base_dir: Path, allowed: Iterable[Path], title: str | None = None
) -> bytes:
    """The PDF of ``html``, with relative URLs resolved against ``base_dir``.

    The output is tagged (accessible) and, for identical input,
    byte-identical: its dates come from the HTML's ``dcterms`` meta tags.
    """
    fetcher = ProjectURLFetcher(allowed)
    document = HTML(string=html, base_url=str(base_dir) + "/", url_fetcher=fetcher)
    pdf: bytes = document.write_pdf(
        font_config=font_configuration(),
        pdf_tags=True,
        pdf_identifier=b"campaign-toolkit",
        attachments=[],
    )
    return pdf
