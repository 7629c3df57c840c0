"""The ``toolkit`` command: parse arguments, call the library, print, exit.

Exit status: 0 success (warnings allowed), 1 problems found, 2 usage
error. Heavy libraries (WeasyPrint, Babel's catalogs) are imported inside
the commands that need them, so ``toolkit --help`` starts fast.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click
from rich.console import Console

from toolkit import __version__
from toolkit.problems import Problem, ToolkitError, count_errors

if TYPE_CHECKING:
    from rich.table import Table

    from toolkit.build.options import BuildReport
    from toolkit.facts import CampaignFacts, FactRow
    from toolkit.factsheet.loader import LoadedFactSheet
    from toolkit.i18n.merge import CatalogChange
    from toolkit.i18n.status import LocaleStatus

T = TypeVar("T")

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class Context:
    """What every command receives: the project root."""

    def __init__(self, root: Path) -> None:
        from toolkit.project import Project

        self.project = Project(root)


pass_context = click.make_pass_decorator(Context)


class OutputName(click.Choice[str]):
    """An output of the outputs table, read only when needed (it imports the models)."""

    def __init__(self) -> None:
        super().__init__([])

    @property
    def choices(self) -> tuple[str, ...]:
        from toolkit.factsheet.outputs import OUTPUT_NAMES

        return OUTPUT_NAMES

    @choices.setter
    def choices(self, _value: object) -> None:
        pass


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


def _canonical_locales(
    ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
) -> tuple[str, ...]:
    """``--locale`` values spelt as the toolkit spells them (``en-GB`` -> ``en_GB``)."""
    from toolkit.locales import LocaleError, canonical_locale

    try:
        return tuple(canonical_locale(code) for code in value)
    except LocaleError as err:
        raise click.BadParameter(str(err)) from None


def report(problems: Sequence[Problem], fmt: str = "text") -> int:
    """Print ``problems`` in format ``fmt``; the exit status they call for."""
    from toolkit.formatting import get_formatter

    text = get_formatter(fmt)(problems)
    if fmt == "text":
        stderr.print(text)
    else:
        click.echo(text)
    return 1 if count_errors(problems) else 0


TABLE_FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A table per campaign, or one JSON object.",
)

FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "sarif"]),
    default="text",
    show_default=True,
    help="How to print problems.",
)


def allow_partial_option(help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The ``--allow-partial`` flag, which ``lint`` and ``build`` share."""
    return click.option("--allow-partial", is_flag=True, help=help_text)


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
@click.option(
    "--campaign", "campaigns", multiple=True, help="Lint only this campaign (repeatable)."
)
@click.option(
    "--locale",
    "locales",
    multiple=True,
    callback=_canonical_locales,
    help="Lint only this locale, e.g. fr or en-GB (repeatable).",
)
@allow_partial_option(
    "Lint as `build --allow-partial` builds: an incompletely translated locale is a "
    "partial-translation warning, not an error."
)
@FORMAT_OPTION
@pass_context
def lint(
    context: Context,
    campaigns: tuple[str, ...],
    locales: tuple[str, ...],
    allow_partial: bool,
    fmt: str,
) -> None:
    """Check that every figure is cited, and every translation keeps placeholders and markup.

    Reports each problem at the file, line and column where it was typed:
    the template, the fact sheet or the PO entry. A locale `toolkit build`
    would not ship is an incomplete-translation error here too. Exit status
    1 when an error is found (warnings alone give 0), as the build's.
    """
    from toolkit.build.lint import lint_project
    from toolkit.build.options import Selection, SelectionError

    try:
        selection = Selection(campaigns, locales)
        problems = lint_project(context.project, selection, allow_partial=allow_partial)
    except SelectionError as err:
        raise click.UsageError(str(err)) from None
    sys.exit(report(problems, fmt))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the fact-sheet format (for editors' autocompletion)."""
    from toolkit.factsheet.schema import schema_text

    click.echo(schema_text(), nl=False)


@cli.command()
@click.option(
    "--campaign", "campaigns", multiple=True, help="Build only this campaign (repeatable)."
)
@click.option(
    "--locale",
    "locales",
    multiple=True,
    callback=_canonical_locales,
    help="Build only this locale, e.g. fr or en-GB (repeatable).",
)
@click.option(
    "--output",
    "outputs",
    multiple=True,
    type=OutputName(),
    help="Build only this output (repeatable).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Parallel PDF workers.  [default: the machine's cores]",
)
@allow_partial_option(
    "Ship an incompletely translated locale, with the source language where strings are missing."
)
@click.option(
    "--force",
    is_flag=True,
    help="Render and rewrite every output, even those out/.manifest.json says are up to date.",
)
@click.option(
    "--pdf-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="Stop a PDF that takes longer than this to render.",
)
@click.option(
    "--pdf-max-pages",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    metavar="PAGES",
    help="Refuse a PDF that lays out to more pages than this.",
)
@click.option(
    "--pdf-max-memory",
    type=click.IntRange(min=256),
    default=1536,
    show_default=True,
    metavar="MIB",
    help="Stop a PDF whose worker needs more memory than this.",
)
@FORMAT_OPTION
@pass_context
def build(
    context: Context,
    campaigns: tuple[str, ...],
    locales: tuple[str, ...],
    outputs: tuple[str, ...],
    jobs: int | None,
    allow_partial: bool,
    force: bool,
    pdf_timeout: float,
    pdf_max_pages: int,
    pdf_max_memory: int,
    fmt: str,
) -> None:
    """Lint, then write every campaign's outputs in every locale under out/.

    Only what changed is rendered and written again (see out/.manifest.json);
    output files that would no longer be current are removed. Nothing is
    written when the lint finds an error.
    """
    from toolkit.build import BuildOptions, SelectionError
    from toolkit.build import build as run_build
    from toolkit.build.options import default_jobs

    options = BuildOptions(
        campaigns=campaigns,
        locales=locales,
        outputs=outputs,
        jobs=jobs or default_jobs(),
        allow_partial=allow_partial,
        force=force,
        pdf_timeout=pdf_timeout,
        pdf_max_pages=pdf_max_pages,
        pdf_memory_limit=pdf_max_memory * 1024 * 1024,
    )
    project = context.project
    try:
        result = _with_progress(
            lambda progress: run_build(project, options, progress, _say_waiting),
            enabled=fmt == "text",
        )
    except SelectionError as err:
        raise click.UsageError(str(err)) from None
    if fmt != "text":
        from toolkit.formatting import get_formatter

        click.echo(get_formatter(fmt)(result.problems, **_build_summary(context, result)))
        sys.exit(0 if result.ok else 1)
    if result.problems:
        report(result.problems)
    for removed in result.removed:
        stderr.print(f"[yellow]removed[/yellow] {project.relative(removed.path)}: {removed.reason}")
    written = [p for p in result.written]
    if not (written or result.unchanged or result.removed) and count_errors(result.problems):
        stderr.print("[bold red]nothing written:[/bold red] fix the errors above first")
    else:
        stderr.print(
            f"{len(written)} written, {len(result.unchanged)} unchanged, "
            f"{len(result.removed)} removed, {len(result.rendered)} PDF(s) rendered"
            f" (in {project.relative(project.out_dir)}/<campaign>/<locale>/)"
        )
    sys.exit(0 if result.ok else 1)


def _say_waiting(message: str) -> None:
    stderr.print(f"[yellow]waiting:[/yellow] {message}")


def _build_summary(context: Context, result: BuildReport) -> dict[str, object]:
    """What a build did, for the JSON output: files written, unchanged, removed, rendered."""
    relative = context.project.relative
    return {
        "written": [relative(p) for p in result.written],
        "unchanged": [relative(p) for p in result.unchanged],
        "removed": [{"path": relative(r.path), "reason": r.reason} for r in result.removed],
        "rendered": [relative(p) for p in result.rendered],
    }


def _with_progress(run: Callable[[Callable[[str, int], None]], T], enabled: bool = True) -> T:
    """Run ``run`` with a progress callback that draws a bar on a terminal."""
    if not (enabled and stderr.is_terminal):
        return run(lambda what, steps: None)
    from rich.progress import Progress

    with Progress(console=stderr, transient=True) as bar:
        task = bar.add_task("building", total=None)
        return run(lambda what, steps: bar.update(task, advance=steps, description=what))


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--with-templates",
    is_flag=True,
    help="Copy the toolkit's default templates into templates/ too (to change many of them).",
)
def init(directory: Path, with_templates: bool) -> None:
    """Make DIRECTORY a working project (created if needed); existing files are kept.

    Writes toolkit.yaml (the theme), babel.cfg, the fact-sheet schema, a
    .pre-commit-config.yaml running the toolkit's lint, a README and a
    commented example fact sheet that validates (its sample texts are lint
    errors until replaced). Templates are the toolkit's own until you put
    one of the same name under templates/.
    """
    from toolkit.scaffold import init_project

    for item in init_project(directory, with_templates=with_templates):
        stderr.print(f"{item.action} {item.path.relative_to(directory).as_posix()}")
    stderr.print(
        f"next: cd {directory} && toolkit new <campaign>, then replace the sample texts "
        "(`toolkit lint` lists them) and `toolkit build`"
    )


