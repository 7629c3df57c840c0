"""`toolkit lint`: selection, exit statuses, and the text, JSON and SARIF formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from tests.conftest import REPO, run_cli
from tests.lint.trees import errors, line_of, lint_json, make_tree
from toolkit.problems import CODES

EXAMPLE_LOCALES = ("en-GB", "fr", "es", "ko", "ar")


def with_uncited_figure(root: Path) -> Path:
    template = root / "templates" / "advisory.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace('<p class="kind">', '<p class="kind">3 ', 1), "utf-8")
    return template


def test_exit_0_without_problems_and_1_with_errors(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    assert run_cli("--project", str(root), "lint").exit_code == 0
    with_uncited_figure(root)
    assert run_cli("--project", str(root), "lint").exit_code == 1


def test_exit_0_with_warnings_only(tmp_path: Path) -> None:
    root = make_tree(tmp_path, fuzzy=("Donate",))
    status, problems = lint_json(root, "--allow-partial")  # a fuzzy string: warnings only
    assert problems and not errors(problems)
    assert status == 0


@pytest.mark.parametrize(
    "args",
    [
        ("--campaign", "no-such-campaign"),
        ("--locale", "de"),
        ("--format", "xml"),
        ("--no-such-option",),
    ],
    ids=["campaign", "locale", "format", "option"],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    root = make_tree(tmp_path)
    result = run_cli("--project", str(root), "lint", *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_campaign_and_locale_select_what_is_linted(tmp_path: Path) -> None:
    msgid = "Your gift pays for research."
    root = make_tree(tmp_path, copy={msgid: "Votre don paie 40 chercheurs."})
    assert lint_json(root, "--locale", "en")[0] == 0
    assert lint_json(root, "--locale", "fr")[0] == 1
    assert lint_json(root, "--campaign", "test-camps", "--locale", "fr")[0] == 1


def test_text_output_reads_like_a_compiler(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = with_uncited_figure(root)
    result = run_cli("--project", str(root), "lint")
    line = line_of(template, '<p class="kind">3 ')
    column = template.read_text("utf-8").splitlines()[line - 1].index("3 ") + 1
    assert f"templates/advisory.html:{line}:{column}: uncited-figure '3'" in result.output
    assert result.output.rstrip().endswith("1 error, 0 warnings")


def test_json_has_the_documented_shape(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    with_uncited_figure(root)
    result = run_cli("--project", str(root), "lint", "--format", "json")
    document = json.loads(result.stdout)
    assert set(document) == {"problems", "errors", "warnings"}
    assert (document["errors"], document["warnings"]) == (1, 0)
    [problem] = document["problems"]
    assert list(problem) == [
        "code",
        "severity",
        "path",
        "line",
        "column",
        "locale",
        "output",
        "text",
        "message",
    ]


# The parts of the OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that the
# toolkit's log uses, with the same required properties and enumerations.
SARIF_SUBSET = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "items": {"$ref": "#/definitions/run"}},
    },
    "definitions": {
        "level": {"enum": ["none", "note", "warning", "error"]},
        "message": {
            "type": "object",
            "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
            "properties": {"text": {"type": "string"}},
        },
        "multiformatMessageString": {
            "type": "object",
            "required": ["text"],
            "properties": {"text": {"type": "string"}},
        },
        "artifactLocation": {
            "type": "object",
            "properties": {
                "uri": {"type": "string", "format": "uri-reference"},
                "uriBaseId": {"type": "string"},
                "description": {"$ref": "#/definitions/message"},
            },
        },
        "run": {
            "type": "object",
            "required": ["tool"],
            "properties": {
                "tool": {
                    "type": "object",
                    "required": ["driver"],
                    "properties": {"driver": {"$ref": "#/definitions/toolComponent"}},
                },
                "originalUriBaseIds": {
                    "type": "object",
                    "additionalProperties": {"$ref": "#/definitions/artifactLocation"},
                },
                "results": {"type": "array", "items": {"$ref": "#/definitions/result"}},
            },
        },
        "toolComponent": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "version": {"type": "string"},
                "rules": {
                    "type": "array",
                    "uniqueItems": True,
                    "items": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string"},
                            "shortDescription": {"$ref": "#/definitions/multiformatMessageString"},
                            "defaultConfiguration": {
                                "type": "object",
                                "properties": {"level": {"$ref": "#/definitions/level"}},
                            },
                        },
                    },
                },
            },
        },
        "result": {
            "type": "object",
            "required": ["message"],
            "properties": {
                "ruleId": {"type": "string"},
                "ruleIndex": {"type": "integer", "minimum": -1},
                "level": {"$ref": "#/definitions/level"},
                "message": {"$ref": "#/definitions/message"},
                "locations": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "physicalLocation": {
                                "type": "object",
                                "anyOf": [
                                    {"required": ["address"]},
                                    {"required": ["artifactLocation"]},
                                ],
                                "properties": {
                                    "artifactLocation": {"$ref": "#/definitions/artifactLocation"},
                                    "region": {
                                        "type": "object",
                                        "properties": {
                                            "startLine": {"type": "integer", "minimum": 1},
                                            "startColumn": {"type": "integer", "minimum": 1},
                                        },
                                    },
                                },
                            }
                        },
                    },
                },
                "properties": {"type": "object"},
            },
        },
    },
}


def test_sarif_has_the_sarif_2_1_0_shape(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    template = with_uncited_figure(root)
    (root / "locales" / "fr" / "LC_MESSAGES" / "test-camps.po").unlink()  # a line-0 warning
    result = run_cli("--project", str(root), "lint", "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    Draft7Validator.check_schema(SARIF_SUBSET)
    assert list(Draft7Validator(SARIF_SUBSET).iter_errors(log)) == []
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(CODES)
    for result_ in run["results"]:
        assert rules[result_["ruleIndex"]]["id"] == result_["ruleId"]
        base = result_["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"]
        assert base in run["originalUriBaseIds"]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    figure = by_rule["uncited-figure"]
    assert figure["level"] == "error"
    location = figure["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "templates/advisory.html"
    assert location["region"]["startLine"] == line_of(template, '<p class="kind">3 ')
    missing = by_rule["untranslated"]
    assert missing["level"] == "warning"
    assert "region" not in missing["locations"][0]["physicalLocation"]  # no line is known
    assert run["columnKind"] == "unicodeCodePoints"  # columns count characters, from 1


def test_sarif_messages_keep_braces_literal() -> None:
    from toolkit.formatting.sarif import format_sarif
    from toolkit.problems import Problem

    problem = Problem("my files/a.yaml", 3, 5, "unknown-fact", "{camps} names no fact")
    [result] = json.loads(format_sarif([problem]))["runs"][0]["results"]
    assert result["message"]["text"] == "{{camps}} names no fact"  # SARIF's escape for braces
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "my%20files/a.yaml"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("example")
    for folder in ("factsheets", "templates", "locales"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def test_the_example_campaign_lints_without_errors(example: Path) -> None:
    status, problems = lint_json(example)
    assert errors(problems) == []
    assert status == 0


@pytest.mark.parametrize("locale", EXAMPLE_LOCALES)
def test_the_example_lints_without_errors_in_each_locale(example: Path, locale: str) -> None:
    status, problems = lint_json(example, "--locale", locale)
    assert errors(problems) == []
    assert status == 0


def test_a_broken_campaign_can_still_be_chosen_by_name(tmp_path: Path) -> None:
    from tests.conftest import MINIMAL_FACTSHEET

    root = make_tree(tmp_path, MINIMAL_FACTSHEET.replace("campaign: test-camps", "campaign: [x"))
    status, problems = lint_json(root, "--campaign", "test-camps")
    assert {p["code"] for p in problems} == {"invalid-factsheet"}
    assert status == 1


def codes_of(root: Path, command: str, *args: str) -> tuple[int, list[tuple[object, ...]]]:
    """Exit status and (code, severity, path, line, column, message) of ``command``'s problems."""
    result = run_cli("--project", str(root), command, "--format", "json", *args)
    problems = json.loads(result.stdout)["problems"]
    keys = ("code", "severity", "path", "line", "column", "locale", "message")
    return result.exit_code, sorted(tuple(p[key] for key in keys) for p in problems)


@pytest.mark.parametrize("fmt", ["text", "sarif"])
def test_lint_and_build_agree_on_a_locale_that_would_not_ship(tmp_path: Path, fmt: str) -> None:
    root = make_tree(tmp_path, copy={"Your gift pays for research.": ""})
    status, linted = codes_of(root, "lint")
    built_status, built = codes_of(root, "build")
    assert status == built_status == 1
    assert linted == built  # the same problems: the untranslated string, the locale kept back
    [(_code, severity, path, _line, _column, locale, message)] = [
        p for p in built if p[0] == "incomplete-translation"
    ]
    assert (severity, path, locale) == ("error", "factsheets/test-camps.yaml", "fr")
    assert "1 string missing" in str(message)
    assert not (root / "out" / "test-camps" / "fr").exists()  # en is written, fr is not

    status, linted = codes_of(root, "lint", "--allow-partial")
    built_status, built = codes_of(root, "build", "--allow-partial")
    assert status == built_status == 0
    assert linted == built
    assert {p[0] for p in built} == {"untranslated", "partial-translation"}

    other = run_cli("--project", str(root), "lint", "--format", fmt)
    assert other.exit_code == 1 and "incomplete-translation" in other.output
