"""`make bench`: the speed targets, measured side by side in one run on this machine.

Prints a table and writes ``benchmarks/results.json``. Everything runs in
``benchmarks/work/`` (git-ignored), on copies of the project:

- the example campaign, built with ``--allow-partial`` (its translations
  may still be in progress; the table says which locales were partial);
- a generated corpus: copies of the example under new slugs, whose catalogs
  are completed with the source text where a translation is missing, so
  every locale ships. 50 campaigns × 5 locales = 250 campaign-locales.

Two baselines, both whole processes (start-up and imports included):

- *serial*: bare WeasyPrint rendering the same ``brief.html`` files one
  after another in one process;
- *fork-2 floor*: WeasyPrint imported once, then forked into 2 worker
  processes sharing the files: the least any WeasyPrint pipeline can take
  on 2 cores.

The measures run in rounds, in a different order each round, so a noisy
moment hurts every measure alike; medians are reported. Before each round
the machine is watched for a second while the benchmark sleeps: the share
of the cores other processes used is recorded, so a noisy run shows as
such. Compiled templates are cached in a fresh folder for the first build.
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
SCALE_CAMPAIGNS = 50  # × 5 locales = 250 campaign-locales
BIG_FACTS = 10_000
TIMEOUT = 1800

SERIAL_BARE = """
import json, sys
from weasyprint import HTML
for source, target, base in json.loads(sys.argv[1]):
    HTML(filename=source, base_url=base).write_pdf(target)
"""

FORK_FLOOR = """
import json, multiprocessing, sys
from weasyprint import HTML

def render(pair):
    source, target, base = pair
    HTML(filename=source, base_url=base).write_pdf(target)

pairs = json.loads(sys.argv[1])
pairs.sort(key=lambda pair: -len(open(pair[0], encoding="utf-8").read()))  # longest first
with multiprocessing.get_context("fork").Pool(int(sys.argv[2])) as pool:
    list(pool.imap_unordered(render, pairs, chunksize=1))
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
    shutil.copytree(  # archived sources and other assets the fact sheets refer to
        REPO / "factsheets", target / "factsheets", ignore=shutil.ignore_patterns("*.yaml")
    )
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
        "    cite: [bench-survey]\n"
        f'    quote: "about {1000 + n} people were counted in survey {n}"\n'
        for n in range(facts)
    )
    survey = (  # a source without an archive: the quotes are checked against the values only
        "  bench-survey:\n"
        "    publisher: Benchmark\n"
        "    title: A survey with many figures\n"
        "    published: 2011-06\n"
    )
    text = text.replace("\nsources:\n", "\nsources:\n" + survey, 1)
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


def busy_cores(seconds: float = 1.0) -> float:
    """How many cores other processes kept busy while this one slept (from /proc/stat)."""

    def sample() -> tuple[int, int]:
        try:
            fields = [int(n) for n in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        except (OSError, ValueError):
            return 0, 0
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields) - idle, sum(fields)

    busy_a, total_a = sample()
    time.sleep(seconds)
    busy_b, total_b = sample()
    cores = os.cpu_count() or 1
    return round(cores * (busy_b - busy_a) / max(1, total_b - total_a), 2)


def brief_pairs(project: Path, into: Path) -> list[tuple[str, str, str]]:
    """(brief.html, where its PDF goes, base URL) for every brief a build left in ``out/``."""
    shutil.rmtree(into, ignore_errors=True)
    pairs = []
    for brief in sorted((project / "out").glob("*/*/brief.html")):
        target = into / brief.parent.parent.name / brief.parent.name / "brief.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        pairs.append((str(brief), str(target), str(project / "templates") + "/"))
    return pairs


def baseline(script: str, pairs: list[tuple[str, str, str]], *args: str) -> float:
    """Wall time of a bare-WeasyPrint script over ``pairs``."""
    seconds, done = run([sys.executable, "-c", script, json.dumps(pairs), *args])
    ensure(done.returncode == 0, "a bare WeasyPrint baseline failed", done)
    return seconds


def build(project: Path, *extra: str, empty: bool = False) -> tuple[float, str]:
    """Wall time of ``toolkit build`` (into an empty ``out/`` when ``empty``), and its stderr."""
    if empty:
        shutil.rmtree(project / "out", ignore_errors=True)
    seconds, done = toolkit(project, "build", "--jobs", str(JOBS), *extra)
    ensure(done.returncode == 0, f"toolkit build {' '.join(extra)} failed in {project.name}", done)
    return seconds, done.stderr


