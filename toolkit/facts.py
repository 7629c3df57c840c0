"""``toolkit facts``: each campaign's facts as a press officer reviews them before sign-off.

For every fact: how it reads in each locale (rendered by the documents' own
fact formatting, with each locale's catalogs), the sources it cites, its
quote, whether the quote states the fact with the same qualifier, and
whether it occurs in the archived source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from toolkit.build.load import load
from toolkit.build.options import SelectionError
from toolkit.build.resolve import Resolver
from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.lint.evidence.archives import Archives
from toolkit.lint.evidence.checks import FactEvidence, check_evidence
from toolkit.problems import Problem
from toolkit.project import Project
from toolkit.render.documents import RENDER_ERRORS, DocumentRenderer, render_failure
from toolkit.render.messages import FACTS_TEMPLATE

__all__ = ["CampaignFacts", "FactRow", "SelectionError", "review_facts"]

# A template that fails, or a file it cannot read: the facts of that locale are not shown.
_FAILURES: tuple[type[Exception], ...] = (OSError, *RENDER_ERRORS)


@dataclass(frozen=True)
class FactRow:
    """One fact as reviewed: rendered per locale, cited, quoted, checked."""

    name: str
    kind: str  # value, range or date
    rendered: dict[str, str]  # locale -> the fact as the documents print it
    cites: tuple[str, ...]
    evidence: FactEvidence
    sources: tuple[dict[str, str | None], ...] = ()  # each cited source's details

    @property
    def quote_verdict(self) -> str:
        """``agrees``, ``wrong value``, ``wrong qualifier`` or ``no quote``."""
        evidence = self.evidence
        if evidence.states_value is None:
            return "no quote"
        if not evidence.states_value:
            return "wrong value"
        return "wrong qualifier" if evidence.qualifier_agrees is False else "agrees"

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of one fact."""
        return {
            "fact": self.name,
            "kind": self.kind,
            "rendered": self.rendered,
            "cite": list(self.cites),
            "sources": list(self.sources),
            "quote": self.evidence.quote,
            "quote_check": self.quote_verdict,
            "archive_check": self.evidence.archive,
            "found_in": list(self.evidence.found_in),
            "problems": [p.as_dict() for p in self.evidence.problems],
        }


@dataclass(frozen=True)
class CampaignFacts:
    """One campaign's facts, in fact-sheet order."""

    campaign: str
    path: str
    locales: tuple[str, ...]
    facts: tuple[FactRow, ...]

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of one campaign."""
        return {
            "campaign": self.campaign,
            "path": self.path,
            "locales": list(self.locales),
            "facts": [fact.as_dict() for fact in self.facts],
        }


def review_facts(
    project: Project, campaigns: Sequence[str] = ()
) -> tuple[list[CampaignFacts], list[Problem]]:
    """Every chosen campaign's facts (all by default), and every problem found on the way.

    Raises :class:`SelectionError` when a name in ``campaigns`` is no campaign
    (the build's load stage chooses, as for every command).
    """
    loaded_sheets = load(project, campaigns)
    chosen, problems = loaded_sheets.sheets, [*loaded_sheets.problems, *loaded_sheets.elsewhere]
    archives = Archives(project.root)
    tables: list[CampaignFacts] = []
    for loaded in chosen:
        evidence = check_evidence(loaded, archives)
        problems.extend(evidence.problems)
        rendered, found = _rendered(project, loaded)
        problems.extend(found)
        rows = tuple(
            FactRow(
                name,
                fact.kind,
                rendered[name],
                tuple(fact.cite),
                evidence.facts[name],
                tuple(_source(loaded, key) for key in fact.cite),
            )
            for name, fact in loaded.sheet.facts.items()
        )
        tables.append(
            CampaignFacts(loaded.sheet.campaign, loaded.path, tuple(loaded.sheet.locales), rows)
        )
    return tables, sorted(set(problems))


def _source(loaded: LoadedFactSheet, key: str) -> dict[str, str | None]:
    """What a reviewer needs to know of a cited source (only its key when it is undefined)."""
    source = loaded.sheet.sources.get(key)
    if source is None:
        return {"key": key}
    return {
        "key": key,
        "publisher": source.publisher,
        "title": source.title,
        "published": str(source.published),
        "url": source.url,
        "archive": source.archive,
        "language": source.language or loaded.sheet.source_locale,
    }


def _rendered(
    project: Project, loaded: LoadedFactSheet
) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """Each fact in each locale, formatted by the documents' renderer (fact -> locale -> text)."""
    texts: dict[str, dict[str, str]] = {name: {} for name in loaded.sheet.facts}
    problems: list[Problem] = []
    resolver = Resolver(project)
    for locale in loaded.sheet.locales:
        target, found = resolver.target(loaded, locale, loaded.sheet.outputs)
        translator = target.translator
        problems.extend(found)
        try:
            renderer = DocumentRenderer(project.templates_dir, loaded, locale, translator)
            for name in loaded.sheet.facts:
                texts[name][locale] = renderer.fact_text(name)
        except _FAILURES as err:
            problems.append(
                render_failure(
                    project.templates_dir,
                    project.root,
                    FACTS_TEMPLATE,
                    err,
                    loaded.sheet.campaign,
                    locale,
                )
            )
            for name in loaded.sheet.facts:
                texts[name].setdefault(locale, "")
    return texts, problems
