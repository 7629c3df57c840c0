"""Telling open pages that something changed: numbered change events, kept for a while.

Each change gets the next number and the pages it reaches (a
:data:`~toolkit.serve.state.PageKey` list: (campaign, locale), None meaning
any). A page knows the number it was rendered at and asks for every
change after it, so a save between rendering a page and its
``EventSource`` connecting is not missed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

PageKey = tuple[str | None, str | None]
KEPT = 200


@dataclass(frozen=True)
class Change:
    """One change: its number and the pages it reaches."""

    version: int
    pages: tuple[PageKey, ...]

    def as_json(self) -> dict[str, object]:
        """What the page's script receives."""
        return {"version": self.version, "pages": [list(key) for key in self.pages]}


class Changes:
    """The recent changes, and a way to wait for the next one."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._changes: list[Change] = []
        self._closed = False

    def publish(self, version: int, pages: list[PageKey]) -> None:
        """Record change ``version`` (reaching ``pages``) and wake every waiting page."""
        with self._condition:
            self._changes.append(Change(version, tuple(pages)))
            del self._changes[:-KEPT]
            self._condition.notify_all()

    def since(self, version: int, timeout: float) -> list[Change] | None:
        """The changes after ``version``, waiting up to ``timeout`` seconds for one;
        None once the server is closing."""
        with self._condition:
            self._condition.wait_for(
                lambda: self._closed or self._after(version) != [], timeout=timeout
            )
            if self._closed:
                return None
            after = self._after(version)
            oldest = self._changes[0].version if self._changes else version + 1
            if after and oldest > version + 1:  # older changes were dropped: reload to be safe
                return [Change(after[-1].version, ((None, None),))]
            return after

    def close(self) -> None:
        """Release every waiting page."""
        with self._condition:
            self._closed = True
            self._condition.notify_all()

    def _after(self, version: int) -> list[Change]:
        return [change for change in self._changes if change.version > version]
