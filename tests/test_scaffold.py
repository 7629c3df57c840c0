"""A new organisation from an empty folder: `toolkit init`, `toolkit new`, a few facts, a build."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

import polib
import pytest
import yaml

from tests.conftest import REPO, run_cli
from toolkit.defaults import DEFAULT_TEMPLATES, PROJECT_FILES
from toolkit.sampletext import DOMAIN, SAMPLE, SAMPLE_TEXTS

FACTS = """\
facts:
  people_detained:
    value: 1200
    qualifier: about
    cite: [example-report]
    quote: "about 1,200 people are detained"
  prisons_visited:
    value: 4
    cite: [example-report]
    quote: "researchers visited four prisons"
  report_date:
    date: 2024-03-05
    cite: [example-report]
    quote: "on 5 March 2024"

"""
HEADLINE = "Prisoners held without charge"
BODY = (
    '      - "Researchers visited {prisons_visited} prisons on {report_date}: '
    '{people_detained} people are detained."\n'
)


def finish(text: str) -> str:
    """``text`` with every sample text replaced, as a press officer fills in a skeleton."""
    for sample in asdict(SAMPLE).values():
        if sample.startswith("Replace with"):
            text = text.replace(sample, "Our own words")
    return text.replace(SAMPLE.phone, "+44 20 7413 5566").replace(DOMAIN, "press.example.org")


def lint_problems(root: Path) -> list[dict[str, object]]:
    result = run_cli("--project", str(root), "lint", "--format", "json")
    problems: list[dict[str, object]] = json.loads(result.stdout)["problems"]
    return problems


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def plain(path: Path) -> str:
    """A page's text with its no-break spaces as spaces."""
    return re.sub(r"[\u00a0\u202f]", " ", path.read_text(encoding="utf-8"))


def translate_everything(locales: Path, locale: str) -> int:
    """Fill every entry of ``locale``'s catalogs as a translator would; the count filled."""
    filled = 0
    for path in sorted((locales / locale / "LC_MESSAGES").glob("*.po")):
        catalog = polib.pofile(str(path))
        forms = int(re.search(r"nplurals=(\d+)", catalog.metadata["Plural-Forms"]).group(1))  # type: ignore[union-attr]
        for entry in catalog:
            if entry.msgid_plural:
                entry.msgstr_plural = {
                    n: f"(fr) {entry.msgid if n == 0 else entry.msgid_plural}" for n in range(forms)
                }
            else:
                entry.msgstr = f"(fr) {entry.msgid}"
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            filled += 1
        catalog.save()
    return filled


def test_from_an_empty_folder_to_an_advisory_in_two_languages(tmp_path: Path) -> None:
    root = tmp_path / "press-office"
    result = run_cli("init", str(root))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (root / "templates").iterdir()) == []  # the defaults serve
    project = ("--project", str(root))

    result = run_cli(*project, "new", "detentions", "--outputs", "advisory", "--locales", "en,fr")
    assert result.exit_code == 0, result.output
    sheet = root / "factsheets" / "detentions.yaml"
    text = sheet.read_text(encoding="utf-8")
    assert run_cli(*project, "validate").exit_code == 0  # the skeleton validates as it is

    # As it is, it builds nothing: every sample text is an error where it was typed.
    result = run_cli(*project, "build")
    assert result.exit_code == 1 and "nothing written" in result.output
    assert not (root / "out").exists()
    unfinished = [p for p in lint_problems(root) if p["code"] == "unfinished-text"]
    headline = next(p for p in unfinished if p["text"] == SAMPLE.advisory_headline)
    assert (headline["path"], headline["line"]) == (
        "factsheets/detentions.yaml",
        line_of(text, f'headline: "{SAMPLE.advisory_headline}"'),
    )
    headline_line = text.splitlines()[int(str(headline["line"])) - 1]
    assert headline["column"] == headline_line.index(f'"{SAMPLE.advisory_headline}"') + 1
    assert "replace it before sending" in str(headline["message"])
    assert {p["path"] for p in unfinished} == {
        "factsheets/detentions.yaml",
        "factsheets/example.yaml",
    }

    # The press officer writes three facts, a headline, and the organisation's details.
    start, end = text.index("facts:\n"), text.index("# REQUIRED. The campaign's words")
    text = text[:start] + FACTS + text[end:]
    text = re.sub(r'headline: "[^"]*"', f'headline: "{HEADLINE}"', text)
    text = re.sub(r"      - \"Replace with the opening paragraph[^\n]*\n", BODY, text)
    sheet.write_text(finish(text), encoding="utf-8")
    example = root / "factsheets" / "example.yaml"
    example.write_text(finish(example.read_text(encoding="utf-8")), encoding="utf-8")

    for command in ("extract", "update"):
        result = run_cli(*project, "i18n", command)
        assert result.exit_code == 0, result.output
    assert translate_everything(root / "locales", "fr") > 20

    result = run_cli(*project, "build")
    assert result.exit_code == 0, result.output
    out = root / "out" / "detentions"
    assert sorted(p.name for p in out.iterdir()) == ["en", "fr"]
    english, french = (plain(out / locale / "advisory.html") for locale in ("en", "fr"))
    assert HEADLINE in english and "about 1,200" in english
    assert f"(fr) {HEADLINE}" in french and "1 200" in french  # French digits, our words
    assert (root / "out" / "example" / "en" / "brief.pdf").is_file()  # init's example, finished
    assert not any(sample in plain(out / "en" / "advisory.html") for sample in SAMPLE_TEXTS)