def _names(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@cli.command()
@click.argument("campaign")
@click.option(
    "--outputs",
    default="advisory,donation,brief",
    show_default=True,
    callback=_names,
    help="The outputs it ships, comma-separated.",
)
@click.option(
    "--locales",
    default="en",
    show_default=True,
    callback=_names,
    help="Its locales, comma-separated, the source language first (e.g. en-GB,fr).",
)
@pass_context
def new(
    context: Context, campaign: str, outputs: tuple[str, ...], locales: tuple[str, ...]
) -> None:
    """Write factsheets/CAMPAIGN.yaml: a skeleton that validates, every required field commented.

    Its sample texts are unfinished-text lint errors until you replace them,
    so it never builds as it is.
    """
    from toolkit.scaffold import ScaffoldError, new_campaign

    try:
        written = new_campaign(context.project.root, campaign, outputs, locales)
    except ScaffoldError as err:
        raise click.UsageError(str(err)) from None
    stderr.print(
        f"created {context.project.relative(written.path)}: replace its sample texts "
        "(`toolkit lint` lists each one) before building"
    )


@cli.group()
def i18n() -> None:
    """The translators' loop: extract, update, compile, status, init."""


def _valid_sheets(context: Context) -> list[LoadedFactSheet]:
    """Every fact sheet, or exit 1 with the errors that stop a translation command."""
    sheets, problems = context.project.load_factsheets()
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        sys.exit(report(errors))
    return sheets


def _finish(problems: Sequence[Problem], failed: bool = False) -> None:
    """Report ``problems`` (if any) and exit: 1 when they hold errors or ``failed``."""
    status = report(problems) if problems else 0
    sys.exit(1 if status or failed else 0)


@i18n.command("extract")
@pass_context
def i18n_extract(context: Context) -> None:
    """Write the PO templates from the templates and the fact sheets.

    locales/messages.pot holds the templates' strings, locales/<campaign>.pot
    each fact sheet's copy, with comments for translators. A template whose
    entries did not change is left untouched.
    """
    _finish(_extract(context, _valid_sheets(context)))


def _extract(context: Context, sheets: Sequence[LoadedFactSheet]) -> list[Problem]:
    """Write the PO templates of ``sheets``, saying what each became; the problems met.

    Exits 1 (nothing written) when extraction finds an error.
    """
    from toolkit.i18n.pot import extract_templates, write_template
    from toolkit.output import write_problem

    pots, problems = extract_templates(context.project, sheets)
    if count_errors(problems):
        stderr.print("[bold red]nothing written:[/bold red] fix the errors above first")
        _finish(problems)
    for pot in pots:
        try:
            done = "wrote" if write_template(pot) else "unchanged"
        except OSError as err:
            problems.append(write_problem(pot.path, context.project.root, err))
            continue
        entries = sum(1 for message in pot.catalog if message.id)
        stderr.print(f"{done} {context.project.relative(pot.path)}: {entries} entries")
    return problems


@i18n.command("update")
@pass_context
def i18n_update(context: Context) -> None:
    """Extract the PO templates again, then merge them into every locale's PO files.

    The PO templates are derived from the templates and fact sheets, so they
    are extracted first (as `toolkit i18n extract` does): an edited copy
    string reaches the PO files in one step. Every PO file is updated; a
    missing one is created for each locale a campaign lists (and for a
    locale folder no campaign lists yet). A changed source string keeps its
    translation, marked fuzzy with the previous msgid; a removed one stays
    as an obsolete (#~) entry. A file written under an older plural rule
    gets Babel's (CLDR's) header, its new forms copied from the nearest old
    one and marked fuzzy.
    """
    from toolkit.i18n.merge import update_catalogs

    sheets = _valid_sheets(context)
    stderr.print("extracting the PO templates first (they come from the templates and copy):")
    extracted = _extract(context, sheets)
    if count_errors(extracted):
        _finish(extracted)
    changes, problems = update_catalogs(context.project, sheets)
    for change in changes:
        stderr.print(_change_line(context, change))
    _finish([*extracted, *problems])


def _locale_option(ctx: click.Context, param: click.Parameter, value: str) -> str:
    return _canonical_locales(ctx, param, (value,))[0]


@i18n.command("init")
@click.option("--locale", required=True, callback=_locale_option, help="e.g. de, pt-BR or pt_BR.")
@pass_context
def i18n_init(context: Context, locale: str) -> None:
    """Start a new locale's PO files from the PO templates.

    The files get Babel's Plural-Forms for the locale. Existing files are
    left as they are.
    """
    from toolkit.i18n.merge import init_locale

    sheets = _valid_sheets(context)
    changes, problems = init_locale(context.project, sheets, locale)
    for change in changes:
        stderr.print(_change_line(context, change))
    if not changes and not problems:
        stderr.print(f"nothing to translate: every campaign that lists {locale} is written in it")
    elif not any(locale in loaded.sheet.locales for loaded in sheets):
        stderr.print(f"to ship {locale}, add it to `locales:` in the fact sheets")
    _finish(problems)


@i18n.command("compile")
@pass_context
def i18n_compile(context: Context) -> None:
    """Compile every PO file to a .mo file next to it.

    Fuzzy and untranslated entries are left out. The build itself reads the
    PO files; .mo files are for other gettext tools.
    """
    from toolkit.i18n.compile import compile_catalogs

    compiled, problems = compile_catalogs(context.project)
    for item in compiled:
        done = "compiled" if item.written else "unchanged"
        stderr.print(
            f"{done} {context.project.relative(item.mo)}: {item.translated} translated, "
            f"{item.left_out} left out (fuzzy or untranslated)"
        )
    _finish(problems)


@i18n.command("status")
@TABLE_FORMAT_OPTION
@pass_context
def i18n_status(context: Context, fmt: str) -> None:
    """Show the progress of each locale a campaign lists, and whether it can ship.

    Counts strings translated, fuzzy and missing; a locale ships when every
    string its documents use is translated and not fuzzy (as `toolkit
    build` decides). Exits 1 when a locale a fact sheet lists cannot ship.
    """
    import json

    from toolkit.i18n.status import translation_status, unlisted_locales

    sheets = _valid_sheets(context)
    rows, problems = translation_status(context.project, sheets)
    unlisted = unlisted_locales(context.project, sheets)
    blocked = any(row.listed and not row.ships for row in rows)
    if fmt == "json":
        document = {
            "locales": [row.as_dict() for row in rows],
            "unlisted": unlisted,
            "problems": [p.as_dict() for p in sorted(problems)],
            "ok": not blocked and not count_errors(problems),
        }
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        sys.exit(1 if blocked or count_errors(problems) else 0)
    for campaign in dict.fromkeys(row.campaign for row in rows):
        stdout.print(_status_table(campaign, [row for row in rows if row.campaign == campaign]))
    if unlisted:
        stdout.print(
            f"not shown: PO files for {', '.join(unlisted)}, which no campaign lists "
            "(add a locale to `locales:` in a fact sheet to ship it)"
        )
    _finish(problems, failed=blocked)


def _change_line(context: Context, change: CatalogChange) -> str:
    note = f"; {change.note}" if change.note else ""
    return (
        f"{change.action} {context.project.relative(change.path)}: {change.entries} entries, "
        f"{change.untranslated} untranslated, {change.fuzzy} fuzzy, {change.obsolete} obsolete"
        f"{note}"
    )


def _status_table(campaign: str, rows: Sequence[LocaleStatus]) -> Table:
    from rich.table import Table

    table = Table(title=campaign, title_justify="left")
    table.add_column("locale")
    for name in ("translated", "fuzzy", "missing"):
        table.add_column(name, justify="right")
    table.add_column("ships")
    for row in rows:
        note = " (source)" if row.source else ""
        verdict = "[green]yes[/green]" if row.ships else f"[red]no[/red]: {row.reason}"
        translated = f"{row.translated} ({row.percent}%)"
        table.add_row(row.locale + note, translated, str(row.fuzzy), str(row.missing), verdict)
    return table


@cli.command()
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port."
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but 127.0.0.1 shows your drafts to the network.",
)
@click.option(
    "--campaign", "campaigns", multiple=True, help="Preview only this campaign (repeatable)."
)
@pass_context
def serve(context: Context, port: int, host: str, campaigns: tuple[str, ...]) -> None:
    """Live preview: every output in every locale, with the lint beside it, reloading on save.

    Open the address it prints. Pages reload by themselves when a fact
    sheet, template or PO file is saved; only what the change reaches is
    rendered again. A translator's view per locale lists the strings that
    need work first. Ctrl-C stops it.
    """
    from toolkit.build.options import SelectionError
    from toolkit.serve import PreviewServer

    try:
        server = PreviewServer(context.project, host, port, campaigns)
    except SelectionError as err:
        raise click.UsageError(str(err)) from None
    except OSError as err:
        from rich.markup import escape

        why = escape(err.strerror or str(err))
        stderr.print(f"[bold red]cannot listen on {escape(host)}:{port}:[/bold red] {why}")
        sys.exit(1)
    with server:
        server.start()
        if host not in ("127.0.0.1", "localhost", "::1"):
            stderr.print(f"[yellow]warning:[/yellow] listening on {host!r}: others can see it")
        click.echo(f"Live preview: {server.url}")
        stderr.print("Ctrl-C stops it.")
        try:
            while not server.closing.wait(1):
                pass
        except KeyboardInterrupt:
            stderr.print("stopped")


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: unwind (stopping PDF workers on the way), then exit."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop_on_signals() -> None:
    """Turn SIGINT and SIGTERM into :class:`Stopped`, so cleanup code runs.

    Not a ``KeyboardInterrupt``: click would print "Aborted!" and exit 1.
    A second signal while stopping ends the process at once.
    """

    def stop(signum: int, frame: object) -> None:
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, _stop_now)
        raise Stopped(signum)

    with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, stop)


