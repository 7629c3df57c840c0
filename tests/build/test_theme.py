"""One theme: logo, colours, fonts and paper size from templates/theme.css and toolkit.yaml."""

from __future__ import annotations

import email
import io
import json
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.build.conftest import run_build
from tests.conftest import REPO, run_cli
from tests.lint.trees import line_of
from toolkit.defaults import DEFAULT_TEMPLATES
from toolkit.settings import TEXT_PAIRS, contrast, load_settings, theme_css_colours

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>'


def settings(root: Path, text: str, logo: str | None = "logo.svg") -> None:
    (root / "toolkit.yaml").write_text(text, encoding="utf-8")
    if logo:
        (root / "templates" / logo).write_text(LOGO, encoding="utf-8")


def located(root: Path, command: str = "lint") -> tuple[int, list[dict[str, object]]]:
    """Exit status and problems, without those of the untranslated French of the fixture."""
    result = run_cli("--project", str(root), command, "--format", "json", "--allow-partial")
    status, problems = result.exit_code, json.loads(result.stdout)["problems"]
    french = ("untranslated", "incomplete-translation", "partial-translation")
    return status, [p for p in problems if p["code"] not in french]


def test_no_settings_file_means_the_defaults_and_no_problem(project: Path) -> None:
    found, problems = load_settings(project)
    assert problems == []
    assert found.theme.logo is None and str(found.theme.paper) == "A4"
    assert found.theme.css_variables() == ""


def test_every_colour_of_the_default_theme_is_readable() -> None:
    colours = {name: c.value for name, c in theme_css_colours(REPO).items()}
    assert {name for pair in TEXT_PAIRS for name in pair} <= colours.keys()
    low = {
        (fore, back, round(contrast(colours[fore], colours[back]), 2))
        for fore, back in TEXT_PAIRS
        if contrast(colours[fore], colours[back]) < 4.5
    }
    assert low == set()


def test_colours_are_written_only_in_the_theme() -> None:
    for name in ("web.css", "brief.css", "base.html", "brief.html", "advisory.html"):
        text = (DEFAULT_TEMPLATES / name).read_text(encoding="utf-8")
        assert re.findall(r"#[0-9a-fA-F]{3,6}\b|rgb\(", text) == [], name
        assert '"Noto' not in text, name  # font families too


def test_a_misspelt_key_is_located(project: Path) -> None:
    settings(project, "theme:\n  paper: A4\n  colour:\n    accent: '#000000'\n", logo=None)
    status, problems = located(project)
    assert status == 1
    [problem] = problems
    assert (problem["code"], problem["path"], problem["line"], problem["column"]) == (
        "invalid-settings",
        "toolkit.yaml",
        3,
        3,
    )
    assert "did you mean 'colours'" in str(problem["message"])


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("theme:\n  paper: A3\n", 2, 10),
        ("theme:\n  colours:\n    accent: red; }\n", 3, 13),
        ("theme:\n  fonts:\n    text: 'Evil\"; } body { color: red'\n", 3, 5),
        ("theme:\n  colours:\n    text: blue\n", 3, 11),
        ("theme: [\n", 2, 1),
    ],
)
def test_bad_values_are_located(project: Path, text: str, line: int, column: int) -> None:
    settings(project, text, logo=None)
    status, problems = located(project, "build")
    assert status == 1
    assert [(p["code"], p["line"], p["column"]) for p in problems] == [
        ("invalid-settings", line, column)
    ]
    assert not (project / "out").exists()


@pytest.mark.parametrize("logo", ["missing.svg", "../secret.svg", "/etc/hostname"])
def test_a_missing_or_outside_logo_is_a_located_error(project: Path, logo: str) -> None:
    (project / "secret.svg").write_text(LOGO)
    settings(project, f"theme:\n  logo: {logo}\n", logo=None)
    status, problems = located(project, "build")
    assert status == 1
    assert [(p["code"], p["path"], p["line"], p["column"]) for p in problems] == [
        ("missing-asset", "toolkit.yaml", 2, 9)
    ]


def test_an_image_a_template_names_must_exist_in_templates(project: Path) -> None:
    template = project / "templates" / "brief.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("<main>", '<main>\n<img src="seal.png" alt="Seal">', 1))
    status, problems = located(project)
    assert status == 1
    [problem] = problems
    line = text[: text.index("<main>")].count("\n") + 2
    assert (problem["code"], problem["path"], problem["line"], problem["column"]) == (
        "missing-asset",
        "templates/brief.html",
        line,
        11,
    )
    (project / "templates" / "seal.png").write_bytes(b"\x89PNG\r\n")
    assert located(project)[1] == []


def test_a_font_outside_templates_in_css_is_a_located_error(project: Path) -> None:
    css = project / "templates" / "theme.css"
    css.write_text(
        css.read_text() + '@font-face { font-family: X; src: url("../fonts/x.woff2"); }\n'
    )
    status, problems = located(project)
    assert [(p["code"], p["path"]) for p in problems] == [("missing-asset", "templates/theme.css")]
    assert status == 1


