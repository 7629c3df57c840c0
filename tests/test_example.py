"""The example campaign, built end to end as `make demo` builds it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from babel.numbers import format_decimal
from pypdf import PdfReader

from tests.conftest import REPO, copy_example, needs_current_cldr, run_cli

# The example is built as committed: its catalogs carry the pinned Babel's plural rules.
pytestmark = needs_current_cldr

CAMPAIGN = "nk-prison-camps"
LOCALES = ("en_GB", "fr", "es", "ko", "ar")
FILES = ("advisory.txt", "advisory.html", "donation.html", "brief.html", "brief.pdf")
PRISONERS = {
    "en_GB": "200,000",
    "fr": "200\u202f000",
    "es": "200.000",
    "ko": "200,000",
    "ar": format_decimal(200000, locale="ar"),
}


copy_project = copy_example


@pytest.fixture
def built(example_out: Path) -> Path:
    return example_out


def translation(locale: str, msgid: str) -> str:
    if locale == "en_GB":
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
        assert f'<html lang="{locale.replace("_", "-")}" dir="{direction}">' in html, name


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
        "--project", str(again), "build", "--jobs", "1", "--locale", "ko", "--locale", "en-GB"
    )
    assert result.exit_code == 0, result.output
    for locale in ("ko", "en_GB"):
        for name in FILES:
            assert (again / "out" / CAMPAIGN / locale / name).read_bytes() == (
                built / locale / name
            ).read_bytes(), name


# --- What readers see in the PDFs --------------------------------------------------------


def pdf(built: Path, locale: str) -> PdfReader:
    return PdfReader(io.BytesIO((built / locale / "brief.pdf").read_bytes()))


@pytest.mark.parametrize("locale", LOCALES)
def test_every_pdf_link_has_a_clickable_height(built: Path, locale: str) -> None:
    heights = [
        abs(float(rect[3]) - float(rect[1]))
        for page in pdf(built, locale).pages
        for annotation in page.get("/Annots", [])
        for rect in [annotation.get_object()["/Rect"]]
    ]
    assert len(heights) > 20
    assert min(heights) > 4  # points: a citation number's line, not a zero-height strip


@pytest.mark.parametrize("locale", ["en_GB", "ko", "ar"])
def test_citation_links_say_what_they_point_to(built: Path, locale: str) -> None:
    label = translation(locale, "source %(number)s") % {"number": "1"}
    contents = {
        str(annotation.get_object().get("/Contents"))
        for page in pdf(built, locale).pages
        for annotation in page.get("/Annots", [])
    }
    assert label in contents
    assert not any(c.startswith("source-") for c in contents)  # not the bare anchor


@pytest.mark.parametrize("locale", LOCALES)
def test_pdf_ua_identification_title_and_language(built: Path, locale: str) -> None:
    reader = pdf(built, locale)
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in xmp
    html = (built / locale / "brief.html").read_text(encoding="utf-8")
    title = html.split("<title>")[1].split("</title>")[0]
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp
    assert reader.metadata is not None and reader.metadata.title == title
    assert root["/Lang"] == locale.replace("_", "-")
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert "/StructTreeRoot" in root


@pytest.mark.parametrize("locale", LOCALES)
def test_the_brief_renders_without_a_single_weasyprint_warning(
    built: Path, locale: str, caplog: pytest.LogCaptureFixture
) -> None:
    from toolkit.render.pdf import render_pdf

    html = (built / locale / "brief.html").read_text(encoding="utf-8")
    templates = built.parent.parent / "templates"
    with caplog.at_level("INFO", logger="weasyprint"):
        render_pdf(html, templates, [templates])
    messages = [r.getMessage() for r in caplog.records if r.levelname != "DEBUG"]
    assert [m for m in messages if "Step" not in m] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_no_url_in_the_pdf_breaks_after_its_scheme(built: Path, locale: str) -> None:
    text = "\n".join(page.extract_text() for page in pdf(built, locale).pages)
    assert "http" in text
    assert [line for line in text.splitlines() if line.rstrip().endswith("//")] == []


def test_arabic_copied_out_of_the_pdf_reads_right(built: Path) -> None:
    """Each glyph of the Arabic fonts maps to one letter: text extractors reverse the glyphs
    of a right-to-left line, and a lam-alef drawn as one glyph would come out alef-lam."""
    reader = pdf(built, "ar")
    multi: dict[str, list[str]] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            cmap = font["/ToUnicode"].get_object().get_data().decode()
            for target in re.findall(r"<[0-9a-fA-F]+> <([0-9a-fA-F]{8,})>", cmap):
                letters = bytes.fromhex(target).decode("utf-16-be")
                if any("\u0600" <= ch <= "\u06ff" for ch in letters):
                    multi.setdefault(str(font["/BaseFont"]), []).append(letters)
    assert multi == {}
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", str(built / "ar" / "brief.pdf"), "-"], capture_output=True, text=True
        ).stdout
        for word in ("الاعتقال", "الإفراج", "الأنباء", "إلى"):
            assert word in out


@pytest.mark.parametrize("locale", LOCALES)
def test_citation_numbers_ascend_in_every_document(built: Path, locale: str) -> None:
    for name in ("advisory.txt", "advisory.html", "donation.html", "brief.html"):
        text = (built / locale / name).read_text(encoding="utf-8")
        groups = re.findall(r"\[([0-9][^\]]*)\]", re.sub(r"<[^>]+>", "", text))
        for group in groups:
            numbers = [int(n) for n in re.findall(r"[0-9]+", group)]
            assert numbers == sorted(numbers), (name, group)


def test_korean_notes_follow_the_counter(built: Path) -> None:
    html = (built / "ko" / "brief.html").read_text(encoding="utf-8")
    assert "200,000명</span><sup" in html
    assert "200,000</span><sup" not in html.split('class="summary"')[1]


@pytest.mark.parametrize("locale", ["ko", "ar", "es"])
def test_headers_and_footers_name_the_organisation_as_the_body_does(
    built: Path, locale: str
) -> None:
    names = {"ko": "국제앰네스티", "ar": "منظمة العفو الدولية", "es": "Amnistía Internacional"}
    for name in ("advisory.html", "brief.html"):
        html = (built / locale / name).read_text(encoding="utf-8")
        assert f'<p class="organisation">{names[locale]}</p>' in html
        # The footer's sentence (the postal address after it stays as the post reads it).
        footer = html.split('class="press-office"')[1].split('class="address"')[0]
        assert names[locale] in footer and "Amnesty International" not in footer
    text = (built / locale / "advisory.txt").read_text(encoding="utf-8")
    assert names[locale].upper() in text.splitlines()[2]


def test_the_logo_travels_with_every_html_output(built: Path) -> None:
    for locale in LOCALES:
        assert (built / locale / "logo.svg").read_bytes() == (
            REPO / "templates" / "logo.svg"
        ).read_bytes()


def test_the_london_office_writes_british_dates(built: Path) -> None:
    """The example's source locale is en-GB: day before month, as the seeds write them."""
    text = (built / "en_GB" / "advisory.txt").read_text(encoding="utf-8").replace("\u00a0", " ")
    assert "31 January 2012" in text and "January 31, 2012" not in text
    html = (built / "en_GB" / "advisory.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB"' in html
