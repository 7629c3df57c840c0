"""Every kind of output the toolkit can build, as one table of data: :data:`OUTPUTS`.

An output is a document a campaign can ship (the media advisory, the
donation page, the brief). Its row says everything the rest of the toolkit
needs to know about it:

- ``name``: the ``copy`` section of the fact sheet that holds its words,
  the ``--output`` value, the word translators see in comments;
- ``copy``: the model of that section;
- ``files``: what it writes in ``out/<campaign>/<locale>/``, each file with
  its kind: rendered from the template of the same name (``text``,
  ``html``), printed from an HTML file by a PDF worker (``pdf``), or put
  together from the output's text and HTML files as an e-mail (``email``);
- ``shows``: parts of the fact sheet it shows besides its copy (contacts,
  key figures), whose strings are then translated for it;
- ``budgets``: how many characters the layout leaves for some strings.

A campaign builds exactly the outputs whose ``copy`` section it has; the
loader, the extractor, the lint, ``i18n status`` and the build all read
this table. Adding an output is one row here (with its copy model), its
template(s) and its tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field

from toolkit.factsheet.fields import Link, NonEmpty, Section, Strict, Text, Url


class Kind(StrEnum):
    """How an output file is made."""

    TEXT = "text"  # plain text, rendered from its template
    HTML = "html"  # an HTML page, rendered from its template
    PDF = "pdf"  # printed by a PDF worker from an HTML file of the same output
    EMAIL = "email"  # an RFC 5322 message of the output's text and HTML files


@dataclass(frozen=True)
class OutputFile:
    """One file an output writes; ``made_from`` names the files a PDF or e-mail is made of."""

    name: str
    kind: Kind
    made_from: tuple[str, ...] = ()

    @property
    def template(self) -> str | None:
        """The template it is rendered from (same name), or None when it is made of other files."""
        return self.name if self.kind in (Kind.TEXT, Kind.HTML) else None


@dataclass(frozen=True)
class Budget:
    """At most ``limit`` characters for the strings whose part matches ``part`` (a regex)."""

    part: str
    limit: int
    what: str


@dataclass(frozen=True)
class Output:
    """One row of the table (see the module's docstring)."""

    name: str
    copy: type[Strict]
    files: tuple[OutputFile, ...]
    description: str
    shows: frozenset[str] = frozenset()
    budgets: tuple[Budget, ...] = ()

    def file(self, name: str) -> OutputFile:
        """The file called ``name``."""
        return next(f for f in self.files if f.name == name)

    @property
    def rendered(self) -> tuple[OutputFile, ...]:
        """The files rendered from templates, in order."""
        return tuple(f for f in self.files if f.template is not None)

    @property
    def templates(self) -> tuple[str, ...]:
        """The templates this output renders."""
        return tuple(f.template for f in self.files if f.template is not None)

    def budget(self, part: str) -> Budget | None:
        """The length budget of ``part`` (``headline``, ``sections[0].heading`` …), if any."""
        return next((b for b in self.budgets if re.fullmatch(b.part, part)), None)


# -- the words of each output: the sections of `copy` -----------------------------------


class AdvisoryCopy(Strict):
    """The media advisory's words."""

    headline: NonEmpty = Field(description="Also the e-mail's subject (at most 80 characters).")
    body: list[Text] = Field(min_length=1, description="Its paragraphs.")
    available: list[Link] = Field(
        default_factory=list, description="What journalists can have: interviews, images, video."
    )


class CallToAction(Strict):
    """The donation page's closing appeal and button."""

    text: Text = Field(description="The closing appeal.")
    button: NonEmpty = Field(description="The button's words (at most 25 characters).")
    url: Url = Field(description="Where the button leads (https://...).")


class DonationCopy(Strict):
    """The donation page's words."""

    headline: NonEmpty = Field(description="The page's headline (at most 70 characters).")
    intro: list[Text] = Field(min_length=1, description="The opening paragraphs.")
    sections: list[Section] = Field(default_factory=list, description="Further sections.")
    call_to_action: CallToAction


class BriefCopy(Strict):
    """The printable brief's words."""

    title: NonEmpty = Field(description="The brief's title on its cover (at most 80 characters).")
    summary: list[Text] = Field(min_length=1, description="The summary's paragraphs.")
    sections: list[Section] = Field(default_factory=list, description="The brief's sections.")


SECTION_HEADING = Budget(r"sections\[\d+\]\.heading", 60, "a section heading")

OUTPUTS: tuple[Output, ...] = (
    Output(
        name="advisory",
        copy=AdvisoryCopy,
        files=(
            OutputFile("advisory.txt", Kind.TEXT),
            OutputFile("advisory.html", Kind.HTML),
            OutputFile("advisory.eml", Kind.EMAIL, made_from=("advisory.txt", "advisory.html")),
        ),
        description="The media advisory: plain text, an HTML page and an e-mail of both.",
        shows=frozenset({"contacts"}),
        budgets=(
            Budget(r"headline", 80, "the headline, also the e-mail subject"),
            Budget(r"contacts\[\d+\]\.role", 40, "a contact's job title"),
        ),
    ),
    Output(
        name="donation",
        copy=DonationCopy,
        files=(OutputFile("donation.html", Kind.HTML),),
        description="The donation page's copy, as an HTML fragment to paste into a CMS.",
        budgets=(
            Budget(r"headline", 70, "the page's headline"),
            Budget(r"call_to_action\.button", 25, "a button"),
            SECTION_HEADING,
        ),
    ),
    Output(
        name="brief",
        copy=BriefCopy,
        files=(
            OutputFile("brief.html", Kind.HTML),
            OutputFile("brief.pdf", Kind.PDF, made_from=("brief.html",)),
        ),
        description="The printable brief: key figures, sections, numbered source notes.",
        shows=frozenset({"key_figures"}),
        budgets=(
            Budget(r"title", 80, "the brief's title on its cover"),
            SECTION_HEADING,
            Budget(r"key figure \w+", 80, "a caption under a key figure"),
        ),
    ),
)

OUTPUT_NAMES: tuple[str, ...] = tuple(output.name for output in OUTPUTS)


def get_output(name: str) -> Output:
    """The row called ``name`` (``KeyError`` when there is none)."""
    for output in OUTPUTS:
        if output.name == name:
            return output
    raise KeyError(name)


def file_names() -> tuple[str, ...]:
    """Every file name any output writes (what the build may find in a locale folder)."""
    return tuple(f.name for output in OUTPUTS for f in output.files)
