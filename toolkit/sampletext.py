"""The sample texts ``toolkit new`` writes for the press officer to replace.

One source of truth: the skeleton's template
(``toolkit/defaults/project/campaign.yaml.jinja``) writes these texts, and
the lint's ``unfinished-text`` check reports every fact-sheet string that
still contains one of :data:`SAMPLE_TEXTS`, so a skeleton never builds
into an advisory that reads "Replace with the advisory's headline".

Each text is one no real document would contain: the words start with
"Replace with", the contact details use the reserved ``.example`` domain
(RFC 2606) and a phone number with the country code +00, which no
country has.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

DOMAIN = "your-organisation.example"


@dataclass(frozen=True)
class SampleTexts:
    """Every text of the skeleton that stands for the press officer's own."""

    organisation: str = "Replace with your organisation's name"
    phone: str = "+00 00 0000 0000"
    email: str = f"press@{DOMAIN}"
    contact: str = "Replace with the contact's name"
    source_title: str = "Replace with the title of the document you cite"
    source_url: str = f"https://www.{DOMAIN}/report"
    quote: str = "Replace with the source's own words"
    advisory_headline: str = "Replace with the advisory's headline"
    advisory_body: str = "Replace with the opening paragraph"
    donation_headline: str = "Replace with the donation page's headline"
    donation_intro: str = "Replace with why a gift matters"
    donation_appeal: str = "Replace with the appeal"
    donation_url: str = f"https://www.{DOMAIN}/donate"
    brief_title: str = "Replace with the brief's title"
    brief_summary: str = "Replace with the summary"


SAMPLE = SampleTexts()

# What the lint looks for: every sample text, and the sample domain (in any address).
SAMPLE_TEXTS: tuple[str, ...] = (
    *sorted({text for text in asdict(SAMPLE).values() if DOMAIN not in text}),
    DOMAIN,
)


def sample_text_in(text: str) -> str | None:
    """The first sample text ``text`` still contains, or None."""
    return next((sample for sample in SAMPLE_TEXTS if sample in text), None)


__all__ = ["DOMAIN", "SAMPLE", "SAMPLE_TEXTS", "SampleTexts", "sample_text_in"]
