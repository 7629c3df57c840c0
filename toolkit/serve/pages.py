"""The preview's own HTML pages, from Jinja templates with every value escaped.

Problem messages, msgids, translations and file contents are untrusted
text: the environment autoescapes everything, and URLs are built from
percent-encoded segments.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from toolkit.problems import Problem
from toolkit.serve.depends import WATCHED_FOLDERS
from toolkit.serve.safepath import safe_segment

PAGES = Path(__file__).parent / "page_templates"
STATIC = Path(__file__).parent / "static"
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


def url(*segments: str) -> str:
    """``/a/b`` from segments, each percent-encoded (a ``/`` inside one stays encoded)."""
    return "/" + "/".join(quote(segment, safe="") for segment in segments)


def source_url(path: str, line: int = 0) -> str | None:
    """The read-only source view of a project file at ``line``, or None for a file it
    does not show (only fact sheets, templates and catalogs are shown)."""
    segments = path.split("/")
    if len(segments) < 2 or segments[0] not in WATCHED_FOLDERS:
        return None
    if not all(safe_segment(s) for s in segments):
        return None
    return url("source", *segments) + (f"#L{line}" if line > 0 else "")


def place(problem: Problem) -> str:
    """``path:line:column`` as the CLI prints it."""
    if problem.line <= 0:
        return problem.path
    return f"{problem.path}:{problem.line}" + (f":{problem.column}" if problem.column else "")


class Pages:
    """Renders the preview's pages."""

    def __init__(self) -> None:
        self.env = Environment(
            loader=FileSystemLoader(PAGES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(url=url, source_url=source_url, place=place)

    def render(self, name: str, **context: Any) -> str:
        """The page ``name`` (``index.html`` …) filled with ``context``."""
        return self.env.get_template(name).render(**context)


def static_file(name: str) -> tuple[bytes, str] | None:
    """One of the preview's own scripts or style sheets, and its content type."""
    path = STATIC / name
    kind = STATIC_TYPES.get(path.suffix)
    if kind is None or "/" in name or not path.is_file():
        return None
    return path.read_bytes(), kind


def counts(problems: Sequence[Problem]) -> tuple[int, int]:
    """(errors, warnings) among ``problems``."""
    errors = sum(1 for p in problems if p.severity == "error")
    return errors, len(problems) - errors
