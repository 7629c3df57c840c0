"""`make bench`: the speed targets of DESIGN.md, measured in one run on this machine.

Prints a table and writes ``benchmarks/results.json``. Everything runs in
``benchmarks/work/`` (git-ignored), on copies of the project:

- the example campaign, built with ``--allow-partial`` (its translations
  may still be in progress: a partial locale renders the same documents,
  with the source language where strings are missing; the table says
  which locales were partial);
- a generated corpus: N copies of the example under new slugs, whose
  catalogs are completed with the source text where a translation is
  missing (a pseudo-translation), so every locale ships.

Clean builds are compared with rendering the same ``brief.html`` files one
after another with bare WeasyPrint in one process; both are timed as whole
processes (start-up and imports included). Compiled templates are cached
in a fresh folder, so the first build pays for compiling them.
Commands run with ``PYTHONDONTWRITEBYTECODE`` unset, as in a default
Python, so the toolkit's own modules are not recompiled at every start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "benchmarks" / "work"
RESULTS = REPO / "benchmarks" / "results.json"
EXAMPLE = "nk-prison-camps"
LOCALES = ("en", "fr", "es", "ko", "ar")
JOBS = 2
LINT_SIZES = (1, 10, 50)
BIG_FACTS = 10_000
TIMEOUT = 1800

BARE_WEASYPRINT = """
import json, sys, time
start = time.perf_counter()
from weasyprint import HTML
imported = time.perf_counter()
for source, target, base in json.loads(sys.argv[1]):
    HTML(filename=source, base_url=base).write_pdf(target)
print(json.dumps({"import": imported - start, "render": time.perf_counter() - imported}))
"""

sys.path.insert(0, str(REPO))


# -- running things --------------------------------------------------------------


def environment() -> dict[str, str]:
    """The environment of every measured command."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["TOOLKIT_CACHE_DIR"] = str(WORK / "template-cache")
    env.pop("TOOLKIT_DEBUG", None)
    return env


def toolkit_command() -> list[str]:
    """How a user runs the toolkit: the console script next to this Python."""
    script = Path(sys.executable).with_name("toolkit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "toolkit"]


def run(command: Sequence[str], **kwargs: Any) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``command``; its wall time in seconds and its result."""
    start = time.perf_counter()
    done = subprocess.run(
        list(command),
        capture_output=True,
        text=True,
        env=environment(),
        timeout=TIMEOUT,
        check=False,
        **kwargs,
    )
    return time.perf_counter() - start, done


def toolkit(project: Path, *args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``toolkit --project project args``."""
    return run([*toolkit_command(), "--project", str(project), *args])


def ensure(ok: bool, what: str, done: subprocess.CompletedProcess[str] | None = None) -> None:
    """Stop the benchmark with a message when a step did not do what it must."""
    if not ok:
        detail = f"\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}" if done else ""
        raise SystemExit(f"benchmark: {what}{detail}")


def snapshot(out: Path) -> dict[str, int]:
    """Modification time of every file under ``out``."""
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


def rewritten(before: dict[str, int], after: dict[str, int]) -> list[str]:
    """Files that are new or were written since ``before``."""
    return sorted(name for name, mtime in after.items() if before.get(name) != mtime)


# -- project trees ---------------------------------------------------------------


def copy_example(target: Path) -> Path:
    """A copy of the repository's project (fact sheets, templates, catalogs)."""
    shutil.rmtree(target, ignore_errors=True)
    for folder in ("factsheets", "templates", "locales"):
        shutil.copytree(REPO / folder, target / folder)
    return target


def complete_catalog(source: Path, target: Path) -> None:
    """Copy a PO file, giving every untranslated or fuzzy entry its source text."""
    import polib

    catalog = polib.pofile(str(source))
    match = re.search(r"nplurals\s*=\s*(\d+)", catalog.metadata.get("Plural-Forms", ""))
    plurals = int(match.group(1)) if match else 2
    for entry in catalog:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.get(i) for i in range(plurals)):
                forms = [entry.msgid] + [entry.msgid_plural] * (plurals - 1)
                entry.msgstr_plural = dict(enumerate(forms))
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
    target.parent.mkdir(parents=True, exist_ok=True)
    catalog.save(str(target))


