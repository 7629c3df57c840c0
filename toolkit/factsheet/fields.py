"""The building blocks of the fact-sheet models: a strict base, constrained strings, texts.

A *text* is a translatable string of the campaign's copy: either one
sentence, or a sentence in singular and plural whose noun agrees with a
counted fact (gettext plural forms). Output sections
(:mod:`toolkit.factsheet.outputs`) and the fact sheet itself
(:mod:`toolkit.factsheet.models`) are made of these.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]
SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+([-_][a-z0-9]+)*$", max_length=80)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]


class Strict(BaseModel):
    """Base of every model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class PluralText(Strict):
    """A sentence whose noun agrees with a counted fact: gettext plural forms."""

    one: NonEmpty = Field(description="The singular sentence (msgid).")
    other: NonEmpty = Field(description="The plural sentence (msgid_plural).")
    count: Identifier = Field(description="The fact whose value chooses the plural form.")


def _text_kind(value: Any) -> str:
    return "plural" if isinstance(value, dict | PluralText) else "text"


Text = Annotated[
    Annotated[NonEmpty, Tag("text")] | Annotated[PluralText, Tag("plural")],
    Discriminator(_text_kind),
]


class Link(Strict):
    """A sentence with an optional link, e.g. where journalists find images."""

    text: Text
    url: Url | None = Field(None, description="Where the sentence links to (https://...).")


class Section(Strict):
    """A heading with paragraphs and an optional bulleted list."""

    heading: NonEmpty = Field(description="The section's heading (at most 60 characters).")
    paragraphs: list[Text] = Field(default_factory=list, description="Its paragraphs.")
    items: list[Text] = Field(default_factory=list, description="A bulleted list after them.")
