"""Writing outputs safely: a temporary file, then an atomic rename.

A crash or an error never leaves a half-written file and never destroys
the last good output. A file whose content has not changed is not
rewritten, so its modification time tells when it last changed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