def _stop_now(signum: int, frame: object) -> None:
    _say_stopped(signum)
    os._exit(128 + signum)


def _say_stopped(signum: int) -> None:
    name = signal.Signals(signum).name
    with contextlib.suppress(Exception):
        stderr.print(
            f"[bold red]toolkit: stopped by {name}[/bold red] "
            "(every file written so far is complete; the rest were not written)"
        )


# -- toolkit facts: the evidence table (self-contained) ----------------------------------


@cli.command()
@click.option(
    "--campaign", "campaigns", multiple=True, help="Show only this campaign (repeatable)."
)
@TABLE_FORMAT_OPTION
@pass_context
def facts(context: Context, campaigns: tuple[str, ...], fmt: str) -> None:
    """Review every fact before sign-off: its value in each locale, sources and evidence.

    For each fact: how the documents print it in every locale, the sources
    it cites, whether its quote states it (value and qualifier), and whether
    the quote occurs in the source's archive. Exits 1 when a check fails.
    """
    import json

    from toolkit.facts import SelectionError, review_facts

    try:
        tables, problems = review_facts(context.project, campaigns)
    except SelectionError as err:
        raise click.UsageError(str(err)) from None
    if fmt == "json":
        document = {
            "campaigns": [table.as_dict() for table in tables],
            "problems": [p.as_dict() for p in problems],
            "errors": count_errors(problems),
            "warnings": len(problems) - count_errors(problems),
        }
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        sys.exit(1 if count_errors(problems) else 0)
    for campaign in tables:
        table = _facts_table(campaign)
        if _fits(table):
            stdout.print(table)
        else:  # piped or narrow: a block per fact, each line whole (never cut to "jus…")
            stdout.print(_facts_blocks(campaign))
    _finish(problems)


