"""Guards for property tests: a hang fails the test instead of stalling the suite."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from types import FrameType

import pytest

HANG_SECONDS = 120


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Fail a test that runs for more than two minutes (a hang, not a slow case)."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"the test ran for more than {HANG_SECONDS} s: a hang")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
