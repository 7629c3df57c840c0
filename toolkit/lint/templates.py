"""The prose typed in templates: literal text nodes and translatable messages, with positions.

Templates are parsed with Jinja's own parser (the renderer's settings), so
literal data and code are told apart exactly as they render. In an HTML
template the literal data is then scanned as HTML over a *skeleton* (code
blanked out, offsets kept), so only text nodes count: not tags,
attributes, comments, ``<style>`` or ``<script>``, and a child template's
``{% block %}`` starts in the state its parent leaves it in. Text templates
(``.txt``) are prose throughout; CSS and macro files (``.css``,
``.jinja``) are code, but their ``_()`` and ``{% trans %}`` messages are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, TemplateSyntaxError, nodes

from toolkit.defaults import folder_of, template_files
from toolkit.inputs import MAX_TEMPLATE_BYTES, InputError, decode_text, read_input
from toolkit.lint.htmltext import START, State, TextScanner
from toolkit.lint.sites import SearchLocator, Site, SliceLocator, SourceText
from toolkit.problems import Problem
from toolkit.render.messages import Message, messages_in

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xml", ".svg"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
CODE_SUFFIXES = frozenset({".jinja", ".jinja2", ".j2", ".css", ".js"})
BLANK = "\ufffc"

_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(frozen=True)
class _Parsed:
    name: str
    path: str
    source: SourceText
    tree: nodes.Template
    kind: str  # html, text or code


@dataclass
class Templates:
    """Everything the lint needs from the project's templates, read once."""

    sites: list[Site] = field(default_factory=list)  # literal prose
    messages: list[Message] = field(default_factory=list)
    message_sites: list[Site] = field(default_factory=list)
    sources: dict[str, SourceText] = field(default_factory=dict)  # by project-relative path
    problems: list[Problem] = field(default_factory=list)


def read_templates(templates_dir: Path, env: Environment, shown: str = "templates") -> Templates:
    """Parse every template the project renders with: those under ``templates_dir`` and the
    toolkit's defaults it does not override; ``shown`` is that folder as users see it."""
    found = Templates()
    parsed: dict[str, _Parsed] = {}
    suffixes = HTML_SUFFIXES | TEXT_SUFFIXES | CODE_SUFFIXES
    for name, file in template_files(templates_dir, suffixes).items():
        path = f"{shown}/{name}"
        text, why = _read_template(file, folder_of(file, templates_dir))
        if text is None:
            found.problems.append(Problem(path, 1, 1, "invalid-template", why))
            continue
        source = SourceText(text)
        found.sources[path] = source
        try:
            tree = env.parse(text, name, str(file))
        except TemplateSyntaxError as err:
            message = f"template syntax error: {err.message}"
            found.problems.append(Problem(path, err.lineno, 1, "invalid-template", message))
            continue
        kind = (
            "html"
            if file.suffix in HTML_SUFFIXES
            else "text"
            if file.suffix in TEXT_SUFFIXES
            else "code"
        )
        parsed[name] = _Parsed(name, path, source, tree, kind)

    prose = _Prose(parsed)
    for template in parsed.values():
        found.sites.extend(prose.sites(template.name))
        for typed in _messages(template):
            found.messages.append(typed)
            found.message_sites.extend(_message_sites(template, typed))
    return found


def _read_template(file: Path, templates_dir: Path) -> tuple[str | None, str]:
    """A template's text, or why it is not read: it resolves outside ``templates_dir``
    (a link), it is not a regular file, it is too large or not UTF-8."""
    try:
        real = file.resolve(strict=True)
    except (OSError, RuntimeError) as err:
        return None, f"cannot read template: {err}"
    if not real.is_relative_to(templates_dir.resolve()):
        return None, (
            f"cannot read template: it resolves to a file outside {templates_dir.name}/ "
            f"(a link?); templates are read only from inside {templates_dir.name}/"
        )
    try:
        return decode_text(read_input(real, MAX_TEMPLATE_BYTES)).replace("\r\n", "\n"), ""
    except InputError as err:
        return None, f"cannot read template: {err}"
    except UnicodeDecodeError as err:
        return None, f"cannot read template: not UTF-8 text (byte {err.start})"


