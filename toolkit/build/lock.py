"""One build at a time per project: an advisory lock on the project folder."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def project_lock(root: Path, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the project's build lock: one build at a time reads the inputs and writes ``out/``.

    The lock is taken on the project folder itself (an advisory ``flock``),
    so nothing is created for it. A second build waits for the first;
    ``waiting`` is told so.
    """
    handle = os.open(root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting("another build of this project is running; waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing the descriptor releases the lock
