"""Random hostile msgstrs through the lint and the build: each is either refused by the lint,
or shipped as text, with no element, attribute or invisible character its msgid did not make."""

from __future__ import annotations

import shutil
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.hostile.helpers import EMAIL_MSGID, _translator, elements
from tests.lint.trees import make_tree, write_catalogs
from toolkit.build import BuildOptions, build
from toolkit.problems import count_errors
from toolkit.project import Project
from toolkit.render.documents import DocumentRenderer

HELD = "The organisation estimates that {prisoners_total} people are held."
TARGETS = {  # msgid -> (which catalog, the placeholders a translation keeps)
    EMAIL_MSGID: ("messages", ["%(organisation)s", "%(phone)s", "%(email)s"]),
    HELD: ("copy", ["{prisoners_total}"]),
    "Donate": ("copy", []),
}
DOCUMENTS = ("advisory.html", "donation.html", "advisory.txt")
PIECES = [
    "<",
    ">",
    "&",
    '"',
    "'",
    "=",
    "/",
    "?",
    "!",
    ";",
    "#",
    " ",
    "on",
    "x",
    "é",
    "<b>",
    "</p>",
    "<?",
    "<!--",
    "<img src=x onerror=alert(this)>",
    " onfocus=",
    "&amp;",
    "&#60;",
    "javascript:",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200b",
    "\u200e",
    "\u200f",
    "\u061c",
    "\ufeff",
    "\x00",
    "\x07",
    "\x08",
    "\x1b",
    "\x7f",
    "\x85",
    "\r",
]
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@st.composite
def hostile_translations(draw: st.DrawFn) -> tuple[str, str]:
    """A msgid of the example and a msgstr of random pieces, often with its placeholders."""
    msgid = draw(st.sampled_from(sorted(TARGETS)))
    _, placeholders = TARGETS[msgid]
    keep = draw(st.booleans())
    pieces = draw(st.lists(st.sampled_from(PIECES + (placeholders if keep else [])), max_size=12))
    if keep:
        pieces += placeholders  # every placeholder at least once, as the lint wants
        pieces = draw(st.permutations(pieces))
    return msgid, "".join(pieces) or "x"


def _invisible(text: str) -> Counter[str]:
    return Counter(
        ch for ch in text if unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\t\n"
    )


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A project built once with harmless translations: what every output may contain."""
    root = make_tree(tmp_path_factory.mktemp("fuzz") / "project")
    documents = _build(root)
    assert documents is not None
    return root, documents


def _build(root: Path) -> dict[str, str] | None:
    """The French documents the build wrote, or None when it refused to write them."""
    shutil.rmtree(root / "out", ignore_errors=True)
    options = BuildOptions(locales=("fr",), outputs=("advisory", "donation"), jobs=1, force=True)
    report = build(Project(root), options)
    if count_errors(report.problems):  # a lint error, or French not shipped
        assert not (root / "out" / "test-camps" / "fr").exists()
        return None
    folder = root / "out" / "test-camps" / "fr"
    return {name: (folder / name).read_text(encoding="utf-8") for name in DOCUMENTS}


def _render(root: Path, filename: str) -> str | None:
    """``filename`` in French as the build renders it, whatever the lint would say."""
    project = Project(root)
    sheets, _ = project.load_factsheets()
    translator, problems = _translator(project, sheets[0], "fr")
    if count_errors(problems):
        return None
    return DocumentRenderer(project.templates_dir, sheets[0], "fr", translator).render(filename)


@FUZZ
@given(hostile_translations())
def test_a_hostile_msgstr_is_refused_or_shipped_as_text(
    baseline: tuple[Path, dict[str, str]], translation: tuple[str, str]
) -> None:
    root, clean = baseline
    msgid, msgstr = translation
    kind, _ = TARGETS[msgid]
    write_catalogs(root, **{"copy": {}, "messages": {}, kind: {msgid: msgstr}})
    try:
        documents = _build(root)
        for name in ("advisory.html", "donation.html"):  # what the lint would let through
            html = _render(root, name)
            assert html is None or set(elements(html)) <= set(elements(clean[name])), msgstr
    finally:
        write_catalogs(root, {}, {})
    if documents is None:
        event("refused")
        return  # the lint (or an incomplete translation) stopped it: nothing shipped
    event("shipped")
    for name, content in documents.items():
        if name.endswith(".html"):
            assert set(elements(content)) <= set(elements(clean[name])), (name, msgstr)
        assert not _invisible(content) - _invisible(clean[name]), (name, msgstr)
