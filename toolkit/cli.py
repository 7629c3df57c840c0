"""The ``toolkit`` command: parse arguments, call the library, print, exit.

Exit status: 0 success (warnings allowed), 1 problems found, 2 usage
error. Heavy libraries (WeasyPrint, Babel's catalogs) are imported inside
the commands that need them, so ``toolkit --help`` starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import click
from rich.console import Console

from toolkit import __version__
from toolkit.problems import Problem, count_errors

T = TypeVar("T")

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


@cli.command()
@click.option(
    "--campaign", "campaigns", multiple=True, help="Build only this campaign (repeatable)."
)
@click.option("--locale", "locales", multiple=True, help="Build only this locale (repeatable).")
@click.option(
    "--output",
    "outputs",
    multiple=True,
    type=click.Choice(["advisory", "donation", "brief"]),
    help="Build only this output (repeatable).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Parallel PDF workers.  [default: the machine's cores]",
)
@click.option(
    "--allow-partial",
    is_flag=True,
    help="Ship an incompletely translated locale, with the source language where strings are missing.",
)
@pass_context
def build(
    context: Context,
    campaigns: tuple[str, ...],
    locales: tuple[str, ...],
    outputs: tuple[str, ...],
    jobs: int | None,
    allow_partial: bool,
) -> None:
    """Lint, then write every campaign's outputs in every locale under out/."""
    from toolkit.build import BuildOptions
    from toolkit.build import build as run_build

    options = BuildOptions(
        campaigns=campaigns,
        locales=locales,
        outputs=outputs,
        jobs=jobs or os.cpu_count() or 1,
        allow_partial=allow_partial,
    )
    result = _with_progress(lambda progress: run_build(context.project, options, progress))
    problems = result.problems
    if problems:
        report(problems)
    for skipped in result.skipped:
        stderr.print(
            f"[bold red]skipped[/bold red] {skipped.campaign}/{skipped.locale}: {skipped.reason}"
        )
    for partial in result.partial:
        stderr.print(
            f"[yellow]partial[/yellow] {partial.campaign}/{partial.locale}: {partial.reason}, "
            "shipped in the source language"
        )
    for failure in result.failed:
        stderr.print(f"[bold red]failed[/bold red] {failure}")
    if count_errors(problems):
        stderr.print("[bold red]nothing written:[/bold red] fix the errors above first")
    else:
        stderr.print(
            f"{len(result.written)} written, {len(result.unchanged)} unchanged, "
            f"{len(result.skipped)} locale(s) skipped, {len(result.failed)} failed"
        )
    sys.exit(0 if result.ok else 1)


def _with_progress(run: Callable[[Callable[[str, int], None]], T]) -> T:
    """Run ``run`` with a progress callback that draws a bar on a terminal."""
    if not stderr.is_terminal:
        return run(lambda what, steps: None)
    from rich.progress import Progress

    with Progress(console=stderr, transient=True) as bar:
        task = bar.add_task("building", total=None)
        return run(lambda what, steps: bar.update(task, advance=steps, description=what))


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
