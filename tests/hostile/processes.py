"""Watching the processes a build starts, through /proc (Linux)."""

from __future__ import annotations

import os
import time
from pathlib import Path

PROC = Path("/proc")


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name, or None when it is gone."""
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()


def alive(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie (a zombie has ended; only its record is left)."""
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid``."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None:
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found and alive(child):
                found.add(child)
                todo.append(child)
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU time ``pid`` has used so far."""
    fields = _stat(pid)
    if fields is None:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for_busy_descendant(pid: int, seconds: float, timeout: float) -> set[int]:
    """Wait until a process below ``pid`` has used ``seconds`` of CPU (a PDF renders);
    return every descendant seen on the way."""
    seen: set[int] = set()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        below = descendants(pid)
        seen |= below
        if any(cpu_seconds(child) >= seconds for child in below):
            return seen
        time.sleep(0.1)
    raise AssertionError(f"no process below {pid} used {seconds} s of CPU in {timeout} s")


def wait_gone(pids: set[int], timeout: float) -> set[int]:
    """The processes of ``pids`` still alive after waiting up to ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    left = {pid for pid in pids if alive(pid)}
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = {pid for pid in left if alive(pid)}
    return left
