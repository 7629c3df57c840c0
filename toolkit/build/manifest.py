"""What the last build made from what: ``out/.manifest.json``.

For every output the manifest records a hash of its content and, for a
PDF, a hash of everything that decides its bytes besides the files it
fetched: the ``brief.html`` it was made from, the toolkit's and the PDF
libraries' versions and code, and the system's fonts. The project files
the PDF fetched (images, fonts under ``templates/``) are listed with their
own hashes. A PDF whose inputs and output are unchanged is not rendered
again. The manifest is written atomically; one that cannot be read just
means a full rebuild.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolkit import __version__
from toolkit.inputs import InputError, read_input
from toolkit.output import write_atomic

MANIFEST_NAME = ".manifest.json"
MAX_ASSET_BYTES = 64 * 1024 * 1024  # a font or an image a PDF fetched
FORMAT = 1

# Python distributions whose code decides a PDF's bytes.
PDF_DISTRIBUTIONS = (
    "weasyprint",
    "pydyf",
    "fonttools",
    "tinycss2",
    "tinyhtml5",
    "cssselect2",
    "pyphen",
    "pillow",
    "brotli",
    "zopfli",
)
# Where fontconfig finds fonts and its configuration, and the native libraries that shape text.
FONT_PLACES = (
    "/etc/fonts",
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.fonts",
    "~/.local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "~/Library/Fonts",
)
LIBRARY_PATTERNS = ("libpango*", "libharfbuzz*", "libfontconfig*", "libfreetype*", "libfribidi*")
LIBRARY_DIRS = ("/usr/lib", "/usr/lib64", "/usr/local/lib", "/opt/homebrew/lib")


def sha256(data: bytes) -> str:
    """The hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Entry:
    """One output as the last build left it.

    ``output`` hashes the file's bytes; ``inputs`` hashes what it was made
    from (for text and HTML, the same as ``output``); ``assets`` maps each
    project file a PDF fetched to its hash (None when it did not exist).
    A file copied beside the HTML outputs (a logo) names its source in
    ``copied_from``.
    """

    output: str
    inputs: str
    assets: Mapping[str, str | None] = field(default_factory=dict)
    seconds: float = 0.0
    stat: tuple[int, int] | None = None  # size and modification time (ns) as last written
    copied_from: str | None = None  # an asset copied beside the HTML: its project path

    def as_json(self) -> dict[str, object]:
        """The entry as stored in the manifest file."""
        data: dict[str, object] = {"output": self.output, "inputs": self.inputs}
        if self.assets:
            data["assets"] = dict(sorted(self.assets.items()))
        if self.seconds:
            data["seconds"] = round(self.seconds, 2)
        if self.stat is not None:
            data["stat"] = list(self.stat)
        if self.copied_from:
            data["copied_from"] = self.copied_from
        return data

    @classmethod
    def from_json(cls, data: object) -> Entry | None:
        """The entry stored as ``data``, or None when it is not a valid one."""
        if not isinstance(data, dict):
            return None
        output, inputs = data.get("output"), data.get("inputs")
        assets = data.get("assets", {})
        seconds = data.get("seconds", 0.0)
        if not (isinstance(output, str) and isinstance(inputs, str) and isinstance(assets, dict)):
            return None
        if not all(isinstance(v, str | None) for v in assets.values()):
            return None
        if not isinstance(seconds, int | float):
            return None
        stat = data.get("stat")
        known = (
            (stat[0], stat[1])
            if isinstance(stat, list) and len(stat) == 2 and all(isinstance(n, int) for n in stat)
            else None
        )
        copied_from = data.get("copied_from")
        if not isinstance(copied_from, str | None):
            return None
        assets_read = {str(k): v for k, v in assets.items()}
        return cls(output, inputs, assets_read, float(seconds), known, copied_from)


