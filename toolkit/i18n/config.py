"""The extraction configuration: the project's ``babel.cfg``, or the toolkit's default.

The same file drives ``toolkit i18n extract`` and ``pybabel extract -F
babel.cfg``, so both find the same strings with the same options.
"""

from __future__ import annotations

import configparser
import io
from dataclasses import dataclass
from typing import Any

from babel.messages.frontend import parse_mapping_cfg

from toolkit.defaults import PROJECT_FILES
from toolkit.problems import Problem
from toolkit.project import Project

CONFIG_NAME = "babel.cfg"

# Used when a project has no babel.cfg of its own: the one `toolkit init` writes
# (the example's babel.cfg is the same file; a test keeps them equal).
DEFAULT_CONFIG_FILE = PROJECT_FILES / CONFIG_NAME


@dataclass(frozen=True)
class ExtractionConfig:
    """Babel's method map (glob pattern -> extractor) and each pattern's options."""

    method_map: list[tuple[str, str]]
    options_map: dict[str, dict[str, Any]]


def load_config(project: Project) -> tuple[ExtractionConfig | None, list[Problem]]:
    """The project's ``babel.cfg`` (or the toolkit's default), or a problem saying why not."""
    path = project.root / CONFIG_NAME
    try:
        text = (path if path.is_file() else DEFAULT_CONFIG_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return None, [Problem(CONFIG_NAME, 1, 1, "invalid-catalog", f"cannot read: {err}")]
    try:
        method_map, options_map = parse_mapping_cfg(  # type: ignore[no-untyped-call]
            io.StringIO(text), CONFIG_NAME
        )
    except configparser.Error as err:
        line = getattr(err, "lineno", 1) or 1
        message = f"not a valid Babel configuration: {str(err).splitlines()[0]}"
        return None, [Problem(CONFIG_NAME, line, 1, "invalid-catalog", message)]
    except ValueError as err:
        return None, [Problem(CONFIG_NAME, 1, 1, "invalid-catalog", f"not valid: {err}")]
    return ExtractionConfig(list(method_map), dict(options_map)), []
