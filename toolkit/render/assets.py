"""Files a document uses (a logo, an image, a font): found in its HTML, looked up in ``templates/``.

The PDF is rendered with ``templates/`` as its base, and the build copies
every file an HTML output uses beside it in ``out/<campaign>/<locale>/``
under the same relative path, so the same relative URL works in the PDF,
in the HTML files and in the e-mail (which carries them as attachments).
A reference is an ``src`` or ``poster`` attribute, a ``<link href>``, or a
CSS ``url()`` in a ``<style>`` element or ``style`` attribute; links to
other pages, ``data:`` and absolute URLs are not files of the project.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from toolkit.defaults import template_folders

_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)((?:[^'\">]+|\"[^\"]*\"|'[^']*')*)>")
_ATTRIBUTE = re.compile(r"""(?<![\w-])([A-Za-z_:][\w:.-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_URL_KEYS = ("src", "poster", "style")
_STYLE_ELEMENT = re.compile(r"<style[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)""", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


@dataclass(frozen=True)
class Reference:
    """A URL a document uses, and the character offset where it starts in the text."""

    url: str
    offset: int


def references(markup: str) -> Iterator[Reference]:
    """Every file URL ``markup`` (HTML, or a template's HTML or CSS) uses, in order."""
    found: list[Reference] = []
    for tag in _TAG.finditer(markup):
        name = tag.group(1).lower()
        attributes = tag.group(2).lower()
        if name != "link" and not any(key in attributes for key in _URL_KEYS):
            continue  # most tags: no attribute that can name a file
        for attribute in _ATTRIBUTE.finditer(tag.group(2)):
            key = attribute.group(1).lower()
            raw = attribute.group(2)
            value = raw[1:-1] if raw[:1] in "\"'" else raw
            offset = tag.start(2) + attribute.start(2) + (1 if raw[:1] in "\"'" else 0)
            if key in ("src", "poster") or (key == "href" and name == "link"):
                found.append(Reference(html.unescape(value), offset))
            elif key == "style":
                found.extend(_css_references(html.unescape(value), offset))
    for style in _STYLE_ELEMENT.finditer(markup):
        found.extend(_css_references(style.group(1), style.start(1)))
    for reference in sorted(found, key=lambda r: r.offset):
        if is_file_url(reference.url) or is_remote(reference.url):
            yield reference


def css_references(css: str) -> Iterator[Reference]:
    """Every file or remote URL of a stylesheet's ``url()`` values."""
    return (r for r in _css_references(css, 0) if is_file_url(r.url) or is_remote(r.url))


def _css_references(css: str, start: int) -> list[Reference]:
    blanked = _CSS_COMMENT.sub(lambda m: " " * len(m.group()), css)
    return [
        Reference(next(g for g in m.groups() if g is not None), start + m.start())
        for m in _CSS_URL.finditer(blanked)
    ]


def is_file_url(url: str) -> bool:
    """Whether ``url`` names a file (a path: no scheme, no host, not a fragment)."""
    url = url.strip()
    if not url or url.startswith("#") or "{" in url:
        return False
    parts = urlsplit(url)
    return not (parts.scheme or parts.netloc)


def is_remote(url: str) -> bool:
    """Whether ``url`` is fetched from the network (which the PDF never does)."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https", "ftp") or (
        not parts.scheme and bool(parts.netloc)
    )


def asset_path(url: str) -> PurePosixPath:
    """The relative file path a file URL names (query and fragment dropped, %-escapes decoded)."""
    return PurePosixPath(unquote(urlsplit(url.strip()).path))


def find_asset(templates_dir: Path, url: str) -> tuple[Path | None, str]:
    """The file ``url`` names under ``templates_dir``, else under the toolkit's default
    templates (:func:`toolkit.defaults.template_folders`), or None and why not."""
    if is_remote(url):
        return (
            None,
            f"{url!r} is on the network, which the PDF never reads: put the file under templates/",
        )
    relative = asset_path(url)
    for folder in template_folders(templates_dir):
        root = folder.resolve()
        file = (root / relative).resolve()
        if relative.is_absolute() or not file.is_relative_to(root):
            return None, f"{url!r} is outside templates/: put the file there"
        if file.is_file():
            return file, ""
    return None, f"{url!r}: templates/{relative.as_posix()} does not exist"
