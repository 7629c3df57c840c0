"""Shared fixtures: small project trees built in temporary folders."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from toolkit.cli import cli
from toolkit.defaults import DEFAULT_TEMPLATES

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """The toolkit's caches (compiled templates, parsed catalogs) in a folder of this test
    session, not the user's: thousands of temporary projects would fill it."""
    if "TOOLKIT_CACHE_DIR" not in os.environ:
        os.environ["TOOLKIT_CACHE_DIR"] = _SESSION_CACHE["folder"] = tempfile.mkdtemp(
            prefix="toolkit-test-cache-"
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the session's cache folder (made by :func:`pytest_configure`)."""
    if "folder" in _SESSION_CACHE:
        shutil.rmtree(_SESSION_CACHE.pop("folder"), ignore_errors=True)
        os.environ.pop("TOOLKIT_CACHE_DIR", None)


_SESSION_CACHE: dict[str, str] = {}

# A complete, valid fact sheet that the tests change line by line.
MINIMAL_FACTSHEET = textwrap.dedent(
    """\
    campaign: test-camps
    issued: 2012-01-31
    reference: "TST 01/001/2012"
    source_locale: en
    locales: [en, fr]
    organisation:
      name: Test Org
      press_office: {phone: "+44 20 0000 0000", email: press@example.org}
    contacts:
      - {name: Jane Doe, role: Press officer, email: jane@example.org}
    sources:
      report-2011:
        publisher: Test Org
        title: A report on the camps
        published: 2011-05-03
        url: https://example.org/report
    facts:
      prisoners_total:
        value: 200000
        qualifier: as_many_as
        as_of: 2011-05
        cite: [report-2011]
        quote: "as many as 200,000 people are held in the camps"
        key: true
        label: people held in the camps
      camps_known:
        value: 6
        cite: [report-2011]
        quote: "six camps are known"
      amnesty_start:
        date: 2012-02-01
        cite: [report-2011]
        quote: "an amnesty will begin on 1 February 2012"
    copy:
      advisory:
        headline: "Prisoner amnesty to begin"
        body:
          - "An amnesty is expected to begin on {amnesty_start}."
          - "The organisation estimates that {prisoners_total} people are held."
          - {one: "{camps_known} camp is known.", other: "{camps_known} camps are known.", count: camps_known}
      donation:
        headline: "Speak out for the prisoners"
        intro: ["Your gift pays for research."]
        call_to_action:
          text: "Donate today."
          button: "Donate"
          url: https://example.org/donate
      brief:
        title: "Political prison camps"
        summary: ["A short summary."]
    """
)


def _committed_catalogs_current() -> bool:
    """Whether the example's PO headers are the plural rules of the Babel running the tests."""
    from toolkit.translation.catalogs import read_catalog

    for path in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        _catalog, problems = read_catalog(path, path.name, path.parent.parent.name)
        if any("Plural-Forms" in p.message for p in problems):
            return False
    return True


# `make test-newest-babel` runs the translation tests with the newest Babel, whose CLDR
# data may give a language more plural forms than the committed catalogs (and the test
# fixtures written for them) have. Those tests are then skipped: what that run checks is
# that `toolkit i18n update` migrates the example and the lint passes afterwards.
CATALOGS_CURRENT = _committed_catalogs_current()
needs_current_cldr = pytest.mark.skipif(
    not CATALOGS_CURRENT,
    reason="the example's catalogs are for the pinned Babel's plural rules (constraints.txt)",
)

ProjectFactory = Callable[..., Path]
EXAMPLE_CAMPAIGN = "nk-prison-camps"


def copy_example(target: Path) -> Path:
    """A copy of the repository's example project (fact sheets, templates, catalogs, settings)."""
    for folder in ("factsheets", "templates", "locales"):
        shutil.copytree(REPO / folder, target / folder)
    shutil.copy2(REPO / "toolkit.yaml", target / "toolkit.yaml")
    return target


@pytest.fixture(scope="session")
def example_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``out/nk-prison-camps`` of the example, built once per test session (PDFs included)."""
    root = copy_example(tmp_path_factory.mktemp("example"))
    result = run_cli("--project", str(root), "build", "--jobs", "2")
    assert result.exit_code == 0, result.output
    return root / "out" / EXAMPLE_CAMPAIGN


@pytest.fixture
def make_project(tmp_path: Path) -> ProjectFactory:
    """Build a project tree with fact sheets given as text (name -> YAML) and the repo's templates."""

    def make(sheets: dict[str, str] | None = None, *, templates: bool = True) -> Path:
        root = tmp_path / "project"
        (root / "factsheets").mkdir(parents=True, exist_ok=True)
        if templates and not (root / "templates").exists():
            shutil.copytree(DEFAULT_TEMPLATES, root / "templates")
        for name, text in (sheets or {"test-camps.yaml": MINIMAL_FACTSHEET}).items():
            (root / "factsheets" / name).write_text(text, encoding="utf-8")
        return root

    return make


def run_cli(*args: str) -> Result:
    """Run the CLI in-process, as a user would from a shell."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=True)


def problems_json(root: Path, command: str = "validate") -> tuple[int, list[dict[str, object]]]:
    """Run ``command --format json`` on ``root``: exit status and problems."""
    result = run_cli("--project", str(root), command, "--format", "json")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, json.loads(result.stdout)["problems"]
