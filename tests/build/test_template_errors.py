"""A broken project template stops the build with its file and line, never a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ProjectFactory, run_cli


def build(root: Path) -> tuple[int, str]:
    result = run_cli("--project", str(root), "build", "--locale", "en", "--jobs", "1")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_a_template_syntax_error_is_located(make_project: ProjectFactory) -> None:
    root = make_project()
    page = root / "templates" / "advisory.html"
    lines = page.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if "{% for paragraph" in line)
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "{% for paragraph in copy.advisory.body %}", "{% for paragraph in %}"
        ),
        encoding="utf-8",
    )
    status, output = build(root)
    assert status == 1
    assert f"templates/advisory.html:{number}" in output and "invalid-template" in output
    assert "internal error" not in output
    assert not (root / "out").exists()


def test_a_missing_template_is_named(make_project: ProjectFactory) -> None:
    root = make_project()
    page = root / "templates" / "advisory.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace('"_footer.html"', '"_footnote.html"', 1), encoding="utf-8")
    status, output = build(root)
    assert status == 1
    assert "the template '_footnote.html' is missing from templates/" in output
    assert not (root / "out").exists()


def test_a_template_the_project_lacks_is_the_toolkits_default(
    make_project: ProjectFactory,
) -> None:
    root = make_project(templates=False)
    (root / "templates").mkdir()
    (root / "templates" / "_footer.html").write_text(
        '<footer class="own">Our own footer</footer>\n', encoding="utf-8"
    )
    status, output = build(root)
    assert status == 0, output
    page = (root / "out" / "test-camps" / "en" / "advisory.html").read_text(encoding="utf-8")
    assert '<footer class="own">Our own footer</footer>' in page  # the project's own
    assert "<main" in page  # the rest: the toolkit's defaults


def test_an_error_while_rendering_points_at_the_template_line(make_project: ProjectFactory) -> None:
    root = make_project()
    page = root / "templates" / "donation.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("<main", "{{ copy.nothing_here }}<main", 1),
        encoding="utf-8",
    )
    status, output = build(root)
    assert status == 1
    assert "templates/donation.html:" in output and "nothing_here" in output