class Example:
    """The example campaign's measures, one call each per round."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.extra = ("--allow-partial",)
        shutil.rmtree(WORK / "template-cache", ignore_errors=True)
        _, log = build(project, *self.extra, empty=True)  # compiles and caches the templates
        self.partial = sorted(set(re.findall(r"(\w+) is shipped partly", log)))
        self.pairs = brief_pairs(project, WORK / "bare" / "example")
        self.times: dict[str, list[float]] = {}
        self.rewritten: list[str] = []
        self.facts: list[dict[str, Any]] = []

    def measures(self) -> dict[str, Callable[[], float]]:
        return {
            "serial bare WeasyPrint": lambda: baseline(SERIAL_BARE, self.pairs),
            "fork-2 floor": lambda: baseline(FORK_FLOOR, self.pairs, str(JOBS)),
            "build --force": lambda: build(self.project, "--force", *self.extra)[0],
            "build into an empty out/": lambda: build(self.project, *self.extra, empty=True)[0],
            "no-op build": self.noop,
            "one fact changed": self.one_fact,
        }

    def noop(self) -> float:
        build(self.project, *self.extra)  # whatever ran before, nothing changes after this
        before = snapshot(self.project / "out")
        seconds, _ = build(self.project, *self.extra)
        self.rewritten += rewritten(before, snapshot(self.project / "out"))
        return seconds

    def one_fact(self) -> float:
        build(self.project, *self.extra)
        out = self.project / "out"
        fact, used_by = change_one_fact(self.project)
        before = snapshot(out)
        seconds, log = build(self.project, *self.extra)
        written = [n for n in rewritten(before, snapshot(out)) if not n.startswith(".")]
        rendered = re.search(r"(\d+) PDF\(s\) rendered", log)
        self.facts.append(
            {
                "fact": fact,
                "used_by": used_by,
                "rebuilt": written,
                "outputs": sum(1 for p in out.rglob("*") if p.is_file() and p.name[0] != "."),
                "pdfs_rendered": int(rendered.group(1)) if rendered else None,
            }
        )
        return seconds


def lint_project_of(corpus: Path, slugs: list[str], size: int) -> Path:
    """A project of the corpus's first ``size`` campaigns, for the lint."""
    project = WORK / f"lint-{size}"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(corpus / "templates", project / "templates")
    shutil.copytree(
        corpus / "factsheets", project / "factsheets", ignore=shutil.ignore_patterns("*.yaml")
    )
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
    return project


def lint_seconds(project: Path) -> float:
    seconds, done = toolkit(project, "lint", "--format", "json")
    ensure(done.returncode in (0, 1) and done.stdout.startswith("{"), "toolkit lint failed", done)
    return seconds


def startup() -> dict[str, Any]:
    """``toolkit --help``: wall time, and whether WeasyPrint was imported."""
    times = [run([*toolkit_command(), "--help"])[0] for _ in range(5)]
    _, done = run([sys.executable, "-X", "importtime", "-m", "toolkit", "--help"])
    names = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    return {
        "help_s": statistics.median(times),
        "weasyprint_imported": any(n == "weasyprint" or n.startswith("weasyprint.") for n in names),
    }


def big_sheet() -> dict[str, Any]:
    """A fact sheet of 10,000 more facts: validate and lint."""
    project = big_factsheet(WORK / "big", BIG_FACTS)
    validate_s, done = toolkit(project, "validate", "--format", "json")
    ensure(done.returncode == 0, "the big fact sheet is not valid", done)
    lint_s, _ = toolkit(project, "lint", "--format", "json")
    return {
        "facts": BIG_FACTS,
        "bytes": (project / "factsheets" / f"{EXAMPLE}.yaml").stat().st_size,
        "validate_s": validate_s,
        "lint_s": lint_s,
    }


