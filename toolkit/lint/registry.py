"""Every check of the lint, registered in one place with the codes it may report.

A check is a function from the :class:`~toolkit.lint.context.LintContext`
to ``Problem`` records. Checks run in this order; the origin checks come
before the rendered safety net, so a figure found both ways is reported
once, where it was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from toolkit.lint import assets, characters, factsheet, rendered, translations, uncited
from toolkit.lint.context import LintContext
from toolkit.problems import CODES, Problem


@dataclass(frozen=True)
class Check:
    """A named check, the codes it reports, and the function that runs it."""

    name: str
    codes: frozenset[str]
    run: Callable[[LintContext], Iterable[Problem]]

    def __post_init__(self) -> None:
        unknown = self.codes - CODES.keys()
        if unknown:
            raise ValueError(f"check {self.name} reports unregistered codes {sorted(unknown)}")


def _loading(ctx: LintContext) -> Iterable[Problem]:
    """Problems found while loading the fact sheets (schema, citations, unused, stale)
    and the project's settings (``toolkit.yaml``: the theme, its logo and colours)."""
    return ctx.load_problems


def _template_syntax(ctx: LintContext) -> Iterable[Problem]:
    """Templates that cannot be read or parsed."""
    return ctx.templates.problems


def _check(name: str, codes: str, run: Callable[[LintContext], Iterable[Problem]]) -> Check:
    return Check(name, frozenset(codes.split()), run)


CHECKS: tuple[Check, ...] = (
    _check(
        "factsheet",
        "invalid-factsheet unknown-source unknown-fact stale-fact unused-fact unused-source"
        " invalid-settings missing-asset low-contrast",
        _loading,
    ),
    _check(
        "evidence",
        "missing-quote quote-not-in-source quote-mismatch qualifier-mismatch "
        "source-after-issue invalid-archive",
        factsheet.evidence,
    ),
    _check("template-syntax", "invalid-template", _template_syntax),
    _check("template-assets", "missing-asset", assets.template_assets),
    _check("catalog-syntax", "invalid-catalog", translations.invalid_catalogs),
    _check("not-figures", "invalid-factsheet unused-not-figure", factsheet.not_figures),
    _check("template-figures", "uncited-figure", uncited.template_figures),
    _check("copy-figures", "uncited-figure", uncited.copy_figures),
    _check("copy-markup", "unsafe-markup", factsheet.copy_markup),
    _check("unfinished-text", "unfinished-text", factsheet.unfinished_text),
    _check(
        "factsheet-characters", "control-character bidi-control", characters.factsheet_characters
    ),
    _check("template-characters", "control-character bidi-control", characters.template_characters),
    _check("catalog-characters", "control-character bidi-control", characters.catalog_characters),
    _check("translation-figures", "uncited-figure", uncited.catalog_figures),
    _check("placeholders", "placeholder-mismatch", translations.placeholder_mismatch),
    _check("translation-markup", "unsafe-markup", translations.translation_markup),
    _check("untranslated", "untranslated", translations.untranslated),
    _check("length-budgets", "too-long", translations.too_long),
    _check("rendered-figures", "uncited-figure invalid-template", rendered.rendered_figures),
)
