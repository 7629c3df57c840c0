"""Project settings: the optional ``toolkit.yaml`` at the project root, and its theme.

The theme is the organisation's look in one place. Colours and fonts have
their defaults in ``templates/theme.css`` (CSS custom properties that both
stylesheets use); ``toolkit.yaml`` overrides them without touching CSS and
sets what a CSS variable cannot: the brief's paper size and the logo file::

    theme:
      logo: logo.svg                 # a file under templates/ (SVG, PNG, JPEG, GIF, WebP)
      paper: Letter                  # A4 (the default) or Letter
      colours: {accent: "#735a00", panel: "#fff4c2"}
      fonts: {text: Brand Serif, sans: [Brand Sans, Noto Sans]}

Every problem is located at its line and column: YAML and schema errors
are ``invalid-settings``; a logo that is missing or outside ``templates/``
is ``missing-asset``; text set in a colour that reads below WCAG 2.1 AA's
4.5:1 on its background (in ``toolkit.yaml`` or ``theme.css``) is a
``low-contrast`` warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Annotated
from urllib.parse import quote

from pydantic import BaseModel, BeforeValidator, Field, StringConstraints, ValidationError

from toolkit.defaults import TEMPLATES_FOLDER, find_template
from toolkit.factsheet.fields import Strict
from toolkit.factsheet.loader import locate, parse_yaml, read_text, relative, validation_problems
from toolkit.factsheet.yamltree import Tree
from toolkit.problems import Problem

SETTINGS_NAME = "toolkit.yaml"
THEME_CSS = "theme.css"
IMAGE_SUFFIXES = frozenset({".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"})
MIN_CONTRAST = 4.5  # WCAG 2.1 AA, normal text

HexColour = Annotated[str, StringConstraints(pattern=r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
FontName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$")]
# One family or a list of families, in order of preference.
FontFamilies = Annotated[
    list[FontName], BeforeValidator(lambda value: [value] if isinstance(value, str) else value)
]


class Paper(StrEnum):
    """The brief's paper size."""

    A4 = "A4"
    LETTER = "Letter"


class Colours(Strict):
    """Brand colours (``#rgb`` or ``#rrggbb``); each overrides ``--colour-<name>`` of theme.css."""

    text: HexColour | None = Field(None, description="Body text.")
    background: HexColour | None = Field(None, description="Page background.")
    muted: HexColour | None = Field(None, description="Date lines, footers, source notes.")
    accent: HexColour | None = Field(
        None,
        description="The kind of document and citation numbers (read on background and panel).",
    )
    panel: HexColour | None = Field(None, description="The key-figures panel's background.")
    rule: HexColour | None = Field(None, description="Lines between parts.")
    link: HexColour | None = Field(None, description="Links in web pages.")
    button: HexColour | None = Field(None, description="The donate button.")
    button_text: HexColour | None = Field(None, description="The donate button's label.")
    note: HexColour | None = Field(None, description="Background of the preview note.")


class Fonts(Strict):
    """Font families (one name or a list); each overrides ``--font-<name>`` of theme.css."""

    text: FontFamilies | None = Field(None, description="Latin body text of the printed brief.")
    sans: FontFamilies | None = Field(None, description="Latin headings, labels and web pages.")
    korean: FontFamilies | None = Field(None, description="Korean text.")
    arabic_text: FontFamilies | None = Field(None, description="Arabic body text.")
    arabic_headings: FontFamilies | None = Field(None, description="Arabic headings and labels.")


class Theme(Strict):
    """The organisation's look: logo, colours, fonts and paper size."""

    logo: str | None = Field(
        None,
        description="The logo: a file under templates/, e.g. logo.svg (shown in every output).",
    )
    paper: Paper = Field(Paper.A4, description="Paper size of the brief: A4 or Letter.")
    colours: Colours = Field(default_factory=Colours)
    fonts: Fonts = Field(default_factory=Fonts)

    @property
    def logo_url(self) -> str | None:
        """The logo as a URL relative to the templates (and to the HTML outputs beside it)."""
        return quote(PurePosixPath(self.logo).as_posix()) if self.logo else None

    def css_variables(self) -> str:
        """A ``:root`` rule with the custom properties ``toolkit.yaml`` overrides (or nothing)."""
        declarations = [
            f"--colour-{_css_name(name)}: {value};"
            for name, value in self.colours.model_dump().items()
            if value is not None
        ]
        for name, value in self.fonts.model_dump().items():
            if value is not None:
                quoted = ", ".join(f'"{family}"' for family in value)
                declarations.append(f"--font-{_css_name(name)}: {quoted};")
        return f":root {{ {' '.join(declarations)} }}" if declarations else ""


class Settings(Strict):
    """Everything ``toolkit.yaml`` may hold."""

    theme: Theme = Field(default_factory=Theme)


@dataclass(frozen=True)
class _Colour:
    """A colour the theme uses, and where it was set (for the problem that names it)."""

    value: str
    path: str
    line: int
    column: int


# (foreground, background): every pair of theme colours that text is set in.
TEXT_PAIRS = (
    ("text", "background"),
    ("muted", "background"),
    ("accent", "background"),
    ("link", "background"),
    ("text", "panel"),
    ("muted", "panel"),
    ("accent", "panel"),
    ("button_text", "button"),
    ("text", "note"),
)