def serve_first_page(project: Path, repeat: int = 3) -> dict[str, Any]:
    """``toolkit serve``: from starting the process to the index, then to a first document
    page (the French advisory with its lint), as a browser would ask for them."""
    import socket
    import urllib.request

    page = f"/preview/{EXAMPLE}/fr/advisory.html"
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        command = [*toolkit_command(), "--project", str(project), "serve", "--port", str(port)]
        start = time.perf_counter()
        server = subprocess.Popen(
            command, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while True:
                ensure(server.poll() is None, "toolkit serve stopped")
                try:
                    urllib.request.urlopen(base + "/", timeout=10).read()
                    break
                except OSError:
                    time.sleep(0.01)
            index_s = time.perf_counter() - start
            urllib.request.urlopen(base + page, timeout=60).read()
            urllib.request.urlopen(base + f"/out/{EXAMPLE}/fr/advisory.html", timeout=60).read()
            runs.append({"index_s": index_s, "first_page_s": time.perf_counter() - start})
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {
        "page": page,
        "index_s": statistics.median(r["index_s"] for r in runs),
        "first_page_s": statistics.median(r["first_page_s"] for r in runs),
        "runs": runs,
    }


# -- report ----------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(measure, result, target) rows."""
    ex = {name: median(times) for name, times in results["example"]["times"].items()}
    serial, floor = ex["serial bare WeasyPrint"], ex["fork-2 floor"]
    rows: list[tuple[str, str, str]] = [
        ("example: serial bare WeasyPrint, 5 briefs", f"{serial:.2f} s", "baseline"),
        ("example: fork-2 floor", f"{floor:.2f} s = {floor / serial:.2f}× serial", "baseline"),
    ]
    for name in ("build --force", "build into an empty out/"):
        rows.append(
            (
                f"example: {name}",
                f"{ex[name]:.2f} s = {ex[name] / serial:.2f}× serial, {ex[name] / floor:.2f}× floor",
                "≤ 0.8× serial",
            )
        )
    rewritten_files = results["example"]["noop_rewritten"]
    rows.append(
        (
            "example: no-op build",
            f"{ex['no-op build']:.2f} s, {len(rewritten_files)} files rewritten",
            "≤ 0.3 s, 0 rewritten",
        )
    )
    facts = results["example"]["one_fact"]
    if facts:
        last = facts[-1]
        rows.append(
            (
                f"example: one fact changed ({last['fact']}, in {', '.join(last['used_by'])})",
                f"{ex['one fact changed']:.2f} s, {len(last['rebuilt'])} of {last['outputs']} outputs,"
                f" {last['pdfs_rendered']} PDFs rendered",
                "only its outputs",
            )
        )
    lint = results["lint"]
    for size, seconds in lint["seconds"].items():
        units = int(size) * len(LOCALES)
        rows.append(
            (
                f"lint: {size} campaign(s) × {len(LOCALES)} locales",
                f"{seconds:.2f} s = {seconds / units * 1000:.0f} ms per campaign-locale",
                "≤ 40 ms at 50, linear",
            )
        )
    scale = results["scale"]
    if scale:
        units = scale["campaign_locales"]
        rows.append(
            (
                f"{units} campaign-locales: build into an empty out/",
                f"{scale['build_s']:.1f} s vs fork-2 floor {scale['floor_s']:.1f} s"
                f" = {scale['build_s'] / scale['floor_s']:.2f}× floor",
                "≤ 1.1× floor",
            )
        )
    start = results["startup"]
    rows.append(
        (
            "toolkit --help",
            f"{start['help_s']:.2f} s, WeasyPrint imported: {start['weasyprint_imported']}",
            "no WeasyPrint",
        )
    )
    serve = results["serve"]
    rows.append(
        (
            "toolkit serve: start-up to first page (example, fr advisory)",
            f"{serve['first_page_s']:.2f} s (index after {serve['index_s']:.2f} s)",
            "< 2 s",
        )
    )
    big = results["big"]
    rows.append(
        (
            f"fact sheet of {big['facts']} more facts ({big['bytes'] // 1024} KiB)",
            f"validate {big['validate_s']:.2f} s, lint {big['lint_s']:.2f} s",
            "< 10 s",
        )
    )
    return rows


def verdicts(results: dict[str, Any]) -> dict[str, bool | None]:
    """Whether each target was met (None: not measured in this run)."""
    ex = {name: median(times) for name, times in results["example"]["times"].items()}
    per_unit = {int(k): v / (int(k) * len(LOCALES)) for k, v in results["lint"]["seconds"].items()}
    scale = results["scale"]
    return {
        "clean build ≤ 0.8× serial bare WeasyPrint": ex["build into an empty out/"]
        <= 0.8 * ex["serial bare WeasyPrint"],
        "build --force ≤ 0.8× serial bare WeasyPrint": ex["build --force"]
        <= 0.8 * ex["serial bare WeasyPrint"],
        "no-op build ≤ 0.3 s": ex["no-op build"] <= 0.3,
        "no-op rewrites nothing": not results["example"]["noop_rewritten"],
        "lint ≤ 40 ms per campaign-locale at 50": per_unit.get(50, 1.0) <= 0.040,
        "lint linear (50 no worse than 1.2× 10, per unit)": per_unit.get(50, 1.0)
        <= 1.2 * per_unit.get(10, 0.0),
        "250 campaign-locales ≤ 1.1× fork-2 floor": None
        if not scale
        else scale["build_s"] <= 1.1 * scale["floor_s"],
        "--help does not import WeasyPrint": not results["startup"]["weasyprint_imported"],
        "10,000 facts validate and lint under 10 s": results["big"]["validate_s"] < 10
        and results["big"]["lint_s"] < 10,
        "serve: first page under 2 s": results["serve"]["first_page_s"] < 2,
    }


def print_table(rows: list[tuple[str, str, str]], machine: dict[str, Any]) -> None:
    """The table, for a terminal."""
    print(
        f"\nmachine: {machine['cores']} cores, {machine['platform']}, Python {machine['python']};"
        f" other processes busy (cores) before each round: {machine['busy_cores']}\n"
    )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    header = ("measure", "result", "target")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


def say(what: str) -> None:
    print(f"bench: {what}", file=sys.stderr, flush=True)


def main() -> None:
    """Measure everything in rounds; print the table; write results.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the example's measures")
    parser.add_argument(
        "--scale-rounds", type=int, default=1, help="rounds at 250 campaign-locales (0: skip)"
    )
    args = parser.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    machine: dict[str, Any] = {
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "busy_cores": [],
    }
    say("preparing the example and a corpus of 50 campaigns")
    example = Example(copy_example(WORK / "example"))
    corpus = WORK / "corpus"
    slugs = make_corpus(corpus, max(SCALE_CAMPAIGNS, *LINT_SIZES))
    lints = {size: lint_project_of(corpus, slugs, size) for size in LINT_SIZES}
    times: dict[str, list[float]] = {}
    lint_times: dict[int, list[float]] = {size: [] for size in LINT_SIZES}
    for round_ in range(args.rounds):
        machine["busy_cores"].append(busy_cores())
        measures = list(example.measures().items())
        shift = round_ % len(measures)
        for name, measure in measures[shift:] + measures[:shift]:  # a different order each round
            say(f"round {round_ + 1}/{args.rounds}: {name}")
            times.setdefault(name, []).append(measure())
        for size, project in lints.items():
            lint_times[size].append(lint_seconds(project))
    scale: dict[str, Any] = {}
    for round_ in range(args.scale_rounds):
        machine["busy_cores"].append(busy_cores())
        say(
            f"scale round {round_ + 1}/{args.scale_rounds}: {SCALE_CAMPAIGNS} campaigns × 5 locales"
        )
        seconds, _ = build(corpus, empty=True)
        pairs = brief_pairs(corpus, WORK / "bare" / "corpus")
        floor = baseline(FORK_FLOOR, pairs, str(JOBS))
        scale.setdefault("builds", []).append(seconds)
        scale.setdefault("floors", []).append(floor)
    if scale:
        scale.update(
            {
                "campaign_locales": len(brief_pairs(corpus, WORK / "bare" / "corpus")),
                "build_s": median(scale["builds"]),
                "floor_s": median(scale["floors"]),
            }
        )
    results: dict[str, Any] = {
        "machine": machine,
        "jobs": JOBS,
        "rounds": args.rounds,
        "example": {
            "times": times,
            "partial_locales": example.partial,
            "noop_rewritten": sorted(set(example.rewritten)),
            "one_fact": example.facts,
        },
        "lint": {
            "seconds": {str(size): median(values) for size, values in lint_times.items()},
            "runs": {str(size): values for size, values in lint_times.items()},
        },
        "scale": scale,
        "startup": startup(),
        "serve": serve_first_page(example.project),
        "big": big_sheet(),
    }
    rows = report(results)
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
