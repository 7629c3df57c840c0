"""The translatable messages of templates, and which templates an output uses.

An output renders its templates, which include, extend and import others
(``base.html``, ``_sources.html``, ``facts.jinja``). The messages a locale
must translate for an output are those of every template it reaches, so
:func:`output_messages` follows those references through Jinja's own
parser. The build decides whether a locale ships from this list, and
``i18n status`` counts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jinja2 import Environment, TemplateError, TemplateNotFound, TemplateSyntaxError, meta, nodes
from jinja2.ext import extract_from_ast

from toolkit.problems import Problem

GETTEXT_FUNCTIONS = ("_", "gettext", "ngettext", "pgettext", "npgettext")
FACTS_TEMPLATE = "facts.jinja"  # qualifier phrases and ranges: every document uses it


@dataclass(frozen=True)
class Message:
    """A translatable string of a template (the ``messages`` domain)."""

    path: str
    line: int
    msgid: str
    plural: str | None = None
    context: str | None = None


def messages_in(tree: nodes.Template, path: str) -> Iterator[Message]:
    """The gettext calls and ``{% trans %}`` blocks of a parsed template, in order."""
    for line, function, strings in extract_from_ast(tree, GETTEXT_FUNCTIONS):
        values: tuple[str | None, ...] = (
            (strings,) if isinstance(strings, str) else tuple(strings or ())
        )
        if function in ("pgettext", "npgettext"):
            context, values = values[0], values[1:]
        else:
            context = None
        msgid = values[0] if values else None
        plural = values[1] if function.endswith("ngettext") and len(values) > 1 else None
        if isinstance(msgid, str) and msgid:
            yield Message(
                path,
                line,
                msgid,
                plural if isinstance(plural, str) else None,
                context if isinstance(context, str) else None,
            )


class TemplateMessages:
    """The messages of a project's templates, each template parsed at most once."""

    def __init__(self, env: Environment, shown: str = "templates") -> None:
        self.env = env
        self.shown = shown
        self._trees: dict[str, nodes.Template | None] = {}
        self._messages: dict[tuple[str, ...], list[Message]] = {}
        self.problems: list[Problem] = []  # templates that are missing or cannot be parsed

    def _tree(self, name: str) -> nodes.Template | None:
        if name not in self._trees:
            self._trees[name] = None
            path = f"{self.shown}/{name}"
            try:
                assert self.env.loader is not None
                source, _filename, _uptodate = self.env.loader.get_source(self.env, name)
                self._trees[name] = self.env.parse(source, name)
            except TemplateSyntaxError as err:
                message = f"template syntax error: {err.message}"
                self.problems.append(Problem(path, err.lineno, 1, "invalid-template", message))
            except TemplateNotFound:
                message = f"the template {name!r} is missing from {self.shown}/"
                self.problems.append(Problem(path, 0, 0, "invalid-template", message))
            except (TemplateError, OSError, UnicodeDecodeError) as err:
                message = f"cannot read template: {err}"
                self.problems.append(Problem(path, 0, 0, "invalid-template", message))
        return self._trees[name]

    def reached(self, names: Iterable[str]) -> list[str]:
        """``names`` and every template they include, extend or import, in a stable order."""
        seen: dict[str, None] = {}
        todo = [FACTS_TEMPLATE, *names]
        while todo:
            name = todo.pop(0)
            if name in seen:
                continue
            seen[name] = None
            tree = self._tree(name)
            if tree is not None:
                todo.extend(n for n in meta.find_referenced_templates(tree) if n is not None)
        return list(seen)

    def messages(self, names: Iterable[str]) -> list[Message]:
        """Every message of the templates ``names`` reach, each (msgid, context) once."""
        key = tuple(names)
        if key not in self._messages:
            found: dict[tuple[str, str | None], Message] = {}
            for name in self.reached(key):
                tree = self._tree(name)
                if tree is not None:
                    for message in messages_in(tree, f"{self.shown}/{name}"):
                        found.setdefault((message.msgid, message.context), message)
            self._messages[key] = list(found.values())
        return self._messages[key]
