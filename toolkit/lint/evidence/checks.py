"""Each fact checked against its quote, each quote against its archived source, each cite in time.

For one fact sheet, :func:`check_evidence` reports:

- ``missing-quote`` (warning, at the fact): no quote to check;
- ``quote-not-in-source`` (at the quote): the fact cites sources with an
  ``archive`` and the quote occurs in none of them (the message shows the
  closest passage);
- ``quote-mismatch`` (at ``value``, ``range`` or ``date``): the quote does
  not state the fact's value, both ends of its range, or its date;
- ``qualifier-mismatch`` (at ``qualifier``, or the fact's key): the quote's
  hedge disagrees with the fact's qualifier;
- ``source-after-issue`` (at the cite): the source was published after the
  campaign's ``issued`` date (a date known to a month or a year is after it
  only when its first day is);
- ``invalid-archive`` (at the source's ``archive``): the file cannot be used.

A quote is read in the language of the source it was found in (the first
cited source whose archive holds it, else each cited source in turn); a
date without a year is in that source's publication year.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from toolkit.factsheet.loader import LoadedFactSheet
from toolkit.factsheet.models import Fact, FactSheet, Unit
from toolkit.lint.evidence.archives import Archive, Archives
from toolkit.lint.evidence.hedges import knows_hedges
from toolkit.lint.evidence.quotes import QuoteReading, read_quote
from toolkit.problems import Problem

__all__ = ["FactEvidence", "SheetEvidence", "check_evidence"]


@dataclass(frozen=True)
class FactEvidence:
    """What the checks found for one fact (for ``toolkit facts``)."""

    name: str
    quote: str | None
    states_value: bool | None  # None: no quote
    qualifier_agrees: bool | None  # None: no quote, a date, or the value is not stated
    archive: str  # "found", "not found", "no archive", "unreadable", "no quote"
    found_in: tuple[str, ...] = ()  # the sources whose archive holds the quote
    problems: tuple[Problem, ...] = ()  # this fact's evidence problems (not its archives')


@dataclass
class SheetEvidence:
    """Every evidence problem of a fact sheet, and each fact's verdict."""

    problems: list[Problem] = field(default_factory=list)
    facts: dict[str, FactEvidence] = field(default_factory=dict)


def check_evidence(loaded: LoadedFactSheet, archives: Archives) -> SheetEvidence:
    """Check every fact of ``loaded`` against its quote, archives and the issue date."""
    return _SheetCheck(loaded, archives).run()