_CSS_COLOUR = re.compile(r"--colour-([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*[;}]")


def load_settings(root: Path) -> tuple[Settings, list[Problem]]:
    """The project's settings (defaults when there is no ``toolkit.yaml``) and their problems."""
    path = root / SETTINGS_NAME
    settings, tree, problems = Settings(), None, list[Problem]()
    if path.is_file():
        settings, tree, problems = _read(path, root)
    if any(p.severity == "error" for p in problems):
        return Settings(), problems
    if tree is not None:
        problems += _logo_problems(settings.theme, tree, root)
    problems += _contrast_problems(settings.theme, tree, root)
    return settings, problems


def _read(path: Path, root: Path) -> tuple[Settings, Tree | None, list[Problem]]:
    shown = relative(path, root)
    text, problems = read_text(path, shown)
    if text is None:
        return Settings(), None, _recode(problems)
    tree, problems = parse_yaml(text, shown)
    if tree is None:
        return Settings(), None, _recode(problems)
    data = {} if tree.data is None else tree.data
    if not isinstance(data, dict):
        message = f"{SETTINGS_NAME} must be a YAML mapping (e.g. theme: …)"
        return Settings(), None, [Problem(shown, 1, 1, "invalid-settings", message)]
    try:
        return Settings.model_validate(data), tree, []
    except ValidationError as err:
        known = _known_keys(Settings)
        return (
            Settings(),
            tree,
            validation_problems(
                shown, tree, err, code="invalid-settings", known_keys=known, tags=()
            ),
        )
    except RecursionError:
        return (
            Settings(),
            None,
            [Problem(shown, 1, 1, "invalid-settings", "YAML is nested too deeply")],
        )


def _recode(problems: list[Problem]) -> list[Problem]:
    """Problems of reading ``toolkit.yaml`` under its own code."""
    return [Problem(p.path, p.line, p.column, "invalid-settings", p.message) for p in problems]


def _known_keys(model: type[BaseModel]) -> set[str]:
    keys: set[str] = set()
    for info in model.model_fields.values():
        keys.add(info.alias or "")
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys |= _known_keys(annotation)
    keys |= set(model.model_fields)
    return keys - {""}


def _logo_problems(theme: Theme, tree: Tree, root: Path) -> list[Problem]:
    """The logo must be an image file inside ``templates/``."""
    if theme.logo is None:
        return []
    line, column = locate(tree, ("theme", "logo"))
    shown = relative(root / SETTINGS_NAME, root)
    templates = (root / "templates").resolve()
    logo = PurePosixPath(theme.logo)
    file = (templates / logo).resolve()
    if logo.is_absolute() or "\\" in theme.logo or not file.is_relative_to(templates):
        message = f"theme.logo {theme.logo!r} is outside templates/: put the logo file there"
        return [Problem(shown, line, column, "missing-asset", message)]
    if logo.suffix.lower() not in IMAGE_SUFFIXES:
        kinds = ", ".join(sorted(IMAGE_SUFFIXES))
        message = f"theme.logo {theme.logo!r} is not an image ({kinds})"
        return [Problem(shown, line, column, "invalid-settings", message)]
    if not file.is_file():
        message = f"theme.logo: templates/{logo.as_posix()} does not exist"
        return [Problem(shown, line, column, "missing-asset", message)]
    return []


def theme_css_colours(root: Path) -> dict[str, _Colour]:
    """The ``--colour-*`` defaults of ``templates/theme.css`` (the project's, else the
    toolkit's default) that are hex colours, by name."""
    path = find_template(root / TEMPLATES_FOLDER, THEME_CSS)
    try:
        text = path.read_text(encoding="utf-8") if path is not None else ""
    except (OSError, UnicodeDecodeError):
        return {}
    shown = f"{TEMPLATES_FOLDER}/{THEME_CSS}"
    found: dict[str, _Colour] = {}
    for match in _CSS_COLOUR.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        name = match.group(1).replace("-", "_")
        found[name] = _Colour(match.group(2), shown, line, column)
    return found


def _contrast_problems(theme: Theme, tree: Tree | None, root: Path) -> list[Problem]:
    colours = theme_css_colours(root)
    shown = relative(root / SETTINGS_NAME, root)
    for name, value in theme.colours.model_dump().items():
        if value is not None and tree is not None:
            line, column = locate(tree, ("theme", "colours", name))
            colours[name] = _Colour(value, shown, line, column)
    problems: list[Problem] = []
    for fore, back in TEXT_PAIRS:
        if fore not in colours or back not in colours:
            continue
        ratio = contrast(colours[fore].value, colours[back].value)
        if ratio >= MIN_CONTRAST:
            continue
        # Point at the one the user set in toolkit.yaml, else at the text colour in theme.css.
        where = (
            colours[back] if colours[back].path == shown != colours[fore].path else colours[fore]
        )
        message = (
            f"{fore} {colours[fore].value} on {back} {colours[back].value} has a contrast of "
            f"{ratio:.2f}:1, below the {MIN_CONTRAST}:1 that WCAG 2.1 AA asks of text"
        )
        problems.append(Problem(where.path, where.line, where.column, "low-contrast", message))
    return problems


def contrast(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two ``#rgb``/``#rrggbb`` colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _css_name(field: str) -> str:
    return field.replace("_", "-")
