"""Writing outputs safely: a temporary file, then an atomic rename.

A crash or an error never leaves a half-written file and never destroys
the last good output. A file whose content has not changed is not
rewritten, so its modification time tells when it last changed.

A file that cannot be written (a read-only or full ``out/``, a folder
without permission) is a located ``cannot-write`` problem, not an internal
error: :func:`write_problem` turns the ``OSError`` into one, and
:func:`write_checked` raises it as a :class:`~toolkit.problems.ToolkitError`.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from toolkit.problems import Problem, ToolkitError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOTDIR: "a file stands where a folder is needed",
    errno.EISDIR: "a folder stands where the file goes",
}


def write_atomic(path: Path, data: bytes, *, force: bool = False) -> bool:
    """Write ``data`` to ``path`` atomically; False when the file already held exactly ``data``.

    With ``force``, the file is rewritten even when it already held ``data``.
    """
    try:
        if not force and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def write_problem(path: Path, root: Path, err: OSError) -> Problem:
    """The ``cannot-write`` problem for ``path`` (shown relative to ``root``) after ``err``.

    Use it where an output is written::

        try:
            written = write_atomic(target, data)
        except OSError as err:
            problems.append(write_problem(target, project.root, err))
    """
    try:
        shown = path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        shown = path.as_posix()
    reason = _REASONS.get(err.errno or 0) or err.strerror or str(err)
    where = f" ({err.filename})" if err.filename and str(err.filename) != str(path) else ""
    message = f"cannot write {shown}: {reason}{where}; the last good file is kept"
    return Problem(shown, 0, 0, "cannot-write", message)


def write_checked(path: Path, data: bytes, root: Path, *, force: bool = False) -> bool:
    """:func:`write_atomic`, with a failure raised as a ``ToolkitError`` holding its problem."""
    try:
        return write_atomic(path, data, force=force)
    except OSError as err:
        raise ToolkitError([write_problem(path, root, err)]) from None
