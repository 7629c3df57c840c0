"""The ``toolkit`` command: parse arguments, call the library, print, exit.

Exit status: 0 success (warnings allowed), 1 problems found, 2 usage
error. Heavy libraries (WeasyPrint, Babel's catalogs) are imported inside
the commands that need them, so ``toolkit --help`` starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console

from toolkit import __version__
from toolkit.problems import Problem, count_errors

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class Context:
    """What every command receives: the project root."""

    def __init__(self, root: Path) -> None:
        from toolkit.project import Project

        self.project = Project(root)


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--project",
    "project_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=".",
    show_default="the current directory",
    help="The project tree (with factsheets/, templates/, locales/).",
)
@click.version_option(__version__, prog_name="toolkit")
@click.pass_context
def cli(ctx: click.Context, project_dir: Path) -> None:
    """Turn cited campaign fact sheets into advisories, donation pages and PDF briefs."""
    ctx.obj = Context(project_dir)


def report(problems: Sequence[Problem], fmt: str = "text") -> int:
    """Print ``problems`` in format ``fmt``; the exit status they call for."""
    from toolkit.formatting import get_formatter

    text = get_formatter(fmt)(problems)
    if fmt == "text":
        stderr.print(text)
    else:
        click.echo(text)
    return 1 if count_errors(problems) else 0


FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "sarif"]),
    default="text",
    show_default=True,
    help="How to print problems.",
)


@cli.command()
@FORMAT_OPTION
@pass_context
def validate(context: Context, fmt: str) -> None:
    """Load every fact sheet and report each problem with its file and line."""
    sheets, problems = context.project.load_factsheets()
    status = report(problems, fmt)
    if status == 0 and fmt == "text":
        names = ", ".join(s.sheet.campaign for s in sheets)
        stderr.print(f"[green]valid:[/green] {len(sheets)} fact sheet(s): {names}")
    sys.exit(status)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the fact-sheet format (for editors' autocompletion)."""
    from toolkit.factsheet.schema import schema_text

    click.echo(schema_text(), nl=False)


def main() -> None:
    """Entry point: run the CLI; an unexpected error is one line, not a traceback."""
    try:
        cli.main(prog_name="toolkit")
    except Exception as err:  # the last guard: users see one line, developers can ask for more
        if os.environ.get("TOOLKIT_DEBUG"):
            raise
        stderr.print(
            f"[bold red]toolkit: internal error:[/bold red] {type(err).__name__}: {err} "
            "(set TOOLKIT_DEBUG=1 to see where)"
        )
        sys.exit(1)
