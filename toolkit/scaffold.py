"""``toolkit init`` and ``toolkit new``: a working project, and a fact sheet skeleton.

A new project holds only what is its own: the settings (``toolkit.yaml``,
the theme), ``babel.cfg``, the fact-sheet schema for editors, a
pre-commit configuration pinned to this
release of the toolkit, a commented example fact sheet that validates and
builds once its sample texts are replaced (the lint's ``unfinished-text``
lists them: :mod:`toolkit.sampletext`), and a README. Its templates are the toolkit's defaults
(:mod:`toolkit.defaults`) until it puts a file of the same name under
``templates/``. Existing files are never overwritten.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from jinja2 import Environment, StrictUndefined

from toolkit import __version__
from toolkit.defaults import DEFAULT_TEMPLATES, PROJECT_FILES
from toolkit.output import write_atomic
from toolkit.sampletext import SAMPLE

DISTRIBUTION = "campaign-toolkit"
EXAMPLE_CAMPAIGN = "example"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ScaffoldError(ValueError):
    """A campaign name, output or locale ``toolkit new`` cannot use (a usage error)."""


@dataclass(frozen=True)
class Written:
    """One file of the scaffold: its path and whether it was ``created`` or ``kept``."""

    path: Path
    action: str


@dataclass(frozen=True)
class OrganisationDefaults:
    """What a new fact sheet says about the organisation (taken from an existing sheet)."""

    name: str = SAMPLE.organisation
    phone: str = SAMPLE.phone
    email: str = SAMPLE.email


def init_project(root: Path, *, with_templates: bool = False) -> list[Written]:
    """Make ``root`` a working project (created if needed); existing files are kept.

    ``with_templates`` copies the toolkit's default templates into
    ``templates/`` too, for an organisation that wants to change many.
    """
    root.mkdir(parents=True, exist_ok=True)
    for folder in ("factsheets", "templates", "locales"):
        (root / folder).mkdir(exist_ok=True)
    from toolkit.factsheet.schema import SCHEMA_FILE, schema_text

    written = [
        _put(root / "toolkit.yaml", _read("toolkit.yaml")),
        _put(root / SCHEMA_FILE, schema_text()),
        _put(root / "babel.cfg", _read("babel.cfg")),
        _put(root / ".pre-commit-config.yaml", pre_commit_config()),
        _put(root / ".gitignore", _read("gitignore")),
        _put(root / "README.md", _read("README.md").replace("{name}", root.resolve().name)),
    ]
    written.append(
        _put(
            root / "factsheets" / f"{EXAMPLE_CAMPAIGN}.yaml",
            campaign_skeleton(
                EXAMPLE_CAMPAIGN, ("advisory", "donation", "brief"), ("en",), root=root
            ),
        )
    )
    if with_templates:
        for name, path in sorted(_default_templates().items()):
            written.append(_put(root / "templates" / name, path.read_bytes()))
    return written


def new_campaign(
    root: Path, campaign: str, outputs: Sequence[str], locales: Sequence[str]
) -> Written:
    """Write ``factsheets/<campaign>.yaml``, a skeleton that validates.

    Its sample texts (:data:`~toolkit.sampletext.SAMPLE`) are lint errors
    until replaced, so it never builds as it is.

    The first locale is the source locale. Raises :class:`ScaffoldError`
    for a name that is not a slug, an unknown output or locale, or a fact
    sheet that exists already.
    """
    path = root / "factsheets" / f"{campaign}.yaml"
    if path.exists() or (root / "factsheets" / f"{campaign}.yml").exists():
        raise ScaffoldError(f"factsheets/{campaign}.yaml exists already: it is kept as it is")
    text = campaign_skeleton(campaign, outputs, locales, root=root)
    path.parent.mkdir(parents=True, exist_ok=True)
    return _put(path, text)


def campaign_skeleton(
    campaign: str,
    outputs: Sequence[str],
    locales: Sequence[str],
    *,
    root: Path | None = None,
    issued: dt.date | None = None,
) -> str:
    """The text of a commented fact sheet for ``campaign`` that validates."""
    from toolkit.factsheet.outputs import OUTPUT_NAMES
    from toolkit.factsheet.schema import SCHEMA_FILE
    from toolkit.locales import LocaleError, canonical_locale

    if not SLUG.match(campaign) or len(campaign) > 80:
        raise ScaffoldError(
            f"{campaign!r} is not a campaign slug: use lowercase letters, digits and hyphens "
            "(e.g. prison-camps-2024)"
        )
    unknown = [name for name in outputs if name not in OUTPUT_NAMES]
    if unknown or not outputs:
        raise ScaffoldError(
            f"unknown output {', '.join(unknown) or '(none)'}: choose from "
            f"{', '.join(OUTPUT_NAMES)}"
        )
    try:
        codes = [canonical_locale(code) for code in locales]
    except LocaleError as err:
        raise ScaffoldError(str(err)) from None
    if not codes or len(set(codes)) != len(codes):
        raise ScaffoldError("give each locale once, the source language first (e.g. en,fr)")
    day = issued or dt.date.today()
    env = Environment(
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined
    )
    env.filters["yaml"] = lambda text: json.dumps(text, ensure_ascii=False)  # JSON is YAML
    template = env.from_string(_read("campaign.yaml.jinja"))
    return template.render(
        campaign=campaign,
        issued=day.isoformat(),
        reference=f"REF 01/001/{day.year}",
        outputs=[name for name in OUTPUT_NAMES if name in outputs],
        locales=codes,
        organisation=_organisation(root),
        sample=SAMPLE,
        schema_url=f"../{SCHEMA_FILE}",
    )


def pre_commit_config() -> str:
    """A ``.pre-commit-config.yaml`` running the toolkit's ``toolkit-lint`` hook.

    Pinned to this release (``rev: v<version>``) of the toolkit's repository
    when the installed package names it; otherwise a local hook running the
    installed toolkit, with the pinned form to switch to in a comment.
    """
    repository = _repository_url()
    header = "# pre-commit: the toolkit's lint before every commit (`pre-commit install`).\n"
    pinned = (
        "# The toolkit's hook installs it with exactly the dependency versions it is\n"
        "# tested with: a newer library never turns a catalog into an error on commit.\n"
        "# It lints with --allow-partial: a locale still being translated is a warning,\n"
        "# not a blocked commit; `toolkit build` still refuses to ship it.\n"
    )
    if repository is not None:
        return (
            f"{header}{pinned}repos:\n"
            f"  - repo: {repository}\n"
            f"    rev: v{__version__}\n"
            "    hooks:\n"
            "      - id: toolkit-lint\n"
        )
    return (
        f"{header}"
        "# This one runs the toolkit installed here (`toolkit` on the PATH). To pin a\n"
        "# release instead, write the toolkit's repository below and use it:\n"
        f"{pinned}"
        "#   - repo: <the toolkit's repository>\n"
        f"#     rev: v{__version__}\n"
        "#     hooks:\n"
        "#       - id: toolkit-lint\n"
        "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: toolkit-lint\n"
        "        name: toolkit lint (figures cited, translations safe)\n"
        "        entry: toolkit lint --allow-partial\n"
        "        language: system\n"
        "        pass_filenames: false\n"
        "        files: ^(factsheets|templates|locales)/|^toolkit\\.yaml$\n"
    )


def _repository_url() -> str | None:
    try:
        urls = metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("source", "repository", "code") and url.strip():
            return str(url.strip())
    return None


def _organisation(root: Path | None) -> OrganisationDefaults:
    """The organisation of the project's first valid fact sheet, else placeholders."""
    if root is None:
        return OrganisationDefaults()
    from toolkit.project import Project

    sheets, _problems = Project(root).load_factsheets()
    if not sheets:
        return OrganisationDefaults()
    organisation = sheets[0].sheet.organisation
    return OrganisationDefaults(
        organisation.name, organisation.press_office.phone, organisation.press_office.email
    )


def _default_templates() -> dict[str, Path]:
    return {
        path.relative_to(DEFAULT_TEMPLATES).as_posix(): path
        for path in DEFAULT_TEMPLATES.rglob("*")
        if path.is_file()
    }


def _read(name: str) -> str:
    return (PROJECT_FILES / name).read_text(encoding="utf-8")


def _put(path: Path, content: str | bytes) -> Written:
    if path.exists():
        return Written(path, "kept")
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    write_atomic(path, data)
    return Written(path, "created")


__all__ = [
    "ScaffoldError",
    "Written",
    "campaign_skeleton",
    "init_project",
    "new_campaign",
    "pre_commit_config",
]