@dataclass
class Manifest:
    """Every output's :class:`Entry`, keyed by its path relative to ``out/``.

    ``lint`` keeps the last build's lint: its key (see
    :mod:`toolkit.build.lint`) and the problems it found; ``build`` the
    key of the last complete build and what it reported (see
    :mod:`toolkit.build.fingerprint`).
    """

    entries: dict[str, Entry] = field(default_factory=dict)
    lint: dict[str, object] = field(default_factory=dict)
    build: dict[str, object] = field(default_factory=dict)

    @classmethod
    def read(cls, out_dir: Path) -> Manifest:
        """The manifest in ``out_dir``; empty when missing, unreadable or of another format."""
        try:
            data = json.loads((out_dir / MANIFEST_NAME).read_bytes())
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls()
        stored = data.get("outputs")
        if not isinstance(stored, dict):
            return cls()
        entries = {str(key): Entry.from_json(value) for key, value in stored.items()}
        lint, build = data.get("lint"), data.get("build")
        return cls(
            {key: entry for key, entry in entries.items() if entry is not None},
            lint if isinstance(lint, dict) else {},
            build if isinstance(build, dict) else {},
        )

    def prune(self, out_dir: Path) -> None:
        """Forget outputs that are no longer in ``out_dir``; note how the others are on disk."""
        kept: dict[str, Entry] = {}
        for key, entry in self.entries.items():
            try:
                info = (out_dir / key).stat()
            except OSError:
                continue
            kept[key] = replace(entry, stat=(info.st_size, info.st_mtime_ns))
        self.entries = kept

    def write(self, out_dir: Path) -> bool:
        """Write the manifest atomically; False when it was already up to date."""
        data = {
            "format": FORMAT,
            "toolkit": __version__,
            "outputs": {key: self.entries[key].as_json() for key in sorted(self.entries)},
            "lint": self.lint,
            "build": self.build,
        }
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        return write_atomic(out_dir / MANIFEST_NAME, text.encode())


def file_matches(path: Path, entry: Entry) -> bool:
    """Whether ``path`` still holds what ``entry`` recorded (by size and time, else by hash)."""
    try:
        info = path.stat()
    except OSError:
        return False
    if entry.stat == (info.st_size, info.st_mtime_ns):
        return True
    try:
        return sha256(path.read_bytes()) == entry.output
    except OSError:
        return False


class FileHashes:
    """Content hashes of files, each file read at most once per build."""

    def __init__(self) -> None:
        self._known: dict[Path, str | None] = {}

    def __call__(self, path: Path) -> str | None:
        """The hash of ``path``'s content, or None when it cannot be read."""
        if path not in self._known:
            try:  # a regular file only: a named pipe where an image should be never blocks
                self._known[path] = sha256(read_input(path, MAX_ASSET_BYTES))
            except InputError:
                self._known[path] = None
        return self._known[path]


def pdf_environment() -> str:
    """A hash of what decides a PDF's bytes besides its HTML and fetched files.

    The toolkit's version and PDF code, the versions of WeasyPrint and the
    libraries it uses, the native text libraries and every font file that
    fontconfig can find (path, size, modification time). WeasyPrint itself
    is not imported.
    """
    digest = hashlib.sha256()
    digest.update(f"toolkit {__version__}\npython {sys.version_info[:2]}\n".encode())
    render = Path(__file__).resolve().parent.parent / "render"
    for module in (render / "pdf.py", render / "pool.py"):
        digest.update(module.read_bytes())
    installed = installed_distributions()
    for name in PDF_DISTRIBUTIONS:
        digest.update(f"{name} {installed.get(name, '-')}\n".encode())
    for line in _stat_lines(_font_files()):
        digest.update(line)
    for line in _stat_lines(_native_libraries()):
        digest.update(line)
    return digest.hexdigest()


def installed_distributions() -> dict[str, str]:
    """Every installed distribution's version by normalised name, from the ``dist-info``
    folder names on ``sys.path`` (much faster than importing ``importlib.metadata``)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith((".dist-info", ".egg-info")):
                name, _, version = folder.rsplit(".", 1)[0].partition("-")
                found.setdefault(name.lower().replace("_", "-"), version)
    return found


def _font_files() -> list[str]:
    files: list[str] = []
    for place in FONT_PLACES:
        for folder, _dirs, names in os.walk(os.path.expanduser(place)):
            files.extend(os.path.join(folder, name) for name in names)
    return sorted(files)


def _native_libraries() -> list[str]:
    """The text libraries in the usual library folders and their subfolders (multiarch)."""
    found: set[str] = set()
    for place in LIBRARY_DIRS:
        folders = [place]
        try:
            with os.scandir(place) as entries:
                folders += [e.path for e in entries if e.is_dir(follow_symlinks=False)]
        except OSError:
            continue
        for folder in folders:
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for pattern in LIBRARY_PATTERNS:
                found.update(os.path.join(folder, n) for n in fnmatch.filter(names, pattern))
    return sorted(found)


def _stat_lines(paths: Iterable[str]) -> Iterable[bytes]:
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        yield f"{path}\0{info.st_size}\0{info.st_mtime_ns}\n".encode()
