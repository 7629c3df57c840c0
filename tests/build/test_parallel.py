"""PDF workers: the same bytes whatever the number of jobs, results in a stable order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.build.conftest import run_build, snapshot
from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory
from toolkit.build.manifest import MANIFEST_NAME
from toolkit.render.pool import PdfPool, PdfTask

SECOND = (
    MINIMAL_FACTSHEET.replace("campaign: test-camps", "campaign: other-camps")
    .replace("value: 200000", "value: 300000")
    .replace("200,000 people", "300,000 people")
)


def contents(root: Path) -> dict[str, bytes]:
    files = {name: data for name, (data, _) in snapshot(root).items()}
    manifest = json.loads(files.pop(MANIFEST_NAME))
    for entry in manifest["outputs"].values():
        entry.pop("seconds", None)  # how long a render took is not part of the output
        entry.pop("stat", None)  # nor when a file was written
    files[MANIFEST_NAME] = json.dumps(manifest, sort_keys=True).encode()
    return files


def test_one_job_and_two_jobs_build_the_same_bytes(
    make_project: ProjectFactory, tmp_path: Path
) -> None:
    sheets = {"test-camps.yaml": MINIMAL_FACTSHEET, "other-camps.yaml": SECOND}
    one = make_project(sheets)
    report = run_build(one, jobs=1, locales=(), allow_partial=True)
    assert report.ok and len(report.rendered) == 4
    two = one.parent / "again"
    one.rename(two)
    first = contents(two)
    (two / "out").rename(tmp_path / "first-out")
    report = run_build(two, jobs=2, locales=(), allow_partial=True)
    assert report.ok and len(report.rendered) == 4
    assert contents(two) == first
    assert [p.parts[-3:-1] for p in report.rendered] == [
        ("other-camps", "en"),
        ("other-camps", "fr"),
        ("test-camps", "en"),
        ("test-camps", "fr"),
    ]


def page(body: str) -> str:
    return f'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>{body}</body></html>'


def task(label: str, body: str, tmp_path: Path, cost: float = 0.0, pages: int = 200) -> PdfTask:
    return PdfTask(label, page(body), tmp_path, (tmp_path,), pages, cost)


def test_results_come_back_in_the_order_of_the_tasks(tmp_path: Path) -> None:
    tasks = [task(f"t{i}", f"<p>{i}</p>" * (i + 1), tmp_path, cost=float(i % 3)) for i in range(5)]
    with PdfPool(2) as pool:
        pool.run(tasks)
        results = pool.results()
    assert [r.error for r in results] == [None] * 5
    assert [r.pages for r in results] == [1] * 5
    assert all(r.pdf and r.pdf.startswith(b"%PDF") for r in results)


def test_tasks_handed_over_one_by_one_come_back_in_order(tmp_path: Path) -> None:
    with PdfPool(2) as pool:
        pool.add([task("first", "<p>1</p>", tmp_path, cost=1)])
        pool.add(
            [task("second", "<p>2</p>" * 3, tmp_path, cost=5), task("third", "<p>3</p>", tmp_path)]
        )
        results = pool.results()
        with pytest.raises(RuntimeError):
            pool.add([task("late", "<p>4</p>", tmp_path)])  # the batch is over
    assert [r.error for r in results] == [None, None, None]
    assert [r.pdf is not None and r.pdf.startswith(b"%PDF") for r in results] == [True] * 3
