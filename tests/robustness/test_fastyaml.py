"""The fast YAML reader agrees with ruamel on everything it accepts, positions included."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import MINIMAL_FACTSHEET, REPO
from tests.robustness.yamltext import documents, same
from toolkit.factsheet.fastyaml import compose
from toolkit.factsheet.loader import _yaml


def both(text: str) -> tuple[bool, Any, Any]:
    """(fast path taken, fast result or error type, ruamel result or error type)."""
    yaml = _yaml()
    node = compose(text, yaml.resolver)
    try:
        reference: Any = _yaml().load(text)
    except Exception as err:
        reference = type(err)
    if node is None:
        return False, None, reference
    try:
        fast: Any = yaml.constructor.construct_document(node)
    except Exception as err:
        fast = type(err)
    return True, fast, reference


@pytest.mark.parametrize(
    "text",
    [
        MINIMAL_FACTSHEET,
        *(p.read_text(encoding="utf-8") for p in (REPO / "factsheets").glob("*.yaml")),
    ],
)
def test_the_project_fact_sheets_take_the_fast_path(text: str) -> None:
    taken, fast, reference = both(text)
    assert taken
    same(fast, reference)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_documents(text: str) -> None:
    taken, fast, reference = both(text)
    if taken:
        if isinstance(reference, type):
            assert fast is reference, text
        else:
            same(fast, reference)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_example(data: st.DataObject) -> None:
    text = MINIMAL_FACTSHEET
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 3))
        piece = data.draw(
            st.sampled_from(
                ["", " ", "  ", "\n", ":", "- ", "#", "'", '"', "[", "]", "{", ",", "x"]
            )
        )
        text = text[:at] + piece + text[at + cut :]
    taken, fast, reference = both(text)
    if taken:
        if isinstance(reference, type):
            assert fast is reference, text
        else:
            same(fast, reference)
