"""A project tree: where fact sheets, templates, catalogs and outputs live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from toolkit.factsheet.loader import LoadedFactSheet, load_factsheet, relative
from toolkit.factsheet.references import check_references
from toolkit.problems import Problem
from toolkit.settings import Settings, load_settings


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
        return load_settings(self.root)

    def factsheet_paths(self) -> list[Path]:
        """Every fact sheet, in name order."""
        if not self.factsheets_dir.is_dir():
            return []
        paths = [*self.factsheets_dir.glob("*.yaml"), *self.factsheets_dir.glob("*.yml")]
        return sorted(p for p in paths if p.is_file())

    def relative(self, path: Path) -> str:
        """``path`` as shown to users: relative to the project, with forward slashes."""
        return relative(path, self.root)

    def load_factsheets(self) -> tuple[list[LoadedFactSheet], list[Problem]]:
        """Load every fact sheet, collecting all problems; two sheets may not share a slug."""
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
