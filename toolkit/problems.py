"""The one record every check reports: a problem at a place in a file.

Validation, translation checks and the figure lint all speak in ``Problem``
records, so the CLI can print, count and format them in one way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a problem is: errors stop a build, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


# Every code the toolkit can report, with its fixed severity.
CODES: dict[str, Severity] = {
    "invalid-factsheet": Severity.ERROR,
    "unknown-source": Severity.ERROR,
    "unknown-fact": Severity.ERROR,
    "uncited-figure": Severity.ERROR,
    "placeholder-mismatch": Severity.ERROR,
    "unsafe-markup": Severity.ERROR,
    "invalid-catalog": Severity.ERROR,
    "invalid-template": Severity.ERROR,
    "invalid-settings": Severity.ERROR,
    "missing-asset": Severity.ERROR,
    "incomplete-translation": Severity.ERROR,
    "pdf-failed": Severity.ERROR,
    "bidi-control": Severity.ERROR,
    "control-character": Severity.ERROR,
    "cannot-write": Severity.ERROR,
    "invalid-archive": Severity.ERROR,
    "quote-mismatch": Severity.ERROR,
    "qualifier-mismatch": Severity.ERROR,
    "quote-not-in-source": Severity.ERROR,
    "source-after-issue": Severity.ERROR,
    "unfinished-text": Severity.ERROR,
    "missing-quote": Severity.WARNING,
    "untranslated": Severity.WARNING,
    "too-long": Severity.WARNING,
    "stale-fact": Severity.WARNING,
    "unused-fact": Severity.WARNING,
    "unused-source": Severity.WARNING,
    "unused-not-figure": Severity.WARNING,
    "partial-translation": Severity.WARNING,
    "low-contrast": Severity.WARNING,
}


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, located at the file and line where the text was typed.

    ``path`` is relative to the project root, ``line`` and ``column`` are
    1-based (0 when unknown).
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    locale: str | None = None
    output: str | None = None
    text: str | None = None

    @property
    def severity(self) -> Severity:
        """The severity fixed for this problem's code."""
        return CODES[self.code]

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of DESIGN.md (code and severity first)."""
        fields = asdict(self)
        return {
            "code": self.code,
            "severity": str(self.severity),
            "path": fields["path"],
            "line": self.line,
            "column": self.column,
            "locale": self.locale,
            "output": self.output,
            "text": self.text,
            "message": self.message,
        }


def count_errors(problems: Iterable[Problem]) -> int:
    """How many of ``problems`` are errors."""
    return sum(1 for p in problems if p.severity is Severity.ERROR)


class ToolkitError(Exception):
    """Bad input that stops a command; carries the problems that explain why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(f"{p.path}:{p.line}: {p.message}" for p in problems))
        self.problems = problems
