"""The evidence codes of `toolkit lint`, each at its file and line, and silent on the honest tree."""

from __future__ import annotations

from pathlib import Path

from tests.evidence.helpers import (
    FACTS,
    REPORT,
    SOURCE,
    column,
    evidence_problems,
    sheet_with,
    tree,
    where,
)
from tests.lint.trees import SHEET


def only(problems: list[dict[str, object]], code: str) -> list[dict[str, object]]:
    return [p for p in problems if p["code"] == code]


def test_the_honest_tree_has_no_evidence_problem(tmp_path: Path) -> None:
    status, problems = evidence_problems(tree(tmp_path))
    assert problems == []
    assert status == 0


def test_a_retyped_value_is_a_quote_mismatch_at_its_value(tmp_path: Path) -> None:
    root = tree(tmp_path, sheet_with(facts=FACTS.replace("value: 200000", "value: 20000")))
    status, problems = evidence_problems(root)
    [problem] = only(problems, "quote-mismatch")
    line = where(root, "value: 20000")
    assert (problem["path"], problem["line"], problem["column"]) == (
        SHEET,
        line,
        column(root, line, "20000"),
    )
    assert "'200,000' (200000)" in str(problem["message"])
    assert status == 1


def test_an_ordinal_is_read_and_a_wrong_number_is_reported(tmp_path: Path) -> None:
    fact = "anniversary:\n  value: {}\n  cite: [report-2011]\n  quote: 'the \"70th\" anniversary'\n"
    honest = tree(tmp_path / "honest", sheet_with(facts=FACTS + fact.format(70)))
    assert evidence_problems(honest)[1] == []
    wrong = tree(tmp_path / "wrong", sheet_with(facts=FACTS + fact.format(75)))
    [problem] = evidence_problems(wrong)[1]
    assert problem["code"] == "quote-mismatch"
    assert problem["line"] == where(wrong, "value: 75")


def test_an_estimate_stored_as_an_exact_count_is_a_qualifier_mismatch_at_the_fact(
    tmp_path: Path,
) -> None:
    root = tree(tmp_path, sheet_with(facts=FACTS.replace("  qualifier: as_many_as\n", "", 1)))
    status, problems = evidence_problems(root)
    [problem] = problems
    assert problem["code"] == "qualifier-mismatch"
    assert problem["line"] == where(root, "  prisoners_total:")  # the fact's key
    assert "'As many as'" in str(problem["message"])
    assert "as_many_as" in str(problem["message"])
    assert status == 1


def test_a_different_hedge_is_a_qualifier_mismatch_at_the_qualifier(tmp_path: Path) -> None:
    root = tree(
        tmp_path, sheet_with(facts=FACTS.replace("qualifier: as_many_as", "qualifier: about"))
    )
    [problem] = evidence_problems(root)[1]
    line = where(root, "qualifier: about")
    assert (problem["code"], problem["line"], problem["column"]) == (
        "qualifier-mismatch",
        line,
        column(root, line, "about"),
    )


def test_up_to_and_as_many_as_agree(tmp_path: Path) -> None:
    root = tree(
        tmp_path, sheet_with(facts=FACTS.replace("qualifier: as_many_as", "qualifier: up_to"))
    )
    assert evidence_problems(root)[1] == []


def test_a_hedge_the_quote_does_not_state_is_a_qualifier_mismatch(tmp_path: Path) -> None:
    facts = FACTS.replace("  value: 6\n", "  value: 6\n  qualifier: about\n")
    root = tree(tmp_path, sheet_with(facts=facts))
    [problem] = evidence_problems(root)[1]
    assert problem["code"] == "qualifier-mismatch"
    assert problem["line"] == where(root, "qualifier: about")
    assert "no hedge" in str(problem["message"])


def test_a_quote_not_in_the_archive_shows_the_closest_passage(tmp_path: Path) -> None:
    facts = FACTS.replace("people are held in six camps", "people are kept in six camps", 1)
    root = tree(tmp_path, sheet_with(facts=facts))
    status, problems = evidence_problems(root)
    [problem] = problems
    line = where(root, "are kept in six camps")
    assert (problem["code"], problem["line"], problem["column"]) == (
        "quote-not-in-source",
        line,
        column(root, line, '"As many'),
    )
    message = str(problem["message"])
    assert "factsheets/sources/report.txt" in message
    assert '"As many as 200,000 people are held in six camps' in message
    assert status == 1


def test_quotes_match_across_spacing_line_breaks_quotes_dashes_and_ellipses(
    tmp_path: Path,
) -> None:
    facts = FACTS + (
        "published_on:\n  date: 2011-05-03\n  cite: [report-2011]\n"
        "  quote: \"It was published on 3 May 2011, the '70th' anniversary\"\n"
        "yodok:\n  value: 50000\n  qualifier: up_to\n  cite: [report-2011]\n"
        '  quote: "up to 50,000 in Yodok - the largest camp"\n'
        "held_2010:\n  range: [80000, 120000]\n  cite: [report-2011]\n"
        '  quote: "Between 80,000 and 120,000 people [...] in 2010"\n'
        "refill:\n  range: [1, 2]\n  cite: [report-2011]\n"
        '  quote: "within one or two months the camps fill again"\n'
    )
    root = tree(tmp_path, sheet_with(facts=facts))
    assert evidence_problems(root)[1] == []