def make_corpus(target: Path, campaigns: int) -> list[str]:
    """A project with ``campaigns`` copies of the example, fully translated; their slugs."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(REPO / "templates", target / "templates")
    (target / "factsheets").mkdir(parents=True)
    if (REPO / "factsheets" / "sources").is_dir():  # the archived sources the quotes are checked in
        shutil.copytree(REPO / "factsheets" / "sources", target / "factsheets" / "sources")
    example = (REPO / "factsheets" / f"{EXAMPLE}.yaml").read_text(encoding="utf-8")
    slugs = [f"bench-{n:03d}" for n in range(1, campaigns + 1)]
    for slug in slugs:
        text = example.replace(f"campaign: {EXAMPLE}", f"campaign: {slug}", 1)
        (target / "factsheets" / f"{slug}.yaml").write_text(text, encoding="utf-8")
    for locale in LOCALES[1:]:
        folder = REPO / "locales" / locale / "LC_MESSAGES"
        into = target / "locales" / locale / "LC_MESSAGES"
        complete_catalog(folder / "messages.po", into / "messages.po")
        complete_catalog(folder / f"{EXAMPLE}.po", into / f"{slugs[0]}.po")
        for slug in slugs[1:]:
            shutil.copyfile(into / f"{slugs[0]}.po", into / f"{slug}.po")
    return slugs


def big_factsheet(target: Path, facts: int) -> Path:
    """A project whose one fact sheet is the example plus ``facts`` more facts."""
    shutil.rmtree(target, ignore_errors=True)
    copy_example(target)
    sheet = target / "factsheets" / f"{EXAMPLE}.yaml"
    text = sheet.read_text(encoding="utf-8")
    extra = "".join(
        f"  bench_fact_{n:05d}:\n"
        f"    value: {1000 + n}\n"
        "    qualifier: about\n"
        "    as_of: 2011-05\n"
        "    cite: [ai-2012-advisory]\n"
        f'    quote: "about {1000 + n} people were counted in survey {n}"\n'
        for n in range(facts)
    )
    sheet.write_text(text.replace("\nfacts:\n", "\nfacts:\n" + extra, 1), encoding="utf-8")
    return target


def change_one_fact(project: Path) -> tuple[str, list[str]]:
    """Add one to a value fact used by the fewest outputs; its name and those outputs."""
    from toolkit.factsheet.copytext import iter_copy_strings, placeholders
    from toolkit.factsheet.loader import load_factsheet

    path = project / "factsheets" / f"{EXAMPLE}.yaml"
    loaded, _ = load_factsheet(path, project)
    assert loaded is not None
    users: dict[str, set[str]] = {name: set() for name in loaded.sheet.facts}
    for item in iter_copy_strings(loaded.sheet):
        for text in item.texts:
            for placeholder in placeholders(text):
                users.setdefault(placeholder.name, set()).add(item.output)
        if item.count:
            users.setdefault(item.count, set()).add(item.output)
    candidates = [
        (len(outputs), name)
        for name, outputs in users.items()
        if outputs and name in loaded.sheet.facts and loaded.sheet.facts[name].value is not None
    ]
    _, name = min(candidates)
    value = loaded.sheet.facts[name].value
    assert value is not None
    line, _column = loaded.locate(("facts", name, "value"))
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = lines[line - 1].replace(f"value: {value}", f"value: {value + 1}", 1)
    # Its quote no longer states it (an error): drop the quote, leaving a warning.
    quote_line, _column = loaded.locate(("facts", name, "quote"))
    if lines[quote_line - 1].lstrip().startswith("quote:"):
        del lines[quote_line - 1]
    path.write_text("\n".join(lines), encoding="utf-8")
    return name, sorted(users[name])


# -- measurements ----------------------------------------------------------------


def clean_build(project: Path, *extra: str) -> dict[str, Any]:
    """Build ``project`` from nothing with 2 jobs, then render its briefs with bare WeasyPrint."""
    shutil.rmtree(project / "out", ignore_errors=True)
    shutil.rmtree(WORK / "template-cache", ignore_errors=True)
    seconds, done = toolkit(project, "build", "--jobs", str(JOBS), *extra)
    ensure(done.returncode == 0, f"the clean build of {project.name} failed", done)
    briefs = sorted((project / "out").glob("*/*/brief.html"))
    bare_out = WORK / "bare" / project.name
    shutil.rmtree(bare_out, ignore_errors=True)
    pairs = []
    for brief in briefs:
        target = bare_out / brief.parent.parent.name / brief.parent.name / "brief.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        pairs.append((str(brief), str(target), str(project / "templates") + "/"))
    bare, done_bare = run([sys.executable, "-c", BARE_WEASYPRINT, json.dumps(pairs)])
    ensure(done_bare.returncode == 0, "bare WeasyPrint failed", done_bare)
    inside = json.loads(done_bare.stdout.strip().splitlines()[-1])
    partial = sorted(set(re.findall(r"partial (\S+/\S+):", done.stderr)))
    return {
        "pdfs": len(briefs),
        "build_s": seconds,
        "bare_weasyprint_s": bare,
        "bare_import_s": inside["import"],
        "bare_render_s": inside["render"],
        "ratio": seconds / bare,
        "partial_locales": partial,
    }


def noop_build(project: Path, *extra: str, repeat: int = 3) -> dict[str, Any]:
    """Rebuild with nothing changed: wall time (median of ``repeat``) and files rewritten."""
    out = project / "out"
    times: list[float] = []
    written: list[str] = []
    for _ in range(repeat):
        before = snapshot(out)
        seconds, done = toolkit(project, "build", "--jobs", str(JOBS), *extra)
        ensure(done.returncode == 0, "a no-op rebuild failed", done)
        times.append(seconds)
        written += rewritten(before, snapshot(out))
    return {"seconds": statistics.median(times), "runs": times, "rewritten": sorted(set(written))}


def one_fact_build(project: Path, *extra: str) -> dict[str, Any]:
    """Change one fact and rebuild: which outputs were written again."""
    fact, used_by = change_one_fact(project)
    out = project / "out"
    before = snapshot(out)
    seconds, done = toolkit(project, "build", "--jobs", str(JOBS), *extra)
    ensure(done.returncode == 0, "the rebuild after changing a fact failed", done)
    written = [name for name in rewritten(before, snapshot(out)) if not name.startswith(".")]
    rendered = re.search(r"(\d+) PDF\(s\) rendered", done.stderr)
    outputs = sum(1 for p in out.rglob("*") if p.is_file() and not p.name.startswith("."))
    return {
        "fact": fact,
        "used_by": used_by,
        "seconds": seconds,
        "rebuilt": written,
        "rebuilt_count": len(written),
        "outputs": outputs,
        "pdfs_rendered": int(rendered.group(1)) if rendered else None,
    }


def lint_available() -> bool:
    """Whether this toolkit has a ``lint`` command yet."""
    _, done = run([*toolkit_command(), "lint", "--help"])
    return done.returncode == 0


def lint_scaling(corpus: Path, slugs: list[str]) -> dict[str, Any]:
    """``toolkit lint`` on 1, 10 and 50 campaigns × 5 locales."""
    if not lint_available():
        return {"available": False}
    rows = []
    for size in LINT_SIZES:
        project = WORK / f"lint-{size}"
        shutil.rmtree(project, ignore_errors=True)
        shutil.copytree(corpus / "templates", project / "templates")
        (project / "factsheets").mkdir(parents=True)
        if (corpus / "factsheets" / "sources").is_dir():  # the archives the quotes are in
            shutil.copytree(corpus / "factsheets" / "sources", project / "factsheets" / "sources")
        for slug in slugs[:size]:
            shutil.copyfile(
                corpus / "factsheets" / f"{slug}.yaml", project / "factsheets" / f"{slug}.yaml"
            )
        for locale in LOCALES[1:]:
            into = project / "locales" / locale / "LC_MESSAGES"
            into.mkdir(parents=True)
            source = corpus / "locales" / locale / "LC_MESSAGES"
            shutil.copyfile(source / "messages.po", into / "messages.po")
            for slug in slugs[:size]:
                shutil.copyfile(source / f"{slug}.po", into / f"{slug}.po")
        seconds, done = toolkit(project, "lint", "--format", "json")
        counts = _problem_counts(done.stdout)
        units = size * len(LOCALES)
        rows.append(
            {
                "campaigns": size,
                "campaign_locales": units,
                "seconds": seconds,
                "per_campaign_locale_s": seconds / units,
                "exit": done.returncode,
                **counts,
            }
        )
    first, last = rows[0], rows[-1]
    marginal = (last["seconds"] - first["seconds"]) / (
        last["campaign_locales"] - first["campaign_locales"]
    )
    return {"available": True, "runs": rows, "marginal_per_campaign_locale_s": marginal}


def _problem_counts(output: str) -> dict[str, Any]:
    try:
        data = json.loads(output)
        return {"errors": data.get("errors"), "warnings": data.get("warnings")}
    except ValueError:
        return {"errors": None, "warnings": None}


def startup() -> dict[str, Any]:
    """``toolkit --help``: wall time, and whether WeasyPrint was imported."""
    times = [run([*toolkit_command(), "--help"])[0] for _ in range(5)]
    _, done = run([sys.executable, "-X", "importtime", "-m", "toolkit", "--help"])
    modules: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            modules.append((int(parts[1]), parts[2].strip()))
    names = {name for _, name in modules}
    heaviest = [
        {"module": name, "cumulative_ms": us / 1000}
        for us, name in sorted(modules, reverse=True)
        if "." not in name
    ][:6]
    return {
        "help_s": statistics.median(times),
        "runs": times,
        "modules_imported": len(names),
        "weasyprint_imported": any(n == "weasyprint" or n.startswith("weasyprint.") for n in names),
        "heaviest_top_level_imports": heaviest,
    }


def big_sheet() -> dict[str, Any]:
    """A fact sheet of 10,000 more facts: load (in process and via validate), and lint."""
    project = big_factsheet(WORK / "big", BIG_FACTS)
    from toolkit.factsheet.loader import load_factsheet

    start = time.perf_counter()
    loaded, _problems = load_factsheet(project / "factsheets" / f"{EXAMPLE}.yaml", project)
    load_s = time.perf_counter() - start
    ensure(loaded is not None, "the big fact sheet did not load")
    validate_s, done = toolkit(project, "validate", "--format", "json")
    ensure(done.returncode == 0, "the big fact sheet is not valid", done)
    result: dict[str, Any] = {
        "facts": len(loaded.sheet.facts) if loaded else 0,
        "bytes": (project / "factsheets" / f"{EXAMPLE}.yaml").stat().st_size,
        "load_in_process_s": load_s,
        "validate_s": validate_s,
    }
    if lint_available():
        lint_s, done = toolkit(project, "lint", "--format", "json")
        result.update({"lint_s": lint_s, "lint_exit": done.returncode})
    else:
        result["lint_s"] = "not available"
    return result


# -- report ----------------------------------------------------------------------


def table(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(what, measured, target) rows."""
    ex, co = results["example"], results["corpus"]
    rows: list[tuple[str, str, str]] = []

    def clean(name: str, data: dict[str, Any]) -> None:
        rows.append(
            (
                f"{name}: clean build, {JOBS} jobs, {data['pdfs']} PDFs",
                f"{data['build_s']:.2f} s vs bare WeasyPrint {data['bare_weasyprint_s']:.2f} s"
                f" = ratio {data['ratio']:.2f}",
                "ratio < 1.0",
            )
        )

    clean("example", ex["clean"])
    noop = ex["noop"]
    rows.append(
        (
            "example: rebuild, nothing changed",
            f"{noop['seconds']:.2f} s, {len(noop['rewritten'])} files rewritten",
            "< 1 s, 0 rewritten",
        )
    )
    fact = ex["one_fact"]
    rows.append(
        (
            f"example: fact {fact['fact']!r} changed (used in: {', '.join(fact['used_by'])})",
            f"{fact['rebuilt_count']} of {fact['outputs']} outputs rebuilt, "
            f"{fact['pdfs_rendered']} PDFs rendered, {fact['seconds']:.2f} s",
            "only its outputs",
        )
    )
    clean(f"corpus of {co['campaigns']}", co["clean"])
    rows.append(
        (
            f"corpus of {co['campaigns']}: rebuild, nothing changed",
            f"{co['noop']['seconds']:.2f} s, {len(co['noop']['rewritten'])} files rewritten",
            "0 rewritten",
        )
    )
    lint = results["lint"]
    if not lint["available"]:
        rows.append(("toolkit lint", "not available", "linear"))
    else:
        for row in lint["runs"]:
            rows.append(
                (
                    f"lint: {row['campaigns']} campaign(s) × {len(LOCALES)} locales",
                    f"{row['seconds']:.2f} s = {row['per_campaign_locale_s'] * 1000:.0f} ms"
                    f" per campaign-locale (exit {row['exit']})",
                    "linear",
                )
            )
        rows.append(
            (
                "lint: marginal cost",
                f"{lint['marginal_per_campaign_locale_s'] * 1000:.0f} ms per campaign-locale",
                "",
            )
        )
    start = results["startup"]
    rows.append(
        (
            "toolkit --help",
            f"{start['help_s']:.2f} s, weasyprint imported: {start['weasyprint_imported']}",
            "no weasyprint",
        )
    )
    big = results["big"]
    lint_big = big["lint_s"] if isinstance(big["lint_s"], str) else f"{big['lint_s']:.2f} s"
    rows.append(
        (
            f"fact sheet of {big['facts']} facts ({big['bytes'] // 1024} KiB)",
            f"load {big['load_in_process_s']:.2f} s, validate {big['validate_s']:.2f} s,"
            f" lint {lint_big}",
            "< 10 s",
        )
    )
    return rows


