"""Numbered source notes: each document numbers its sources in order of first citation."""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.factsheet.models import FactSheet, Source


@dataclass(frozen=True)
class Note:
    """A numbered source note as a document lists it."""

    number: int
    key: str
    source: Source


@dataclass
class Citations:
    """The sources one document cites, numbered as they first appear."""

    sheet: FactSheet
    _numbers: dict[str, int] = field(default_factory=dict)

    def cite(self, keys: list[str]) -> list[int]:
        """Numbers for ``keys``, giving the next number to a source cited for the first time."""
        numbers = []
        for key in keys:
            if key not in self._numbers:
                self._numbers[key] = len(self._numbers) + 1
            numbers.append(self._numbers[key])
        return numbers

    def notes(self) -> list[Note]:
        """Every cited source, by number."""
        return [Note(n, key, self.sheet.sources[key]) for key, n in self._numbers.items()]
