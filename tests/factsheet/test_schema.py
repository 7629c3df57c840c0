"""`toolkit schema`: a valid JSON Schema that the fact sheets satisfy."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import MINIMAL_FACTSHEET, REPO, run_cli
from toolkit.factsheet.loader import parse_yaml
from toolkit.factsheet.schema import SCHEMA_FILE, schema_text


def schema() -> dict[str, object]:
    result = run_cli("schema")
    assert result.exit_code == 0
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


def test_schema_is_valid_json_schema() -> None:
    Draft202012Validator.check_schema(schema())


def test_committed_schema_is_up_to_date() -> None:
    committed = (REPO / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(), "run `make schema` after changing the models"


@pytest.mark.parametrize("path", sorted((REPO / "factsheets").glob("*.yaml")), ids=lambda p: p.name)
def test_project_factsheets_validate_against_the_schema(path: object) -> None:
    tree, problems = parse_yaml(path.read_text(encoding="utf-8"), str(path))  # type: ignore[attr-defined]
    assert tree is not None and problems == []
    errors = list(Draft202012Validator(schema()).iter_errors(tree.data))
    assert errors == []


def test_schema_rejects_what_the_loader_rejects() -> None:
    validator = Draft202012Validator(schema())
    tree, _ = parse_yaml(MINIMAL_FACTSHEET, "minimal.yaml")
    assert tree is not None
    data = tree.data
    assert list(validator.iter_errors(data)) == []
    data["facts"]["camps_known"]["qualifer"] = "about"
    assert list(validator.iter_errors(data)), "a misspelt key must fail the schema too"


def test_example_references_the_schema_for_editors() -> None:
    first_line = (
        (REPO / "factsheets" / "nk-prison-camps.yaml").read_text(encoding="utf-8").splitlines()[0]
    )
    assert first_line == f"# yaml-language-server: $schema=../{SCHEMA_FILE}"


def test_the_readme_lists_every_fact_sheet_key() -> None:
    from toolkit.factsheet.fieldlist import field_rows, with_field_table

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert with_field_table(readme) == readme, "run `make schema` after changing the models"
    keys = [row[0] for row in field_rows()]
    for required in (
        "campaign",
        "issued",
        "reference",
        "locales",
        "organisation.press_office.phone",
    ):
        assert f"| `{required}` | yes |" in readme
    assert "facts.<key>.qualifier" in keys and "copy.brief.title" in keys
    assert all(row[3] for row in field_rows()), "every key needs a description in the models"
