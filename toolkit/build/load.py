"""Stage 1: load the fact sheets and choose the campaigns a command works on.

Problems in a chosen campaign's fact sheet stop it; errors in the others
are still reported, but a build of one campaign is not held up by another
campaign's broken fact sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from toolkit.build.options import SelectionError
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.problems import Problem, Severity
from toolkit.project import Project
from toolkit.settings import Settings


@dataclass
class Loaded:
    """The chosen campaigns' fact sheets, their problems, and errors elsewhere."""

    sheets: list[LoadedFactSheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # of the chosen fact sheets
    elsewhere: list[Problem] = field(default_factory=list)  # errors of the others
    settings: Settings = field(default_factory=Settings)  # toolkit.yaml: the theme


def load(project: Project, campaigns: Sequence[str] = ()) -> Loaded:
    """Load every fact sheet and keep the ``campaigns`` asked for (all by default).

    A fact sheet that cannot be read counts as the campaign its file is
    named after. Raises :class:`SelectionError` for a name that is neither.
    The project's settings (``toolkit.yaml``, the theme) concern every
    campaign, so their problems always count.
    """
    sheets, problems = project.load_factsheets()
    settings, settings_problems = project.load_settings()
    if not campaigns:
        return Loaded(sheets, [*settings_problems, *problems], settings=settings)
    by_name = {loaded.sheet.campaign: loaded for loaded in sheets}
    loaded_paths = {loaded.path for loaded in sheets}
    broken = {PurePosixPath(p.path).stem: p.path for p in problems if p.path not in loaded_paths}
    for name in campaigns:
        if name not in by_name and name not in broken:
            known = ", ".join(sorted(by_name)) or "none"
            raise SelectionError(f"no campaign {name!r} (known: {known})")
    chosen = [by_name[name] for name in dict.fromkeys(campaigns) if name in by_name]
    paths = {loaded.path for loaded in chosen} | {broken[n] for n in campaigns if n in broken}
    result = Loaded(chosen, list(settings_problems), settings=settings)
    for problem in problems:
        if problem.path in paths or not problem.path.endswith((".yaml", ".yml")):
            result.problems.append(problem)
        elif problem.severity is Severity.ERROR:
            result.elsewhere.append(problem)
    return result