def test_every_sample_text_of_the_skeleton_is_an_unfinished_text_error(tmp_path: Path) -> None:
    """The skeleton's sample texts and the lint's come from one place (toolkit.sampletext)."""
    run_cli("init", str(tmp_path))
    text = (tmp_path / "factsheets" / "example.yaml").read_text(encoding="utf-8")
    for sample in SAMPLE_TEXTS:
        assert sample in text, sample
    found = [p for p in lint_problems(tmp_path) if p["code"] == "unfinished-text"]
    assert all(p["severity"] == "error" for p in found)
    located = {(p["line"], p["column"]) for p in found}
    for n, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        for sample in SAMPLE_TEXTS:
            if sample in line:  # where the string holding it starts (after `key: ` or `- `)
                assert any(row == n for row, _ in located), (n, line)
    assert len(found) == 17  # organisation (3), contact (2), source (3), quote, copy (8)
    finished = tmp_path / "factsheets" / "example.yaml"
    finished.write_text(finish(text), encoding="utf-8")
    assert [p for p in lint_problems(tmp_path) if p["code"] == "unfinished-text"] == []


def test_init_keeps_what_exists_and_writes_a_working_hook(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("ours\n", encoding="utf-8")
    result = run_cli("init", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "kept README.md" in result.output
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "ours\n"
    config = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = [h for repo in config["repos"] for h in repo["hooks"]]
    assert hook["id"] == "toolkit-lint"
    settings = yaml.safe_load((tmp_path / "toolkit.yaml").read_text(encoding="utf-8"))
    assert settings["theme"]["paper"] == "A4"
    again = run_cli("init", str(tmp_path))
    assert "created" not in again.output


def test_init_can_copy_the_default_templates(tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), "--with-templates")
    assert result.exit_code == 0, result.output
    copied = sorted(p.name for p in (tmp_path / "templates").iterdir())
    assert copied == sorted(p.name for p in DEFAULT_TEMPLATES.iterdir())


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("Bad Name",), "not a campaign slug"),
        (("ok", "--outputs", "advisory,poster"), "unknown output poster"),
        (("ok", "--locales", "en,xx"), "'xx' is not a locale"),
        (("ok", "--locales", "en,en"), "each locale once"),
        (("example",), "exists already"),
    ],
)
def test_new_refuses_what_it_cannot_write(tmp_path: Path, args: tuple[str, ...], says: str) -> None:
    run_cli("init", str(tmp_path))
    result = run_cli("--project", str(tmp_path), "new", *args)
    assert result.exit_code == 2
    assert says in result.output


def test_the_repositorys_babel_cfg_is_the_default() -> None:
    assert (REPO / "babel.cfg").read_text(encoding="utf-8") == (
        PROJECT_FILES / "babel.cfg"
    ).read_text(encoding="utf-8")


def test_the_example_overrides_no_default_template() -> None:
    """One source of truth: the example keeps only its own files (the logo) under templates/."""
    own = {p.name for p in (REPO / "templates").iterdir()}
    defaults = {p.name for p in DEFAULT_TEMPLATES.iterdir()}
    assert own & defaults == set(), "a copy of a default template drifts: delete it"
    assert own == {"logo.svg"}