class _SheetCheck:
    def __init__(self, loaded: LoadedFactSheet, archives: Archives) -> None:
        self.loaded = loaded
        self.sheet: FactSheet = loaded.sheet
        self.archives = archives
        self.result = SheetEvidence()
        self._archives: dict[str, Archive | None] = {}

    def report(
        self, loc: tuple[int | str, ...], code: str, message: str, text: str | None = None
    ) -> None:
        line, column = self.loaded.locate(loc)
        self.result.problems.append(
            Problem(self.loaded.path, line, column, code, message, text=text)
        )

    def run(self) -> SheetEvidence:
        for key, source in self.sheet.sources.items():
            if source.archive is not None:
                self.archive(key)  # an unusable archive is reported even if no quote needs it
        for name, fact in self.sheet.facts.items():
            before = len(self.result.problems)
            self.check_time_order(name, fact)
            verdict = self.check_fact(name, fact)
            own = [p for p in self.result.problems[before:] if p.code != "invalid-archive"]
            self.result.facts[name] = replace(verdict, problems=tuple(own))
        return self.result

    # -- sources ----------------------------------------------------------------

    def archive(self, key: str) -> Archive | None:
        """The archive of source ``key`` (None without one, or when it is unusable)."""
        if key not in self._archives:
            source = self.sheet.sources[key]
            found: Archive | None = None
            if source.archive is not None:
                got = self.archives.get(self.loaded.path, source.archive)
                if isinstance(got, str):
                    self.report(
                        ("sources", key, "archive"),
                        "invalid-archive",
                        f"source {key!r}: archive {got}",
                        text=source.archive,
                    )
                else:
                    found = got
            self._archives[key] = found
        return self._archives[key]

    def check_time_order(self, name: str, fact: Fact) -> None:
        issued = self.sheet.issued
        for index, key in enumerate(fact.cite):
            source = self.sheet.sources.get(key)
            if source is None or source.published.earliest() <= issued:
                continue
            self.report(
                ("facts", name, "cite", index),
                "source-after-issue",
                f"fact {name!r} cites {key!r}, published {source.published}, after the "
                f"campaign's issue date {issued}: a document cannot cite what was not yet "
                "published (cite an earlier source, drop the fact, or change `issued`)",
                text=key,
            )

    # -- facts ------------------------------------------------------------------

    def check_fact(self, name: str, fact: Fact) -> FactEvidence:
        quote = fact.quote.strip() if fact.quote else ""
        if not quote:
            self.report(
                ("facts", name),
                "missing-quote",
                f"fact {name!r} has no quote: add `quote:` with the source's own words, "
                "so the lint can check the fact against them",
            )
            return FactEvidence(name, None, None, None, "no quote")
        cited = [key for key in fact.cite if key in self.sheet.sources]
        archived = [key for key in cited if self.archive(key) is not None]
        unreadable = any(self.sheet.sources[k].archive for k in cited) and not archived
        found_in = tuple(k for k in archived if self._contains(k, quote))
        if archived and not found_in:
            self.report_not_in_source(name, quote, archived)
        status = (
            "found"
            if found_in
            else "not found"
            if archived
            else "unreadable"
            if unreadable
            else "no archive"
        )
        readers = list(found_in) or cited
        states, qualifier = self.check_statement(name, fact, quote, readers)
        return FactEvidence(name, quote, states, qualifier, status, found_in)

    def _contains(self, key: str, quote: str) -> bool:
        archive = self.archive(key)
        return archive is not None and archive.contains(quote)

    def report_not_in_source(self, name: str, quote: str, keys: list[str]) -> None:
        shown: list[str] = []
        for key in keys:
            archive = self.archive(key)
            assert archive is not None
            passage = archive.closest(quote)
            where = f"{archive.shown} (source {key!r})"
            if passage is None:
                shown.append(f"{where} shares no word with it")
            else:
                shown.append(f'closest passage in {where}: "{passage}"')
        self.report(
            ("facts", name, "quote"),
            "quote-not-in-source",
            f"the quote of fact {name!r} does not occur in its archived source; "
            + "; ".join(shown),
            text=quote,
        )

    def check_statement(
        self, name: str, fact: Fact, quote: str, keys: list[str]
    ) -> tuple[bool, bool | None]:
        """quote-mismatch and qualifier-mismatch, reading the quote as each source would."""
        readings = self.readings(quote, keys)
        for reading, year in readings:
            if fact.date is not None and reading.states_date(fact.date, year):
                return True, None
            if fact.date is None and self.states_figure(fact, reading):
                return True, self.check_qualifier(name, fact, reading)
        reading = readings[0][0]
        kind = fact.kind
        wanted = _fact_text(fact)
        self.report(
            ("facts", name, kind),
            "quote-mismatch",
            f"fact {name!r} is {wanted} but its quote does not state it; the quote states "
            f"{reading.describe()}",
            text=quote,
        )
        return False, None

    def readings(self, quote: str, keys: list[str]) -> list[tuple[QuoteReading, int | None]]:
        """The quote read in each distinct (language, publication year) of ``keys``."""
        seen: dict[tuple[str, int | None], QuoteReading] = {}
        for key in keys:
            source = self.sheet.sources[key]
            language = source.language or self.sheet.source_locale
            seen.setdefault((language, source.published.year), read_quote(quote, language))
        if not seen:
            locale = self.sheet.source_locale
            seen[(locale, None)] = read_quote(quote, locale)
        return [(reading, year) for (_, year), reading in seen.items()]

    @staticmethod
    def states_figure(fact: Fact, reading: QuoteReading) -> bool:
        """Whether the quote states the fact's value, or both ends of its range."""
        percent = fact.unit is Unit.PERCENT
        values = [fact.value] if fact.value is not None else list(fact.range or ())
        return bool(values) and all(reading.occurrences(float(v), percent=percent) for v in values)

    def check_qualifier(self, name: str, fact: Fact, reading: QuoteReading) -> bool | None:
        """qualifier-mismatch; None when the quote's language has no known hedges."""
        if not knows_hedges(reading.language):
            return None
        percent = fact.unit is Unit.PERCENT
        qualifier = str(fact.qualifier)
        if fact.value is not None:
            groups = [[o] for o in reading.occurrences(float(fact.value), percent=percent)]
        else:
            assert fact.range is not None
            groups = [
                [o for v in fact.range for o in reading.occurrences(float(v), percent=percent)]
            ]
        verdicts = [reading.allowed_qualifiers(group) for group in groups]
        if any(qualifier in allowed for allowed, _ in verdicts):
            return True
        allowed, said = verdicts[0]
        loc: tuple[int | str, ...] = (
            ("facts", name, "qualifier")
            if "qualifier" in fact.model_fields_set
            else ("facts", name)
        )
        if said:
            hedges = " and ".join(repr(s) for s in said)
            fix = " or ".join(f"`qualifier: {q}`" for q in sorted(allowed))
            message = (
                f"the quote of fact {name!r} hedges its figure with {hedges}, but the fact's "
                f"qualifier is {qualifier}: use {fix}"
            )
            if qualifier == "exactly":
                message += " (an estimate is never an exact count)"
        else:
            message = (
                f"fact {name!r} is qualified {qualifier} but its quote states the figure "
                "with no hedge: remove the qualifier, or quote the words that hedge it"
            )
        self.report(loc, "qualifier-mismatch", message, text=str(fact.qualifier))
        return False


def _fact_text(fact: Fact) -> str:
    if fact.date is not None:
        return str(fact.date)
    if fact.range is not None:
        return f"{_plain(fact.range[0])}–{_plain(fact.range[1])}"
    assert fact.value is not None
    suffix = "%" if fact.unit is Unit.PERCENT else ""
    return _plain(fact.value) + suffix


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