OUTPUT_FILES = {
    "advisory": {"advisory.txt", "advisory.html"},
    "donation": {"donation.html"},
    "brief": {"brief.html", "brief.pdf"},
}


def verdicts(results: dict[str, Any]) -> dict[str, bool | None]:
    """Whether each target of DESIGN.md and the issue was met (None: not measurable yet)."""
    ex, co, lint, big = results["example"], results["corpus"], results["lint"], results["big"]
    expected = set().union(*(OUTPUT_FILES[o] for o in ex["one_fact"]["used_by"]))
    rebuilt = {Path(name).name for name in ex["one_fact"]["rebuilt"]}
    linear = None
    if lint["available"]:
        per_unit = {row["campaigns"]: row["per_campaign_locale_s"] for row in lint["runs"]}
        linear = per_unit[50] <= 1.5 * per_unit[10]
    lint_big = big["lint_s"]
    return {
        "example clean build faster than bare WeasyPrint": ex["clean"]["ratio"] < 1.0,
        "corpus clean build faster than bare WeasyPrint": co["clean"]["ratio"] < 1.0,
        "no-op rebuild under 1 s": ex["noop"]["seconds"] < 1.0,
        "no-op rebuild rewrites nothing": not ex["noop"]["rewritten"]
        and not co["noop"]["rewritten"],
        "one fact changed: only the outputs using it": bool(rebuilt) and rebuilt <= expected,
        "lint grows linearly": linear,
        "--help does not import WeasyPrint": not results["startup"]["weasyprint_imported"],
        "10,000 facts load under 10 s": big["validate_s"] < 10,
        "10,000 facts lint under 10 s": None if isinstance(lint_big, str) else lint_big < 10,
    }


