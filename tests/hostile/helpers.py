"""Rendering a small project as the build does, and reading what a browser would build from it."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from toolkit.build.resolve import Resolver
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.render.documents import DocumentRenderer
from toolkit.translation.catalogs import Translator

EMAIL_MSGID = (
    "For more information please call %(organisation)s's press office on %(phone)s "
    "or e-mail %(email)s."
)
# The stored XSS of issue 11: a `<` typed right before a placeholder becomes a tag.
XSS_MSGSTR = (
    "Pour en savoir plus, appelez le service de presse de %(organisation)s au %(phone)s "
    "ou écrivez à <%(email)s contenteditable autofocus onfocus=\"document.title='pwned'\">."
)


def render(root: Path, filename: str, locale: str = "fr") -> str:
    """``filename`` of the project's only campaign in ``locale``, rendered as the build does."""
    project = Project(root)
    sheets, problems = project.load_factsheets()
    assert [p for p in problems if p.severity == "error"] == []
    translator, problems = _translator(project, sheets[0], locale)
    assert problems == []
    renderer = DocumentRenderer(project.templates_dir, sheets[0], locale, translator)
    return renderer.render(filename)


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: Counter[tuple[str, tuple[str, ...]]] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found[(tag, tuple(sorted(name for name, _ in attrs)))] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_pi(self, data: str) -> None:
        self.found[("?", (data,))] += 1


def elements(html: str) -> Counter[tuple[str, tuple[str, ...]]]:
    """Every element an HTML parser sees, as (tag, its attribute names), counted."""
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser.found


def _translator(
    project: Project, loaded: LoadedFactSheet, locale: str
) -> tuple[Translator, list[Problem]]:
    """The translator the build's resolve stage gives ``loaded`` in ``locale``."""
    target, problems = Resolver(project).target(loaded, locale, loaded.sheet.outputs)
    return target.translator, problems