def _messages(template: _Parsed) -> Iterator[Message]:
    return messages_in(template.tree, template.path)


def _message_sites(template: _Parsed, message: Message) -> Iterator[Site]:
    start = template.source.offset(message.line)
    for text in (message.msgid, message.plural):
        if text:
            locator = SearchLocator(template.source, start, text)
            yield Site(template.path, text, "", "msgid", locator, label="msgid")


class _Prose:
    """Literal text of templates, following ``{% extends %}`` for the state of each block."""

    def __init__(self, parsed: dict[str, _Parsed]) -> None:
        self.parsed = parsed
        self.states: dict[str, dict[str, State]] = {}
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        self.skeletons: dict[str, str] = {}

    def sites(self, name: str) -> list[Site]:
        """The text nodes (HTML) or literal text (plain text) of template ``name``."""
        template = self.parsed[name]
        if template.kind == "code":
            return []
        self._scan(name)
        skeleton = self.skeletons[name]
        sites = []
        for start, end in self.ranges[name]:
            text = skeleton[start:end]
            if text.strip(" \t\n" + BLANK):
                locator = SliceLocator(template.source, start)
                sites.append(Site(template.path, text, "", "template", locator, label="text"))
        return sites

    def _scan(self, name: str) -> dict[str, State]:
        """The HTML state at the start of each block of ``name`` (scanning it on the way)."""
        if name in self.states:
            return self.states[name]
        self.states[name] = {}  # a cycle of extends ends here
        template = self.parsed.get(name)
        if template is None:
            return {}
        inherited: dict[str, State] = {}
        for extends in template.tree.find_all(nodes.Extends):
            parent = extends.template
            if isinstance(parent, nodes.Const) and isinstance(parent.value, str):
                inherited = self._scan(parent.value)
        skeleton = _skeleton(template)
        self.skeletons[name] = skeleton
        if template.kind != "html":
            self.ranges[name] = [(0, len(skeleton))]
            return {}
        scanner = TextScanner(skeleton)
        own: dict[str, State] = {}
        state, pos = START, 0
        for offset, block in _block_offsets(template):
            state = scanner.scan(pos, offset, state)
            state = inherited.get(block, state)
            own[block] = state
            pos = offset
        scanner.scan(pos, len(skeleton), state)
        self.ranges[name] = scanner.ranges
        self.states[name] = {**inherited, **own}
        return self.states[name]


def _skeleton(template: _Parsed) -> str:
    """The template's source with everything but literal data blanked (newlines kept)."""
    text = template.source.text
    regions: list[tuple[int, int]] = []
    cursor = 0
    data = sorted(template.tree.find_all(nodes.TemplateData), key=lambda node: node.lineno)
    for node in data:
        start = max(cursor, template.source.offset(node.lineno))
        found = text.find(node.data, start)
        if found < 0 or not node.data:
            continue
        regions.append((found, found + len(node.data)))
        cursor = found + len(node.data)
    pieces: list[str] = []
    pos = 0
    for start, end in regions:
        pieces.append(_NOT_NEWLINE.sub(BLANK, text[pos:start]))
        pieces.append(text[start:end])
        pos = end
    pieces.append(_NOT_NEWLINE.sub(BLANK, text[pos:]))
    return "".join(pieces)


_BLOCK_TAG = re.compile(r"\{%[-+]?\s*block\s+(\w+)")


def _block_offsets(template: _Parsed) -> list[tuple[int, str]]:
    """Where each ``{% block %}`` tag starts in the source, in order."""
    names = {block.name for block in template.tree.find_all(nodes.Block)}
    return [
        (m.start(), m.group(1))
        for m in _BLOCK_TAG.finditer(template.source.text)
        if m.group(1) in names
    ]
