"""Loading fact sheets: every problem names the file, the line and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory, problems_json, run_cli

SHEET = "factsheets/test-camps.yaml"


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the ``occurrence``-th line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def check(make_project: ProjectFactory, text: str) -> tuple[int, list[dict[str, object]]]:
    root = make_project({"test-camps.yaml": text})
    return problems_json(root)


def test_minimal_factsheet_is_valid(make_project: ProjectFactory) -> None:
    status, problems = check(make_project, MINIMAL_FACTSHEET)
    assert status == 0
    assert [p for p in problems if p["severity"] == "error"] == []


def test_misspelt_key_is_named_with_its_line_and_a_suggestion(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("qualifier: as_many_as", "qualifer: as_many_as")
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = problems
    assert problem["code"] == "invalid-factsheet"
    assert problem["path"] == SHEET
    assert problem["line"] == line_of(text, "qualifer:")
    assert "qualifer" in str(problem["message"]) and "qualifier" in str(problem["message"])


def test_duplicate_key_points_at_the_second_one(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("camps_known:\n", "camps_known:\n    value: 7\n", 1)
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = problems
    assert problem["line"] == line_of(text, "value: 6")
    assert "duplicate key 'value'" in str(problem["message"])


def test_broken_yaml_line_is_reported(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        'headline: "Prisoner amnesty to begin"', 'headline: "Prisoner amnesty'
    )
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = problems
    assert problem["code"] == "invalid-factsheet"
    assert problem["line"] >= line_of(text, 'headline: "Prisoner amnesty')  # type: ignore[operator]
    assert "not valid YAML" in str(problem["message"])


def test_bad_indentation_is_reported_at_its_line(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        "    title: A report on the camps", "   title: A report on the camps"
    )
    status, problems = check(make_project, text)
    assert status == 1
    assert problems[0]["line"] == line_of(text, "title: A report on the camps")


def test_fact_without_cite_is_an_unknown_source(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("    value: 6\n    cite: [report-2011]\n", "    value: 6\n")
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = [p for p in problems if p["severity"] == "error"]
    assert problem["code"] == "unknown-source"
    assert problem["line"] == line_of(text, "camps_known:")
    assert "camps_known" in str(problem["message"])


def test_cite_of_unknown_source_points_at_the_cite(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        "    value: 6\n    cite: [report-2011]", "    value: 6\n    cite: [report-2099]"
    )
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = [p for p in problems if p["severity"] == "error"]
    assert problem["code"] == "unknown-source"
    assert problem["line"] == line_of(text, "report-2099")
    assert problem["column"] == text.splitlines()[problem["line"] - 1].index("report-2099") + 1  # type: ignore[operator]


@pytest.mark.parametrize(
    ("replacement", "expected"),
    [
        ("    value: 6\n    date: 2012-01-01\n", "found value and date"),
        ("    qualifier: about\n", "found none of them"),
    ],
)
def test_fact_needs_exactly_one_of_value_range_date(
    make_project: ProjectFactory, replacement: str, expected: str
) -> None:
    text = MINIMAL_FACTSHEET.replace("    value: 6\n", replacement)
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = [p for p in problems if p["code"] == "invalid-factsheet"]
    assert problem["line"] == line_of(text, "camps_known:")
    assert expected in str(problem["message"])


@pytest.mark.parametrize("bad", ["2015-02-30", "2011-13", "11-05", "May 2011"])
def test_partial_dates_are_checked_for_real(make_project: ProjectFactory, bad: str) -> None:
    text = MINIMAL_FACTSHEET.replace("as_of: 2011-05", f"as_of: {bad}")
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = problems
    assert problem["line"] == line_of(text, f"as_of: {bad}")
    assert "facts.prisoners_total.as_of" in str(problem["message"])


@pytest.mark.parametrize("good", ["2011", "2011-05", "2011-05-03"])
def test_partial_dates_accept_year_month_day(make_project: ProjectFactory, good: str) -> None:
    status, _ = check(make_project, MINIMAL_FACTSHEET.replace("as_of: 2011-05", f"as_of: {good}"))
    assert status == 0


def test_impossible_issue_date_is_located(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("issued: 2012-01-31", "issued: 2012-02-30")
    status, problems = check(make_project, text)
    assert status == 1
    assert problems[0]["line"] == 2


def test_wrong_type_names_the_field(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("value: 200000", 'value: "lots"')
    status, problems = check(make_project, text)
    assert status == 1
    assert {p["line"] for p in problems} == {line_of(text, 'value: "lots"')}
    assert all("facts.prisoners_total.value" in str(p["message"]) for p in problems)


def test_every_problem_is_reported_at_once(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("qualifier: as_many_as", "qualifier: roughly").replace(
        "title: A report on the camps", "titel: A report on the camps"
    )
    status, problems = check(make_project, text)
    assert status == 1
    assert {p["line"] for p in problems} >= {line_of(text, "roughly"), line_of(text, "titel:")}


def test_unknown_placeholder_is_an_unknown_fact(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("begin on {amnesty_start}", "begin on {amnesty_begin}")
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = [p for p in problems if p["severity"] == "error"]
    assert problem["code"] == "unknown-fact"
    assert problem["line"] == line_of(text, "{amnesty_begin}")


def test_unused_fact_is_a_warning(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        "    date: 2012-02-01\n    cite: [report-2011]\n",
        "    date: 2012-02-01\n    cite: [report-2011]\n  spare:\n    value: 3\n    cite: [report-2011]\n",
    )
    status, problems = check(make_project, text)
    assert status == 0
    assert [(p["code"], p["line"]) for p in problems] == [("unused-fact", line_of(text, "spare:"))]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "must be a YAML mapping"),
        (b"- just\n- a list\n", "must be a YAML mapping"),
        (b"campaign: x\x00y\n", "not valid YAML"),
        (b"campaign: \xff\xfe\n", "not UTF-8"),
        (b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n", "YAML"),
    ],
)
def test_garbage_gives_a_message_not_a_traceback(
    make_project: ProjectFactory, content: bytes, expected: str
) -> None:
    root = make_project({})
    (root / "factsheets" / "bad.yaml").write_bytes(content)
    status, problems = problems_json(root)
    assert status == 1
    assert problems[0]["path"] == "factsheets/bad.yaml"
    assert expected in str(problems[0]["message"])


def test_two_sheets_with_one_slug_are_refused(make_project: ProjectFactory) -> None:
    root = make_project({"a.yaml": MINIMAL_FACTSHEET, "b.yaml": MINIMAL_FACTSHEET})
    status, problems = problems_json(root)
    assert status == 1
    assert problems[0]["path"] == "factsheets/b.yaml"
    assert "already defined in factsheets/a.yaml" in str(problems[0]["message"])


def test_text_output_is_path_line_column(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("qualifier: as_many_as", "qualifer: as_many_as")
    root = make_project({"test-camps.yaml": text})
    result = run_cli("--project", str(root), "validate")
    assert result.exit_code == 1
    assert f"{SHEET}:{line_of(text, 'qualifer:')}:5: invalid-factsheet" in result.stderr
    assert "Traceback" not in result.output


def test_wrong_usage_exits_2(tmp_path: Path) -> None:
    assert run_cli("--project", str(tmp_path / "missing"), "validate").exit_code == 2
    assert run_cli("validate", "--no-such-option").exit_code == 2
    assert run_cli("no-such-command").exit_code == 2


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("value: 200.000", "value: 200.000"),
        ("value: 12.250.000", "value: 12.250.000"),
        ("range: [80.000, 120000]", "range: [80.000"),
        ("range: [-80000, +120.000]", "range: [-80000, +120.000"),
    ],
)
def test_thousands_dots_in_a_figure_are_refused_where_typed(
    make_project: ProjectFactory, typed: str, place: str
) -> None:
    text = MINIMAL_FACTSHEET.replace("value: 200000", typed)
    status, problems = check(make_project, text)
    assert status == 1
    [problem] = problems
    assert problem["code"] == "invalid-factsheet"
    assert problem["line"] == line_of(text, place)
    number = next(
        p for p in typed.strip("]").replace("[", " ").replace(",", " ").split() if "." in p
    )
    assert problem["column"] == line_of_text(text, place).index(number) + 1
    message = str(problem["message"])
    digits = number.replace(".", "").lstrip("+")
    if number.count(".") == 1:  # YAML reads it as a float: say which
        assert f"YAML reads {number} as the number {float(number):g}" in message
        assert f"write {digits} or {int(digits):_}" in message
    else:  # YAML reads it as text
        assert f"e.g. value: {digits}" in message


def line_of_text(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def test_thousands_dots_are_reported_with_the_other_problems(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("value: 200000", "value: 200.000").replace(
        "qualifier: as_many_as", "qualifer: as_many_as"
    )
    status, problems = check(make_project, text)
    assert status == 1
    assert [p["line"] for p in problems] == [
        line_of(text, "value: 200.000"),
        line_of(text, "qualifer:"),
    ]


@pytest.mark.parametrize("typed", ["value: 200_000", "value: 1.5", "value: 12.5", "value: 2.0000"])
def test_numbers_without_thousands_dots_load(make_project: ProjectFactory, typed: str) -> None:
    text = MINIMAL_FACTSHEET.replace("value: 200000", typed)
    _status, problems = check(make_project, text)
    assert not any("YAML reads" in str(p["message"]) for p in problems)
