"""Compiled templates, kept between renders and between runs.

Every locale gets its own Jinja environment (its gettext is bound to the
environment), so without a cache each template would be parsed and
compiled once per locale and per run. Compiling costs far more than
rendering: the cache keeps the compiled code in memory for the process
and in the user's cache folder for the next run.

The cache lives outside the project (code loaded from a project tree that
someone else wrote would run as the toolkit), in a folder only the user
can write. An entry is keyed by the template's path, the Jinja version,
the environment's class (sandboxed or not) and its settings, and checked
against the template's source; a corrupt entry is just a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from pathlib import Path

import jinja2
from jinja2 import Environment
from jinja2.bccache import Bucket, BytecodeCache

from toolkit.output import write_atomic
from toolkit.paths import cache_root, private_folder


def default_directory() -> Path | None:
    """Where compiled templates are kept: ``templates/`` in the toolkit's cache folder."""
    root = cache_root()
    return root / "templates" if root is not None else None


class TemplateCodeCache(BytecodeCache):
    """Jinja bytecode in memory, and on disk when a private folder is available."""

    def __init__(self, directory: Path | None) -> None:
        self.memory: dict[str, bytes] = {}
        self.directory = private_folder(directory) if directory is not None else None

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        """The bucket of ``name``, keyed by the environment's settings too."""
        key = self.get_cache_key(name, filename) + "-" + settings_key(environment)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` from memory or disk; anything unreadable is a miss."""
        data = self.memory.get(bucket.key)
        if data is None and self.directory is not None:
            with contextlib.suppress(OSError):
                data = (self.directory / f"{bucket.key}.cache").read_bytes()
        if data is None:
            return
        try:
            bucket.bytecode_from_string(data)
        except Exception:  # a truncated or foreign file: compile again
            bucket.reset()
            return
        if bucket.code is not None:
            self.memory[bucket.key] = data

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep ``bucket``'s code in memory and write it to disk atomically."""
        data = bucket.bytecode_to_string()
        self.memory[bucket.key] = data
        if self.directory is None:
            return
        with contextlib.suppress(OSError):
            write_atomic(self.directory / f"{bucket.key}.cache", data)


def settings_key(environment: Environment) -> str:
    """A hash of what decides the compiled code besides the source: versions and settings.

    The environment's class is part of it: a sandbox compiles every call and
    attribute access into a checked one, so code compiled for a plain
    environment must never run in a sandbox (nor the other way round).
    """
    kind = type(environment)
    simple = sorted(
        (name, value)
        for name, value in vars(environment).items()
        if isinstance(value, bool | int | str | type(None))
    )
    text = repr(
        (
            jinja2.__version__,
            sys.version_info[:3],
            f"{kind.__module__}.{kind.__qualname__}",
            environment.sandboxed,
            simple,
            sorted(environment.extensions),
        )
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


_CACHE: TemplateCodeCache | None = None


def template_code_cache() -> TemplateCodeCache:
    """The process's one cache, shared by every environment."""
    global _CACHE
    if _CACHE is None:
        _CACHE = TemplateCodeCache(default_directory())
    return _CACHE
