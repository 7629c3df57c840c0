"""Messages a press officer can act on: where a bracket was opened, what to quote, what was meant."""

from __future__ import annotations

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory, problems_json
from tests.factsheet.test_loader import line_of


def only_problem(make_project: ProjectFactory, text: str) -> dict[str, object]:
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    return problem


def test_an_unclosed_bracket_is_reported_where_it_was_opened(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        'headline: "Prisoner amnesty to begin"', "headline: [Prisoner amnesty to begin"
    )
    problem = only_problem(make_project, text)
    assert (problem["line"], problem["column"]) == (line_of(text, "headline: ["), 15)
    assert "'[' opened here is never closed" in str(problem["message"])
    assert f"at line {line_of(text, 'headline: [') + 1}" in str(problem["message"])


def test_an_unclosed_quote_is_reported_where_it_was_opened(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        'summary: ["A short summary."]', 'summary: ["A short summary.]'
    )
    problem = only_problem(make_project, text)
    assert (problem["line"], problem["column"]) == (line_of(text, "summary: ["), 15)
    assert "quote opened here is never closed" in str(problem["message"])


def test_a_colon_in_a_value_gets_a_hint_to_quote_it(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        'headline: "Prisoner amnesty to begin"', "headline: North Korea: amnesty to begin"
    )
    problem = only_problem(make_project, text)
    assert problem["line"] == line_of(text, "headline: North Korea")
    assert "must be quoted" in str(problem["message"])


def test_a_quoted_number_is_one_clear_message(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("value: 6", 'value: "6"')
    problem = only_problem(make_project, text)
    assert (problem["line"], problem["column"]) == (line_of(text, 'value: "6"'), 12)
    assert problem["message"] == (
        "facts.camps_known.value: '6' is text (in quotes): write the number without quotes "
        "or separators, e.g. value: 6"
    )


def test_a_misspelt_placeholder_gets_a_suggestion(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        "estimates that {prisoners_total}", "estimates that {prisoners_totl}"
    )
    problem = only_problem(make_project, text)
    assert problem["code"] == "unknown-fact"
    assert "(did you mean {prisoners_total}?)" in str(problem["message"])


def test_a_misspelt_cite_and_count_get_suggestions(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("count: camps_known", "count: camps_knwon")
    text = text.replace(
        '    cite: [report-2011]\n    quote: "six', '    cite: [report-2101]\n    quote: "six'
    )
    _status, problems = problems_json(make_project({"test-camps.yaml": text}))
    messages = " ".join(str(p["message"]) for p in problems)
    assert "(did you mean 'camps_known'?)" in messages
    assert "(did you mean 'report-2011'?)" in messages
