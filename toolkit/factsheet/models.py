"""The fact-sheet format: pydantic models, strict about every key.

A fact sheet is one campaign: who speaks, which sources it relies on, the
facts (each citing at least one source), and the campaign's own words
(``copy``) with ``{fact}`` placeholders where figures go. The field
descriptions here are what ``toolkit schema`` gives to editors.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

from pydantic import (
    AfterValidator,
    AwareDatetime,
    ConfigDict,
    Field,
    NaiveDatetime,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
    WithJsonSchema,
    create_model,
    model_validator,
)

from toolkit.factsheet.dates import PartialDate
from toolkit.factsheet.fields import (
    Identifier,
    NonEmpty,
    Slug,
    SourceId,
    Strict,
    Url,
)
from toolkit.factsheet.outputs import OUTPUTS, Output
from toolkit.locales import LocaleError, canonical_locale

MAX_MAGNITUDE = 10**15


def _known_locale(code: str) -> str:
    try:
        return canonical_locale(code)
    except LocaleError as err:
        raise ValueError(str(err)) from None


# Any locale Babel has data for, ``en`` or ``en-GB``/``en_GB``; stored as ``en_GB``
# (:mod:`toolkit.locales`). :mod:`toolkit.factsheet.schema` replaces the marker with
# a reference to one enum of every spelling.
LOCALE_MARKER = "x-toolkit-locale"
LocaleCode = Annotated[
    str,
    AfterValidator(_known_locale),
    WithJsonSchema({"type": "string", LOCALE_MARKER: True}),
]
Number = Annotated[
    StrictInt | StrictFloat, Field(ge=-MAX_MAGNITUDE, le=MAX_MAGNITUDE, allow_inf_nan=False)
]


class PressOffice(Strict):
    """How journalists reach the press office (typed fields, never prose)."""

    phone: NonEmpty = Field(description="The press office's phone, e.g. '+44 20 7413 5566'.")
    email: NonEmpty = Field(description="The press office's e-mail address.")
    city: str | None = Field(None, description="Where the press office is, e.g. 'London, UK'.")
    address: str | None = Field(None, description="The postal address, on one line.")


class Organisation(Strict):
    """The organisation that publishes the campaign."""

    name: NonEmpty = Field(description="The name, in the source language.")
    names: dict[LocaleCode, NonEmpty] = Field(
        default_factory=dict,
        description=(
            "The name as each language writes it, e.g. {ko: 국제앰네스티, ar: منظمة العفو الدولية}; "
            "a locale without one (or its language) shows `name`."
        ),
    )
    press_office: PressOffice
    website: Url | None = Field(None, description="The organisation's website (https://...).")

    def name_in(self, locale: str) -> str | None:
        """The name written for ``locale`` (``fr_CA`` falls back to ``fr``), or None."""
        return self.names.get(locale) or self.names.get(locale.split("_")[0])


class Contact(Strict):
    """A named press contact."""

    name: NonEmpty = Field(description="The contact's name.")
    role: NonEmpty = Field(description="Their job title (translatable), e.g. 'Press officer'.")
    email: str | None = Field(None, description="Their e-mail address.")
    phones: list[NonEmpty] = Field(default_factory=list, description="Their phone numbers.")


class SourceKind(StrEnum):
    """What kind of document a source is."""

    REPORT = "report"
    NEWS = "news"
    OFFICIAL_STATEMENT = "official-statement"
    APPEAL = "appeal"
    ADVISORY = "advisory"
    PRESS_RELEASE = "press-release"
    TESTIMONY = "testimony"
    OTHER = "other"


ARCHIVE_PATTERN = r"^(?![/\\])(?![A-Za-z]:)(?!.*\\).*\.(?i:txt|html?|pdf)$"


def _archive_path(path: str) -> str:
    if not re.fullmatch(ARCHIVE_PATTERN, path):
        raise ValueError(
            f"{path!r} is not an archive path: write a path relative to the fact sheet, "
            "with forward slashes, to a .txt, .html, .htm or .pdf file "
            "(e.g. sources/ai-2011-images.html)"
        )
    return path


ArchivePath = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    AfterValidator(_archive_path),
    WithJsonSchema({"type": "string", "pattern": ARCHIVE_PATTERN.replace("(?i:", "(?:")}),
]


class Source(Strict):
    """A document that facts cite."""

    publisher: NonEmpty = Field(description="Who published the document.")
    title: NonEmpty = Field(description="Its title, as published.")
    published: PartialDate = Field(
        description="When it was published: YYYY, YYYY-MM or YYYY-MM-DD (not after `issued`)."
    )
    url: Url | None = Field(None, description="Where it can be read (https://...).")
    reference: str | None = Field(None, description="Document index, e.g. 'ASA 24/001/2012'.")
    kind: SourceKind = SourceKind.REPORT
    archive: ArchivePath | None = Field(
        None,
        description="The organisation's copy of the document, relative to the fact sheet "
        "(.txt, .html or .pdf): the quote of a fact citing this source must occur in it "
        "(or in another archived source the fact cites).",
    )
    language: LocaleCode | None = Field(
        None,
        description="Language of the document and of the quotes from it "
        "(default: the campaign's source_locale).",
    )


class Qualifier(StrEnum):
    """How exact a figure is; rendered with the figure in every language."""

    EXACTLY = "exactly"
    ABOUT = "about"
    ALMOST = "almost"
    AS_MANY_AS = "as_many_as"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    FEWER_THAN = "fewer_than"


class Unit(StrEnum):
    """How a number is written: a plain count, or a percentage."""

    NONE = "none"
    PERCENT = "percent"


class Fact(Strict):
    """One figure or date, with its citation. Exactly one of value, range, date."""

    value: Number | None = Field(None, description="A single number, e.g. 200000.")
    range: tuple[Number, Number] | None = Field(
        None, description="Low and high, e.g. [80000, 120000]."
    )
    date: PartialDate | None = Field(None, description="A date: YYYY, YYYY-MM or YYYY-MM-DD.")
    qualifier: Qualifier = Qualifier.EXACTLY
    unit: Unit = Unit.NONE
    as_of: PartialDate | None = Field(None, description="When the figure was true.")
    cite: list[SourceId] = Field(
        default_factory=list, description="Keys of `sources`; at least one is required."
    )
    quote: str | None = Field(
        None,
        description="The source's own words, in the source's language: the lint checks that "
        "they state the value, range or date and its qualifier, and occur in the source's archive.",
    )
    key: StrictBool = Field(False, description="Show in the brief's key-figures panel.")
    label: NonEmpty | None = Field(
        None, description="Caption in the key-figures panel (translatable); required when key."
    )

    @model_validator(mode="after")
    def _one_kind_of_value(self) -> Fact:
        given = [name for name in ("value", "range", "date") if getattr(self, name) is not None]
        if len(given) != 1:
            found = " and ".join(given) if given else "none of them"
            raise ValueError(f"a fact needs exactly one of value, range or date (found {found})")
        if self.range is not None and self.range[0] >= self.range[1]:
            raise ValueError("range must be [low, high] with low below high")
        if self.date is not None and (
            self.qualifier is not Qualifier.EXACTLY or self.unit is not Unit.NONE
        ):
            raise ValueError("a date fact takes no qualifier or unit")
        if self.key and self.label is None:
            raise ValueError("a key figure needs a label for the key-figures panel")
        return self

    @property
    def kind(self) -> str:
        """``value``, ``range`` or ``date``."""
        return "value" if self.value is not None else "range" if self.range is not None else "date"


def _some_output(copy: Strict) -> Strict:
    if all(getattr(copy, output.name) is None for output in OUTPUTS):
        names = ", ".join(output.name for output in OUTPUTS)
        raise ValueError(f"copy has no section: write the words of at least one output ({names})")
    return copy


if TYPE_CHECKING:
    Copy = Strict
else:
    # One optional section per row of the outputs table, built from the table itself.
    Copy = create_model(
        "Copy",
        __base__=Strict,
        __doc__="The campaign's own words for each output, in the source language.",
        __validators__={"_some_output": model_validator(mode="after")(_some_output)},
        **{
            output.name: (output.copy | None, Field(None, description=output.description))
            for output in OUTPUTS
        },
    )


class NotFigure(Strict):
    """A number that is part of a name, declared so the lint lets it pass."""

    text: NonEmpty = Field(description="The exact words, e.g. 'Kwanliso 16'.")
    reason: NonEmpty = Field(description="Why it is not a figure, for reviewers.")


class FactSheet(Strict):
    """One campaign's facts, sources and words."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        json_schema_extra={"title": "Campaign fact sheet"},
    )

    campaign: Slug = Field(description="Slug naming the output folder.")
    issued: dt.date = Field(description="Date of the documents (YYYY-MM-DD).")
    reference: NonEmpty = Field(
        description="Document index, e.g. 'ASA 24/001/2012' (not a figure)."
    )
    source_locale: LocaleCode = Field(
        "en", description="The language the copy is written in (default en); one of `locales`."
    )
    locales: list[LocaleCode] = Field(
        min_length=1,
        description="Every locale the campaign ships in, e.g. [en-GB, fr, es, ko, ar].",
    )
    max_age_years: StrictInt = Field(5, ge=0, description="Warn when a fact's as_of is older.")
    organisation: Organisation
    contacts: list[Contact] = Field(default_factory=list)
    sources: dict[SourceId, Source] = Field(min_length=1)
    facts: dict[Identifier, Fact] = Field(min_length=1)
    not_figures: list[NotFigure] = Field(default_factory=list)
    embargo: AwareDatetime | NaiveDatetime | None = Field(
        None,
        description=(
            "When the advisory may be published, e.g. 2012-01-31T10:00 or 2012-01-31T10:00Z; "
            "without it the advisory says it is for immediate release."
        ),
    )
    copy_: Copy = Field(
        alias="copy",
        description="The campaign's words: one section per output it ships (at least one).",
    )

    @model_validator(mode="after")
    def _locales_make_sense(self) -> FactSheet:
        if len(set(self.locales)) != len(self.locales):
            raise ValueError("locales lists a locale twice")
        if self.source_locale not in self.locales:
            raise ValueError(f"source_locale {self.source_locale!r} must be one of locales")
        return self

    @property
    def outputs(self) -> tuple[Output, ...]:
        """The outputs this campaign ships: those whose ``copy`` section it has, in table order."""
        return tuple(output for output in OUTPUTS if self.section(output.name) is not None)

    def section(self, output: str) -> Strict | None:
        """The ``copy`` section of ``output``, or None when the campaign does not ship it."""
        section = getattr(self.copy_, output, None)
        return section if isinstance(section, Strict) else None

    def shows(self, part: str) -> bool:
        """Whether an output the campaign ships shows ``part`` (``contacts``, ``key_figures``)."""
        return any(part in output.shows for output in self.outputs)
