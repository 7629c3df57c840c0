"""URL paths become files only when plainly inside their folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from toolkit.serve.safepath import asset, resolve_inside, url_segments


@pytest.mark.parametrize(
    ("path", "segments"),
    [
        ("/", []),
        ("/translate/fr", ["translate", "fr"]),
        ("/translate/fr/", ["translate", "fr"]),
        ("/out/camp/fr/brief%20notes.css", ["out", "camp", "fr", "brief notes.css"]),
        ("/out/camp/ko/%ED%95%9C.png", ["out", "camp", "ko", "한.png"]),
    ],
)
def test_plain_paths_are_decoded(path: str, segments: list[str]) -> None:
    assert url_segments(path) == segments


@pytest.mark.parametrize(
    "path",
    [
        "/source/../etc/passwd",
        "/source/%2e%2e/etc/passwd",
        "/source/%2E%2E/%2e%2e/etc/passwd",
        "/source/.%2e/etc/passwd",
        "/source/templates/./web.css",
        "/source/templates%2f..%2f..%2fetc%2fpasswd",
        "/source/templates%2F..%2Fpasswd",
        "/source/templates%5c..%5cpasswd",
        "/source/templates\\..\\passwd",
        "//etc/passwd",
        "/source//etc/passwd",
        "/source/C:%5cwindows",
        "/source/templates/web.css%00.png",
        "/source/.git/config",
        "/source/templates/%ff",
        "/source/templates/%E2%80%AEcss.png",
        "etc/passwd",
        "",
    ],
)
def test_traversal_and_odd_segments_are_refused(path: str) -> None:
    assert url_segments(path) is None


def test_double_encoding_stays_a_literal_name(tmp_path: Path) -> None:
    segments = url_segments("/%252e%252e/secret")
    assert segments == ["%2e%2e", "secret"]
    (tmp_path / "secret").write_text("x")
    assert resolve_inside(tmp_path / "templates", segments) is None


def test_files_resolve_only_inside_their_folder(tmp_path: Path) -> None:
    base = tmp_path / "templates"
    (base / "img").mkdir(parents=True)
    (base / "img" / "logo.png").write_bytes(b"png")
    (tmp_path / "secret.png").write_bytes(b"secret")
    os.symlink(tmp_path / "secret.png", base / "escape.png")
    os.symlink(tmp_path, base / "up")
    os.symlink(base / "img" / "logo.png", base / "alias.png")

    assert resolve_inside(base, ["img", "logo.png"]) == (base / "img" / "logo.png").resolve()
    assert resolve_inside(base, ["alias.png"]) == (base / "img" / "logo.png").resolve()
    assert resolve_inside(base, ["escape.png"]) is None  # a symlink out of the folder
    assert resolve_inside(base, ["up", "secret.png"]) is None
    assert resolve_inside(base, ["img"]) is None  # a folder is not a file
    assert resolve_inside(base, ["..", "secret.png"]) is None
    assert resolve_inside(base, [str(tmp_path / "secret.png")]) is None  # absolute
    assert resolve_inside(base, ["missing.png"]) is None
    assert resolve_inside(base, []) is None


def test_assets_are_styles_images_and_fonts_never_templates(tmp_path: Path) -> None:
    base = tmp_path / "templates"
    base.mkdir()
    for name in ("web.css", "logo.svg", "advisory.html", "facts.jinja", "advisory.txt"):
        (base / name).write_text("x")
    assert asset(base, ["web.css"]) is not None
    assert asset(base, ["logo.svg"]) is not None
    assert asset(base, ["advisory.html"]) is None
    assert asset(base, ["facts.jinja"]) is None
    assert asset(base, ["advisory.txt"]) is None