_FACT_MARKS = {
    "agrees": "[green]ok[/green]",
    "found": "[green]ok[/green]",
    "no quote": "[yellow]no quote[/yellow]",
    "no archive": "[dim]none[/dim]",
}


def _fact_cells(campaign: CampaignFacts, row: FactRow) -> list[tuple[str, str]]:
    """One fact's cells as (heading, rich markup): each locale, cites, quote, archive."""
    from rich.markup import escape

    return [
        *((locale, escape(row.rendered.get(locale, ""))) for locale in campaign.locales),
        ("cites", escape(", ".join(row.cites))),
        ("quote", _FACT_MARKS.get(row.quote_verdict, f"[red]{row.quote_verdict}[/red]")),
        ("archive", _FACT_MARKS.get(row.evidence.archive, f"[red]{row.evidence.archive}[/red]")),
    ]


def _facts_table(campaign: CampaignFacts) -> Table:
    from rich.table import Table

    table = Table(title=f"{campaign.campaign} ({campaign.path})", title_justify="left")
    table.add_column("fact", no_wrap=True)
    for locale in campaign.locales:
        table.add_column(locale)
    table.add_column("cites")
    table.add_column("quote")
    table.add_column("archive")
    for row in campaign.facts:
        table.add_row(row.name, *(cell for _, cell in _fact_cells(campaign, row)))
    return table


