"""Compiler-style text: ``path:line:column: code message``, then a summary line.

The output is rich console markup, so severities are coloured on a
terminal and plain when piped.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.markup import escape

from toolkit.problems import Problem, Severity, count_errors

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}


def format_problem(problem: Problem) -> str:
    """One problem as a line of rich markup."""
    where = problem.path
    if problem.line > 0:
        where += f":{problem.line}" + (f":{problem.column}" if problem.column > 0 else "")
    context = ", ".join(
        part for part in (problem.locale and f"locale {problem.locale}", problem.output) if part
    )
    suffix = f" [dim]({escape(context)})[/dim]" if context else ""
    style = _STYLE[problem.severity]
    return f"[bold]{escape(where)}:[/bold] [{style}]{problem.code}[/{style}] {escape(problem.message)}{suffix}"


def summary(problems: Sequence[Problem]) -> str:
    """``2 errors, 1 warning`` (or ``no problems``)."""
    errors = count_errors(problems)
    warnings = len(problems) - errors
    if not problems:
        return "[green]no problems[/green]"
    parts = [
        f"{errors} error{'s' if errors != 1 else ''}",
        f"{warnings} warning{'s' if warnings != 1 else ''}",
    ]
    style = "bold red" if errors else "yellow"
    return f"[{style}]{', '.join(parts)}[/{style}]"


def format_text(problems: Sequence[Problem], **_summary: object) -> str:
    """Every problem on its own line, sorted by place, then the summary."""
    lines = [format_problem(p) for p in sorted(problems)]
    lines.append(summary(problems))
    return "\n".join(lines)