def test_a_range_must_have_both_ends_in_its_quote(tmp_path: Path) -> None:
    facts = FACTS + (
        "held_2010:\n  range: [80000, 130000]\n  cite: [report-2011]\n"
        '  quote: "Between 80,000 and 120,000 people were held in 2010"\n'
    )
    root = tree(tmp_path, sheet_with(facts=facts))
    [problem] = evidence_problems(root)[1]
    assert problem["code"] == "quote-mismatch"
    assert problem["line"] == where(root, "range: [80000, 130000]")


def test_a_date_without_a_year_is_in_the_sources_publication_year(tmp_path: Path) -> None:
    notes = "notes-2012:\n  publisher: Wire\n  title: Notes\n  published: {}\n  archive: sources/notes.txt\n"
    facts = FACTS.replace(
        '  cite: [report-2011]\n  quote: "An amnesty will begin on 1 February 2012"',
        '  cite: [notes-2012]\n  quote: "The amnesty starts Feb. 1"',
    )
    archives = {"report.txt": "As many as 200,000 people are held in six camps",
                "notes.txt": "The amnesty starts Feb. 1, officials said."}  # fmt: skip
    same_year = sheet_with(SOURCE + notes.format("2012-01-20"), facts)
    assert evidence_problems(tree(tmp_path / "a", same_year, archives))[1] == []
    year_before = tree(
        tmp_path / "b", sheet_with(SOURCE + notes.format("2011-12-20"), facts), archives
    )
    [problem] = evidence_problems(year_before)[1]
    assert problem["code"] == "quote-mismatch"
    assert problem["line"] == where(year_before, "date: 2012-02-01")


def test_a_source_published_after_the_issue_date_is_reported_at_each_cite(tmp_path: Path) -> None:
    late = SOURCE.replace("published: 2011-05-03", "published: 2012-02-09")
    root = tree(tmp_path, sheet_with(late))
    status, problems = evidence_problems(root)
    late_cites = only(problems, "source-after-issue")
    assert [p["line"] for p in late_cites] == [
        where(root, "cite: [report-2011]", n) for n in (1, 2, 3)
    ]
    line = where(root, "cite: [report-2011]")
    assert late_cites[0]["column"] == column(root, line, "report-2011")
    assert "2012-02-09" in str(late_cites[0]["message"])
    assert status == 1


def test_a_source_of_the_issue_month_is_not_after_it(tmp_path: Path) -> None:
    same_month = SOURCE.replace("published: 2011-05-03", "published: 2012-01")
    root = tree(tmp_path, sheet_with(same_month))
    assert only(evidence_problems(root)[1], "source-after-issue") == []
    next_month = SOURCE.replace("published: 2011-05-03", "published: 2012-02")
    root = tree(tmp_path / "later", sheet_with(next_month))
    assert len(only(evidence_problems(root)[1], "source-after-issue")) == 3


def test_a_fact_without_a_quote_is_a_warning_at_the_fact(tmp_path: Path) -> None:
    facts = FACTS.replace('  quote: "An amnesty will begin on 1 February 2012"\n', "")
    root = tree(tmp_path, sheet_with(facts=facts))
    status, problems = evidence_problems(root)
    [problem] = problems
    assert (problem["code"], problem["severity"]) == ("missing-quote", "warning")
    assert problem["line"] == where(root, "  amnesty_start:")
    assert status == 0


def test_a_source_without_archive_checks_the_quote_but_not_its_place(tmp_path: Path) -> None:
    source = SOURCE.replace("  archive: sources/report.txt\n", "")
    honest = tree(tmp_path / "honest", sheet_with(source), archives={})
    assert evidence_problems(honest)[1] == []
    facts = FACTS.replace("value: 6", "value: 7")
    wrong = tree(tmp_path / "wrong", sheet_with(source, facts), archives={})
    assert [p["code"] for p in evidence_problems(wrong)[1]] == ["quote-mismatch"]


def test_a_quote_may_capitalise_its_first_word(tmp_path: Path) -> None:
    facts = FACTS.replace('"An amnesty will begin on 1 February 2012"', '"Prisoners said that"')
    facts = facts.replace("  date: 2012-02-01\n", "  date: 2012\n")
    report = "an amnesty in 2012: prisoners said that the camps fill again."
    root = tree(tmp_path, sheet_with(facts=facts), {"report.txt": REPORT + report})
    problems = evidence_problems(root)[1]
    assert [p["code"] for p in problems] == ["quote-mismatch"]  # 2012 is not in the quote
    assert problems[0]["line"] == where(root, "date: 2012")


def test_in_a_language_without_known_hedges_the_value_is_checked_not_the_qualifier(
    tmp_path: Path,
) -> None:
    german = SOURCE.replace("  archive:", "  language: de\n  archive:")
    bericht = (
        "Bis zu 200.000 Menschen sind in sechs Lagern. Am 1. Februar 2012 beginnt die Amnestie."
    )
    facts = (
        "prisoners_total:\n  value: 200000\n  qualifier: up_to\n  cite: [report-2011]\n"
        '  quote: "Bis zu 200.000 Menschen sind in sechs Lagern"\n'
        "  key: true\n  label: people held\n"
        "camps_known:\n  value: 6\n  cite: [report-2011]\n"
        '  quote: "Bis zu 200.000 Menschen"\n'
        "amnesty_start:\n  date: 2012-02-01\n  cite: [report-2011]\n"
        '  quote: "Am 1. Februar 2012 beginnt die Amnestie"\n'
    )
    root = tree(tmp_path, sheet_with(german, facts), {"report.txt": bericht})
    problems = evidence_problems(root)[1]
    assert [(p["code"], p["line"]) for p in problems] == [
        ("quote-mismatch", where(root, "value: 6"))
    ]