def _fits(table: Table) -> bool:
    """Whether ``table`` shows on standard output without a cell wrapped or cut."""
    from rich.measure import Measurement

    if not stdout.is_terminal:
        return False
    unbounded = stdout.options.update_width(1_000_000)  # the width it wants, not the screen's
    return Measurement.get(stdout, unbounded, table).maximum <= stdout.width


def _facts_blocks(campaign: CampaignFacts) -> str:
    """One campaign's facts as blocks of ``heading  value`` lines, for pipes and narrow terminals."""
    from rich.markup import escape

    lines = [f"[bold]{escape(campaign.campaign)}[/bold] ({escape(campaign.path)})"]
    width = max(len(heading) for heading in [*campaign.locales, "archive"])
    for row in campaign.facts:
        lines += ["", f"[bold]{escape(row.name)}[/bold]"]
        lines += [f"  {heading:<{width}}  {cell}" for heading, cell in _fact_cells(campaign, row)]
    return "\n".join(lines) + "\n"


def run() -> None:
    """The ``toolkit`` command: :func:`main`, then an exit that skips tearing Python down.

    Freeing every object of a process that has loaded Babel, Jinja and the
    lint's patterns takes a seventh of a second, and nothing is left to
    save by then: the exit handlers still run (caches saved, temporary
    folders removed) and the output is flushed, then the process ends.
    """
    try:
        main()
        status = 0
    except SystemExit as done:
        status = _exit_status(done.code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe has nothing more to say
            stream.flush()
    os._exit(status)


def _exit_status(code: object) -> int:
    """The status ``sys.exit(code)`` would give (a message is printed, as Python does)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    with contextlib.suppress(Exception):
        print(code, file=sys.stderr)
    return 1


def main() -> None:
    """Entry point: run the CLI; an unexpected error is one line, not a traceback.

    SIGINT (Ctrl-C) and SIGTERM stop a command cleanly: one line, exit status
    130 or 143 (128 + the signal's number), as shells report a signal.
    """
    _stop_on_signals()
    try:
        cli.main(prog_name="toolkit")
    except Stopped as stop:
        for number in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(ValueError):
                signal.signal(number, signal.SIG_IGN)
        _say_stopped(stop.signum)
        sys.exit(128 + stop.signum)
    except ToolkitError as err:  # bad input found deep down: the problems say where
        sys.exit(report(err.problems) or 1)
    except Exception as err:  # the last guard: users see one line, developers can ask for more
        if os.environ.get("TOOLKIT_DEBUG"):
            raise
        if isinstance(err, OSError) and err.filename:
            stderr.print(
                f"[bold red]toolkit:[/bold red] cannot use {err.filename}: "
                f"{err.strerror or err} (set TOOLKIT_DEBUG=1 to see where)"
            )
            sys.exit(1)
        stderr.print(
            f"[bold red]toolkit: internal error:[/bold red] {type(err).__name__}: {err} "
            "(set TOOLKIT_DEBUG=1 to see where)"
        )
        sys.exit(1)
