"""A template cannot run code or read files outside templates/, in the lint or in the build."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from tests.conftest import REPO, run_cli
from tests.lint.trees import line_of, lint_json, make_tree, of_code
from toolkit.render.codecache import TemplateCodeCache, settings_key
from toolkit.render.documents import make_environment
from toolkit.translation.catalogs import Translator

POPEN = "{{{{ cycler.__init__.__globals__.os.popen('touch {target}').read() }}}}"


def _insert(template: Path, code: str) -> int:
    """Put ``code`` on a line of its own where it renders (after ``{% block body %}`` in a
    child template, else at the end); its line number."""
    lines = template.read_text(encoding="utf-8").rstrip("\n").split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if "{% block body %}" in line), len(lines))
    lines.insert(at, code)
    template.write_text("\n".join(lines), encoding="utf-8")
    return at + 1


def _build(root: Path) -> tuple[int, str]:
    result = run_cli("--project", str(root), "build", "--output", "advisory", "--jobs", "1")
    return result.exit_code, result.output


@pytest.mark.parametrize("template", ["advisory.html", "_footer.html", "facts.jinja"])
def test_a_template_cannot_run_a_shell_command_in_the_lint(tmp_path: Path, template: str) -> None:
    root = make_tree(tmp_path / "project")
    target = tmp_path / "pwned"
    line = _insert(root / "templates" / template, POPEN.format(target=target))
    status, problems = lint_json(root)
    assert not target.exists()
    assert status == 1
    located = [
        p for p in of_code(problems, "invalid-template") if p["path"] == f"templates/{template}"
    ]
    assert located and {p["line"] for p in located} == {line}
    assert "sandbox" in str(located[0]["message"])


def test_a_template_cannot_run_a_shell_command_in_the_build(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "project")
    target = tmp_path / "pwned"
    line = _insert(root / "templates" / "advisory.html", POPEN.format(target=target))
    status, output = _build(root)
    assert not target.exists()
    assert status == 1
    assert f"templates/advisory.html:{line}:" in output
    assert "invalid-template" in output and "Traceback" not in output
    assert not (root / "out").exists() or not list((root / "out").rglob("*.html"))


def test_pydantic_methods_are_out_of_reach(tmp_path: Path) -> None:
    # FactSheet.parse_file reads any file; a model offers templates its fields only.
    root = make_tree(tmp_path / "project")
    secret = tmp_path / "secret.json"
    secret.write_text('{"campaign": "SECRET-TOKEN"}', encoding="utf-8")
    code = f"{{{{ sheet.parse_file('{secret}').campaign }}}}"
    line = _insert(root / "templates" / "advisory.html", code)
    status, problems = lint_json(root)
    assert status == 1
    [problem] = [p for p in of_code(problems, "invalid-template") if p["locale"] == "en"]
    assert (problem["path"], problem["line"]) == ("templates/advisory.html", line)
    assert "SECRET-TOKEN" not in str(problems)


def test_fields_and_properties_of_models_stay_available(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "project")
    code = "{{ sheet.facts.camps_known.kind }}/{{ sheet.organisation.name }}"
    _insert(root / "templates" / "advisory.txt", code)
    status, problems = lint_json(root)
    assert of_code(problems, "invalid-template") == [], problems
    assert status == 0


def test_a_template_linked_to_a_file_outside_templates_is_refused(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "project")
    secret = tmp_path / "secret.html"
    secret.write_text("<p>SECRET-TOKEN</p>\n", encoding="utf-8")
    footer = root / "templates" / "_footer.html"
    footer.unlink()
    footer.symlink_to(secret)
    status, problems = lint_json(root)
    assert status == 1
    found = [
        p
        for p in of_code(problems, "invalid-template")
        if p["path"] == footer.relative_to(root).as_posix()
    ]
    assert found and "outside templates/" in str(found[0]["message"])
    status, output = _build(root)
    assert status == 1
    assert "SECRET-TOKEN" not in output
    assert "templates/_footer.html" in output
    out = root / "out"
    assert not out.exists() or all("SECRET" not in p.read_text() for p in out.rglob("*.html"))


def test_a_link_inside_templates_still_works(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "project")
    footer = root / "templates" / "_footer.html"
    (root / "templates" / "parts").mkdir()
    footer.rename(root / "templates" / "parts" / "footer.html")
    footer.symlink_to(root / "templates" / "parts" / "footer.html")
    status, problems = lint_json(root)
    assert of_code(problems, "invalid-template") == []
    assert status == 0


def test_code_compiled_outside_the_sandbox_never_runs_inside_it(tmp_path: Path) -> None:
    # The compiled-template cache is shared: its key must say which kind of environment
    # compiled the code, or a plain environment's code (no checks) would run in the sandbox.
    templates = tmp_path / "templates"
    templates.mkdir()
    target = tmp_path / "pwned"
    (templates / "t.txt").write_text(POPEN.format(target=target), encoding="utf-8")
    cache = TemplateCodeCache(tmp_path / "cache")
    sandboxed = make_environment(templates, Translator("en", source=True))
    sandboxed.bytecode_cache = cache
    plain = Environment(loader=FileSystemLoader(templates), bytecode_cache=cache)
    for name, value in vars(sandboxed).items():
        if isinstance(value, bool | int | str | type(None)) and name in vars(plain):
            setattr(plain, name, value)
    plain.extensions = sandboxed.extensions
    assert settings_key(plain) != settings_key(sandboxed)
    plain.get_template("t.txt")  # compiled and cached, not rendered
    assert os.listdir(tmp_path / "cache")
    with pytest.raises(Exception, match=r"unsafe|sandbox"):
        sandboxed.get_template("t.txt").render(cycler=object())
    assert not target.exists()


def test_the_projects_own_templates_render_in_the_sandbox(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "project")
    result = run_cli(
        "--project", str(root), "build", "--output", "advisory", "--output", "donation"
    )
    assert result.exit_code == 0, result.output
    for locale in ("en", "fr"):
        folder = root / "out" / "test-camps" / locale
        assert sorted(p.name for p in folder.iterdir()) == [
            "advisory.eml",
            "advisory.html",
            "advisory.txt",
            "donation.html",
        ]
    assert line_of(root / "out" / "test-camps" / "en" / "advisory.txt", "Prisoner amnesty") > 0


def test_a_linked_template_is_a_located_problem_for_the_translators_commands(
    tmp_path: Path,
) -> None:
    root = make_tree(tmp_path / "project")
    shutil.copy(REPO / "babel.cfg", root / "babel.cfg")
    outside = tmp_path / "facts.jinja"
    facts = root / "templates" / "facts.jinja"
    shutil.move(facts, outside)
    facts.symlink_to(outside)
    for command in (["i18n", "extract"], ["i18n", "status"]):
        result = run_cli("--project", str(root), *command)
        assert result.exit_code == 1, result.output
        assert "internal error" not in result.output
        assert "templates/facts.jinja" in result.output and "outside" in result.output
