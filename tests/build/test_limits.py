"""Budgets for documents from untrusted hands: a render that is too long or too big stops."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.build.conftest import run_build
from tests.build.test_parallel import task
from tests.conftest import run_cli
from toolkit.render.pool import PdfPool

PDF = Path("out/test-camps/en/brief.pdf")


def test_a_render_over_its_time_budget_is_stopped_and_others_go_on(tmp_path: Path) -> None:
    slow = task("slow.pdf", "<p>word " * 20_000, tmp_path, cost=2, pages=10_000)
    fast = task("fast.pdf", "<p>short</p>", tmp_path, cost=1)
    with PdfPool(1, timeout=1.5) as pool:
        pool.run([slow, fast])
        stopped, done = pool.results()
    assert stopped.pdf is None
    assert stopped.error == "slow.pdf: rendering took longer than 1.5 s, stopped"
    assert done.error is None and done.pdf is not None  # rendered by a fresh worker


def test_a_document_over_its_page_budget_is_refused(tmp_path: Path) -> None:
    pages = '<div style="break-after: page">x</div>' * 5
    with PdfPool(1) as pool:
        pool.run([task("long.pdf", pages, tmp_path, pages=3)])
        [result] = pool.results()
    assert result.pdf is None and result.pages == 5
    assert result.error == "long.pdf: 5 pages, more than the limit of 3, stopped"


def test_the_build_reports_a_pdf_over_its_time_budget(project: Path) -> None:
    args = ("--project", str(project), "build", "--locale", "en", "--pdf-timeout", "0.001")
    result = run_cli(*args)
    assert result.exit_code == 1
    assert "brief.pdf of test-camps/en: rendering took longer than 0.001 s, stopped" in (
        result.stderr
    )
    assert not (project / PDF).exists()
    assert (project / "out/test-camps/en/brief.html").is_file()


def test_the_build_reports_a_pdf_over_its_page_budget(project: Path) -> None:
    sheet = project / "factsheets" / "test-camps.yaml"
    many = '\n      - "Another paragraph of a long summary, and another line."' * 300
    text = sheet.read_text().replace('summary: ["A short summary."]', "summary:" + many)
    sheet.write_text(text)
    report = run_build(project, pdf_max_pages=1)
    [failure] = report.problems
    assert (failure.code, failure.path, failure.locale) == ("pdf-failed", PDF.as_posix(), "en")
    assert failure.message.startswith("brief.pdf of test-camps/en: ")
    assert failure.message.endswith("pages, more than the limit of 1, stopped")
    assert not report.ok and not (project / PDF).exists()


def test_a_stopped_render_removes_the_pdf_it_would_have_replaced(project: Path) -> None:
    assert run_build(project).ok
    report = run_build(project, force=True, pdf_timeout=0.001)
    assert [p.code for p in report.problems] == ["pdf-failed"]
    [removed] = report.removed
    assert removed.path == project / PDF and "could not be rendered" in removed.reason
    assert not (project / PDF).exists()  # an old PDF beside a new brief.html would look current
    again = run_build(project)  # the manifest forgot it: it renders again
    assert again.ok and [p.name for p in again.rendered] == ["brief.pdf"]


def test_the_memory_budget_reaches_the_pdf_workers(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import toolkit.build as pipeline

    budgets: list[int | None] = []
    real = pipeline.PdfPool

    def recording(workers: int, timeout: float, memory_limit: int | None = None) -> object:
        budgets.append(memory_limit)
        return real(workers, timeout, memory_limit)

    monkeypatch.setattr(pipeline, "PdfPool", recording)
    result = run_cli(
        "--project", str(project), "build", "--locale", "en", "--pdf-max-memory", "700"
    )
    assert result.exit_code == 0, result.output
    assert budgets and set(budgets) == {700 * 1024 * 1024}
    assert run_cli("--project", str(project), "build", "--pdf-max-memory", "10").exit_code == 2