def test_a_network_image_in_the_brief_stops_the_build(project: Path) -> None:
    template = project / "templates" / "brief.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("<main>", '<main><img src="https://x.test/a.png" alt="A">'))
    report = run_build(project)
    assert [(p.code, p.path) for p in report.problems] == [
        ("missing-asset", "templates/brief.html")
    ]
    assert "network" in report.problems[0].message


def test_text_that_reads_below_four_and_a_half_to_one_is_a_warning(project: Path) -> None:
    settings(project, "theme:\n  colours:\n    panel: '#fff4c2'\n    accent: '#8a6d00'\n", None)
    status, problems = located(project)
    assert status == 0  # a warning: the build goes on
    [problem] = problems
    assert (problem["code"], problem["path"], problem["line"], problem["column"]) == (
        "low-contrast",
        "toolkit.yaml",
        4,
        13,
    )
    assert "accent #8a6d00 on panel #fff4c2 has a contrast of 4.44:1" in str(problem["message"])
    # Only the background set in toolkit.yaml: the problem points at it.
    settings(project, "theme:\n  colours:\n    panel: '#b89a20'\n", None)
    problems = located(project)[1]
    assert {(p["code"], p["line"], p["column"]) for p in problems} == {("low-contrast", 3, 12)}
    assert len(problems) == 2  # the accent and the muted text, each on the panel
    # Set in theme.css alone: the problem points at theme.css.
    (project / "toolkit.yaml").unlink()
    css = project / "templates" / "theme.css"
    css.write_text(css.read_text().replace("--colour-muted: #444444", "--colour-muted: #aaaaaa"))
    problems = located(project)[1]
    assert {(p["path"], p["code"]) for p in problems} == {("templates/theme.css", "low-contrast")}
    assert all(p["line"] == line_of(css, "--colour-muted") for p in problems)


def test_the_theme_reaches_both_stylesheets_and_the_paper(project: Path) -> None:
    settings(
        project,
        "theme:\n  paper: Letter\n  logo: logo.svg\n"
        "  colours: {accent: '#123456'}\n  fonts: {sans: [DejaVu Sans, Noto Sans]}\n",
    )
    report = run_build(project)
    assert report.problems == []
    folder = project / "out" / "test-camps" / "en"
    for name in ("advisory.html", "donation.html", "brief.html"):
        html = (folder / name).read_text()
        assert '--colour-accent: #123456; --font-sans: "DejaVu Sans", "Noto Sans";' in html
    assert "@page { size: Letter; }" in (folder / "brief.html").read_text()
    box = PdfReader(io.BytesIO((folder / "brief.pdf").read_bytes())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_logo_is_copied_beside_the_html_recorded_and_removed_when_dropped(
    project: Path,
) -> None:
    settings(project, "theme:\n  logo: logo.svg\n")
    run_build(project)
    folder = project / "out" / "test-camps" / "en"
    assert (folder / "logo.svg").read_text() == LOGO
    for name in ("advisory.html", "brief.html"):
        assert '<img class="logo" src="logo.svg" alt="Test Org">' in (folder / name).read_text()
    manifest = json.loads((project / "out" / ".manifest.json").read_text())
    entry = manifest["outputs"]["test-camps/en/logo.svg"]
    assert entry["copied_from"] == "templates/logo.svg"
    assert "templates/logo.svg" in manifest["outputs"]["test-camps/en/brief.pdf"]["assets"]
    # The logo's alt text is the organisation's name: it reaches the PDF's structure.
    assert "Test Org" in alt_texts(folder / "brief.pdf")

    (project / "toolkit.yaml").write_text("theme:\n  paper: A4\n")
    report = run_build(project)
    assert not (folder / "logo.svg").exists()
    assert [(r.path.name, r.reason) for r in report.removed] == [
        ("logo.svg", "no document uses it any more")
    ]


def alt_texts(pdf: Path) -> list[str]:
    """The ``/Alt`` texts of a tagged PDF's structure tree."""
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    found: list[str] = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if "/Alt" in node:
                found.append(str(node["/Alt"]))
            walk(node.get("/K"))
        elif isinstance(node, list):
            for kid in node:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def test_the_email_carries_the_logo_and_no_css_variables(project: Path) -> None:
    settings(project, "theme:\n  logo: logo.svg\n")
    run_build(project)
    data = (project / "out" / "test-camps" / "en" / "advisory.eml").read_bytes()
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    html_part = parsed.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert "var(" not in html and "--colour" not in html
    assert "color: #735a00" in html  # the theme's accent, resolved
    [cid] = re.findall(r'src="cid:([^"]+)"', html)
    [image] = [p for p in parsed.walk() if p.get_content_type() == "image/svg+xml"]
    assert image["Content-ID"] == f"<{cid}>"
    assert image.get_payload(decode=True) == LOGO.encode()
    run_build(project, force=True)  # the same bytes again: Content-ID and boundaries are stable
    assert (project / "out" / "test-camps" / "en" / "advisory.eml").read_bytes() == data
