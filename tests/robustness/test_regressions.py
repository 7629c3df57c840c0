"""Bugs the hostile-input tests found in the loader, each kept as a plain test."""

from __future__ import annotations

from tests.conftest import MINIMAL_FACTSHEET, ProjectFactory, problems_json

SHEET = "factsheets/test-camps.yaml"


def test_an_integer_too_long_for_python_is_a_located_problem(make_project: ProjectFactory) -> None:
    # int() refuses more than 4,300 digits: the ValueError escaped as a traceback.
    digits = "9" * 5000
    text = MINIMAL_FACTSHEET.replace("value: 6\n", f"value: {digits}\n")
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert problem["path"] == SHEET and problem["code"] == "invalid-factsheet"
    assert problem["line"] == text.splitlines().index(f"    value: {digits}") + 1
    assert problem["column"] == 12
    assert "5000 digits" in str(problem["message"])


def test_a_long_integer_inside_a_flow_list_is_located_too(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("locales: [en, fr]", f"locales: [en, {'1' * 4400}]")
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    assert [p["line"] for p in problems] == [5]


def test_a_merge_key_is_a_located_problem(make_project: ProjectFactory) -> None:
    # `<<: {a: 1}` merged a key with no position of its own: locate() raised KeyError.
    # Merge keys are not YAML 1.2 and a fact sheet has no use for them: now refused.
    text = "<<: {stray: 1}\n" + MINIMAL_FACTSHEET
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert (problem["line"], problem["column"]) == (1, 1)
    assert "merge keys (<<) are not allowed" in str(problem["message"])


def test_a_python_tag_is_a_located_problem(make_project: ProjectFactory) -> None:
    # ruamel kept no item positions for `!tag [...]`: locate() subscripted None.
    # Tags beyond the YAML core ones are now refused where they are typed.
    line = "    cite: !!python/object/apply:os.system ['true']"
    text = MINIMAL_FACTSHEET.replace(
        "    value: 6\n    cite: [report-2011]", f"    value: 6\n{line}"
    )
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert (problem["line"], problem["column"]) == (text.splitlines().index(line) + 1, 11)
    assert "tag !!python/object/apply:os.system is not allowed" in str(problem["message"])


def test_a_mapping_used_as_a_key_is_a_located_problem(make_project: ProjectFactory) -> None:
    # `? {mapping}` as a key made ruamel raise TypeError (unhashable) from inside.
    text = MINIMAL_FACTSHEET.replace("contacts:\n", "? \n  a:\n    b: 1\ncontacts:\n")
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert problem["line"] == text.splitlines().index("? ") + 1
    assert problem["message"] == "a key cannot be a list or a mapping"


def test_thousands_of_nested_brackets_are_refused_where_they_go_too_deep(
    make_project: ProjectFactory,
) -> None:
    # ruamel needed seconds (quadratic time) to give up on these; now the reader stops at
    # the level that goes too deep, and the same holds for block nesting (see below).
    text = MINIMAL_FACTSHEET.replace("locales: [en, fr]", "locales: " + "[" * 3000 + "]" * 3000)
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert (problem["line"], problem["column"]) == (5, 10 + 100)
    assert "nested too deeply" in str(problem["message"])


def test_brackets_in_quotes_and_comments_do_not_count(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace(
        'reference: "TST 01/001/2012"', f'reference: "{"[" * 500}"  # {"{" * 500}'
    )
    status, _ = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 0


def test_thousands_of_nested_block_lists_are_refused_where_they_go_too_deep(
    make_project: ProjectFactory,
) -> None:
    # libyaml's composer recurses in C: 100,000 nested `- ` crashed the interpreter.
    text = MINIMAL_FACTSHEET.replace("contacts:\n", "deep:\n  " + "- " * 100_000 + "x\ncontacts:\n")
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert "nested too deeply" in str(problem["message"])
    assert problem["line"] == text.splitlines().index("deep:") + 2


def test_an_alias_inside_what_it_names_is_a_located_problem(make_project: ProjectFactory) -> None:
    text = MINIMAL_FACTSHEET.replace("locales: [en, fr]", "locales: &loop [en, *loop]")
    status, problems = problems_json(make_project({"test-camps.yaml": text}))
    assert status == 1
    [problem] = problems
    assert (problem["line"], problem["column"]) == (5, 21)
    assert "alias *loop" in str(problem["message"])
