"""What a changed file invalidates: the preview's dependency rules, as one pure function.

- a fact sheet (``factsheets/*.yaml``) -> its campaign, in every locale;
- ``locales/<locale>/LC_MESSAGES/messages.po`` (the templates' strings) ->
  every campaign in that locale;
- ``locales/<locale>/LC_MESSAGES/<campaign>.po`` -> that campaign in that locale;
- PO templates (``.pot``) and compiled catalogs (``.mo``) -> nothing (the
  documents are rendered from the PO files);
- anything else the preview watches (a template, a style sheet, an image,
  a theme, a file a PDF or the lint may read under ``factsheets/``, a
  project settings file) -> everything.

Files outside the project's inputs (``out/``, hidden files, editors'
backup and swap files) change nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from toolkit.serve.safepath import ASSET_SUFFIXES
from toolkit.translation.catalogs import TEMPLATES_DOMAIN

FACTSHEET_SUFFIXES = (".yaml", ".yml")
# Top-level files that may hold project settings (a theme); others (README.md …) are ignored.
SETTINGS_SUFFIXES = frozenset({".yaml", ".yml", ".toml", ".cfg", ".ini", ".json"})
WATCHED_FOLDERS = ("factsheets", "templates", "locales")
# Files beside the fact sheets that a document or the lint may read (images, archived sources).
DOCUMENT_SUFFIXES = ASSET_SUFFIXES | {".html", ".htm", ".txt", ".pdf"}
_EDITOR_NOISE = re.compile(r"(^\.|~$|\.sw[a-p]$|^#.*#$|\.tmp$|\.bak$|^4913$)")


@dataclass(frozen=True)
class Scope:
    """What must be rebuilt: everything, some fact sheets' campaigns, locales, or pairs.

    ``sheets`` are fact-sheet paths relative to the project (their campaign
    is known only by loading them); ``locales`` mean every campaign in that
    locale; ``pairs`` are (campaign, locale).
    """

    everything: bool = False
    sheets: frozenset[str] = field(default_factory=frozenset)
    locales: frozenset[str] = field(default_factory=frozenset)
    pairs: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def __or__(self, other: Scope) -> Scope:
        return Scope(
            self.everything or other.everything,
            self.sheets | other.sheets,
            self.locales | other.locales,
            self.pairs | other.pairs,
        )

    @property
    def empty(self) -> bool:
        """Whether nothing needs rebuilding."""
        return not (self.everything or self.sheets or self.locales or self.pairs)


NOTHING = Scope()
EVERYTHING = Scope(everything=True)


def scope_of(root: Path, path: Path) -> Scope:
    """What a change to ``path`` (absolute, or relative to the project ``root``) invalidates."""
    try:
        relative = PurePosixPath(path.relative_to(root).as_posix()) if path.is_absolute() else path
    except ValueError:
        return NOTHING  # not in the project
    parts = PurePosixPath(relative).parts
    if not parts or any(_EDITOR_NOISE.search(part) for part in parts):
        return NOTHING
    top, name = parts[0], parts[-1]
    if len(parts) == 1:
        return EVERYTHING if PurePosixPath(name).suffix.lower() in SETTINGS_SUFFIXES else NOTHING
    if top == "factsheets":
        if len(parts) > 2:
            return EVERYTHING  # an image, or a source's archive the lint reads
        if name.endswith(FACTSHEET_SUFFIXES):
            return Scope(sheets=frozenset({"/".join(parts)}))
        suffix = PurePosixPath(name).suffix.lower()
        return EVERYTHING if suffix in DOCUMENT_SUFFIXES else NOTHING  # not an editor's temp file
    if top == "locales":
        return _catalog_scope(parts)
    if top == "templates":
        return EVERYTHING
    return NOTHING  # out/, benchmarks/, tests/ …: not an input of any document


def _catalog_scope(parts: tuple[str, ...]) -> Scope:
    if PurePosixPath(parts[-1]).suffix != ".po":
        return NOTHING  # .pot, .mo, a folder: documents are rendered from the PO files
    if len(parts) != 4 or parts[2] != "LC_MESSAGES":
        return NOTHING  # not where the toolkit reads catalogs
    locale, domain = parts[1], PurePosixPath(parts[3]).stem
    if domain == TEMPLATES_DOMAIN:
        return Scope(locales=frozenset({locale}))
    return Scope(pairs=frozenset({(domain, locale)}))


def scope_of_all(root: Path, paths: Iterable[Path]) -> Scope:
    """The union of what each of ``paths`` invalidates."""
    scope = NOTHING
    for path in paths:
        scope = scope | scope_of(root, path)
    return scope
