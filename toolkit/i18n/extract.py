"""Babel extractor for fact sheets: the campaign's copy, as PO entries with comments.

Registered as the ``toolkit_factsheet`` entry point in ``babel.extractors``,
so ``pybabel extract -F babel.cfg`` uses it as ``toolkit i18n extract`` does.
The fact sheet is expected at ``<project>/factsheets/<name>.yaml``; the
project's ``templates/facts.jinja`` words the figures in the comments.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from toolkit.factsheet.copytext import iter_copy_strings
from toolkit.factsheet.loader import LoadedFactSheet, parse_yaml, relative
from toolkit.factsheet.models import FactSheet
from toolkit.i18n.comments import FactWords, translator_comments
from toolkit.inputs import decode_text
from toolkit.problems import Problem, ToolkitError

# (line, gettext function, msgid or (singular, plural), comments): Babel's extractor protocol
Extracted = tuple[int, str, str | tuple[str, str], list[str]]


def extract_factsheet(
    fileobj: IO[bytes],
    keywords: Collection[str],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[Extracted]:
    """Every translatable string of the fact sheet in ``fileobj``, in document order.

    Plural strings come as ``(singular, plural)`` from ``ngettext``. An
    invalid fact sheet raises ``ToolkitError`` naming its file and line.
    """
    path = Path(getattr(fileobj, "name", "factsheets/factsheet.yaml"))
    root = path.resolve().parent.parent
    loaded = load_from_bytes(fileobj.read(), relative(path, root))
    yield from extract_loaded(loaded, root / "templates")


def extract_loaded(loaded: LoadedFactSheet, templates_dir: Path | None) -> Iterator[Extracted]:
    """The entries of an already loaded fact sheet (see :func:`extract_factsheet`)."""
    facts = FactWords(loaded, templates_dir)
    for copy in iter_copy_strings(loaded.sheet):
        comments = translator_comments(copy, facts)
        if copy.plural is None:
            line, _ = loaded.locate(copy.loc)
            yield line, "gettext", copy.singular, comments
        else:
            line, _ = loaded.locate((*copy.loc, "one"))
            yield line, "ngettext", (copy.singular, copy.plural), comments


def load_from_bytes(data: bytes, shown: str) -> LoadedFactSheet:
    """Parse and validate a fact sheet's bytes; ``ToolkitError`` when they are not one."""
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        raise ToolkitError([Problem(shown, 1, 1, "invalid-factsheet", "not UTF-8 text")]) from None
    tree, problems = parse_yaml(text, shown)
    if tree is None:
        raise ToolkitError(problems)
    try:
        sheet = FactSheet.model_validate(tree.data)
    except ValueError as err:  # pydantic's ValidationError; `toolkit validate` locates it
        problem = Problem(shown, 1, 1, "invalid-factsheet", f"not a valid fact sheet: {err}")
        raise ToolkitError([problem]) from None
    return LoadedFactSheet(shown, sheet, tree)
