"""A project tree: where fact sheets, templates, catalogs and outputs live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.paths import relative
from toolkit.problems import Problem

if TYPE_CHECKING:
    from toolkit.factsheet.loader import LoadedFactSheet
    from toolkit.settings import Settings


@dataclass(frozen=True)
class Project:
    """The folders of one organisation's project (see DESIGN.md, "Layout")."""

    root: Path

    @property
    def factsheets_dir(self) -> Path:
        return self.root / "factsheets"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def out_dir(self) -> Path:
        return self.root / "out"

    def load_settings(self) -> tuple[Settings, list[Problem]]:
        """The project's ``toolkit.yaml`` (its theme), defaults when absent, and its problems."""
        from toolkit.settings import load_settings  # the models: not for an up-to-date build

        return load_settings(self.root)

    def factsheet_paths(self) -> list[Path]:
        """Every fact sheet, in name order.

        Anything named like a fact sheet but a folder is left out; a named pipe
        or a device is listed, so that loading it reports it instead of
        skipping it silently (it is never opened for reading).
        """
        if not self.factsheets_dir.is_dir():
            return []
        paths = [*self.factsheets_dir.glob("*.yaml"), *self.factsheets_dir.glob("*.yml")]
        return sorted(p for p in paths if not p.is_dir())

    def relative(self, path: Path) -> str:
        """``path`` as shown to users: relative to the project, with forward slashes."""
        return relative(path, self.root)

    def load_factsheets(self) -> tuple[list[LoadedFactSheet], list[Problem]]:
        """Load every fact sheet, collecting all problems; two sheets may not share a slug."""
        # Imported here: the models are heavy, and an up-to-date build never loads them.
        from toolkit.factsheet.loader import load_factsheet
        from toolkit.factsheet.references import check_references

        loaded: list[LoadedFactSheet] = []
        problems: list[Problem] = []
        seen: dict[str, str] = {}
        paths = self.factsheet_paths()
        if not paths:
            problems.append(
                Problem(
                    "factsheets",
                    0,
                    0,
                    "invalid-factsheet",
                    "no fact sheets (*.yaml) found in factsheets/",
                )
            )
        for path in paths:
            sheet, found = load_factsheet(path, self.root)
            problems.extend(found)
            if sheet is None:
                continue
            problems.extend(check_references(sheet))
            slug = sheet.sheet.campaign
            if slug in seen:
                line, column = sheet.locate(("campaign",))
                problems.append(
                    Problem(
                        sheet.path,
                        line,
                        column,
                        "invalid-factsheet",
                        f"campaign {slug!r} is already defined in {seen[slug]}",
                    )
                )
                continue
            seen[slug] = sheet.path
            loaded.append(sheet)
        return loaded, problems
