"""The outputs table: a campaign builds exactly the outputs whose copy it has."""

from __future__ import annotations

import email
import json
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory, problems_json, run_cli
from toolkit.defaults import DEFAULT_TEMPLATES
from toolkit.factsheet.models import Copy
from toolkit.factsheet.outputs import OUTPUTS, Kind

ADVISORY_ONLY = MINIMAL_FACTSHEET[: MINIMAL_FACTSHEET.index("  donation:")]


def build(root: Path, *args: str) -> tuple[int, str]:
    result = run_cli("--project", str(root), "build", "--jobs", "1", *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def files(root: Path) -> list[str]:
    out = root / "out"
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def message(root: Path, locale: str = "en") -> EmailMessage:
    data = (root / "out" / "test-camps" / locale / "advisory.eml").read_bytes()
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_the_copy_model_has_one_optional_section_per_output() -> None:
    assert list(Copy.model_fields) == [output.name for output in OUTPUTS]
    assert all(not field.is_required() for field in Copy.model_fields.values())


def test_every_template_the_table_names_exists() -> None:
    for output in OUTPUTS:
        for file in output.files:
            if file.template is not None:
                assert (DEFAULT_TEMPLATES / file.template).is_file()
            for source in file.made_from:
                assert source in {f.name for f in output.files}
        assert any(f.kind in (Kind.TEXT, Kind.HTML) for f in output.files)


def test_a_campaign_with_only_an_advisory_builds_only_the_advisory(
    make_project: ProjectFactory,
) -> None:
    root = make_project({"test-camps.yaml": ADVISORY_ONLY.replace("[en, fr]", "[en]")})
    status, output = build(root)
    assert status == 0, output
    assert files(root) == [
        ".manifest.json",
        "test-camps/en/advisory.eml",
        "test-camps/en/advisory.html",
        "test-camps/en/advisory.txt",
    ]


def test_the_email_holds_both_advisories_with_inlined_css(make_project: ProjectFactory) -> None:
    root = make_project({"test-camps.yaml": ADVISORY_ONLY.replace("[en, fr]", "[en]")})
    assert build(root)[0] == 0
    mail = message(root)
    assert mail["Subject"] == "Prisoner amnesty to begin"
    assert mail["From"] == "Test Org <press@example.org>"
    assert mail["Date"] == "Tue, 31 Jan 2012 00:00:00 +0000"
    assert mail["Content-Language"] == "en"
    assert mail["To"] is None
    assert mail.get_content_type() == "multipart/alternative"
    plain, html = list(mail.iter_parts())
    assert plain.get_content_type() == "text/plain" and html.get_content_type() == "text/html"
    text = (root / "out/test-camps/en/advisory.txt").read_text(encoding="utf-8")
    assert plain.get_content().replace("\r\n", "\n") == text
    body = html.get_content()
    assert "<style" not in body and 'style="' in body
    assert "Prisoner amnesty to begin" in body


def test_the_email_is_byte_identical_across_builds(make_project: ProjectFactory) -> None:
    root = make_project({"test-camps.yaml": ADVISORY_ONLY.replace("[en, fr]", "[en]")})
    build(root)
    first = (root / "out/test-camps/en/advisory.eml").read_bytes()
    build(root, "--force")
    assert (root / "out/test-camps/en/advisory.eml").read_bytes() == first


def test_the_email_has_a_message_id_from_reference_language_content_and_domain(
    make_project: ProjectFactory,
) -> None:
    root = make_project({"test-camps.yaml": MINIMAL_FACTSHEET})
    build(root, "--allow-partial")
    english, french = message(root, "en")["Message-ID"], message(root, "fr")["Message-ID"]
    assert re.fullmatch(r"<TST-01/001/2012\.en\.[0-9a-f]{12}@example\.org>", english), english
    assert re.fullmatch(r"<TST-01/001/2012\.fr\.[0-9a-f]{12}@example\.org>", french), french
    build(root, "--force", "--allow-partial")
    assert message(root, "en")["Message-ID"] == english
    revised = MINIMAL_FACTSHEET.replace("Prisoner amnesty to begin", "Prisoner amnesty begins")
    make_project({"test-camps.yaml": revised})
    build(root, "--allow-partial")
    assert message(root, "en")["Message-ID"] not in (english, None)


def test_an_advisory_is_for_immediate_release_unless_embargoed(
    make_project: ProjectFactory,
) -> None:
    sheet = ADVISORY_ONLY.replace("[en, fr]", "[en]")
    root = make_project({"test-camps.yaml": sheet})
    build(root)
    folder = root / "out/test-camps/en"
    assert (folder / "advisory.txt").read_text().startswith("FOR IMMEDIATE RELEASE\n")
    assert "FOR IMMEDIATE RELEASE" in (folder / "advisory.html").read_text()

    embargoed = sheet.replace("locales: [en]", "locales: [en]\nembargo: 2012-01-31T00:01Z")
    make_project({"test-camps.yaml": embargoed})
    status, output = build(root)
    assert status == 0, output
    expected = "EMBARGOED UNTIL January 31, 2012, 12:01\u202fAM GMT+00:00"
    first_line = (folder / "advisory.txt").read_text().splitlines()[0]
    assert first_line == expected.replace(" ", "\u00a0").replace("\u00a0", " ", 2)  # kept whole
    html = (folder / "advisory.html").read_text()
    assert expected in re.sub(r"<[^>]+>", "", html)  # the time is one <time> element
    assert '<time class="nobr" datetime="2012-01-31T00:01:00+00:00">' in html
    mail = message(root).get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert expected in re.sub(r"<[^>]+>", "", mail)
    assert "IMMEDIATE" not in (folder / "advisory.txt").read_text()


def test_a_campaign_without_copy_is_a_located_error(make_project: ProjectFactory) -> None:
    sheet = MINIMAL_FACTSHEET[: MINIMAL_FACTSHEET.index("  advisory:")] + "  {}\n"
    sheet = sheet.replace("copy:\n  {}", "copy: {}")
    root = make_project({"test-camps.yaml": sheet})
    status, problems = problems_json(root)
    assert status == 1
    [problem] = problems
    line = sheet.splitlines().index("copy: {}") + 1
    assert (problem["line"], problem["code"]) == (line, "invalid-factsheet")
    assert "copy has no section" in str(problem["message"])


def test_extraction_and_status_follow_the_outputs_a_campaign_has(
    make_project: ProjectFactory,
) -> None:
    root = make_project({"test-camps.yaml": ADVISORY_ONLY})
    assert run_cli("--project", str(root), "i18n", "extract").exit_code == 0
    pot = (root / "locales" / "test-camps.pot").read_text(encoding="utf-8")
    assert "Prisoner amnesty to begin" in pot
    assert "people held in the camps" not in pot  # a key-figure label: the brief shows it
    result = run_cli("--project", str(root), "i18n", "status", "--format", "json")
    [english, french] = json.loads(result.stdout)["locales"]
    messages = (root / "locales" / "messages.pot").read_text(encoding="utf-8")
    assert "Key figures" in messages  # the brief's templates are in the project...
    assert english["total"] == french["missing"]  # ...but French needs only the advisory's


@pytest.mark.parametrize("output", ["advisory", "donation", "brief"])
def test_a_build_of_one_output_writes_only_its_files(
    make_project: ProjectFactory, output: str
) -> None:
    root = make_project()
    status, text = build(root, "--locale", "en", "--output", output)
    assert status == 0, text
    names = {name.rsplit("/", 1)[-1] for name in files(root)} - {".manifest.json"}
    expected = {f.name for o in OUTPUTS if o.name == output for f in o.files}
    assert names == expected
