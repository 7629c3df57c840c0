"""Interchangeable formatters for problem lists: text, JSON and SARIF.

Each formatter turns a list of ``Problem`` records (and, for a build, a
summary of what it wrote as keyword arguments, which JSON includes) into a
string; the CLI picks one by name and prints it. Formatters never print
themselves.
"""

from __future__ import annotations

from collections.abc import Callable

Formatter = Callable[..., str]


def get_formatter(name: str) -> Formatter:
    """The formatter called ``name`` (``text``, ``json`` or ``sarif``)."""
    if name == "json":
        from toolkit.formatting.json import format_json

        return format_json
    if name == "sarif":
        from toolkit.formatting.sarif import format_sarif

        return format_sarif
    from toolkit.formatting.text import format_text

    return format_text


FORMATS = ("text", "json", "sarif")