def print_table(rows: list[tuple[str, str, str]], machine: dict[str, Any]) -> None:
    """The table, for a terminal."""
    print(
        f"\nmachine: {machine['cores']} cores, {machine['platform']}, Python {machine['python']},"
        f" load average {machine['load_before']} -> {machine['load_after']}\n"
    )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    header = ("measure", "result", "target")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


def step(name: str, work: Callable[[], Any]) -> Any:
    """Run one measurement, saying what is being measured."""
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    return work()


def main() -> None:
    """Measure everything in one run; print the table; write results.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=int, default=10, help="campaigns in the generated corpus")
    args = parser.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    machine = {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_before": [round(x, 2) for x in os.getloadavg()],
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    example = copy_example(WORK / "example")
    results: dict[str, Any] = {"machine": machine, "jobs": JOBS}
    partial = "--allow-partial"
    results["example"] = {
        "clean": step("example clean build", lambda: clean_build(example, partial)),
        "noop": step("example no-op rebuild", lambda: noop_build(example, partial)),
        "one_fact": step("example one fact changed", lambda: one_fact_build(example, partial)),
    }
    corpus = WORK / "corpus"
    slugs = step("generating the corpus", lambda: make_corpus(corpus, max(args.corpus, 50)))
    for slug in slugs[args.corpus :]:  # the corpus build uses the first N; the lint all 50
        (corpus / "factsheets" / f"{slug}.yaml").rename(corpus / f"{slug}.yaml.unused")
    results["corpus"] = {
        "campaigns": args.corpus,
        "clean": step("corpus clean build", lambda: clean_build(corpus)),
        "noop": step("corpus no-op rebuild", lambda: noop_build(corpus, repeat=1)),
    }
    for slug in slugs[args.corpus :]:
        (corpus / f"{slug}.yaml.unused").rename(corpus / "factsheets" / f"{slug}.yaml")
    results["lint"] = step("lint scaling", lambda: lint_scaling(corpus, slugs))
    results["startup"] = step("start-up", startup)
    results["big"] = step(f"{BIG_FACTS} facts", big_sheet)
    machine["load_after"] = [round(x, 2) for x in os.getloadavg()]
    rows = table(results)
    results["table"] = [{"measure": a, "result": b, "target": c} for a, b, c in rows]
    results["targets"] = verdicts(results)
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(rows, machine)
    print()
    for target, met in results["targets"].items():
        print(f"{'n/a' if met is None else 'yes' if met else 'NO':>4}  {target}")
    print(f"\nwritten: {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
