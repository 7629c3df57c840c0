"""`toolkit facts`: each campaign's facts per locale, with their sources and evidence."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.evidence.helpers import FACTS, sheet_with, tree
from toolkit.facts import review_facts
from toolkit.project import Project


def facts_json(root: Path, *args: str) -> tuple[int, dict[str, object]]:
    result = run_cli("--project", str(root), "facts", "--format", "json", *args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def test_json_lists_every_fact_rendered_per_locale_with_its_evidence(tmp_path: Path) -> None:
    status, document = facts_json(tree(tmp_path))
    [campaign] = document["campaigns"]  # type: ignore[misc]
    assert campaign["campaign"] == "test-camps" and campaign["locales"] == ["en", "fr"]
    rows = {row["fact"]: row for row in campaign["facts"]}
    assert list(rows) == ["prisoners_total", "camps_known", "amnesty_start"]
    total = rows["prisoners_total"]
    assert total["rendered"]["en"] == "as many as 200,000"
    assert "200\u202f000" in total["rendered"]["fr"]  # Babel's French grouping
    assert total["cite"] == ["report-2011"]
    [source] = total["sources"]
    assert (source["title"], source["published"], source["archive"], source["language"]) == (
        "A report on the camps",
        "2011-05-03",
        "sources/report.txt",
        "en",
    )
    assert (total["quote_check"], total["archive_check"]) == ("agrees", "found")
    assert total["found_in"] == ["report-2011"]
    assert rows["amnesty_start"]["rendered"]["fr"] == "1er février 2012"
    assert document["errors"] == 0 and status == 0


def test_a_failed_check_shows_in_the_row_and_the_exit_status(tmp_path: Path) -> None:
    facts = FACTS.replace("value: 6", "value: 7").replace("are held in six", "are kept in six", 1)
    status, document = facts_json(tree(tmp_path, sheet_with(facts=facts)))
    rows = {row["fact"]: row for row in document["campaigns"][0]["facts"]}  # type: ignore[index]
    assert rows["camps_known"]["quote_check"] == "wrong value"
    assert rows["prisoners_total"]["archive_check"] == "not found"
    assert [p["code"] for p in rows["camps_known"]["problems"]] == ["quote-mismatch"]
    assert document["errors"] == 2 and status == 1


def test_the_table_names_every_fact_and_its_verdict(tmp_path: Path) -> None:
    facts = FACTS.replace('  quote: "An amnesty will begin on 1 February 2012"\n', "")
    result = run_cli("--project", str(tree(tmp_path, sheet_with(facts=facts))), "facts")
    assert result.exit_code == 0
    for words in ("test-camps", "prisoners_total", "camps_known", "amnesty_start", "no quote"):
        assert words in result.stdout
    assert "missing-quote" in result.stderr


def test_an_unknown_campaign_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("--project", str(tree(tmp_path)), "facts", "--campaign", "nope")
    assert result.exit_code == 2
    assert "no campaign 'nope'" in result.output


def test_the_example_campaign_is_quoted_and_found_in_its_archives() -> None:
    [campaign], problems = review_facts(Project(REPO))
    assert problems == []
    assert campaign.facts
    for row in campaign.facts:
        assert row.quote_verdict == "agrees", row.name
        assert row.evidence.archive == "found", row.name


def test_piped_output_cuts_nothing(tmp_path: Path) -> None:
    root = tree(tmp_path)
    status, document = facts_json(root)
    result = run_cli("--project", str(root), "facts")  # not a terminal, as in a pipe
    assert result.exit_code == status
    assert "…" not in result.stdout
    lines = result.stdout.splitlines()
    for row in document["campaigns"][0]["facts"]:  # type: ignore[index]
        assert row["fact"] in lines
        for locale, rendered in row["rendered"].items():
            assert any(line.split() == [locale, *rendered.split()] for line in lines), rendered
        assert any(line.split() == ["cites", *", ".join(row["cite"]).split()] for line in lines)


@pytest.mark.parametrize(("width", "table"), [(60, False), (400, True)])
def test_a_terminal_gets_the_table_only_when_it_fits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int, table: bool
) -> None:
    from rich.console import Console

    from toolkit import cli

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=width, highlight=False)
    monkeypatch.setattr(cli, "stdout", console)
    run_cli("--project", str(tree(tmp_path)), "facts")
    shown = screen.getvalue()
    assert ("┃" in shown) is table  # the table's header rule
    assert "…" not in shown
    assert "prisoners_total" in shown
