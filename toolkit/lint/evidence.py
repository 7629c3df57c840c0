"""The lint's evidence check: each fact against its quote, each quote against its archive.

The work is done by :mod:`toolkit.evidence.checks`; this module runs it over
the campaigns being linted, reading each archive once per run.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.evidence.checks import check_evidence
from toolkit.lint.context import LintContext
from toolkit.problems import Problem


def evidence(ctx: LintContext) -> Iterator[Problem]:
    """Quotes that do not state their fact, hedges that disagree, quotes not in the archive,
    sources published after the issue date, unusable archives, facts without a quote."""
    for sheet in ctx.sheets:
        yield from check_evidence(sheet, ctx.archives).problems
