"""`toolkit validate` on hostile fact sheets: exit 0 or 1, the file named, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, run_cli
from tests.robustness.mutations import structural_mutations, text_mutations
from tests.robustness.yamltext import documents
from toolkit.factsheet.loader import parse_yaml

EXAMPLE = (REPO / "factsheets" / "nk-prison-camps.yaml").read_text(encoding="utf-8")
TREE, _ = parse_yaml(EXAMPLE, "example")
assert TREE is not None
NAME = "factsheets/campaign.yaml"
FUZZ = settings(
    max_examples=150,
    deadline=10_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def validate(data: bytes) -> None:
    """Run `toolkit validate --format json` on a project whose one fact sheet is ``data``."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "factsheets").mkdir()
        (root / NAME).write_bytes(data)
        result = run_cli("--project", str(root), "validate", "--format", "json")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert (result.exit_code == 1) == bool(errors)
    for problem in report["problems"]:
        assert problem["path"] == NAME
        assert isinstance(problem["line"], int) and problem["line"] >= 0
        assert problem["message"]


@FUZZ
@given(st.data())
def test_structural_mutations_of_the_example(data: st.DataObject) -> None:
    validate(data.draw(structural_mutations(TREE.data)).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.data())
def test_text_mutations_of_the_example(data: st.DataObject) -> None:
    validate(data.draw(text_mutations(EXAMPLE)).encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    st.binary(max_size=300)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_random_bytes_and_text(data: bytes) -> None:
    validate(data)


@settings(max_examples=100, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda x: st.lists(x, max_size=4) | st.dictionaries(st.text(max_size=8), x, max_size=4),
        max_leaves=20,
    )
)
def test_random_yaml_documents(tree: object) -> None:
    validate(json.dumps(tree).encode())


@FUZZ
@given(documents())
def test_random_yaml_text(text: str) -> None:
    validate(text.encode("utf-8", "surrogatepass"))
