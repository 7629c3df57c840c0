"""SARIF 2.1.0, so code-hosting tools annotate the lines of a pull request."""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

from toolkit import __version__
from toolkit.problems import CODES, Problem, Severity

_DESCRIPTIONS = {
    "invalid-factsheet": "The fact sheet is not valid YAML or does not match the schema.",
    "unknown-source": "A fact cites no source, or one that is not defined.",
    "unknown-fact": "A placeholder names no fact.",
    "uncited-figure": "A figure in prose was not produced by a cited fact.",
    "placeholder-mismatch": "A translation drops, adds or renames a placeholder.",
    "unsafe-markup": "A translation or copy string carries markup that its source does not.",
    "invalid-catalog": "A PO catalog cannot be read or has a wrong plural header.",
    "invalid-template": "A template cannot be parsed.",
    "untranslated": "A string has no translation in a shipped locale.",
    "stale-fact": "A fact's as_of date is old relative to the issue date.",
    "unused-fact": "A fact is defined but never used.",
    "unused-source": "A source is defined but never cited.",
    "unused-not-figure": "A not_figures entry masks nothing: it holds no figure or appears nowhere.",
    "incomplete-translation": "A locale was not shipped: some strings have no usable translation.",
    "partial-translation": "A locale was shipped with the source language where strings are missing.",
    "pdf-failed": "A PDF could not be rendered within its budgets.",
    "quote-mismatch": "A fact's value, range or date is not what its quote states.",
    "qualifier-mismatch": "The quote's hedge disagrees with the fact's qualifier.",
    "quote-not-in-source": "The quote does not occur in the source's archive.",
    "source-after-issue": "A fact cites a source published after the campaign's issue date.",
    "unfinished-text": "A fact-sheet string still holds a sample text `toolkit new` wrote.",
    "invalid-archive": "A source's archive is missing, outside the project or unreadable.",
    "missing-quote": "A fact has no quote to check it against.",
}


def format_sarif(problems: Sequence[Problem], **_summary: object) -> str:
    """A SARIF 2.1.0 log with one run, one rule per code and one result per problem."""
    rules = [
        {
            "id": code,
            "shortDescription": {"text": _DESCRIPTIONS.get(code, code)},
            "defaultConfiguration": {"level": _level(severity)},
        }
        for code, severity in CODES.items()
    ]
    index = {code: i for i, code in enumerate(CODES)}
    results = [
        {
            "ruleId": p.code,
            "ruleIndex": index[p.code],
            "level": _level(p.severity),
            "message": {"text": _sarif_text(p.message)},
            "locations": [{"physicalLocation": _physical_location(p)}],
            "properties": {
                key: value
                for key, value in (("locale", p.locale), ("output", p.output), ("text", p.text))
                if value is not None
            },
        }
        for p in sorted(problems)
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "toolkit",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {
                    "PROJECTROOT": {"description": {"text": "The project tree (--project)."}}
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


def _sarif_text(message: str) -> str:
    """A message as SARIF text: braces doubled, since ``{0}`` would be an argument."""
    return message.replace("{", "{{").replace("}", "}}")


def _physical_location(problem: Problem) -> dict[str, object]:
    """The file (a URI reference: spaces and the like percent-encoded), and the line and
    column when known (a region starts at line 1 at least)."""
    location: dict[str, object] = {
        "artifactLocation": {"uri": quote(problem.path), "uriBaseId": "PROJECTROOT"}
    }
    if problem.line > 0:
        region = {"startLine": problem.line}
        if problem.column > 0:
            region["startColumn"] = problem.column
        location["region"] = region
    return location


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"
