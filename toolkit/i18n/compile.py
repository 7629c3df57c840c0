"""``toolkit i18n compile``: a ``.mo`` file next to every PO file.

The build reads PO files directly; compiled catalogs are for other
gettext consumers (a CMS, a website). Fuzzy and untranslated entries are
left out, as ``msgfmt`` does, so they fall back to the source language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from babel.messages.mofile import write_mo

from toolkit.output import write_atomic, write_problem
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.translation.catalogs import is_translated, read_catalog


@dataclass(frozen=True)
class Compiled:
    """One ``.mo`` file: how many entries went in and how many were left out."""

    po: Path
    mo: Path
    written: bool
    translated: int
    left_out: int


def compile_catalogs(project: Project) -> tuple[list[Compiled], list[Problem]]:
    """Compile every ``locales/<locale>/LC_MESSAGES/*.po``; a bad PO file is reported, not compiled."""
    compiled: list[Compiled] = []
    problems: list[Problem] = []
    for po in sorted(project.locales_dir.glob("*/LC_MESSAGES/*.po")):
        locale = po.parent.parent.name
        catalog, found = read_catalog(po, project.relative(po), locale)
        problems += found
        if catalog is None:
            continue
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        mo = po.with_suffix(".mo")
        messages = [m for m in catalog if m.id]
        translated = sum(1 for m in messages if not m.fuzzy and is_translated(m))
        try:
            written = write_atomic(mo, buffer.getvalue())
        except OSError as err:
            problems.append(write_problem(mo, project.root, err))
            continue
        compiled.append(Compiled(po, mo, written, translated, len(messages) - translated))
    return compiled, problems
