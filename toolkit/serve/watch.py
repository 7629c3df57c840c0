"""Watching the project's inputs with ``watchfiles`` and saying what each change reaches.

``factsheets/``, ``templates/`` and ``locales/`` are watched recursively
(never ``out/`` or a virtual environment beside them). The project's
top-level settings files, and those folders appearing, disappearing or
being replaced (a ``git checkout``), are noticed by looking at the
project's top level twice a second; a folder that changes that way
restarts the watch and invalidates everything, once more when the new
watch is in place (a file saved in between would not be seen).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import watchfiles

from toolkit.serve.depends import (
    EVERYTHING,
    SETTINGS_SUFFIXES,
    WATCHED_FOLDERS,
    Scope,
    scope_of_all,
)

STEP_MS = 50  # a change is reported once the files have been quiet this long
DEBOUNCE_MS = 500  # … or after this long, however busy they are
TICK_MS = 500  # how often the top level is looked at
RETRY_SECONDS = 1.0

TopLevel = dict[str, tuple[bool, int, int, int]]


def top_level(root: Path) -> TopLevel:
    """The watched folders and settings files of ``root``: (is folder, inode, mtime, size)."""
    found: TopLevel = {}
    try:
        entries = list(os.scandir(root))
    except OSError:
        return found
    for entry in entries:
        try:
            folder = entry.is_dir()
            if folder and entry.name not in WATCHED_FOLDERS:
                continue
            if not folder and (
                entry.name.startswith(".") or Path(entry.name).suffix not in SETTINGS_SUFFIXES
            ):
                continue
            info = entry.stat()
        except OSError:
            continue
        mtime, size = (0, 0) if folder else (info.st_mtime_ns, info.st_size)
        found[entry.name] = (folder, info.st_ino, mtime, size)
    return found


def top_level_changes(root: Path, before: TopLevel, after: TopLevel) -> tuple[Scope, bool]:
    """What changed at the top level, and whether the watched folders changed (a restart)."""
    names = {n for n in {*before, *after} if before.get(n) != after.get(n)}
    folders = any((before.get(n) or after.get(n) or (False,))[0] for n in names)
    if folders:
        return EVERYTHING, True
    return scope_of_all(root, [root / name for name in names]), False


class Watcher:
    """A background thread that calls ``on_change`` with what each batch of changes reaches."""

    def __init__(self, root: Path, on_change: Callable[[Scope], None]) -> None:
        self.root = root.resolve()
        self.on_change = on_change
        self.ready = threading.Event()  # set once the first watch is in place
        self.watches = 0  # how many watches were put in place (a new one after a restart)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="toolkit-serve-watch", daemon=True)

    def start(self) -> None:
        """Start watching."""
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and wait for the thread."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._watch()
            except Exception:  # a folder vanished mid-watch, inotify limits …: start again
                if self._stop.wait(RETRY_SECONDS):
                    return
                self._notify(EVERYTHING)

    def _notify(self, scope: Scope) -> None:
        """Tell the preview; a failure there must not stop the watching."""
        with contextlib.suppress(Exception):
            self.on_change(scope)

    def _watch(self) -> None:
        folders = [self.root / name for name in WATCHED_FOLDERS if (self.root / name).is_dir()]
        known = top_level(self.root)
        first = True
        for changes in watchfiles.watch(
            *(folders or [self.root]),
            recursive=bool(folders),
            debounce=DEBOUNCE_MS,
            step=STEP_MS,
            rust_timeout=TICK_MS,
            yield_on_timeout=True,
            stop_event=self._stop,
            raise_interrupt=False,
        ):
            scope = scope_of_all(self.root, [Path(path) for _change, path in changes])
            if first:  # watchfiles reports at least every TICK_MS: its watches are set
                first = False
                self.watches += 1
                self.ready.set()
                if self.watches > 1:  # a restart: what changed in between was not seen
                    scope = EVERYTHING
            now = top_level(self.root)
            top, restart = top_level_changes(self.root, known, now)
            known = now
            scope = scope | top
            if not scope.empty:
                self._notify(scope)
            if restart:
                return
