"""The example campaign, built end to end as `make demo` builds it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import polib
import pytest
from babel.numbers import format_decimal
from pypdf import PdfReader

from tests.conftest import REPO, run_cli

CAMPAIGN = "nk-prison-camps"
LOCALES = ("en", "fr", "es", "ko", "ar")
FILES = ("advisory.txt", "advisory.html", "donation.html", "brief.html", "brief.pdf")
PRISONERS = {
    "en": "200,000",
    "fr": "200\u202f000",
    "es": "200.000",
    "ko": "200,000",
    "ar": format_decimal(200000, locale="ar"),
}


def copy_project(target: Path) -> Path:
    for folder in ("factsheets", "templates", "locales"):
        shutil.copytree(REPO / folder, target / folder)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("example"))
    result = run_cli("--project", str(root), "build", "--jobs", "2")
    assert result.exit_code == 0, result.output
    return root / "out" / CAMPAIGN


def translation(locale: str, msgid: str) -> str:
    if locale == "en":
        return msgid
    catalog = polib.pofile(str(REPO / "locales" / locale / "LC_MESSAGES" / "messages.po"))
    entry = catalog.find(msgid)
    assert entry is not None and entry.msgstr, f"{msgid!r} is not translated in {locale}"
    return str(entry.msgstr)


def test_every_output_exists_for_every_locale(built: Path) -> None:
    missing = [
        f"{loc}/{name}" for loc in LOCALES for name in FILES if not (built / loc / name).is_file()
    ]
    assert missing == []


@pytest.mark.parametrize("locale", LOCALES)
def test_html_outputs_carry_lang_and_direction(built: Path, locale: str) -> None:
    direction = "rtl" if locale == "ar" else "ltr"
    for name in ("advisory.html", "donation.html", "brief.html"):
        html = (built / locale / name).read_text(encoding="utf-8")
        assert f'<html lang="{locale}" dir="{direction}">' in html, name


@pytest.mark.parametrize("locale", LOCALES)
def test_advisory_shows_the_prisoner_figure_formatted_for_the_locale(
    built: Path, locale: str
) -> None:
    text = (built / locale / "advisory.txt").read_text(encoding="utf-8")
    assert PRISONERS[locale] in text


@pytest.mark.parametrize("locale", LOCALES)
def test_plain_text_advisory_fits_72_columns(built: Path, locale: str) -> None:
    from toolkit.render.textwrap import visible_width

    text = (built / locale / "advisory.txt").read_text(encoding="utf-8")
    too_wide = [
        line for line in text.splitlines() if visible_width(line) > 72 and "://" not in line
    ]
    assert too_wide == []


@pytest.mark.parametrize("locale", ["ko", "ar", "fr"])
def test_pdf_opens_and_contains_the_translated_heading(built: Path, locale: str) -> None:
    reader = PdfReader(io.BytesIO((built / locale / "brief.pdf").read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    heading = translation(locale, "Key figures").casefold()  # the CSS sets it in capitals
    assert heading in text.casefold()
    assert len(reader.pages) >= 2


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    again = copy_project(tmp_path)
    result = run_cli(
        "--project", str(again), "build", "--jobs", "1", "--locale", "ko", "--locale", "en"
    )
    assert result.exit_code == 0, result.output
    for locale in ("ko", "en"):
        for name in FILES:
            assert (again / "out" / CAMPAIGN / locale / name).read_bytes() == (
                built / locale / name
            ).read_bytes(), name
