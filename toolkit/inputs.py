"""Reading the project's input files: regular files only, within a size limit, never blocking.

A fact sheet, a PO file or a template comes from people the toolkit does
not have to trust (a pull request from outside, a translator's upload), so
each read is bounded: a named pipe, a device or a folder where a file is
expected is refused at once instead of blocking the command, a file larger
than its limit is refused before it is parsed (a 50 MB PO file took
gigabytes of memory), and an unreadable file is a sentence, not an
``OSError``. The caller turns the sentence into a located problem with its
own code.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MIB = 1024 * 1024

# Limits on one input file. A real fact sheet is a few hundred lines (10,000 facts
# make 1.6 MB); a campaign's PO file is the size of its fact sheet's copy.
MAX_FACTSHEET_BYTES = 5 * MIB
MAX_CATALOG_BYTES = 5 * MIB
MAX_TEMPLATE_BYTES = 1 * MIB
# One string (a copy paragraph, a msgstr, a fact sheet value): a long paragraph is 2,000.
MAX_STRING_CHARS = 10_000

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


class InputError(Exception):
    """Why an input file cannot be read, as a sentence for a problem's message."""


def describe_limit(limit: int) -> str:
    """``5 MiB`` or ``512 KiB``: a size limit as users read it."""
    if limit % MIB == 0:
        return f"{limit // MIB} MiB"
    return f"{limit // 1024} KiB"


def read_input(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; :class:`InputError` when it cannot be used.

    The file is opened without blocking (a named pipe opens at once) and
    checked before anything is read: it must be a regular file of at most
    ``limit`` bytes. A file that grows past ``limit`` while it is read is
    refused too.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise InputError("the file does not exist") from None
    except PermissionError:
        raise InputError("cannot read the file: permission denied") from None
    except OSError as err:
        raise InputError(f"cannot read the file: {err.strerror or err}") from None
    try:
        info = os.fstat(handle)
        for test, kind in _KINDS:
            if test(info.st_mode):
                raise InputError(f"this is {kind}, not a regular file: only files are read")
        if info.st_size > limit:
            raise InputError(_too_large(info.st_size, limit))
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(handle, min(limit + 1 - size, MIB) or 1)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise InputError(_too_large(size, limit))
        return b"".join(chunks)
    except OSError as err:  # e.g. EISDIR, EIO
        raise InputError(f"cannot read the file: {err.strerror or err}") from None
    finally:
        os.close(handle)


def decode_text(data: bytes) -> str:
    """UTF-8 text, without the byte-order mark some editors put first (it is no character
    of the text). ``UnicodeDecodeError`` when ``data`` is not UTF-8."""
    return data.decode("utf-8").removeprefix("\ufeff")


def check_input(path: Path, limit: int) -> None:
    """Raise :class:`InputError` unless ``path`` is a regular file of at most ``limit`` bytes.

    For files another library opens itself (Babel's extractors): nothing is read here.
    """
    try:
        info = path.stat()
    except OSError as err:
        raise InputError(f"cannot read the file: {err.strerror or err}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = next((kind for test, kind in _KINDS if test(info.st_mode)), "something else")
        raise InputError(f"this is {kind}, not a regular file: only files are read")
    if info.st_size > limit:
        raise InputError(_too_large(info.st_size, limit))
    if not os.access(path, os.R_OK):
        raise InputError("cannot read the file: permission denied")


def _too_large(size: int, limit: int) -> str:
    shown = f"{size / MIB:.1f} MiB" if size >= MIB else f"{size // 1024} KiB"
    return f"the file is too large ({shown}; the limit is {describe_limit(limit)})"
