"""The translatable strings of a fact sheet, and the ``{fact}`` placeholders in them."""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from toolkit.factsheet.fields import PluralText
from toolkit.factsheet.models import FactSheet

Loc = tuple[int | str, ...]


@dataclass(frozen=True)
class CopyString:
    """One translatable string of a fact sheet, with where it lives.

    ``loc`` is its path in the YAML (``("copy", "advisory", "body", 0)``),
    ``output`` the document it appears in, ``part`` the place in that
    document a translator would recognise (``body[0]``). Plural strings
    carry both forms and the fact that counts.
    """

    loc: Loc
    output: str
    part: str
    singular: str
    plural: str | None = None
    count: str | None = None

    @property
    def texts(self) -> tuple[str, ...]:
        """The source-language forms (one, or singular and plural)."""
        return (self.singular,) if self.plural is None else (self.singular, self.plural)


def iter_copy_strings(sheet: FactSheet) -> Iterator[CopyString]:
    """Every translatable string the campaign's outputs show, in document order.

    Each output's ``copy`` section, then the parts of the sheet an output
    shows besides its copy (contacts' roles, key-figure labels), under the
    first output that shows them. Nothing is yielded for an output the
    campaign does not ship.
    """
    for output in sheet.outputs:
        yield from _walk(sheet.section(output.name), ("copy", output.name), output.name, "")
    shown_by = {part: o.name for o in reversed(sheet.outputs) for part in o.shows}
    if "contacts" in shown_by:
        for index, contact in enumerate(sheet.contacts):
            part = f"contacts[{index}].role"
            yield CopyString(("contacts", index, "role"), shown_by["contacts"], part, contact.role)
    if "key_figures" in shown_by:
        for name, fact in sheet.facts.items():
            if fact.key and fact.label is not None:
                part = f"key figure {name}"
                yield CopyString(
                    ("facts", name, "label"), shown_by["key_figures"], part, fact.label
                )


def _walk(value: object, loc: Loc, output: str, part: str) -> Iterator[CopyString]:
    if isinstance(value, PluralText):
        yield CopyString(loc, output, part, value.one, value.other, value.count)
    elif isinstance(value, str):
        yield CopyString(loc, output, part, value)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name != "url":
                child = f"{part}.{name}" if part else name
                yield from _walk(getattr(value, name), (*loc, name), output, child)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*loc, index), output, f"{part}[{index}]")


@dataclass(frozen=True)
class Placeholder:
    """A ``{name}`` in a string, at a character offset."""

    name: str
    offset: int
    raw: str


def placeholders(text: str) -> list[Placeholder]:
    """The ``{name}`` placeholders of ``text``, in order.

    Raises ``ValueError`` for a lone ``{`` or ``}`` or a placeholder with a
    format spec or conversion (facts are formatted by the toolkit, not by
    the string).
    """
    found: list[Placeholder] = []
    offset = 0
    for literal, name, spec, conversion in string.Formatter().parse(text):
        offset += len(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        raw = (
            "{"
            + name
            + (f"!{conversion}" if conversion else "")
            + (f":{spec}" if spec else "")
            + "}"
        )
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"placeholder {raw} must be a plain {{fact_name}}")
        found.append(Placeholder(name, offset, raw))
        offset += len(raw)
    return found


def split_placeholders(text: str) -> list[str | Placeholder]:
    """``text`` as literal pieces and placeholders, in order (``{{`` unescaped)."""
    pieces: list[str | Placeholder] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        if literal:
            pieces.append(literal)
        if name is not None:
            pieces.append(Placeholder(name, 0, "{" + name + "}"))
    return pieces
