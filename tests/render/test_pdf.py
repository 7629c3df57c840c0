"""The PDF brief: A4, tagged, reproducible, and blind to files outside the project."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from toolkit.defaults import DEFAULT_TEMPLATES
from toolkit.render.pdf import ProjectURLFetcher, render_pdf

SECRET = "root-secret-for-the-test:x:0:0"


def page(body: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Brief</title>'
        '<meta name="dcterms.created" content="2012-01-31">'
        '<meta name="dcterms.modified" content="2012-01-31"></head>'
        f"<body>{body}</body></html>"
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "templates").mkdir()
    (tmp_path / "factsheets").mkdir()
    (tmp_path / "secret.txt").write_text(SECRET)
    (tmp_path / "templates" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    )
    return tmp_path


def hostile(secret: Path) -> str:
    return page(
        f'<link rel="attachment" href="file://{secret}">'
        f'<img src="file://{secret}"><img src="file:///etc/passwd">'
        '<img src="http://127.0.0.1:9/tracker.png"><a rel="attachment" href="file:///etc/passwd">x</a>'
        "<p>Brief</p>"
    )


def render(project: Path, html: str) -> bytes:
    return render_pdf(html, project / "templates", [project / "templates", project / "factsheets"])


def test_files_outside_the_project_are_never_embedded(project: Path) -> None:
    pdf = render(project, hostile(project / "secret.txt"))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {}
    assert SECRET.encode() not in pdf
    assert b"root:x:0:0" not in pdf


def test_the_same_page_with_weasyprint_defaults_would_embed_the_file(project: Path) -> None:
    """The check above can fail: WeasyPrint's default fetcher does attach the file."""
    from weasyprint import HTML

    pdf = HTML(string=hostile(project / "secret.txt")).write_pdf()
    assert PdfReader(io.BytesIO(pdf)).attachments != {}


def test_the_fetcher_refuses_the_network_and_outside_files(project: Path) -> None:
    fetcher = ProjectURLFetcher([project / "templates"])
    for url in (f"file://{project / 'secret.txt'}", "http://127.0.0.1:9/x", "ftp://example.org/x"):
        with pytest.raises(ValueError, match="not allowed"):
            fetcher.fetch(url)
    escape = f"file://{project / 'templates' / '..' / 'secret.txt'}"
    with pytest.raises(ValueError, match="not allowed"):
        fetcher.fetch(escape)
    assert fetcher.fetch(f"file://{project / 'templates' / 'logo.svg'}") is not None


def test_assets_inside_templates_are_used(project: Path) -> None:
    with_logo = render(project, page('<img src="logo.svg" style="width:2cm">'))
    without = render(project, page(""))
    assert len(with_logo) > len(without)


def test_a4_tagged_and_reproducible(project: Path) -> None:
    first = render(project, page("<h1>Brief</h1><p>Text</p>"))
    second = render(project, page("<h1>Brief</h1><p>Text</p>"))
    assert first == second
    reader = PdfReader(io.BytesIO(first))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert "/StructTreeRoot" in reader.trailer["/Root"]


def test_korean_renders_with_real_glyphs(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    style = '<style>html { font-family: "Noto Sans CJK KR"; }</style>'
    with caplog.at_level("WARNING", logger="weasyprint"):
        pdf = render(project, page(f"{style}<h1>북한 정치범수용소</h1>", lang="ko"))
    assert not [r for r in caplog.records if "notdef" in r.getMessage().lower()]
    assert "북한 정치범수용소" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_pdf_ua_identification_and_link_descriptions(project: Path) -> None:
    body = '<p id="n1">Note</p><p>A figure<sup><a href="#n1" aria-label="source 1">1</a></sup></p>'
    reader = PdfReader(io.BytesIO(render(project, page(body, lang="fr"))))
    root = reader.trailer["/Root"]
    assert 'pdfuaid:part="1"' in root["/Metadata"].get_object().get_data().decode()
    assert root["/Lang"] == "fr"
    [link] = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert link["/Contents"] == "source 1"


def test_theme_arabic_fonts_map_each_glyph_to_one_letter(project: Path) -> None:
    """Lam-alef drawn as one glyph comes out reversed from PDF text extractors."""
    import re

    theme = (DEFAULT_TEMPLATES / "theme.css").read_text(encoding="utf-8")
    families = set(re.findall(r"--font-arabic-[a-z]+:\s*\"([^\"]+)\"", theme))
    assert families
    words = "لا لأ لإ لآ للأمم بلا الاعتقال إلى على"
    for family in sorted(families):
        for weight in (400, 700):
            style = f"<style>p {{ font-family: '{family}'; font-weight: {weight} }}</style>"
            pdf = render(project, page(f"{style}<p>{words}</p>", lang="ar"))
            for font in PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values():
                cmap = font.get_object()["/ToUnicode"].get_object().get_data().decode()
                assert re.findall(r"<[0-9a-fA-F]+> <([0-9a-fA-F]{8,})>", cmap) == [], family


def test_a_worker_with_remembered_libraries_draws_the_same_bytes(project: Path) -> None:
    """The workers' fork server finds Pango and HarfBuzz from the toolkit's cache
    (:mod:`toolkit.render.libraries`), this process by asking the system: the same
    files, so the same PDF."""
    from toolkit.render.pool import PdfPool, PdfTask

    html = page("<p>Le camp compte 200 000 prisonniers. 수용소 정치범 السجناء</p>")
    here = render(project, html)
    allowed = (project / "templates", project / "factsheets")
    for _ in range(2):  # the first worker fills the cache, the second answers from it
        with PdfPool(1) as pool:
            pool.run([PdfTask("brief", html, project / "templates", allowed)])
            [result] = pool.results()
        assert result.pdf == here


@pytest.mark.parametrize("locale", ["ko", "ar"])
def test_scripts_without_capitals_are_neither_capitalised_nor_spaced_out(
    example_out: Path, locale: str
) -> None:
    """The brief's Latin labels are in capitals and spaced out; Korean and Arabic are not
    ("브 리 핑" reads as three words, and spacing breaks Arabic's joined letters)."""
    from weasyprint import HTML

    brief = example_out / locale / "brief.html"
    document = HTML(filename=brief, base_url=str(brief.parent)).render()
    styled = [
        (box.element_tag, box.style["letter_spacing"], box.style["text_transform"])
        for page in document.pages
        for box in page._page_box.descendants()
        if str(box.style["lang"]).startswith(locale)
    ]
    assert len(styled) > 100
    assert [s for s in styled if s[1:] != ("normal", "none")] == []
